// SPDX-License-Identifier: Apache-2.0
// docs/api/openapi.yaml against the running server: every operation of the
// document is called in the situations that produce its documented answers;
// each answer's status must be documented for the operation and its body
// must match the documented schema.
#include "servertest.h"

#include <QFile>

#include <functional>

using namespace stampdesk;
using namespace stampdesk::server;
using namespace stampdesk::server::test;

namespace {

const QString tillA = QStringLiteral("register-a");
const QString tillB = QStringLiteral("register-b");

/// The document, and a validator of JSON values against its schemas (the
/// subset of OpenAPI 3.0 schemas the document uses).
class Document
{
public:
    explicit Document(QJsonObject root)
        : m_root(std::move(root))
    { }

    const QJsonObject &root() const { return m_root; }

    QJsonObject resolve(QJsonObject o) const
    {
        while (o.contains(u"$ref")) {
            const QStringList parts = o.value(u"$ref").toString().mid(2).split(u'/');
            QJsonValue v = m_root;
            for (const QString &p : parts)
                v = v.toObject().value(p);
            o = v.toObject();
        }
        return o;
    }

    void validate(const QJsonValue &value, const QJsonObject &schemaRef, const QString &where,
                  QStringList *errors) const
    {
        const QJsonObject schema = resolve(schemaRef);
        if (value.isNull() && schema.value(u"nullable").toBool())
            return;
        const QString type = schema.value(u"type").toString();
        const auto fail = [&](const QString &what) {
            errors->append(where + QStringLiteral(": ") + what);
        };
        if (type == u"object") {
            if (!value.isObject())
                return fail(QStringLiteral("expected an object"));
            const QJsonObject o = value.toObject();
            const QJsonObject properties = schema.value(u"properties").toObject();
            for (const QJsonValue &r : schema.value(u"required").toArray()) {
                if (!o.contains(r.toString()))
                    fail(QStringLiteral("required property %1 is missing").arg(r.toString()));
            }
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (properties.contains(it.key()))
                    validate(it.value(), properties.value(it.key()).toObject(),
                             where + u'.' + it.key(), errors);
                else if (schema.value(u"additionalProperties") == QJsonValue(false))
                    fail(QStringLiteral("undocumented property %1").arg(it.key()));
            }
        } else if (type == u"array") {
            if (!value.isArray())
                return fail(QStringLiteral("expected an array"));
            const QJsonArray a = value.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                validate(a.at(i), schema.value(u"items").toObject(),
                         where + QStringLiteral("[%1]").arg(i), errors);
        } else if (type == u"string") {
            if (!value.isString())
                return fail(QStringLiteral("expected a string"));
            const QJsonArray allowed = schema.value(u"enum").toArray();
            if (!allowed.isEmpty() && !allowed.contains(value))
                fail(
                    QStringLiteral("%1 is not one of the documented values").arg(value.toString()));
            if (schema.value(u"format").toString() == u"date-time"
                && !Json::fromIso(value.toString()))
                fail(QStringLiteral("not a date-time"));
        } else if (type == u"integer") {
            const double d = value.toDouble(0.5);
            if (!value.isDouble() || d != std::floor(d))
                return fail(QStringLiteral("expected an integer"));
            if (schema.contains(u"minimum") && d < schema.value(u"minimum").toDouble())
                fail(QStringLiteral("below the minimum"));
            if (schema.contains(u"maximum") && d > schema.value(u"maximum").toDouble())
                fail(QStringLiteral("above the maximum"));
        } else if (type == u"boolean") {
            if (!value.isBool())
                fail(QStringLiteral("expected a boolean"));
        } else {
            fail(QStringLiteral("the document has a schema of type '%1' the test does not know")
                     .arg(type));
        }
    }

private:
    QJsonObject m_root;
};

/// A situation that produces one answer of an operation.
struct Situation
{
    QString name;
    int expected;
    std::function<Answer(TestServer &, const QString &path)> call;
};

QJsonObject pairBody(const QString &code, const QString &registerId)
{
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("registerId"), registerId},
                       {QStringLiteral("registerName"), QStringLiteral("Till")}};
}

