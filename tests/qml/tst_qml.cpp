// SPDX-License-Identifier: Apache-2.0
// Qt Quick Test cases of the QML components (tests/qml/tst_*.qml), over
// the module Stampdesk as the app loads it, from the resources. Components
// that show a controller get a real one: "shop" is a shop of its own for
// each test file, with the app's Shell over it and a cashier signed in.
#include "../app/shopfixture.h"
#include "app/language.h"
#include "app/shell.h"
#include "core/ids.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(StampdeskPlugin)
Q_IMPORT_QML_PLUGIN(Stampdesk_AppPlugin)
Q_IMPORT_QML_PLUGIN(Stampdesk_ScanPlugin)

using namespace stampdesk;
using namespace Qt::StringLiterals;

// A real store in a temporary folder, in English, with Hoa, a cashier,
// signed in; what a test needs to set a scene up that the app's own
// objects cannot (yesterday's stamps, another programme).
class TestShop : public QObject
{
    Q_OBJECT
    Q_PROPERTY(stampdesk::Shell *shell READ shell CONSTANT FINAL)

public:
    TestShop()
    {
        m_language.setCode(u"en"_s);
        m_hoa = m_shop.staffMember(u"Hoa"_s, StaffRole::Cashier, u"1357"_s);
        m_shell = std::make_unique<Shell>(m_shop.store(), m_language);
        // Keys that a test types are a person's: none is held back.
        m_shell->barcodeGun()->setEnabled(false);
        m_shell->staff()->signInAs(m_hoa);
    }

    Shell *shell() const { return m_shell.get(); }
    Language &language() { return m_language; }

    /// A new card with stamps from an earlier visit; its id.
    Q_INVOKABLE QString card(const QString &name, const QString &phone, int stamps)
    {
        return m_shop.card(name, phone, stamps);
    }

    /// The redeem code of the card's voucher of cycle, as a cashier reads it.
    Q_INVOKABLE QString redeemCode(const QString &cardId, int cycle) const
    {
        return Ids::formatRedeemCode(Ids::redeemCode(cardId, cycle));
    }

    /// Hoa signs in, or out.
    Q_INVOKABLE void signIn(bool in)
    {
        if (in)
            m_shell->staff()->signInAs(m_hoa);
        else
            m_shell->staff()->signOut();
    }

    /// The demo programme with another goal, and vouchers that customers
    /// redeem on their phones (self-redeem) or that a cashier scans.
    Q_INVOKABLE bool setProgramme(int goal, bool selfRedeem)
    {
        Programme programme = Programme::demo();
        programme.goal = goal;
        programme.mode = selfRedeem ? RedemptionMode::SelfRedeem : RedemptionMode::StaffScan;
        return bool(m_shop.store().setProgramme(programme, u"Lan"_s));
    }

private:
    test::Shop m_shop;
    Language m_language;
    StaffMember m_hoa;
    std::unique_ptr<Shell> m_shell; // before the store and the language go
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Qt 6.4 does not look for modules in the resources by itself.
        engine->addImportPath(QStringLiteral("qrc:/"));
        // A new engine for each file: the last file's engine, and all it
        // showed, is gone.
        m_shop = std::make_unique<TestShop>();
        m_shop->language().setEngine(engine);
        engine->rootContext()->setContextProperty(u"shop"_s, m_shop.get());
    }

    void cleanupTestCase() { m_shop.reset(); }

private:
    std::unique_ptr<TestShop> m_shop;
};

QUICK_TEST_MAIN_WITH_SETUP(stampdesk_qml, Setup)
#include "tst_qml.moc"
