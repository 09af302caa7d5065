// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activitymodel.h"
#include "backupcontroller.h"
#include "cardcode.h"
#include "cardlookup.h"
#include "checkoutsession.h"
#include "codestockcontroller.h"
#include "language.h"
#include "programmeeditor.h"
#include "programmeinfo.h"
#include "registersettings.h"
#include "reportmodel.h"
#include "scan/barcodegun.h"
#include "scan/framesource.h"
#include "scan/scanresult.h"
#include "scan/videoscanner.h"
#include "scanreport.h"
#include "setupwizard.h"
#include "sounds.h"
#include "staffeditor.h"
#include "stafflistmodel.h"
#include "staffsession.h"
#include "syncservice.h"
#include "syncstatus.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QVideoSink>

#include <memory>

namespace stampdesk {

class Store;

/// Where the viewfinder's frames come from: a camera by id or description
/// (empty: the system's default), or a video or image file standing in for
/// one, which wins when given.
struct CameraChoice
{
    QString id;
    QString file;
};

/// Everything the main window works with, made once over the open store and
/// handed to Main.qml as its one required property.
///
/// Scans arrive here, from the window's VideoScanner (useViewfinder) and
/// from the barcode gun the shell watches the application with, as one
/// kind of ScanResult, and go to the checkout session (the customer at the
/// counter); lastScan keeps what was read.
class Shell : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application makes the Shell over its store.")
    Q_PROPERTY(stampdesk::Language *language READ language CONSTANT FINAL)
    Q_PROPERTY(stampdesk::ProgrammeInfo *programme READ programme CONSTANT FINAL)
    Q_PROPERTY(stampdesk::CardLookup *lookup READ lookup CONSTANT FINAL)
    Q_PROPERTY(stampdesk::ScanReport *lastScan READ lastScan CONSTANT FINAL)
    Q_PROPERTY(stampdesk::scan::FrameSource *camera READ camera CONSTANT FINAL)
    Q_PROPERTY(QString version READ version CONSTANT FINAL)
    // Who works the register, the first start and the manager's settings.
    Q_PROPERTY(stampdesk::StaffSession *staff READ staff CONSTANT FINAL)
    Q_PROPERTY(stampdesk::StaffListModel *staffList READ staffList CONSTANT FINAL)
    Q_PROPERTY(stampdesk::SetupWizard *setup READ setup CONSTANT FINAL)
    Q_PROPERTY(stampdesk::ProgrammeEditor *programmeEditor READ programmeEditor CONSTANT FINAL)
    Q_PROPERTY(stampdesk::StaffEditor *staffEditor READ staffEditor CONSTANT FINAL)
    Q_PROPERTY(stampdesk::RegisterSettings *registerSettings READ registerSettings CONSTANT FINAL)
    Q_PROPERTY(stampdesk::CodeStockController *codeStock READ codeStock CONSTANT FINAL)
    Q_PROPERTY(stampdesk::ReportModel *report READ report CONSTANT FINAL)
    Q_PROPERTY(stampdesk::BackupController *backup READ backup CONSTANT FINAL)
    // The counter: the customer at hand, today's activity, sync and sounds.
    Q_PROPERTY(stampdesk::CheckoutSession *checkout READ checkout CONSTANT FINAL)
    Q_PROPERTY(stampdesk::ActivityModel *activity READ activity CONSTANT FINAL)
    Q_PROPERTY(stampdesk::SyncStatus *sync READ sync CONSTANT FINAL)
    Q_PROPERTY(stampdesk::SyncService *syncService READ syncService CONSTANT FINAL)
    Q_PROPERTY(stampdesk::Sounds *sounds READ sounds CONSTANT FINAL)
    Q_PROPERTY(stampdesk::CardCode *newCard READ newCard CONSTANT FINAL)

public:
    /// The store and the language must outlive the shell.
    Shell(Store &store, Language &language, const CameraChoice &camera = {},
          QObject *parent = nullptr);
    ~Shell() override;

    Language *language() const { return &m_language; }
    ProgrammeInfo *programme() { return &m_programme; }
    CardLookup *lookup() { return &m_lookup; }
    ScanReport *lastScan() { return &m_lastScan; }
    StaffSession *staff() { return &m_staff; }
    /// The active members, for the sign-in screen.
    StaffListModel *staffList() { return &m_staffList; }
    SetupWizard *setup() { return &m_setup; }
    ProgrammeEditor *programmeEditor() { return &m_programmeEditor; }
    StaffEditor *staffEditor() { return &m_staffEditor; }
    RegisterSettings *registerSettings() { return &m_registerSettings; }
    CodeStockController *codeStock() { return &m_codeStock; }
    ReportModel *report() { return &m_report; }
    /// Backup and restore of the database (the settings' Backup tab).
    BackupController *backup() { return &m_backup; }
    CheckoutSession *checkout() { return &m_checkout; }
    ActivityModel *activity() { return &m_activity; }
    SyncStatus *sync() { return &m_sync; }
    /// The background sync with the shop's server (no thread until paired).
    SyncService *syncService() { return &m_syncService; }
    Sounds *sounds() { return &m_sounds; }
    /// Cards made at the counter, and their signed codes.
    CardCode *newCard() { return &m_newCard; }
    /// The camera, or the file standing in for one.
    scan::FrameSource *camera() const { return m_camera.get(); }
    scan::BarcodeGun *barcodeGun() { return &m_gun; }
    /// Stampdesk's version, e.g. "0.1.0".
    static QString version();

    /// The window's viewfinder: the camera feeds sink, and what scanner
    /// reads from it comes here. Starts the camera.
    Q_INVOKABLE void useViewfinder(QVideoSink *sink, stampdesk::scan::VideoScanner *scanner);

public Q_SLOTS:
    /// A code scanned by any means: the checkout shows the card or the
    /// voucher, or says why not.
    void take(const stampdesk::scan::ScanResult &result);

private:
    void connectOffice();
    void connectCounter();
    void connectSync();
    void reloadAfterRestore();

    Store &m_store;
    Language &m_language;
    ProgrammeInfo m_programme;
    CardLookup m_lookup;
    ScanReport m_lastScan;
    StaffSession m_staff;
    StaffListModel m_staffList;
    SetupWizard m_setup;
    ProgrammeEditor m_programmeEditor;
    StaffEditor m_staffEditor;
    RegisterSettings m_registerSettings;
    CodeStockController m_codeStock;
    ReportModel m_report;
    BackupController m_backup;
    CheckoutSession m_checkout;
    ActivityModel m_activity;
    SyncStatus m_sync;
    SyncService m_syncService;
    Sounds m_sounds;
    CardCode m_newCard;
    std::unique_ptr<scan::FrameSource> m_camera;
    scan::BarcodeGun m_gun;
    QPointer<scan::VideoScanner> m_scanner;
    /// A paired register's online redemptions: on the GUI thread over the
    /// GUI's store (asynchronous, it never blocks).
    SyncEngine m_redeemEngine{m_store};
};

} // namespace stampdesk
