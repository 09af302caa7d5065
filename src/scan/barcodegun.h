// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/keys.h"
#include "scanresult.h"

#include <QKeyEvent>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWindow>

#include <memory>

namespace stampdesk::scan {

/// Reads USB barcode guns, which type their code like a keyboard and end it
/// with Enter. A gun types far faster than a person: a burst of at least
/// minLength printable characters, each within maxGap ms of the one before
/// (by the key events' own timestamps), then Enter or Return within maxGap
/// again, is a scan; anything slower is a person typing.
///
/// It is an event filter on the application and looks only at key presses
/// on their way to a window, before the window hands them to the focused
/// item. Until it can tell who is typing, it holds the printable key
/// presses back:
/// - a burst that ends with Enter never reaches the focused text field;
///   the gun's code becomes one `scanned` signal instead (nothing typed,
///   no Enter to trigger the field's own action);
/// - keys that turn out to be a person's (a gap longer than maxGap, a key
///   that is not a printable character, a burst too short, or no next key
///   within maxGap) are sent on to their window in their order, before the
///   key that told; a person sees a character at most about maxGap late.
/// Removing a gun's text from a field afterwards would need to know every
/// kind of field and could not undo what Enter triggered; holding back
/// needs neither.
class BarcodeGun : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY settingsChanged FINAL)
    Q_PROPERTY(int maxGap READ maxGap WRITE setMaxGap NOTIFY settingsChanged FINAL)
    Q_PROPERTY(int minLength READ minLength WRITE setMinLength NOTIFY settingsChanged FINAL)

public:
    /// USB guns send a key every few ms; people type 80 ms or more apart.
    static constexpr int defaultMaxGap = 40;
    /// Our shortest code, a redeem code, has 10 symbols; EAN-13 has 13.
    static constexpr int defaultMinLength = 6;

    explicit BarcodeGun(QObject *parent = nullptr);
    ~BarcodeGun() override;

    /// Starts watching the key presses of every window of the application.
    void watch(QCoreApplication *application);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    int maxGap() const { return m_maxGap; }
    void setMaxGap(int milliseconds);
    int minLength() const { return m_minLength; }
    void setMinLength(int characters);

    /// The public keys that payloads are checked against (the store's).
    void setKeyring(Keyring keyring) { m_keyring = std::move(keyring); }

    /// Whether key presses are being held back right now (for tests).
    bool isHolding() const { return !m_held.isEmpty(); }

Q_SIGNALS:
    /// A gun read a code. The same signal as VideoScanner's.
    void scanned(const stampdesk::scan::ScanResult &result);
    void settingsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct HeldKey
    {
        QPointer<QWindow> window;
        std::shared_ptr<QKeyEvent> event;
    };

    bool keyPressed(QWindow *window, QKeyEvent *key);
    /// Sends the held keys on to their windows, in order: a person typed them.
    void release();

    bool m_enabled = true;
    int m_maxGap = defaultMaxGap;
    int m_minLength = defaultMinLength;
    Keyring m_keyring;
    QPointer<QCoreApplication> m_application;

    QList<HeldKey> m_held;
    quint64 m_lastKeyAt = 0; ///< the timestamp of the last held key
    bool m_releasing = false;
    QTimer m_releaseTimer;
};

} // namespace stampdesk::scan
