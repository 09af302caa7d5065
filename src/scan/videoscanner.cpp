// SPDX-License-Identifier: Apache-2.0
#include "videoscanner.h"

#include "core/payload.h"

#include <QElapsedTimer>

#include <algorithm>

namespace stampdesk::scan {

namespace {

using namespace Qt::StringLiterals;

// How many decode times the median is taken over: about a second of video.
constexpr qsizetype medianOf = 31;
constexpr qint64 nsPerSecond = 1'000'000'000;

qreal median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    const auto middle = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), middle, values.end());
    return qreal(*middle);
}

} // namespace

FrameOutcome scanFrame(const QVideoFrame &frame, const DecodeOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    FrameOutcome outcome;
    {
        // Mapped for the decode only: the plane pointers die with the map.
        const MappedFrame mapped(frame);
        outcome.access = mapped.access();
        if (mapped.view().isValid())
            outcome.codes = decode(mapped.view(), options);
    }
    outcome.nanoseconds = timer.nsecsElapsed();
    return outcome;
}

VideoScanner::VideoScanner(QObject *parent)
    : QObject(parent)
    , m_symbologies(Symbologies::fromInt(int(allSymbologies)))
    , m_workerContext(new QObject)
{
    m_monotonic.start();
    m_clock = [this] {
        return m_monotonic.elapsed();
    };
    m_thread.setObjectName(u"VideoScanner"_s);
    m_workerContext->moveToThread(&m_thread);
    // The context goes with its thread, in the thread, once it has finished.
    connect(&m_thread, &QThread::finished, m_workerContext, &QObject::deleteLater);
    m_thread.start();
}

VideoScanner::~VideoScanner()
{
    // A decode in progress ends before the thread does; what it posts back
    // to this object is discarded with it.
    m_thread.quit();
    m_thread.wait();
}

void VideoScanner::setVideoSink(QVideoSink *sink)
{
    if (m_sink == sink)
        return;
    disconnect(m_sinkConnection);
    m_sink = sink;
    if (sink)
        m_sinkConnection =
            connect(sink, &QVideoSink::videoFrameChanged, this, &VideoScanner::takeFrame);
    Q_EMIT videoSinkChanged();
}

void VideoScanner::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
}

void VideoScanner::setSymbologies(Symbologies symbologies)
{
    if (m_symbologies == symbologies)
        return;
    m_symbologies = symbologies;
    Q_EMIT symbologiesChanged();
}

void VideoScanner::setRepeatWindow(int milliseconds)
{
    milliseconds = std::max(0, milliseconds);
    if (m_repeatWindow == milliseconds)
        return;
    m_repeatWindow = milliseconds;
    Q_EMIT repeatWindowChanged();
}

void VideoScanner::takeFrame(const QVideoFrame &frame)
{
    if (!m_active || !frame.isValid())
        return;
    if (m_busy) {
        ++m_droppedFrames;
        Q_EMIT statisticsChanged();
        return;
    }
    m_busy = true;
    // Video keeps to one fast pass and one code: the next frame comes soon.
    DecodeOptions options;
    options.symbologies = scan::Symbologies::fromInt(m_symbologies.toInt());
    options.stillImage = false;
    options.maxCodes = 1;
    QMetaObject::invokeMethod(
        m_workerContext,
        [this, frame, options, hook = m_workerHook] {
            if (hook)
                hook();
            const FrameOutcome outcome = scanFrame(frame, options);
            QMetaObject::invokeMethod(
                this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void VideoScanner::finish(const FrameOutcome &outcome)
{
    m_busy = false;
    countStatistics(outcome);
    if (!m_active)
        return;
    for (const Decoded &code : outcome.codes)
        report(code);
}

void VideoScanner::report(const Decoded &code)
{
    const qint64 now = m_clock();
    const bool repeated =
        code.text == m_lastText && m_repeatWindow > 0 && now - m_lastSeen < m_repeatWindow;
    m_lastSeen = now;
    if (repeated)
        return;
    m_lastText = code.text;
    ScanResult result{Payloads::parse(code.text.toUtf8(), m_keyring), code.text, code.format,
                      ScanSource::Camera};
    Q_EMIT scanned(result);
}

void VideoScanner::countStatistics(const FrameOutcome &outcome)
{
    ++m_decodedFrames;
    if (outcome.access == FrameAccess::Converted)
        ++m_convertedFrames;
    else if (outcome.access == FrameAccess::Unreadable)
        ++m_unreadableFrames;

    m_decodeNanoseconds.append(outcome.nanoseconds);
    if (m_decodeNanoseconds.size() > medianOf)
        m_decodeNanoseconds.removeFirst();
    m_decodeMilliseconds = median(m_decodeNanoseconds) / 1e6;

    // Frames finished over the last second: (n - 1) intervals in the span
    // from the first to the last, so a steady 15 fps reads 15.
    const qint64 now = m_monotonic.nsecsElapsed();
    m_finishedAt.append(now);
    while (!m_finishedAt.isEmpty() && now - m_finishedAt.first() > nsPerSecond)
        m_finishedAt.removeFirst();
    const qint64 span = m_finishedAt.last() - m_finishedAt.first();
    m_framesPerSecond = span > 0 ? qreal(m_finishedAt.size() - 1) * nsPerSecond / span : 0;
    Q_EMIT statisticsChanged();
}

} // namespace stampdesk::scan
