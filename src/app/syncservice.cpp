// SPDX-License-Identifier: Apache-2.0
#include "syncservice.h"

#include "activitymodel.h"
#include "core/ids.h"
#include "language.h"
#include "store/store.h"

#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QVariantMap>

#include <algorithm>

namespace stampdesk {

// What the log (LogFile) keeps of the sync: pairing, and each change
// between online and offline, not every round.
Q_LOGGING_CATEGORY(lcSync, "stampdesk.sync", QtInfoMsg)

/// The worker thread's side: its own Store on the same file (a connection
/// belongs to the thread that opened it) and the engine over it, both made
/// on the first call and gone in stop(), on that thread.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(QString path, SyncEngine::Options options)
        : m_path(std::move(path))
        , m_options(std::move(options))
    { }

public Q_SLOTS:
    void pair(const QUrl &url, const QString &code, const QByteArray &caPem)
    {
        if (auto error = open()) {
            Q_EMIT pairingFinished(error);
            return;
        }
        m_engine->pair(url, code, caPem);
    }

    void syncNow()
    {
        if (auto error = open()) {
            Q_EMIT roundFinished(SyncSummary{0, 0, 0, error});
            return;
        }
        // The service asks for one round at a time: never refused here.
        m_engine->syncNow();
    }

    /// The engine goes first (its request is aborted without a word), then
    /// the store.
    void stop()
    {
        m_engine.reset();
        m_store.reset();
    }

Q_SIGNALS:
    void pairingFinished(const std::optional<stampdesk::SyncError> &error);
    void roundFinished(const stampdesk::SyncSummary &summary);
    void progress(int pushed, int pulled);

private:
    std::optional<SyncError> open()
    {
        if (m_engine)
            return std::nullopt;
        auto opened = Store::open(m_path);
        if (!opened)
            return SyncError{SyncError::Kind::Database, std::nullopt, opened.error(), {}};
        m_store = std::move(opened).value();
        m_engine = std::make_unique<SyncEngine>(*m_store);
        m_engine->setOptions(m_options);
        connect(m_engine.get(), &SyncEngine::pairingFinished, this, &SyncWorker::pairingFinished);
        connect(m_engine.get(), &SyncEngine::finished, this, &SyncWorker::roundFinished);
        connect(m_engine.get(), &SyncEngine::progress, this, &SyncWorker::progress);
        return std::nullopt;
    }

    QString m_path;
    SyncEngine::Options m_options;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SyncEngine> m_engine;
};

SyncService::SyncService(Store &store, const Language &language, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<SyncSummary>();
    qRegisterMetaType<std::optional<SyncError>>();
    m_thread.setObjectName(QStringLiteral("sync"));
    connect(&language, &Language::changed, this, &SyncService::changed);
    m_rounds.setInterval(interval);
    connect(&m_rounds, &QTimer::timeout, this, &SyncService::syncNow);
    m_soon.setSingleShot(true);
    m_soon.setInterval(debounce);
    connect(&m_soon, &QTimer::timeout, this, &SyncService::syncNow);
    reload();
    if (m_paired)
        startRounds();
}

SyncService::~SyncService()
{
    stopWorker();
}

void SyncService::setInterval(std::chrono::milliseconds every)
{
    m_rounds.setInterval(every);
}

void SyncService::setDebounce(std::chrono::milliseconds after)
{
    m_soon.setInterval(after);
}

void SyncService::startWorker()
{
    if (m_worker)
        return;
    m_worker = new SyncWorker(m_store.path(), m_options);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SyncWorker::pairingFinished, this, &SyncService::onPaired,
            Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::roundFinished, this, &SyncService::onRoundFinished,
            Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::progress, this, &SyncService::onProgress, Qt::QueuedConnection);
    m_thread.start();
}

void SyncService::stopWorker()
{
    m_rounds.stop();
    m_soon.stop();
    if (!m_worker)
        return;
    // The engine and its store go on their own thread; then the thread ends.
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
    m_worker = nullptr;
    m_syncing = false;
    m_again = false;
}

