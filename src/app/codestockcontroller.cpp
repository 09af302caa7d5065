// SPDX-License-Identifier: Apache-2.0
#include "codestockcontroller.h"

#include "staffsession.h"
#include "store/store.h"

#include <QFile>
#include <QUrl>

namespace stampdesk {

namespace {

// The largest file taken as a list of codes: a few hundred thousand codes.
constexpr qint64 maxFileSize = 16 * 1024 * 1024;

} // namespace

CodeStockController::CodeStockController(Store &store, StaffSession &session, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_session(session)
{
    // Codes go with the vouchers issued at this register and at others:
    // a look once a minute keeps the warning true without a signal from each.
    m_poll.setInterval(60'000);
    connect(&m_poll, &QTimer::timeout, this, &CodeStockController::refresh);
    m_poll.start();
    refresh();
}

QString CodeStockController::warning() const
{
    if (!m_low)
        return {};
    if (m_available == 0)
        return tr("No redeem codes are left: new vouchers get none. Import more codes from the "
                  "POS.");
    //: %n is the number of POS redeem codes left
    return tr("Only %n redeem code(s) left. Import more codes from the POS soon.", nullptr,
              m_available);
}

void CodeStockController::refresh()
{
    const auto stock = m_store.codeStock();
    if (!stock)
        return;
    if (stock->available == m_available && stock->attached == m_attached && stock->lowAt == m_lowAt
        && stock->isLow() == m_low)
        return;
    m_available = stock->available;
    m_attached = stock->attached;
    m_lowAt = stock->lowAt;
    m_low = stock->isLow();
    Q_EMIT stockChanged();
}

bool CodeStockController::importFile(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl.trimmed();
    if (path.isEmpty()) {
        fail(tr("Type the path of the CSV file with the codes."));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file's path, %2 the system's reason
        fail(tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.size() > maxFileSize) {
        fail(tr("The file %1 is too large for a list of codes.").arg(path));
        return false;
    }
    const auto done = m_store.importRedeemCodes(file.readAll(), m_session.name());
    if (!done) {
        fail(done.error().message());
        return false;
    }
    m_imported = true;
    m_added = done->added;
    m_alreadyKnown = done->alreadyKnown;
    m_rejected = QStringList(done->rejected.cbegin(), done->rejected.cend());
    m_problem.clear();
    Q_EMIT importChanged();
    refresh();
    return true;
}

void CodeStockController::fail(const QString &problem)
{
    m_imported = false;
    m_added = 0;
    m_alreadyKnown = 0;
    m_rejected.clear();
    m_problem = problem;
    Q_EMIT importChanged();
}

} // namespace stampdesk
