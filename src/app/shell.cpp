// SPDX-License-Identifier: Apache-2.0
#include "shell.h"

#include "core/version.h"
#include "scan/camerasource.h"
#include "scan/filesource.h"
#include "store/store.h"

#include <QCoreApplication>

namespace stampdesk {

namespace {

std::unique_ptr<scan::FrameSource> makeCamera(const CameraChoice &choice)
{
    if (!choice.file.isEmpty()) {
        auto file = std::make_unique<scan::FileSource>();
        file->setFile(choice.file);
        return file;
    }
    auto camera = std::make_unique<scan::CameraSource>();
    camera->setCameraId(choice.id);
    return camera;
}

} // namespace

Shell::Shell(Store &store, Language &language, const CameraChoice &camera, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_language(language)
    , m_programme(store, language)
    , m_lookup(store, language)
    , m_lastScan(language)
    , m_staff(store)
    , m_staffList(store, true)
    , m_setup(store, language, m_staff)
    , m_programmeEditor(store)
    , m_staffEditor(store)
    , m_registerSettings(store, language)
    , m_codeStock(store, m_staff)
    , m_report(store, language)
    , m_backup(store, m_staff)
    , m_checkout(store, language, m_lookup)
    , m_activity(store, language)
    , m_sync(store, language)
    , m_syncService(store, language)
    , m_sounds(store)
    , m_newCard(store, language)
    , m_camera(makeCamera(camera))
{
    // The camera's words are made when read: a new language, new words.
    connect(&language, &Language::changed, m_camera.get(), &scan::FrameSource::retranslate);
    // A register reads its keys once at start (rotation comes with sync);
    // without them every signed code is refused, which the report says.
    if (const auto keyring = store.keyring())
        m_gun.setKeyring(keyring.value());
    connect(&m_gun, &scan::BarcodeGun::scanned, this, &Shell::take);
    m_gun.watch(QCoreApplication::instance());
    connectOffice();
    connectCounter();
    connectSync();
}

// The background sync follows the counter's actions; what it brings (the
// shop's keys when paired, its programme) reaches what the counter shows.
void Shell::connectSync()
{
    m_sync.setService(&m_syncService);
    connect(&m_checkout, &CheckoutSession::acted, &m_syncService, &SyncService::noteActivity);
    connect(&m_activity, &ActivityModel::undone, &m_syncService, &SyncService::noteActivity);
    connect(&m_newCard, &CardCode::created, &m_syncService, &SyncService::noteActivity);
    connect(&m_syncService, &SyncService::pairingFinished, this, [this](bool ok) {
        if (!ok)
            return;
        if (const auto keyring = m_store.keyring()) {
            m_gun.setKeyring(keyring.value());
            if (m_scanner)
                m_scanner->setKeyring(keyring.value());
        }
    });
    connect(&m_syncService, &SyncService::roundFinished, this, [this] { m_programme.reload(); });
    connect(&m_backup, &BackupController::restored, this, &Shell::reloadAfterRestore);
}

// A restore replaced the whole database under the open store: everything
// that keeps a part of it reads it again. The member signed in stays only
// when the restored staff has them as the same active manager; anyone else
// signs in again with the restored PINs. The sync starts over with the
// restored pairing (or stops when the backup was not paired).
void Shell::reloadAfterRestore()
{
    (void)m_store.reloadRegisterInfo();
    const auto member = m_store.staffMember(m_staff.staffId());
    if (!member || !member->active || member->role != StaffRole::Manager
        || member->name != m_staff.name())
        m_staff.signOut();
    m_checkout.clear();
    m_programme.reload();
    m_programmeEditor.load();
    m_staffList.reload();
    m_staffEditor.members()->reload();
    m_setup.reload();
    m_registerSettings.reload();
    m_codeStock.refresh();
    m_report.reload();
    m_activity.refresh();
    m_sounds.reload();
    if (const auto keyring = m_store.keyring()) {
        m_gun.setKeyring(keyring.value());
        m_checkout.setKeyring(keyring.value());
        if (m_scanner)
            m_scanner->setKeyring(keyring.value());
    }
    m_syncService.restart();
    m_sync.refresh();
}

// The counter's parts hear of each other's actions: the activity, the
// outbox count and the card shown follow every stamp, redemption and undo.
void Shell::connectCounter()
{
    m_checkout.setStaff(&m_staff);
    m_checkout.setSyncEngine(&m_redeemEngine);
    m_activity.setStaff(&m_staff);
    m_newCard.setStaff(&m_staff);
    connect(&m_checkout, &CheckoutSession::feedback, &m_sounds, &Sounds::play);
    connect(&m_checkout, &CheckoutSession::acted, &m_activity, &ActivityModel::refresh);
    connect(&m_checkout, &CheckoutSession::acted, &m_sync, &SyncStatus::refresh);
    connect(&m_activity, &ActivityModel::undone, &m_checkout, &CheckoutSession::refresh);
    connect(&m_activity, &ActivityModel::undone, &m_sync, &SyncStatus::refresh);
    // A new card is shown at once, ready for its first stamps.
    connect(&m_newCard, &CardCode::created, this, [this](const QString &cardId) {
        m_checkout.showCard(cardId);
        m_activity.refresh();
        m_sync.refresh();
    });
    connect(&m_registerSettings, &RegisterSettings::soundsChanged, &m_sounds, &Sounds::reload);
}

// What the manager changes in the settings or the first-start wizard
// reaches what the counter shows.
void Shell::connectOffice()
{
    const auto programmeSaved = [this] {
        m_programme.reload();
        m_programmeEditor.load();
    };
    connect(&m_programmeEditor, &ProgrammeEditor::programmeSaved, this,
            [this] { m_programme.reload(); });
    connect(m_setup.programme(), &ProgrammeEditor::programmeSaved, this, programmeSaved);
    connect(&m_staffEditor, &StaffEditor::staffChanged, &m_staffList, &StaffListModel::reload);
    connect(&m_setup, &SetupWizard::completed, this, [this] {
        m_staffList.reload();
        m_staffEditor.members()->reload();
        m_registerSettings.reload();
    });
    // The camera chosen in the settings is the one the counter scans with
    // (a file standing in for a camera stays).
    connect(&m_registerSettings, &RegisterSettings::cameraChanged, this, [this] {
        if (auto *camera = qobject_cast<scan::CameraSource *>(m_camera.get()))
            camera->setCameraId(m_registerSettings.cameraId());
    });
}

// The camera stops before the window's sink goes with the engine.
Shell::~Shell() = default;

QString Shell::version()
{
    return QString::fromLatin1(stampdesk::version);
}

void Shell::useViewfinder(QVideoSink *sink, scan::VideoScanner *scanner)
{
    if (m_scanner)
        disconnect(m_scanner, nullptr, this, nullptr);
    m_scanner = scanner;
    if (scanner) {
        if (const auto keyring = m_store.keyring())
            scanner->setKeyring(keyring.value());
        connect(scanner, &scan::VideoScanner::scanned, this, &Shell::take);
    }
    m_camera->setVideoSink(sink);
    m_camera->setActive(sink != nullptr);
}

void Shell::take(const scan::ScanResult &result)
{
    m_lastScan.show(result);
    m_checkout.take(result);
}

} // namespace stampdesk