void SyncService::restart()
{
    stopWorker();
    m_lastError.reset();
    m_paired = false;
    reload();
    if (m_paired)
        startRounds();
    Q_EMIT changed();
}

void SyncService::startRounds()
{
    startWorker();
    m_rounds.start();
    syncNow();
}

void SyncService::syncNow()
{
    if (!m_paired || !m_worker)
        return;
    m_soon.stop();
    // One round at a time; what is asked meanwhile runs right after it.
    if (m_syncing) {
        m_again = true;
        return;
    }
    m_syncing = true;
    m_pushed = 0;
    m_pulled = 0;
    Q_EMIT changed();
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->syncNow(); }, Qt::QueuedConnection);
}

void SyncService::noteActivity()
{
    if (m_paired && m_worker)
        m_soon.start();
}

void SyncService::pair(const QString &url, const QString &code, const QString &caFile)
{
    if (m_pairing || m_paired)
        return;
    const QUrl server(url.trimmed(), QUrl::StrictMode);
    if (url.trimmed().isEmpty() || !server.isValid()
        || (server.scheme() != u"https" && server.scheme() != u"http") || server.host().isEmpty()) {
        //: Pairing with the shop's server: the address typed is not one
        failPairing(tr("Enter the shop server's address, e.g. https://shop.example:8443."));
        return;
    }
    if (code.trimmed().isEmpty()) {
        failPairing(tr("Enter the pairing code that the shop server's manager made."));
        return;
    }
    QByteArray ca;
    if (!caFile.trimmed().isEmpty()) {
        QFile file(caFile.trimmed());
        if (!file.open(QIODevice::ReadOnly)) {
            failPairing(tr("Cannot read the certificate file %1.").arg(file.fileName()));
            return;
        }
        ca = file.readAll();
        if (QSslCertificate::fromData(ca, QSsl::Pem).isEmpty()) {
            failPairing(tr("%1 holds no certificate (a PEM file is needed).").arg(file.fileName()));
            return;
        }
    }
    m_pairingProblem.clear();
    m_pairingError.reset();
    m_pairing = true;
    Q_EMIT changed();
    startWorker();
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, server, code = code.trimmed(), ca] { worker->pair(server, code, ca); },
        Qt::QueuedConnection);
}

void SyncService::failPairing(const QString &message)
{
    m_pairingError.reset();
    m_pairingProblem = message;
    Q_EMIT changed();
    // As the server's answer would: later, not from inside the call.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT pairingFinished(false); }, Qt::QueuedConnection);
}

void SyncService::onPaired(const std::optional<SyncError> &error)
{
    m_pairing = false;
    m_pairingError = error;
    if (error)
        qCWarning(lcSync, "Pairing failed: %s", qPrintable(error->message()));
    else
        qCInfo(lcSync, "Paired with the shop's server");
    // The worker's connection paired the file: this one trusts the shop's
    // keys from now on.
    if (!error)
        (void)m_store.reloadRegisterInfo();
    reload();
    if (m_paired) {
        m_online = true;
        startRounds();
    } else {
        // A register that is not paired keeps no thread.
        stopWorker();
    }
    Q_EMIT changed();
    Q_EMIT pairingFinished(!error && m_paired);
}

bool SyncService::unpair()
{
    stopWorker();
    auto done = m_store.unpair();
    qCInfo(lcSync, "Unpaired from the shop's server");
    reload();
    m_online = false;
    m_lastError.reset();
    Q_EMIT changed();
    return done.ok();
}

void SyncService::markConflictsSeen()
{
    (void)m_store.markConflictsSeen();
    reload();
    Q_EMIT changed();
}

void SyncService::onProgress(int pushed, int pulled)
{
    m_pushed = pushed;
    m_pulled = pulled;
    Q_EMIT changed();
}

