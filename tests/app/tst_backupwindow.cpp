// SPDX-License-Identifier: Apache-2.0
// The settings' Backup tab, as a manager uses it: a backup made now shows in
// the list; restoring it after confirmation brings back what the window
// showed then (shop name, staff, cards); a damaged file is refused with the
// reason shown and nothing changed.
#include "app/language.h"
#include "app/shell.h"
#include "shopfixture.h"
#include "windowdriver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(StampdeskPlugin)
Q_IMPORT_QML_PLUGIN(Stampdesk_AppPlugin)
Q_IMPORT_QML_PLUGIN(Stampdesk_ScanPlugin)

using namespace stampdesk;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList staffNames(Store &store)
{
    QStringList names;
    // The list is held: a range-for over a temporary's value() would dangle.
    const auto staff = store.staff();
    for (const StaffMember &m : staff.value())
        names << m.name;
    return names;
}

} // namespace

class TestBackupWindow : public QObject, private test::WindowDriver
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("QT_MEDIA_BACKEND", "gstreamer"); }

    void init()
    {
        m_shop = std::make_unique<test::Shop>();
        m_language = std::make_unique<Language>();
        QVERIFY(m_language->setCode(u"en"_s));
        m_lan = m_shop->manager();
        QVERIFY(m_shop->store().setSetting(u"shop_name"_s, u"Dao Coffee"_s).ok());
        m_card = m_shop->card(u"Đào Thị Hoa"_s, u"0901234567"_s, 3);
        m_shell = std::make_unique<Shell>(m_shop->store(), *m_language);
        openMain(*m_shell, *m_language);
        m_window = mainWindow();
        QVERIFY(m_window);
        m_shell->staff()->signInAs(m_lan);
        QTRY_VERIFY(item(u"counterPage"_s)->isVisible());
        click(item(u"settingsButton"_s));
        QTRY_VERIFY(item(u"settingsPage"_s)->isVisible());
        click(item(u"settingsTab_6"_s));
        QTRY_VERIFY(item(u"settingsBackup"_s)->isVisible());
    }

    void cleanup()
    {
        QVERIFY2(qmlWarnings().isEmpty(), qPrintable(qmlWarnings()));
        closeMain();
        m_shell.reset();
        m_language.reset();
        m_shop.reset();
    }

    void aBackupIsRestoredAndTheWindowShowsIt()
    {
        BackupController *backup = m_shell->backup();
        QSignalSpy finished(backup, &BackupController::finished);
        const QString suggested = text(u"backupPathField"_s);
        QCOMPARE(QFileInfo(suggested).absolutePath(),
                 QFileInfo(m_shop->path()).absolutePath() + u"/backups"_s);
        click(item(u"backupNowButton"_s));
        QVERIFY(backup->busy() || finished.count() == 1);
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QVERIFY(QFile::exists(suggested));
        QTRY_VERIFY(text(u"backupMessage"_s).contains(suggested));
        QCOMPARE(item(u"backupList"_s)->property("count").toInt(), 1);
        const int events = int(m_shop->store().events()->size());

        // Life goes on: a new name, a new member, more stamps.
        QVERIFY(m_shell->registerSettings()->save(u"Other shop"_s, u"Counter 1"_s, QString()));
        QTRY_COMPARE(text(u"shopName"_s), u"Other shop"_s);
        m_shop->staffMember(u"Minh"_s, StaffRole::Cashier, u"1357"_s);
        m_shop->advance(3600);
        QVERIFY(m_shop->store().addStamps(m_card, 1, QString(), u"Lan"_s).ok());

        // The manager picks the backup from the list and confirms.
        auto *list = item(u"backupList"_s);
        QQuickItem *row = nullptr;
        QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, row),
                                  Q_ARG(int, 0));
        QVERIFY(row);
        click(row);
        QTRY_COMPARE(text(u"restorePathField"_s), suggested);
        click(item(u"restoreButton"_s));
        QObject *dialog = m_window->findChild<QObject *>(u"restoreConfirmDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        click(
            item(u"confirmRestoreButton"_s, dialog->property("contentItem").value<QQuickItem *>()));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);

        // What the window shows is the backup's.
        QTRY_COMPARE(text(u"shopName"_s), u"Dao Coffee"_s);
        QCOMPARE(int(m_shop->store().events()->size()), events);
        QCOMPARE(m_shop->store().cardState(m_card)->card.stamps, 3);
        QCOMPARE(staffNames(m_shop->store()), QStringList{u"Lan"_s});
        QCOMPARE(m_shell->staffList()->rowCount({}), 1);
        // Lan is the same manager in the backup: she stays, and reads where
        // the database as it was went.
        QVERIFY(m_shell->staff()->isManager());
        QVERIFY(!backup->safetyCopy().isEmpty());
        QVERIFY(QFile::exists(backup->safetyCopy()));
        QTRY_VERIFY(text(u"backupMessage"_s).contains(backup->safetyCopy()));
        QVERIFY(item(u"backupNowButton"_s)->isEnabled());
    }

    void aDamagedFileShowsWhyAndChangesNothing()
    {
        // A backup of a bigger shop with a damaged page, in the folder.
        const QString folder = m_shell->backup()->folder();
        QVERIFY(QDir().mkpath(folder));
        const QString damaged = folder + u"/damaged.db"_s;
        {
            auto other = Store::open(damaged);
            QVERIFY(other.ok());
            QList<NewCard> cards;
            for (int i = 0; i < 3000; ++i)
                cards.append({u"Khách hàng %1"_s.arg(i), {}});
            QVERIFY((*other)->createCards(cards, u"Lan"_s).ok());
        }
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek((f.size() / 4096 / 2) * 4096 + 100);
            f.write(QByteArray(2000, '\xA5'));
        }
        m_shell->backup()->refresh();
        const QByteArray live = fileHash(m_shop->path());
        const int events = int(m_shop->store().events()->size());

        QSignalSpy finished(m_shell->backup(), &BackupController::finished);
        item(u"restorePathField"_s)->setProperty("text", damaged);
        click(item(u"restoreButton"_s));
        QObject *dialog = m_window->findChild<QObject *>(u"restoreConfirmDialog"_s);
        QTRY_VERIFY(dialog->property("opened").toBool());
        click(
            item(u"confirmRestoreButton"_s, dialog->property("contentItem").value<QQuickItem *>()));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);

        QTRY_VERIFY(text(u"backupMessage"_s).contains(damaged));
        QVERIFY(text(u"backupMessage"_s).contains(u"damaged"));
        QCOMPARE(fileHash(m_shop->path()), live);
        QCOMPARE(int(m_shop->store().events()->size()), events);
        QVERIFY(m_shell->backup()->safetyCopy().isEmpty());
        QCOMPARE(QDir(QFileInfo(m_shop->path()).absolutePath())
                     .entryList({u"*before-restore*"_s}, QDir::Files)
                     .size(),
                 0);
        QVERIFY(m_shell->staff()->isManager());
    }

private:
    std::unique_ptr<test::Shop> m_shop;
    std::unique_ptr<Language> m_language;
    std::unique_ptr<Shell> m_shell;
    StaffMember m_lan;
    QString m_card;
    QQuickWindow *m_window = nullptr;
};

QTEST_MAIN(TestBackupWindow)
#include "tst_backupwindow.moc"
