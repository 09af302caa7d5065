// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "event.h"

#include <QDateTime>
#include <QString>

namespace stampdesk {

/// The circumstances of an action: when, by whom, at which register and
/// location. Rules take the time from here, never from a clock, so that they
/// stay pure functions.
struct Context
{
    QDateTime now;
    Actor actor;
    QString location;
};

/// Who is consuming a voucher.
enum class Channel {
    Register, ///< a cashier at a register (staff-scan and redeem-code vouchers)
    Customer, ///< the customer on the phone (self-redeem vouchers)
};

} // namespace stampdesk
