// SPDX-License-Identifier: Apache-2.0
// The reference server's API over real HTTP on 127.0.0.1: pairing, tokens,
// pushes from several registers, online redemption, paging, and the bounds.
#include "core/rules.h"
#include "servertest.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>

using namespace stampdesk;
using namespace stampdesk::server;
using namespace stampdesk::server::test;

namespace {

const QString tillA = QStringLiteral("register-a");
const QString tillB = QStringLiteral("register-b");

// Goal 3, so that a few stamps complete cycles.
Programme shortProgramme()
{
    Programme p = Programme::demo();
    p.goal = 3;
    return p;
}

Event issued(const QString &cardId, int cycle, const QString &registerId, int minute)
{
    Voucher v = Rules::makeVoucher(shortProgramme(), cardId, cycle, at(minute));
    const QString id = v.id;
    return event(cardId, registerId, at(minute), Events::VoucherIssued{std::move(v)}, id);
}

// What a client could see or what the next request depends on: every
// event row and the whole change feed.
QString snapshot(TestServer &s)
{
    QString text;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(s.store->path());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT id, result FROM events ORDER BY seq"));
            while (q.next())
                text += q.value(0).toString() + u' ' + q.value(1).toString() + u'\n';
            q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'change_counter'"));
            if (q.next())
                text += q.value(0).toString() + u'\n';
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    auto page = s.store->changes(0, 1000);
    for (const CardState &c : page->cards)
        text += QString::fromUtf8(QJsonDocument(Json::toJson(c, at(0))).toJson());
    return text;
}

} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT

