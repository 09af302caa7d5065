// SPDX-License-Identifier: Apache-2.0
#include "barcodegun.h"

#include "core/payload.h"

#include <QCoreApplication>
#include <QScopedValueRollback>

#include <utility>

namespace stampdesk::scan {

namespace {

// A gun may press Shift for capitals and send keypad digits; any other
// modifier makes it a shortcut, which is a person's.
constexpr Qt::KeyboardModifiers gunModifiers = Qt::ShiftModifier | Qt::KeypadModifier;

// How much later than maxGap the timer lets a person's keys go: the time
// an event may wait in the queue before it is handled.
constexpr int queueSlack = 25;

bool isPrintable(const QKeyEvent *key)
{
    const QString text = key->text();
    if (text.isEmpty() || key->isAutoRepeat() || (key->modifiers() & ~gunModifiers))
        return false;
    for (QChar c : text) {
        if (!c.isPrint())
            return false;
    }
    return true;
}

bool isEnter(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !key->isAutoRepeat()
        && !(key->modifiers() & ~gunModifiers);
}

} // namespace

BarcodeGun::BarcodeGun(QObject *parent)
    : QObject(parent)
{
    m_releaseTimer.setSingleShot(true);
    m_releaseTimer.setTimerType(Qt::PreciseTimer);
    m_releaseTimer.setInterval(m_maxGap + queueSlack);
    connect(&m_releaseTimer, &QTimer::timeout, this, &BarcodeGun::release);
}

BarcodeGun::~BarcodeGun()
{
    // Keys held at the end still belong to somebody.
    release();
}

void BarcodeGun::watch(QCoreApplication *application)
{
    if (m_application)
        m_application->removeEventFilter(this);
    m_application = application;
    if (application)
        application->installEventFilter(this);
}

void BarcodeGun::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (!enabled)
        release();
    Q_EMIT settingsChanged();
}

void BarcodeGun::setMaxGap(int milliseconds)
{
    milliseconds = std::max(1, milliseconds);
    if (m_maxGap == milliseconds)
        return;
    m_maxGap = milliseconds;
    m_releaseTimer.setInterval(m_maxGap + queueSlack);
    Q_EMIT settingsChanged();
}

void BarcodeGun::setMinLength(int characters)
{
    characters = std::max(1, characters);
    if (m_minLength == characters)
        return;
    m_minLength = characters;
    Q_EMIT settingsChanged();
}

bool BarcodeGun::eventFilter(QObject *watched, QEvent *event)
{
    // Key presses are seen twice: on their way to the window, and again
    // from the window to its focused item. Only the first is ours; keys we
    // send on ourselves pass.
    if (event->type() != QEvent::KeyPress || m_releasing || !m_enabled || !watched->isWindowType())
        return false;
    return keyPressed(static_cast<QWindow *>(watched), static_cast<QKeyEvent *>(event));
}

bool BarcodeGun::keyPressed(QWindow *window, QKeyEvent *key)
{
    // A timestamp that goes back starts afresh (another source of events).
    const quint64 at = key->timestamp();
    const bool quick = !m_held.isEmpty() && m_held.last().window == window && at >= m_lastKeyAt
        && at - m_lastKeyAt <= quint64(m_maxGap);

    if (isPrintable(key)) {
        if (!quick)
            release();
        m_held.append({window, std::shared_ptr<QKeyEvent>(key->clone())});
        m_lastKeyAt = at;
        m_releaseTimer.start();
        return true;
    }
    if (isEnter(key) && quick && m_held.size() >= m_minLength) {
        QString text;
        for (const HeldKey &held : std::as_const(m_held))
            text += held.event->text();
        m_held.clear();
        m_releaseTimer.stop();
        Q_EMIT scanned(ScanResult{Payloads::parse(text.toUtf8(), m_keyring), text, QString(),
                                  ScanSource::BarcodeGun});
        return true;
    }
    // Anything else: what was held was a person's and goes first, then this.
    release();
    return false;
}

void BarcodeGun::release()
{
    m_releaseTimer.stop();
    if (m_held.isEmpty())
        return;
    const QList<HeldKey> held = std::exchange(m_held, {});
    const QScopedValueRollback releasing(m_releasing, true);
    for (const HeldKey &key : held) {
        if (key.window)
            QCoreApplication::sendEvent(key.window, key.event.get());
    }
}

} // namespace stampdesk::scan
