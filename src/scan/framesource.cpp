// SPDX-License-Identifier: Apache-2.0
#include "framesource.h"

namespace stampdesk::scan {

FrameSource::FrameSource(QObject *parent)
    : QObject(parent)
{
    m_firstFrameTimer.setSingleShot(true);
    m_firstFrameTimer.setInterval(defaultFirstFrameTimeout);
    connect(&m_firstFrameTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Starting)
            setState(State::Busy);
    });
}

// Subclasses stop themselves in their own destructors: stop() is theirs.
FrameSource::~FrameSource() = default;

void FrameSource::setVideoSink(QVideoSink *sink)
{
    if (m_sink == sink)
        return;
    if (m_sink)
        disconnect(m_sink, nullptr, this, nullptr);
    m_sink = sink;
    if (sink) {
        connect(sink, &QVideoSink::videoFrameChanged, this, &FrameSource::frameArrived);
        // A VideoOutput may go before its source: stop feeding a dead sink.
        connect(sink, &QObject::destroyed, this, &FrameSource::restart);
    }
    restart();
    Q_EMIT videoSinkChanged();
}

void FrameSource::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    restart();
    Q_EMIT activeChanged();
}

void FrameSource::halt()
{
    if (m_running) {
        m_running = false;
        stop();
    }
}

void FrameSource::restart()
{
    halt();
    if (!m_active || !m_sink) {
        setState(State::Off);
        return;
    }
    m_running = true;
    setState(State::Starting);
    m_firstFrameTimer.start();
    start();
}

void FrameSource::frameArrived()
{
    if (m_running && m_state == State::Starting)
        setState(State::Active);
}

void FrameSource::setState(State state, const QString &detail)
{
    if (state != State::Starting)
        m_firstFrameTimer.stop();
    if (m_state == state && m_detail == detail)
        return;
    m_state = state;
    m_detail = detail;
    Q_EMIT stateChanged();
}

void FrameSource::setName(const QString &name)
{
    if (m_name == name)
        return;
    m_name = name;
    Q_EMIT stateChanged();
}

QString FrameSource::stateText() const
{
    if (QString text = describe(m_state); !text.isEmpty())
        return text;
    switch (m_state) {
    case State::Off:
        return tr("The camera is off.");
    case State::NoCamera:
        return tr("No camera is connected. Scan with the barcode scanner, or type the code.");
    case State::Starting:
        return tr("Starting the camera…");
    case State::Active:
        return tr("Hold the code up to the camera.");
    case State::Busy:
        return tr("The camera gives no picture. Another program may be using it: close that "
                  "program, or unplug the camera and plug it in again.");
    case State::Denied:
        return tr("A camera is connected, but this user account may not use it. Ask the "
                  "administrator to give it access to the camera (the \"video\" group).");
    case State::Failed:
        return m_detail.isEmpty() ? tr("The camera does not work.")
                                  : tr("The camera does not work: %1").arg(m_detail);
    }
    return {};
}

QString FrameSource::describe(State) const
{
    return {};
}

} // namespace stampdesk::scan
