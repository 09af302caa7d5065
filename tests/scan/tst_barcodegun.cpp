// SPDX-License-Identifier: Apache-2.0
// Barcode guns against people: the same keys, told apart by their pace.
// Key events are sent to the window as QGuiApplication sends the platform's
// (through the application's event filters), with timestamps the test
// chooses, so time is driven, never waited for. (Qt's own way to inject
// timestamped events, QWindowSystemInterface, is a private header that
// Debian ships in qt6-base-private-dev only.)
#include "core/ids.h"
#include "core/keys.h"
#include "core/payload.h"
#include "scan/barcodegun.h"

#include <QSignalSpy>
#include <QTest>
#include <QWindow>

using namespace stampdesk;
using namespace stampdesk::scan;
using namespace Qt::StringLiterals;

namespace {

// A window that keeps what reaches it, as a text field would.
class KeyWindow : public QWindow
{
public:
    QString typed; ///< the text of the key presses, "⏎" for Enter
    QList<int> keys;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        keys.append(event->key());
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            typed += u'⏎';
        else
            typed += event->text();
    }
};

int keyOf(QChar c)
{
    if (c.isLetter())
        return c.toUpper().unicode();
    return c.unicode();
}

} // namespace

class TestBarcodeGun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<KeyWindow>();
        m_window->resize(200, 100);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->requestActivate();
        QTRY_COMPARE(QGuiApplication::focusWindow(), m_window.get());
        m_gun = std::make_unique<BarcodeGun>();
        m_gun->watch(qApp);
        m_scanned = std::make_unique<QSignalSpy>(m_gun.get(), &BarcodeGun::scanned);
        // Far from the clock QTest's own key clicks use (ms since start).
        m_now = 10'000'000;
    }

    void cleanup()
    {
        m_scanned.reset();
        m_gun.reset();
        m_window.reset();
    }

    void aBurstEndingWithEnterIsAScan()
    {
        type(u"ABCDE-FGHJK"_s, 4);
        enter(4);
        QCOMPARE(m_scanned->size(), 1);
        const auto result = m_scanned->first().first().value<ScanResult>();
        QCOMPARE(result.text, u"ABCDE-FGHJK"_s);
        QCOMPARE(result.source, ScanSource::BarcodeGun);
        QVERIFY(result.fromBarcodeGun());
        QCOMPARE(result.format, QString());
        // Nothing of it reached the window: no text, no Enter.
        QCOMPARE(m_window->typed, QString());
        QVERIFY(!m_gun->isHolding());
    }

    void aPersonTypingReachesTheWindow()
    {
        type(u"0901234567"_s, 120);
        enter(150);
        QCOMPARE(m_window->typed, u"0901234567⏎"_s);
        QCOMPARE(m_scanned->size(), 0);
    }

    // A fast typist's two quick keys, then a pause: still a person.
    void aFewQuickKeysAreAPersons()
    {
        type(u"ab"_s, 20);
        type(u"c"_s, 130);
        type(u"de"_s, 25);
        enter(30);
        QCOMPARE(m_window->typed, u"abcde⏎"_s);
        QCOMPARE(m_scanned->size(), 0);
    }

    void aBurstTooShortIsAPersons()
    {
        type(u"12345"_s, 5);
        enter(5);
        QCOMPARE(m_window->typed, u"12345⏎"_s);
        QCOMPARE(m_scanned->size(), 0);
    }

    void aSlowEnterIsAPersons()
    {
        type(u"ABCDEFGH"_s, 5);
        enter(300);
        QCOMPARE(m_window->typed, u"ABCDEFGH⏎"_s);
        QCOMPARE(m_scanned->size(), 0);
    }

    // Keys held back while undecided go on by themselves when no next key
    // comes (the hold's timer), in their order.
    void heldKeysGoOnWhenNothingFollows()
    {
        type(u"x"_s, 200);
        QVERIFY(m_gun->isHolding());
        QCOMPARE(m_window->typed, QString());
        QTRY_COMPARE(m_window->typed, u"x"_s);
        QVERIFY(!m_gun->isHolding());
        QCOMPARE(m_scanned->size(), 0);
    }

    // Another key tells it is a person: what was held goes first, then it.
    void otherKeysLetTheHeldOnesGoFirst()
    {
        type(u"abc"_s, 5);
        key(Qt::Key_Backspace, QString(), 5);
        type(u"d"_s, 5);
        key(Qt::Key_A, u"a"_s, 5, Qt::ControlModifier);
        QCOMPARE(
            m_window->keys,
            (QList<int>{Qt::Key_A, Qt::Key_B, Qt::Key_C, Qt::Key_Backspace, Qt::Key_D, Qt::Key_A}));
        QCOMPARE(m_scanned->size(), 0);
    }

    // The simplest keyboard wedge a test can be: QTest's key clicks, sent
    // one after the other with no time between them.
    void qtestKeyClicksAreAGun()
    {
        for (char c : "4006381333931")
            if (c)
                QTest::keyClick(m_window.get(), c);
        QTest::keyClick(m_window.get(), Qt::Key_Return);
        QCOMPARE(m_scanned->size(), 1);
        QCOMPARE(m_scanned->first().first().value<ScanResult>().text, u"4006381333931"_s);
        QCOMPARE(m_window->typed, QString());
    }

    void checksThePayload()
    {
        const SigningKey key = SigningKey::generate(KeyId{3, 2});
        m_gun->setKeyring(Keyring(3, {key.publicKey()}));
        const QString card = Ids::newCardId();
        const QString payload = Payloads::make(PayloadKind::Card, card, key).value();
        type(payload, 3);
        enter(3);
        QCOMPARE(m_scanned->size(), 1);
        const auto result = m_scanned->first().first().value<ScanResult>();
        QCOMPARE(result.text, payload);
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result.kindName(), u"card"_s);
        QCOMPARE(result.id(), card);
    }

    void aStrangeCodeIsReportedWithWhy()
    {
        type(u"POS-000123"_s, 8);
        enter(8);
        QCOMPARE(m_scanned->size(), 1);
        const auto result = m_scanned->first().first().value<ScanResult>();
        QVERIFY(!result.ok());
        QCOMPARE(result.text, u"POS-000123"_s);
        QVERIFY(!result.message().isEmpty());
    }

    void twoScansInARow()
    {
        type(u"FIRST-CODE"_s, 4);
        enter(4);
        m_now += 500; // the next customer
        type(u"SECOND-CODE"_s, 4);
        enter(4);
        QCOMPARE(scannedTexts(), (QStringList{u"FIRST-CODE"_s, u"SECOND-CODE"_s}));
        QCOMPARE(m_window->typed, QString());
    }

    void itsLimitsAreSettings()
    {
        m_gun->setMinLength(3);
        m_gun->setMaxGap(80);
        type(u"ABC"_s, 70);
        enter(70);
        QCOMPARE(m_scanned->size(), 1);
        m_gun->setEnabled(false);
        type(u"DEFGHIJ"_s, 2);
        enter(2);
        QCOMPARE(m_scanned->size(), 1);
        QCOMPARE(m_window->typed, u"DEFGHIJ⏎"_s);
    }

