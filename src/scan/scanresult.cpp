// SPDX-License-Identifier: Apache-2.0
#include "scanresult.h"

namespace stampdesk::scan {

using namespace Qt::StringLiterals;

QString ScanResult::kindName() const
{
    if (!payload)
        return {};
    switch (payload->kind) {
    case PayloadKind::Card:
        return u"card"_s;
    case PayloadKind::Voucher:
        return u"voucher"_s;
    case PayloadKind::RedeemCode:
        return u"redeem-code"_s;
    }
    return {};
}

QString ScanResult::id() const
{
    return payload ? payload->id : QString();
}

QString ScanResult::errorName() const
{
    return payload ? QString() : payload.error().codeName();
}

QString ScanResult::message() const
{
    return payload ? QString() : payload.error().message();
}

} // namespace stampdesk::scan