private slots:
    void health()
    {
        TestServer s;
        const Answer a = s.get(QStringLiteral("/v1/health"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.contentType, QByteArray("application/json"));
        QCOMPARE(a.body.value(u"status").toString(), u"ok");
        QCOMPARE(a.body.value(u"version").toString(), u"0.1.0");
        QVERIFY(Json::fromIso(a.body.value(u"time").toString()).has_value());
    }

    void unknownPathAndMethod()
    {
        TestServer s;
        Answer a = s.get(QStringLiteral("/v2/health"));
        QCOMPARE(a.status, 404);
        QVERIFY(isErrorShape(a.body));
        QCOMPARE(a.errorCode(), u"not-found");
        a = s.send("DELETE", QStringLiteral("/v1/events"));
        QCOMPARE(a.status, 405);
        QVERIFY(isErrorShape(a.body));
        QCOMPARE(a.errorCode(), u"method-not-allowed");
        a = s.post(QStringLiteral("/v1/health"), {});
        QCOMPARE(a.status, 405);
    }

    void pairingIsOneTimeAndIdempotentForItsRegister()
    {
        TestServer s;
        const QString code = s.store->newPairingCode().value();
        QVERIFY(QRegularExpression(QStringLiteral("^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$"))
                    .match(code)
                    .hasMatch());
        const QJsonObject request{{QStringLiteral("code"), code},
                                  {QStringLiteral("registerId"), tillA},
                                  {QStringLiteral("registerName"), QStringLiteral("Front")}};
        const Answer first = s.post(QStringLiteral("/v1/pair"), request);
        QCOMPARE(first.status, 201);
        const QString token = first.body.value(u"token").toString();
        QCOMPARE(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).size(),
                 32);
        QCOMPARE(first.body.value(u"registerId").toString(), tillA);
        QCOMPARE(first.body.value(u"shop").toInt(), int(s.store->shop()));
        QCOMPARE(s.get(QStringLiteral("/v1/shop"), token).status, 200);

        // The answer was lost: the same register asks again with the same code.
        const Answer again = s.post(QStringLiteral("/v1/pair"), request);
        QCOMPARE(again.status, 201);
        const QString newToken = again.body.value(u"token").toString();
        QVERIFY(newToken != token);
        QCOMPARE(s.get(QStringLiteral("/v1/shop"), token).status, 401);
        QCOMPARE(s.get(QStringLiteral("/v1/shop"), newToken).status, 200);

        // Another register with the used code: refused.
        QJsonObject other = request;
        other.insert(QStringLiteral("registerId"), tillB);
        const Answer refused = s.post(QStringLiteral("/v1/pair"), other);
        QCOMPARE(refused.status, 403);
        QVERIFY(isErrorShape(refused.body));
        QCOMPARE(refused.errorCode(), u"pairing-code-invalid");

        // A code typed in lower case without its dash is the same code.
        const QString second = s.store->newPairingCode().value();
        other.insert(QStringLiteral("code"), second.toLower().remove(u'-'));
        QCOMPARE(s.post(QStringLiteral("/v1/pair"), other).status, 201);

        // Revoked: the token stops working, and the used code does not bring it back.
        QVERIFY(s.store->revoke(tillA).ok());
        QCOMPARE(s.get(QStringLiteral("/v1/shop"), newToken).status, 401);
        QCOMPARE(s.post(QStringLiteral("/v1/pair"), request).status, 403);
        QVERIFY(s.checked());
    }

    void pairingCodesExpireAndUnknownOnesAreRefused()
    {
        TestServer s;
        const QString code = s.store->newPairingCode().value();
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(24 * 3600 + 60);
        s.store->setClock([later] { return later; });
        const QJsonObject request{{QStringLiteral("code"), code},
                                  {QStringLiteral("registerId"), tillA},
                                  {QStringLiteral("registerName"), QStringLiteral("Front")}};
        Answer a = s.post(QStringLiteral("/v1/pair"), request);
        QCOMPARE(a.status, 403);
        QCOMPARE(a.errorCode(), u"pairing-code-invalid");
        QJsonObject unknown = request;
        unknown.insert(QStringLiteral("code"), QStringLiteral("ABCD-EFGH"));
        QCOMPARE(s.post(QStringLiteral("/v1/pair"), unknown).status, 403);
        QVERIFY(s.store->registers()->isEmpty());
    }

    void tokensAreChecked_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("wrong") << QByteArray("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("empty") << QByteArray("Bearer ");
        QTest::newRow("other scheme") << QByteArray("Basic dXNlcjpwYXNz");
    }

    void tokensAreChecked()
    {
        QFETCH(QByteArray, authorization);
        TestServer s;
        s.pair(tillA);
        for (const QString &path : {QStringLiteral("/v1/shop"), QStringLiteral("/v1/changes")}) {
            QNetworkRequest request(s.url(path));
            if (!authorization.isEmpty())
                request.setRawHeader("Authorization", authorization);
            QNetworkReply *reply = s.nam.get(request);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(finished.wait(20000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            QVERIFY(isErrorShape(body));
            QCOMPARE(body.value(u"error").toObject().value(u"code").toString(), u"unauthorized");
            delete reply;
        }
    }

    void shopHasPublicKeysOnly()
    {
        TestServer s;
        const QString token = s.pair(tillA);
        QVERIFY(s.store->rotateKey().ok());
        const Answer a = s.get(QStringLiteral("/v1/shop"), token);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(u"shop").toInt(), int(s.store->shop()));
        const QJsonArray keys = a.body.value(u"keys").toArray();
        QCOMPARE(keys.size(), 2);
        const auto all = s.store->keys().value();
        for (int i = 0; i < 2; ++i) {
            const QJsonObject k = keys.at(i).toObject();
            QCOMPARE(k.size(), 3);
            QCOMPARE(k.value(u"number").toInt(), int(all.at(i).id().number));
            QCOMPARE(QByteArray::fromBase64(k.value(u"publicKey").toString().toLatin1()),
                     all.at(i).publicKey().bytes);
        }
        QVERIFY(!a.raw.contains(all.first().seed().toBase64()));
        QVERIFY(Json::programmeFromJson(a.body.value(u"programme").toObject(), Json::Fields::Strict)
                    .ok());
    }

    void pushIsIdempotentForever()
    {
        TestServer s;
        const QString token = s.pair(tillA);
        const QString card = s.store->enrol(QStringLiteral("An"), {})->card.id;
        const Event first = stamps(card, tillA, 2, 1);
        Answer a = s.push({first}, token);
        QCOMPARE(a.status, 200);
        QCOMPARE(TestServer::results(a), QStringList{u"accepted"_qs});
        QCOMPARE(a.body.value(u"results").toArray().at(0).toObject().value(u"id").toString(),
                 first.id);
        const QString before = snapshot(s);

        a = s.push({first}, token);
        QCOMPARE(TestServer::results(a), QStringList{u"duplicate"_qs});
        QCOMPARE(snapshot(s), before);

        // Other pushes, then the first again: still nothing changes.
        QCOMPARE(TestServer::results(
                     s.push({stamps(card, tillA, 1, 30), stamps(card, tillA, 1, 60)}, token)),
                 (QStringList{u"accepted"_qs, u"accepted"_qs}));
        const QString later = snapshot(s);
        a = s.push({first, first}, token);
        QCOMPARE(TestServer::results(a), (QStringList{u"duplicate"_qs, u"duplicate"_qs}));
        QCOMPARE(snapshot(s), later);
        QCOMPARE(s.store->card(card).value()->card.lifetimeStamps, 4);

        // Twice within one batch: the second is the duplicate.
        const Event once = stamps(card, tillA, 1, 90);
        QCOMPARE(TestServer::results(s.push({once, once}, token)),
                 (QStringList{u"accepted"_qs, u"duplicate"_qs}));
        QVERIFY(s.checked());
    }

    void stampsFromTwoRegistersAddUp()
    {
        TestServer s;
        QVERIFY(s.store->setProgramme(shortProgramme()).ok());
        const QString a = s.pair(tillA);
        const QString b = s.pair(tillB);
        const QString card = s.store->enrol({}, {})->card.id;
        QCOMPARE(TestServer::results(s.push({stamps(card, tillA, 2, 1)}, a)),
                 QStringList{u"accepted"_qs});

        // Both registers, offline, stamp the card's third stamp and issue
        // the first cycle's voucher: one voucher, and the stamps add up.
        QCOMPARE(TestServer::results(
                     s.push({stamps(card, tillA, 1, 10), issued(card, 1, tillA, 10)}, a)),
                 (QStringList{u"accepted"_qs, u"accepted"_qs}));
        QCOMPARE(TestServer::results(
                     s.push({stamps(card, tillB, 1, 11), issued(card, 1, tillB, 11)}, b)),
                 (QStringList{u"accepted"_qs, u"accepted"_qs}));
        CardState state = *s.store->card(card).value();
        QCOMPARE(state.vouchers.size(), 1);
        QCOMPARE(state.vouchers.first().id, Ids::voucherId(card, 1));
        QCOMPARE(state.card.stamps, 1);
        QCOMPARE(state.card.lifetimeStamps, 4);

        // More stamps than one cycle: the merge issues the next voucher.
        QCOMPARE(TestServer::results(s.push({stamps(card, tillB, 4, 20)}, b)),
                 QStringList{u"accepted"_qs});
        state = *s.store->card(card).value();
        QCOMPARE(state.vouchers.size(), 2);
        QCOMPARE(state.vouchers.at(1).id, Ids::voucherId(card, 2));
        QCOMPARE(state.card.stamps, 2);
        QCOMPARE(state.card.lifetimeStamps, 8);

        // A voucher the merged stamps never reached is a conflict.
        QCOMPARE(TestServer::results(s.push({issued(card, 5, tillA, 21)}, a)),
                 QStringList{u"conflict:voucher-not-earned"_qs});
        QVERIFY(s.checked());
    }

    void aVoucherRedeemedAtTwoRegistersIsAcceptedOnce()
    {
        TestServer s;
        QVERIFY(s.store->setProgramme(shortProgramme()).ok());
        const QString a = s.pair(tillA, QStringLiteral("Front"));
        const QString b = s.pair(tillB, QStringLiteral("Back"));
        const QString card = s.store->enrol({}, {})->card.id;
        QCOMPARE(TestServer::results(s.push({stamps(card, tillA, 3, 1)}, a)),
                 QStringList{u"accepted"_qs});
        const QString voucher = Ids::voucherId(card, 1);

        QCOMPARE(TestServer::results(s.push({redeemed(card, voucher, tillA, u"Front"_qs, 10)}, a)),
                 QStringList{u"accepted"_qs});
        const Answer late = s.push({redeemed(card, voucher, tillB, u"Back"_qs, 12)}, b);
        QCOMPARE(TestServer::results(late), QStringList{u"conflict:voucher-redeemed"_qs});
        const QJsonObject conflict =
            late.body.value(u"results").toArray().at(0).toObject().value(u"conflict").toObject();
        QCOMPARE(conflict.value(u"detail").toString(), u"Front");
        QCOMPARE(conflict.value(u"at").toString(), Json::toIso(at(10)));
        QVERIFY(!conflict.value(u"message").toString().isEmpty());
        QCOMPARE(s.store->card(card).value()->vouchers.first().redeemedRegister, u"Front");
        QVERIFY(s.checked());
    }

    void onlineRedemptionFirstWriterWins()
    {
        TestServer s;
        QVERIFY(s.store->setProgramme(shortProgramme()).ok());
        const QString a = s.pair(tillA, QStringLiteral("Front"));
        const QString b = s.pair(tillB, QStringLiteral("Back"));
        const QString card = s.store->enrol({}, {})->card.id;
        QCOMPARE(TestServer::results(s.push({stamps(card, tillA, 3, 1)}, a)),
                 QStringList{u"accepted"_qs});
        const QString voucher = Ids::voucherId(card, 1);
        const QString path = QStringLiteral("/v1/vouchers/%1/redeem").arg(voucher);

        const Event mine = redeemed(card, voucher, tillA, u"Front"_qs, 10);
        Answer r = s.post(path, QJsonObject{{QStringLiteral("event"), Json::toJson(mine)}}, a);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(u"result").toString(), u"accepted");
        auto state =
            Json::cardStateFromJson(r.body.value(u"card").toObject(), Json::Fields::Strict);
        QVERIFY(state.ok());
        QCOMPARE(state->vouchers.first().state, VoucherState::Redeemed);

        const Event theirs = redeemed(card, voucher, tillB, u"Back"_qs, 11);
        r = s.post(path, QJsonObject{{QStringLiteral("event"), Json::toJson(theirs)}}, b);
        QCOMPARE(r.status, 409);
        QVERIFY(isErrorShape(r.body));
        QCOMPARE(r.errorCode(), u"voucher-redeemed");
        const QJsonObject details = r.body.value(u"error").toObject().value(u"details").toObject();
        QCOMPARE(details.value(u"detail").toString(), u"Front");
        QCOMPARE(details.value(u"at").toString(), Json::toIso(at(10)));

        // The first answer was lost and the register asks again: a duplicate.
        r = s.post(path, QJsonObject{{QStringLiteral("event"), Json::toJson(mine)}}, a);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(u"result").toString(), u"duplicate");

        // An unknown voucher; an event for another voucher; not a redemption.
        Event unknown = redeemed(card, QStringLiteral("ZZZZZZZZZZZZZZZZ"), tillA, u"Front"_qs, 12);
        r = s.post(QStringLiteral("/v1/vouchers/ZZZZZZZZZZZZZZZZ/redeem"),
                   QJsonObject{{QStringLiteral("event"), Json::toJson(unknown)}}, a);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"not-found");
        r = s.post(QStringLiteral("/v1/vouchers/ZZZZZZZZZZZZZZZZ/redeem"),
                   QJsonObject{{QStringLiteral("event"), Json::toJson(mine)}}, a);
        QCOMPARE(r.status, 400);
        r = s.post(path,
                   QJsonObject{{QStringLiteral("event"), Json::toJson(stamps(card, tillA, 1, 13))}},
                   a);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body.value(u"error")
                     .toObject()
                     .value(u"details")
                     .toObject()
                     .value(u"field")
                     .toString(),
                 u"event.type");
        QVERIFY(s.checked());
    }

    void changesArePagedByCursor()
    {
        TestServer s;
        const QString token = s.pair(tillA);
        QStringList cards;
        for (int i = 0; i < 5; ++i)
            cards << s.store->enrol({}, {})->card.id;
        QVERIFY(s.store->setProgramme(shortProgramme()).ok());

        QString cursor;
        qint64 last = -1;
        QStringList seen;
        int programmes = 0;
        int pages = 0;
        bool more = true;
        while (more) {
            const Answer a = s.get(QStringLiteral("/v1/changes?limit=2&cursor=") + cursor, token);
            QCOMPARE(a.status, 200);
            QVERIFY(a.body.value(u"cardS").isUndefined());
            const QJsonArray page = a.body.value(u"cards").toArray();
            const int rows = int(page.size()) + (a.body.contains(u"programme") ? 1 : 0);
            QVERIFY(rows <= 2);
            for (const QJsonValue &c : page)
                seen << c.toObject().value(u"id").toString();
            if (a.body.contains(u"programme")) {
                ++programmes;
                QCOMPARE(Json::programmeFromJson(a.body.value(u"programme").toObject()).value(),
                         shortProgramme());
            }
            cursor = a.body.value(u"cursor").toString();
            QVERIFY(cursor.toLongLong() > last);
            last = cursor.toLongLong();
            more = a.body.value(u"more").toBool();
            QVERIFY(++pages < 10);
        }
        QCOMPARE(programmes, 1);
        QCOMPARE(seen, cards);

        // Nothing new: an empty page with the same cursor.
        Answer a = s.get(QStringLiteral("/v1/changes?cursor=") + cursor, token);
        QCOMPARE(a.body.value(u"cards").toArray().size(), 0);
        QCOMPARE(a.body.value(u"cursor").toString(), cursor);
        QVERIFY(!a.body.contains(u"programme"));
        QCOMPARE(a.body.value(u"more").toBool(), false);

        // A stamp: only that card comes again, with its new state.
        QCOMPARE(TestServer::results(s.push({stamps(cards.at(2), tillA, 4, 1)}, token)),
                 QStringList{u"accepted"_qs});
        a = s.get(QStringLiteral("/v1/changes?cursor=") + cursor, token);
        QCOMPARE(a.body.value(u"cards").toArray().size(), 1);
        const auto state = Json::cardStateFromJson(
            a.body.value(u"cards").toArray().at(0).toObject(), Json::Fields::Strict);
        QVERIFY(state.ok());
        QCOMPARE(state->card.id, cards.at(2));
        QCOMPARE(state->vouchers.size(), 1);
        QVERIFY(a.body.value(u"cursor").toString().toLongLong() > cursor.toLongLong());

        for (const QString &bad :
             {u"limit=0"_qs, u"limit=1001"_qs, u"limit=x"_qs, u"cursor=-1"_qs, u"cursor=abc"_qs}) {
            a = s.get(QStringLiteral("/v1/changes?") + bad, token);
            QCOMPARE(a.status, 400);
            QVERIFY(isErrorShape(a.body));
            QCOMPARE(a.body.value(u"error")
                         .toObject()
                         .value(u"details")
                         .toObject()
                         .value(u"field")
                         .toString(),
                     bad.section(u'=', 0, 0));
        }
        QVERIFY(s.checked());
    }

    void changesShowVouchersAsTheyStandNow()
    {
        TestServer s;
        auto clock = std::make_shared<QDateTime>(at(0));
        s.store->setClock([clock] { return *clock; });
        Programme p = shortProgramme();
        p.validDays = 1;
        QVERIFY(s.store->setProgramme(p).ok());
        const QString token = s.pair(tillA);
        const QString card = s.store->enrol({}, {})->card.id;
        QCOMPARE(TestServer::results(s.push({stamps(card, tillA, 3, 1)}, token)),
                 QStringList{u"accepted"_qs});
        const auto pulled = [&] {
            return s.get(QStringLiteral("/v1/changes"), token)
                .body.value(u"cards")
                .toArray()
                .at(0)
                .toObject();
        };
        QJsonObject o = pulled();
        QCOMPARE(o, Json::toJson(*s.store->card(card).value(), *clock));
        QCOMPARE(o.value(u"vouchers").toArray().at(0).toObject().value(u"state").toString(),
                 u"issued");

        // Two days on, nothing was written, and the voucher has expired.
        *clock = at(2 * 24 * 60);
        o = pulled();
        QCOMPARE(o, Json::toJson(*s.store->card(card).value(), *clock));
        QCOMPARE(o.value(u"vouchers").toArray().at(0).toObject().value(u"state").toString(),
                 u"expired");
        QVERIFY(s.checked());
    }

    void badRequestsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");

        const QString card = QStringLiteral("CARDCARDCARDCARD");
        QJsonObject good = Json::toJson(stamps(card, tillA, 1, 1));
        const auto body = [](const QJsonValue &event) {
            return QJsonDocument(QJsonObject{{QStringLiteral("events"), QJsonArray{event}}})
                .toJson(QJsonDocument::Compact);
        };
        QTest::newRow("not json") << QByteArray("{\"events\": [") << 400 << u"invalid-json"_qs
                                  << QString();
        QTest::newRow("empty body") << QByteArray() << 400 << u"invalid-json"_qs << QString();
        QTest::newRow("an array") << QByteArray("[]") << 400 << u"invalid-request"_qs << QString();
        QTest::newRow("unknown top-level field")
            << QByteArray("{\"events\":[],\"x\":1}") << 400 << u"invalid-request"_qs << u"x"_qs;
        QTest::newRow("events not a list")
            << QByteArray("{\"events\":{}}") << 400 << u"invalid-request"_qs << u"events"_qs;
        QTest::newRow("no events")
            << QByteArray("{\"events\":[]}") << 400 << u"invalid-request"_qs << u"events"_qs;
        QTest::newRow("event not an object")
            << body(QJsonValue(3)) << 400 << u"invalid-request"_qs << u"events[0]"_qs;
        QJsonObject wrongType = good;
        QJsonObject data = wrongType.value(u"data").toObject();
        data.insert(QStringLiteral("count"), QStringLiteral("3"));
        wrongType.insert(QStringLiteral("data"), data);
        QTest::newRow("count as text")
            << body(wrongType) << 400 << u"invalid-request"_qs << u"events[0].data.count"_qs;
        QJsonObject unknownField = good;
        unknownField.insert(QStringLiteral("colour"), QStringLiteral("red"));
        QTest::newRow("unknown event field")
            << body(unknownField) << 400 << u"invalid-request"_qs << u"events[0].colour"_qs;
        QJsonObject otherRegister = good;
        otherRegister.insert(QStringLiteral("registerId"), tillB);
        QTest::newRow("another register's event")
            << body(otherRegister) << 400 << u"invalid-request"_qs << u"events[0].registerId"_qs;
        QJsonObject noType = good;
        noType.insert(QStringLiteral("type"), QStringLiteral("stamps.eaten"));
        QTest::newRow("unknown type") << body(noType) << 400 << u"invalid-request"_qs << QString();
        QByteArray big = body(good);
        big.insert(1, "\"pad\":\"" + QByteArray(ServerApi::maxBodyBytes, 'x') + "\",");
        QTest::newRow("body over 1 MiB") << big << 413 << u"body-too-large"_qs << QString();
        QJsonArray many;
        for (int i = 0; i <= ServerApi::maxEvents; ++i)
            many.append(Json::toJson(stamps(card, tillA, 1, i)));
        QTest::newRow("501 events") << QJsonDocument(QJsonObject{{QStringLiteral("events"), many}})
                                           .toJson(QJsonDocument::Compact)
                                    << 413 << u"batch-too-large"_qs << QString();
        // The second event is bad: the first is not applied either.
        QJsonArray mixed{Json::toJson(stamps(card, tillA, 1, 2)), wrongType};
        QTest::newRow("a bad event after a good one")
            << QJsonDocument(QJsonObject{{QStringLiteral("events"), mixed}})
                   .toJson(QJsonDocument::Compact)
            << 400 << u"invalid-request"_qs << u"events[1].data.count"_qs;
    }

    void badRequestsChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        TestServer s;
        const QString token = s.pair(tillA);
        const CardState card = s.store->enrol({}, {}).value();
        // The rows refer to this card id; make it the enrolled one.
        body.replace("CARDCARDCARDCARD", card.card.id.toLatin1());
        QCOMPARE(TestServer::results(s.push({stamps(card.card.id, tillA, 1, 0)}, token)),
                 QStringList{u"accepted"_qs});
        const QString before = snapshot(s);

        const Answer a = s.send("POST", QStringLiteral("/v1/events"), body, token);
        QCOMPARE(a.status, status);
        QVERIFY2(isErrorShape(a.body), a.raw.constData());
        QCOMPARE(a.errorCode(), code);
        if (!field.isEmpty())
            QCOMPARE(a.body.value(u"error")
                         .toObject()
                         .value(u"details")
                         .toObject()
                         .value(u"field")
                         .toString(),
                     field);
        QCOMPARE(snapshot(s), before);
        QCOMPARE(s.get(QStringLiteral("/v1/health")).status, 200);
        QVERIFY(s.checked());
    }

    void pairRequestsAreStrict()
    {
        TestServer s;
        const QString code = s.store->newPairingCode().value();
        const QJsonObject good{{QStringLiteral("code"), code},
                               {QStringLiteral("registerId"), tillA},
                               {QStringLiteral("registerName"), QStringLiteral("Front")}};
        QJsonObject extra = good;
        extra.insert(QStringLiteral("admin"), true);
        QJsonObject number = good;
        number.insert(QStringLiteral("registerId"), 7);
        QJsonObject missing = good;
        missing.remove(QStringLiteral("registerName"));
        for (const QJsonObject &bad : {extra, number, missing}) {
            const Answer a = s.post(QStringLiteral("/v1/pair"), bad);
            QCOMPARE(a.status, 400);
            QVERIFY(isErrorShape(a.body));
        }
        // None of them used the code.
        QCOMPARE(s.post(QStringLiteral("/v1/pair"), good).status, 201);
    }

    void garbageOnTheSocketIsSurvived()
    {
        TestServer s;
        for (const QByteArray &junk :
             {QByteArray("\x16\x03\x01\x02\x00garbage\r\n\r\n"),
              QByteArray("GET / HTTP/9.9\r\n\r\n"),
              QByteArray("POST /v1/events HTTP/1.1\r\nContent-Length: 5\r\n\r\n{\"ev"),
              QByteArray(4096, '\0')}) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, s.port);
            QVERIFY(socket.waitForConnected(5000));
            socket.write(junk);
            socket.flush();
            socket.waitForBytesWritten(1000);
            socket.disconnectFromHost();
        }
        QTRY_COMPARE_WITH_TIMEOUT(s.get(QStringLiteral("/v1/health")).status, 200, 10000);
    }

    void aFullBatchIsAccepted()
    {
        TestServer s;
        const QString token = s.pair(tillA);
        QStringList cards;
        for (int i = 0; i < 50; ++i)
            cards << s.store->enrol({}, {})->card.id;
        QList<Event> events;
        for (int i = 0; i < ServerApi::maxEvents; ++i)
            events << stamps(cards.at(i % 50), tillA, 1, i);
        const Answer a = s.push(events, token);
        QCOMPARE(a.status, 200);
        const QStringList results = TestServer::results(a);
        QCOMPARE(results.size(), ServerApi::maxEvents);
        QCOMPARE(results.count(u"accepted"_qs), ServerApi::maxEvents);
        // Ten stamps each: one voucher of the demo programme (goal 8), two over.
        const CardState state = *s.store->card(cards.first()).value();
        QCOMPARE(state.card.lifetimeStamps, 10);
        QCOMPARE(state.vouchers.size(), 1);
        QCOMPARE(state.card.stamps, 2);
        QVERIFY(s.checked());
    }

    void tls()
    {
        TestServer s;
        const QString tlsDir = QStringLiteral(STAMPDESK_TEST_DATA "/tls/");
        QFile cert(tlsDir + QStringLiteral("server.pem"));
        QFile key(tlsDir + QStringLiteral("server.key"));
        QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        ServerApi secure(*s.store);
        secure.setTls(QSslCertificate(cert.readAll()), QSslKey(key.readAll(), QSsl::Rsa));
        const quint16 port = secure.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        const QUrl url(QStringLiteral("https://127.0.0.1:%1/v1/health").arg(port));

        // Trusting the test CA: the answer comes over TLS.
        QNetworkRequest request(url);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(tlsDir + QStringLiteral("ca.pem")));
        request.setSslConfiguration(config);
        QNetworkReply *reply = s.nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"status").toString(),
                 u"ok");
        delete reply;

        // Not trusting it: refused (a manager of its own, which has no
        // connection that the trusted request left open).
        QNetworkAccessManager stranger;
        QNetworkReply *untrusted = stranger.get(QNetworkRequest(url));
        QSignalSpy untrustedFinished(untrusted, &QNetworkReply::finished);
        QVERIFY(untrustedFinished.wait(20000));
        QCOMPARE(untrusted->error(), QNetworkReply::SslHandshakeFailedError);
        delete untrusted;
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server.moc"