private:
    // Presses and releases one key, gap ms after the previous one.
    void key(int code, const QString &text, int gap,
             Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        m_now += gap;
        QKeyEvent press(QEvent::KeyPress, code, modifiers, text);
        press.setTimestamp(m_now);
        QCoreApplication::sendEvent(m_window.get(), &press);
        QKeyEvent release(QEvent::KeyRelease, code, modifiers, text);
        release.setTimestamp(m_now + 1);
        QCoreApplication::sendEvent(m_window.get(), &release);
    }

    void type(const QString &text, int gap)
    {
        for (QChar c : text) {
            const auto shift = c.isUpper() ? Qt::ShiftModifier : Qt::NoModifier;
            key(keyOf(c), QString(c), gap, shift);
        }
    }

    void enter(int gap) { key(Qt::Key_Return, u"\r"_s, gap); }

    // What the gun read, in order: says which scan went missing, if one does.
    QStringList scannedTexts() const
    {
        QStringList texts;
        for (const QList<QVariant> &signal : std::as_const(*m_scanned))
            texts.append(signal.first().value<ScanResult>().text);
        return texts;
    }

    std::unique_ptr<KeyWindow> m_window;
    std::unique_ptr<BarcodeGun> m_gun;
    std::unique_ptr<QSignalSpy> m_scanned;
    quint64 m_now = 0;
};

QTEST_MAIN(TestBarcodeGun)
#include "tst_barcodegun.moc"