void SyncService::onRoundFinished(const SyncSummary &summary)
{
    m_syncing = false;
    if (summary.error && (!m_lastError || m_lastError->message() != summary.error->message()))
        qCWarning(lcSync, "Sync failed: %s", qPrintable(summary.error->message()));
    else if (!summary.error && m_lastError)
        qCInfo(lcSync, "Sync works again");
    if (summary.conflicts > 0)
        qCWarning(lcSync,
                  "The shop's server refused %d action(s) of this register: see Settings, "
                  "Shop server",
                  summary.conflicts);
    m_online = !summary.error;
    m_lastError = summary.error;
    reload();
    Q_EMIT changed();
    Q_EMIT roundFinished(!summary.error);
    if (m_again && m_paired && m_worker) {
        m_again = false;
        syncNow();
    }
}

// What the store knows of the link, read on this thread's connection.
void SyncService::reload()
{
    const auto link = m_store.syncLink();
    const bool paired = link && link->has_value();
    if (paired) {
        const SyncLink &l = **link;
        // Before the first round here, the state the last one left.
        if (!m_paired && !m_lastError) {
            m_storedError = l.lastError;
            m_online = l.lastError.isEmpty() && l.lastSuccessAt.has_value();
        }
        m_serverUrl = l.serverUrl;
        m_shopName = l.shopName;
        m_lastSuccess = l.lastSuccessAt;
    } else {
        m_serverUrl.clear();
        m_shopName.clear();
        m_lastSuccess.reset();
        m_storedError.clear();
    }
    m_paired = paired;
    const RegisterInfo info = m_store.registerInfo();
    m_shop = info.shop;
    m_registerName = info.name;
    auto found = m_store.conflicts();
    m_conflicts = found ? found.value() : QList<SyncConflict>();
    m_unseenConflicts = int(std::count_if(m_conflicts.cbegin(), m_conflicts.cend(),
                                          [](const SyncConflict &c) { return !c.seen; }));
}

QString SyncService::progressText() const
{
    if (!m_syncing)
        return {};
    //: While a sync round runs: events sent to the shop server, cards fetched from it
    return tr("Sent %1, received %2")
        .arg(QLocale().toString(m_pushed), QLocale().toString(m_pulled));
}

QString SyncService::pairingError() const
{
    if (!m_pairingProblem.isEmpty())
        return m_pairingProblem;
    if (!m_pairingError)
        return {};
    return m_pairingError->message();
}

QString SyncService::shopText() const
{
    if (!m_paired)
        return {};
    //: The shop this register is paired with: its name and its number
    return tr("%1 (shop %2)").arg(m_shopName, QString::number(m_shop));
}

QString SyncService::lastSuccessText() const
{
    if (!m_lastSuccess)
        return {};
    return QLocale().toString(m_lastSuccess->toLocalTime(), QLocale::ShortFormat);
}

QString SyncService::lastError() const
{
    if (m_lastError)
        return m_lastError->message();
    return m_paired ? m_storedError : QString();
}

QVariantList SyncService::conflicts() const
{
    QVariantList list;
    for (const SyncConflict &c : m_conflicts) {
        QString card;
        if (!c.event.cardId.isEmpty()) {
            const auto found = m_store.card(c.event.cardId);
            card =
                found && !found->name.isEmpty() ? found->name : Ids::formatCardId(c.event.cardId);
        }
        const QString at = QLocale().toString(c.event.at.toLocalTime(), QLocale::ShortFormat);
        //: A conflict: what this register did (e.g. "Voucher redeemed"), for which card, by whom,
        //: when
        const QString what = tr("%1 — %2, by %3 at %4")
                                 .arg(ActivityModel::kindText(c.event), card, c.event.staff, at);
        QString winner;
        if (c.reason.code == Refusal::Code::VoucherRedeemed) {
            const QString when = c.reason.when
                ? QLocale().toString(c.reason.when->toLocalTime(), QLocale::ShortFormat)
                : QString();
            //: A conflict: the register that redeemed the voucher first, and when
            winner = tr("First redeemed at %1, %2").arg(c.reason.detail, when);
        }
        list.append(QVariantMap{
            {QStringLiteral("what"), what},
            {QStringLiteral("winner"), winner},
            {QStringLiteral("message"), c.reason.message()},
            {QStringLiteral("seen"), c.seen},
        });
    }
    return list;
}

} // namespace stampdesk

#include "syncservice.moc"
