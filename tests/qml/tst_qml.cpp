// SPDX-License-Identifier: Apache-2.0
// Qt Quick Test cases of the QML components (tests/qml/tst_*.qml), over
// the module Stampdesk as the app loads it, from the resources.
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(StampdeskPlugin)
Q_IMPORT_QML_PLUGIN(Stampdesk_AppPlugin)
Q_IMPORT_QML_PLUGIN(Stampdesk_ScanPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // Qt 6.4 does not look for modules in the resources by itself.
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(stampdesk_qml, Setup)
#include "tst_qml.moc"
