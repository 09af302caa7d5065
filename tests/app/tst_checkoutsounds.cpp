// SPDX-License-Identifier: Apache-2.0
// Sounds: one short sound for each result at the counter, off when the
// setting says so, and silent (without a warning) where there is no audio
// output at all, as on a build machine.
#include "app/sounds.h"
#include "shopfixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace stampdesk;
using namespace Qt::StringLiterals;

class TestSounds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // Whatever the machine has, a sound never makes a warning.
        QTest::failOnWarning(QRegularExpression(u".*"_s));
    }

    void theSoundsAreShortWaves_data()
    {
        QTest::addColumn<CheckoutSession::Feedback>("feedback");
        QTest::newRow("success") << CheckoutSession::Feedback::Success;
        QTest::newRow("issued") << CheckoutSession::Feedback::Issued;
        QTest::newRow("refused") << CheckoutSession::Feedback::Failure;
    }

    void theSoundsAreShortWaves()
    {
        QFETCH(CheckoutSession::Feedback, feedback);
        const QUrl source = Sounds::source(feedback);
        QCOMPARE(source.scheme(), u"qrc"_s);
        QFile file(u":"_s + source.path());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray wave = file.readAll();
        QVERIFY(wave.size() < 30 * 1024);
        QVERIFY(wave.startsWith("RIFF"));
        QCOMPARE(wave.mid(8, 4), QByteArray("WAVE"));
    }

    void playsWhenTheSettingSaysSo()
    {
        test::Shop shop;
        Sounds sounds(shop.store());
        QVERIFY(sounds.enabled()); // "1" unless set
        sounds.play(CheckoutSession::Feedback::Success);
        sounds.play(CheckoutSession::Feedback::Issued);
        sounds.play(CheckoutSession::Feedback::Failure);
        QCOMPARE(sounds.requested(), 3);

        QSignalSpy changed(&sounds, &Sounds::enabledChanged);
        sounds.setEnabled(false);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(shop.store().setting(u"sounds"_s).value(), u"0"_s);
        sounds.play(CheckoutSession::Feedback::Success);
        QCOMPARE(sounds.requested(), 3);
    }

    void readsTheSettingAgain()
    {
        test::Shop shop;
        QVERIFY(shop.store().setSetting(u"sounds"_s, u"0"_s));
        Sounds sounds(shop.store());
        QVERIFY(!sounds.enabled());
        QVERIFY(shop.store().setSetting(u"sounds"_s, u"1"_s));
        QSignalSpy changed(&sounds, &Sounds::enabledChanged);
        sounds.reload();
        QVERIFY(sounds.enabled());
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_MAIN(TestSounds)
#include "tst_checkoutsounds.moc"
