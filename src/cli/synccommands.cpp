// SPDX-License-Identifier: Apache-2.0
// stampdesk-cli pair, sync and conflicts: the register's link with the
// shop's server (docs/sync.md).
#include "cli.h"
#include "core/json.h"
#include "sync/syncengine.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stampdesk::cli {

namespace {

using namespace Qt::StringLiterals;

int syncFailed(Session &s, const SyncError &error)
{
    if (error.kind == SyncError::Kind::Database && error.store)
        return s.fail(*error.store);
    return s.failWith(ExitCode::SyncFailed, error.codeName(), error.message());
}

int pair(Session &s, const Arguments &args)
{
    const QUrl url(args.positional.at(0));
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")
        || url.host().isEmpty())
        return s.usage(u"pair: URL must be like https://shop.example:8443"_s);
    QByteArray ca;
    if (args.has(u"ca"_s)) {
        QFile file(args.value(u"ca"_s));
        if (!file.open(QIODevice::ReadOnly))
            return s.refuse(u"cannot-read"_s, u"Cannot read %1."_s.arg(file.fileName()));
        ca = file.readAll();
        if (QSslCertificate::fromData(ca, QSsl::Pem).isEmpty())
            return s.refuse(u"not-a-certificate"_s,
                            u"%1 holds no PEM certificate."_s.arg(file.fileName()));
    }

    SyncEngine engine(s.store());
    QEventLoop loop;
    std::optional<SyncError> failure;
    QObject::connect(&engine, &SyncEngine::pairingFinished, &loop,
                     [&](const std::optional<SyncError> &error) {
                         failure = error;
                         loop.quit();
                     });
    engine.pair(url, args.positional.at(1), ca);
    loop.exec();
    if (failure)
        return syncFailed(s, *failure);

    const auto link = s.store().syncLink();
    if (!link)
        return s.fail(link.error());
    const QJsonObject result{{u"paired"_s, true},
                             {u"server"_s, (*link)->serverUrl},
                             {u"shop"_s, int(s.store().registerInfo().shop)},
                             {u"shopName"_s, (*link)->shopName}};
    return s.print(result,
                   u"Paired with %1 (%2). Run 'stampdesk-cli sync' to send and fetch."_s.arg(
                       (*link)->serverUrl, (*link)->shopName));
}

int sync(Session &s, const Arguments &)
{
    SyncEngine engine(s.store());
    QEventLoop loop;
    SyncSummary summary;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncSummary &done) {
        summary = done;
        loop.quit();
    });
    engine.syncNow();
    loop.exec();
    if (summary.error)
        return syncFailed(s, *summary.error);
    const QJsonObject result{
        {u"pushed"_s, summary.pushed},
        {u"pulled"_s, summary.pulled},
        {u"conflicts"_s, summary.conflicts},
        {u"pending"_s, s.store().pendingSyncCount().value()},
    };
    // Always JSON: a POS or a scheduled task reads it.
    return s.print(result,
                   QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented)));
}

int conflicts(Session &s, const Arguments &args)
{
    auto found = s.store().conflicts(!args.has(u"all"_s));
    if (!found)
        return s.fail(found.error());
    QJsonArray list;
    QString text;
    for (const SyncConflict &c : found.value()) {
        list.append(QJsonObject{
            {u"eventId"_s, c.event.id},
            {u"type"_s, c.event.type()},
            {u"at"_s, Json::toIso(c.event.at)},
            {u"cardId"_s, c.event.cardId},
            {u"voucherId"_s, c.event.voucherId},
            {u"staff"_s, c.event.staff},
            {u"code"_s, c.reason.codeName()},
            {u"message"_s, c.reason.message()},
            {u"answeredAt"_s, Json::toIso(c.answeredAt)},
            {u"seen"_s, c.seen},
        });
        text +=
            u"%1  %2 by %3: %4\n"_s.arg(c.event.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                        c.event.type(), c.event.staff, c.reason.message());
    }
    if (list.isEmpty())
        text = u"No conflicts.\n"_s;
    if (args.has(u"mark-seen"_s)) {
        if (auto seen = s.store().markConflictsSeen(); !seen)
            return s.fail(seen.error());
    }
    return s.print(list, text);
}

} // namespace

QList<Command> syncCommands()
{
    return {
        {{u"pair"_s},
         u"URL CODE [--ca FILE]"_s,
         u"Pair this register with the shop's server, with a one-time code from its manager."_s,
         {valueOption("ca", "FILE", "a PEM certificate to trust for a self-hosted server")},
         2,
         2,
         pair},
        {{u"sync"_s},
         {},
         u"Send what waits and fetch the shop's changes; prints pushed, pulled, conflicts."_s,
         {},
         0,
         0,
         sync},
        {{u"conflicts"_s},
         u"[--all] [--mark-seen]"_s,
         u"List what the shop's server refused (not yet seen; --all: every one)."_s,
         {OptionSpec{u"all"_s, false, {}, u"also those already seen"_s},
          OptionSpec{u"mark-seen"_s, false, {}, u"mark them as seen after listing"_s}},
         0,
         0,
         conflicts},
    };
}

} // namespace stampdesk::cli
