// SPDX-License-Identifier: Apache-2.0
#include "programmeoptions.h"

#include <QTextStream>

namespace stampdesk::cli {

using namespace Qt::StringLiterals;

QString programmeSynopsis()
{
    return u"[--goal N] [--reward-vi TEXT] [--reward-en TEXT] [--reward-kind KIND] [--mode MODE] "
           "[--valid-days N|none] [--max-per-visit N] [--cooldown-minutes N] [--location TEXT] "
           "[--offline-redeem deny|allow]"_s;
}

QList<OptionSpec> programmeOptions()
{
    return {valueOption("goal", "N", "stamps that earn a reward"),
            valueOption("reward-vi", "TEXT", "the reward's name in Vietnamese"),
            valueOption("reward-en", "TEXT", "the reward's name in English"),
            valueOption("description-vi", "TEXT", "the reward's description in Vietnamese"),
            valueOption("description-en", "TEXT", "the reward's description in English"),
            valueOption("reward-kind", "KIND", "free-item, add-on, upgrade or perk"),
            valueOption("mode", "MODE", "self-redeem, staff-scan or redeem-code"),
            valueOption("valid-days", "N", "days a voucher stays valid, or none"),
            valueOption("max-per-visit", "N", "most stamps one visit may add"),
            valueOption("cooldown-minutes", "N", "least minutes between two visits of a card"),
            valueOption("location", "TEXT", "where vouchers may be redeemed (empty: anywhere)"),
            valueOption("offline-redeem", "POLICY",
                        "deny (the default) or allow: whether a register may redeem while it "
                        "cannot reach the server")};
}

QString applyProgrammeOptions(const Arguments &args, Programme &p)
{
    QString error;
    const auto number = [&](const QString &name, int low, int high, int &target) {
        if (auto v = intOption(args, name, low, high, &error))
            target = *v;
    };
    number(u"goal"_s, 1, maxGoal, p.goal);
    number(u"max-per-visit"_s, 1, maxStampsPerVisit, p.maxPerVisit);
    number(u"cooldown-minutes"_s, 0, maxCooldownMinutes, p.cooldownMinutes);
    if (args.has(u"valid-days"_s)) {
        const QString days = args.value(u"valid-days"_s);
        if (days == u"none" || days == u"0")
            p.validDays.reset();
        else if (auto v = intOption(args, u"valid-days"_s, 1, maxValidDays, &error))
            p.validDays = *v;
    }
    // An enumeration option: its value must be one of the wire names.
    const auto choice = [&](const QString &name, auto parse, auto &target, const char *allowed) {
        if (!args.has(name))
            return;
        if (auto value = parse(args.value(name)))
            target = *value;
        else
            error = u"--%1 must be %2"_s.arg(name, QString::fromUtf8(allowed));
    };
    choice(u"reward-kind"_s, &rewardKindFromString, p.reward.kind,
           "free-item, add-on, upgrade or perk");
    choice(u"mode"_s, &redemptionModeFromString, p.mode, "self-redeem, staff-scan or redeem-code");
    choice(u"offline-redeem"_s, &offlineRedeemFromString, p.offlineRedeem, "deny or allow");
    if (!error.isEmpty())
        return error;
    p.reward.nameVi = args.value(u"reward-vi"_s, p.reward.nameVi);
    p.reward.nameEn = args.value(u"reward-en"_s, p.reward.nameEn);
    p.reward.descriptionVi = args.value(u"description-vi"_s, p.reward.descriptionVi);
    p.reward.descriptionEn = args.value(u"description-en"_s, p.reward.descriptionEn);
    p.location = args.value(u"location"_s, p.location).trimmed();
    return {};
}

QString programmeText(const Programme &p)
{
    QString t;
    QTextStream s(&t);
    s << "Goal:           " << p.goal << " stamps\n"
      << "Reward (vi):    " << p.reward.nameVi << '\n'
      << "Reward (en):    " << p.reward.nameEn << '\n'
      << "Reward kind:    " << wireName(p.reward.kind) << '\n'
      << "Mode:           " << wireName(p.mode) << '\n'
      << "Valid for:      "
      << (p.validDays ? QString::number(*p.validDays) + u" days"_s : u"no expiry"_s) << '\n'
      << "Max per visit:  " << p.maxPerVisit << " stamps\n"
      << "Cooldown:       "
      << (p.cooldownMinutes ? QString::number(p.cooldownMinutes) + u" minutes"_s : u"none"_s)
      << '\n'
      << "Location:       " << (p.location.isEmpty() ? u"anywhere"_s : p.location) << '\n'
      << "Offline redeem: " << wireName(p.offlineRedeem) << '\n';
    s.flush(); // QTextStream buffers even when writing to a QString
    return t;
}

} // namespace stampdesk::cli
