// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "card.h"
#include "cardstate.h"
#include "event.h"
#include "programme.h"
#include "result.h"
#include "voucher.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace stampdesk {

/// The JSON form of the domain values: in the ledger's event data, in
/// stampdesk-cli's --json output and on the wire to the backend. Reading is
/// total: anything that is not exactly the expected shape is an error that
/// names the offending field, never a crash or a half-filled value.
namespace Json {

/// What reading does with a field it does not know: ignores it (the
/// register's own ledger, answers of a newer backend), or refuses the whole
/// value (what a backend accepts from registers: a misspelt field must not
/// be dropped in silence).
enum class Fields { Lenient, Strict };

/// ISO 8601 in UTC with milliseconds, e.g. "2026-11-23T09:15:00.000Z".
QString toIso(const QDateTime &time);
std::optional<QDateTime> fromIso(QStringView text);

QJsonObject toJson(const Reward &reward);
QJsonObject toJson(const Programme &programme);
QJsonObject toJson(const Card &card);
/// A voucher as it stands at `now` (its state is stateAt(now)).
QJsonObject toJson(const Voucher &voucher, const QDateTime &now);
/// The event's own data, without the common header fields.
QJsonObject payloadToJson(const Event &event);
/// The whole event: header fields and "data".
QJsonObject toJson(const Event &event);

Result<Reward, QString> rewardFromJson(const QJsonObject &object, Fields fields = Fields::Lenient);
Result<Programme, QString> programmeFromJson(const QJsonObject &object,
                                             Fields fields = Fields::Lenient);
Result<Card, QString> cardFromJson(const QJsonObject &object, Fields fields = Fields::Lenient);
Result<Voucher, QString> voucherFromJson(const QJsonObject &object,
                                         Fields fields = Fields::Lenient);
Result<EventData, QString> payloadFromJson(QStringView type, const QJsonObject &data,
                                           Fields fields = Fields::Lenient);
Result<Event, QString> eventFromJson(const QJsonObject &object, Fields fields = Fields::Lenient);

/// A card with all of its vouchers, as the backend sends it when a register
/// pulls changes: the card's fields and "vouchers" (each as it stands at now).
QJsonObject toJson(const CardState &state, const QDateTime &now);
Result<CardState, QString> cardStateFromJson(const QJsonObject &object,
                                             Fields fields = Fields::Lenient);

} // namespace Json
} // namespace stampdesk