QByteArray tooLarge()
{
    return "{\"pad\":\"" + QByteArray(ServerApi::maxBodyBytes + 1, 'x') + "\"}";
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void theServerAnswersAsDocumented()
    {
        QFile file(QStringLiteral(STAMPDESK_OPENAPI));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError,
                 qPrintable(u"openapi.yaml must stay in YAML's JSON subset: "_qs
                            + parseError.errorString()));
        const Document doc(json.object());
        QCOMPARE(doc.root().value(u"openapi").toString(), u"3.0.3");

        TestServer s;
        Programme p = Programme::demo();
        p.goal = 3;
        QVERIFY(s.store->setProgramme(p).ok());
        const QString a = s.pair(tillA, QStringLiteral("Front"));
        const QString b = s.pair(tillB, QStringLiteral("Back"));
        const QString card = s.store->enrol(QStringLiteral("Lan"), {})->card.id;
        QCOMPARE(TestServer::results(s.push({stamps(card, tillA, 3, 1)}, a)),
                 QStringList{u"accepted"_qs});
        const QString voucher = Ids::voucherId(card, 1);
        const auto redeemBody = [&](const QString &registerId, const QString &name) {
            return QJsonObject{{QStringLiteral("event"),
                                Json::toJson(redeemed(card, voucher, registerId, name, 5))}};
        };
        QJsonArray tooMany;
        for (int i = 0; i <= ServerApi::maxEvents; ++i)
            tooMany.append(Json::toJson(stamps(card, tillA, 1, i)));

        // Per operation, in order: the situations and the status each produces.
        const QHash<QString, QList<Situation>> situations{
            {u"get /v1/health"_qs,
             {{u"up"_qs, 200,
               [](TestServer &t, const QString &path) {
                   return t.get(path);
               }}}},
            {u"post /v1/pair"_qs,
             {{u"a fresh code"_qs, 201,
               [](TestServer &t, const QString &path) {
                   return t.post(path, pairBody(t.store->newPairingCode().value(), u"r9"_qs));
               }},
              {u"an unknown field"_qs, 400,
               [](TestServer &t, const QString &path) {
                   QJsonObject o = pairBody(u"ABCD-EFGH"_qs, u"r9"_qs);
                   o.insert(QStringLiteral("extra"), 1);
                   return t.post(path, o);
               }},
              {u"an unknown code"_qs, 403,
               [](TestServer &t, const QString &path) {
                   return t.post(path, pairBody(u"ABCD-EFGH"_qs, u"r9"_qs));
               }},
              {u"a body over 1 MiB"_qs, 413,
               [](TestServer &t, const QString &path) {
                   return t.send("POST", path, tooLarge());
               }}}},
            {u"get /v1/shop"_qs,
             {{u"paired"_qs, 200,
               [a](TestServer &t, const QString &path) {
                   return t.get(path, a);
               }},
              {u"no token"_qs, 401,
               [](TestServer &t, const QString &path) {
                   return t.get(path);
               }}}},
            {u"get /v1/changes"_qs,
             {{u"from the start"_qs, 200,
               [a](TestServer &t, const QString &path) {
                   return t.get(path + u"?limit=2"_qs, a);
               }},
              {u"a limit out of range"_qs, 400,
               [a](TestServer &t, const QString &path) {
                   return t.get(path + u"?limit=0"_qs, a);
               }},
              {u"no token"_qs, 401,
               [](TestServer &t, const QString &path) {
                   return t.get(path);
               }}}},
            {u"post /v1/events"_qs,
             {{u"a stamp"_qs, 200,
               [a, card](TestServer &t, const QString &) {
                   return t.push({stamps(card, tillA, 1, 2)}, a);
               }},
              {u"a wrong type"_qs, 400,
               [a](TestServer &t, const QString &path) {
                   return t.send("POST", path, "{\"events\":[{\"id\":1}]}", a);
               }},
              {u"a wrong token"_qs, 401,
               [card](TestServer &t, const QString &) {
                   return t.push({stamps(card, tillA, 1, 2)}, u"nope"_qs);
               }},
              {u"501 events"_qs, 413,
               [a, tooMany](TestServer &t, const QString &path) {
                   return t.post(path, QJsonObject{{QStringLiteral("events"), tooMany}}, a);
               }}}},
            {u"post /v1/vouchers/{voucherId}/redeem"_qs,
             {{u"first"_qs, 200,
               [a, redeemBody](TestServer &t, const QString &path) {
                   return t.post(path, redeemBody(tillA, u"Front"_qs), a);
               }},
              {u"second, at another register"_qs, 409,
               [b, redeemBody](TestServer &t, const QString &path) {
                   return t.post(path, redeemBody(tillB, u"Back"_qs), b);
               }},
              {u"an unknown voucher"_qs, 404,
               [a, card](TestServer &t, const QString &) {
                   return t.post(u"/v1/vouchers/ZZZZZZZZZZZZZZZZ/redeem"_qs,
                                 QJsonObject{{QStringLiteral("event"),
                                              Json::toJson(redeemed(card, u"ZZZZZZZZZZZZZZZZ"_qs,
                                                                    tillA, u"Front"_qs, 6))}},
                                 a);
               }},
              {u"not JSON"_qs, 400,
               [a](TestServer &t, const QString &path) {
                   return t.send("POST", path, "{", a);
               }},
              {u"no token"_qs, 401,
               [redeemBody](TestServer &t, const QString &path) {
                   return t.post(path, redeemBody(tillA, u"Front"_qs));
               }},
              {u"a body over 1 MiB"_qs, 413,
               [a](TestServer &t, const QString &path) {
                   return t.send("POST", path, tooLarge(), a);
               }}}},
        };

        // Answers no test can provoke from a healthy server.
        const QSet<QString> unprovoked{u"429"_qs, u"500"_qs};
        int operations = 0;
        const QJsonObject paths = doc.root().value(u"paths").toObject();
        for (auto pathIt = paths.begin(); pathIt != paths.end(); ++pathIt) {
            const QJsonObject methods = pathIt.value().toObject();
            for (auto methodIt = methods.begin(); methodIt != methods.end(); ++methodIt) {
                const QString key = methodIt.key() + u' ' + pathIt.key();
                QVERIFY2(situations.contains(key), qPrintable(u"no situation for "_qs + key));
                ++operations;
                const QJsonObject operation = methodIt.value().toObject();
                const QJsonObject responses = operation.value(u"responses").toObject();
                QString path = pathIt.key();
                path.replace(u"{voucherId}"_qs, voucher);
                QSet<QString> produced;
                for (const Situation &situation : situations.value(key)) {
                    const QString what = key + QStringLiteral(", ") + situation.name;
                    const Answer answer = situation.call(s, path);
                    QVERIFY2(answer.status == situation.expected,
                             qPrintable(what + QStringLiteral(": ") + QString::number(answer.status)
                                        + u' ' + QString::fromUtf8(answer.raw.left(300))));
                    const QString status = QString::number(answer.status);
                    QVERIFY2(responses.contains(status),
                             qPrintable(what + QStringLiteral(": status ") + status
                                        + QStringLiteral(" is not documented")));
                    produced.insert(status);
                    QCOMPARE(answer.contentType, QByteArray("application/json"));
                    const QJsonObject response = doc.resolve(responses.value(status).toObject());
                    const QJsonObject schema = response.value(u"content")
                                                   .toObject()
                                                   .value(u"application/json")
                                                   .toObject()
                                                   .value(u"schema")
                                                   .toObject();
                    QVERIFY2(!schema.isEmpty(),
                             qPrintable(what + QStringLiteral(": no documented schema")));
                    QStringList errors;
                    doc.validate(answer.body, schema, QStringLiteral("body"), &errors);
                    QVERIFY2(errors.isEmpty(),
                             qPrintable(what + QStringLiteral(": ") + errors.join(u"; ")));
                    if (answer.status >= 400)
                        QVERIFY2(isErrorShape(answer.body), qPrintable(what));
                }
                for (auto r = responses.begin(); r != responses.end(); ++r) {
                    QVERIFY2(produced.contains(r.key()) || unprovoked.contains(r.key()),
                             qPrintable(key + QStringLiteral(": documented ") + r.key()
                                        + QStringLiteral(" never produced")));
                }
            }
        }
        QCOMPARE(operations, int(situations.size()));
        QVERIFY(s.checked());
    }

    void undocumentedPathsAndMethodsAnswerInTheErrorShape()
    {
        TestServer s;
        const Answer missing = s.get(QStringLiteral("/v1/nothing"));
        QCOMPARE(missing.status, 404);
        QVERIFY(isErrorShape(missing.body));
        const Answer wrongMethod = s.send("PUT", QStringLiteral("/v1/shop"), "{}");
        QCOMPARE(wrongMethod.status, 405);
        QVERIFY(isErrorShape(wrongMethod.body));
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
