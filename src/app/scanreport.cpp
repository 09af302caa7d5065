// SPDX-License-Identifier: Apache-2.0
#include "scanreport.h"

#include "core/ids.h"
#include "language.h"

namespace stampdesk {

ScanReport::ScanReport(const Language &language, QObject *parent)
    : QObject(parent)
{
    // The message is made in the language of the moment it is read.
    connect(&language, &Language::changed, this, &ScanReport::changed);
}

QString ScanReport::message() const
{
    switch (m_kind) {
    case Kind::None:
    case Kind::Card:
        return {};
    case Kind::Voucher:
        //: %1 is the voucher's number
        return tr("Voucher %1 scanned. Redeem it with the checkout (coming soon).")
            .arg(Ids::formatCardId(m_result.payload->id));
    case Kind::RedeemCode:
        //: %1 is the voucher's redeem code, e.g. ABCDE-FGHJK
        return tr("Redeem code %1 scanned. Redeem it with the checkout (coming soon).")
            .arg(Ids::formatRedeemCode(m_result.payload->id));
    case Kind::Refused:
        return m_result.message();
    }
    return {};
}

void ScanReport::show(const scan::ScanResult &result)
{
    m_result = result;
    if (!result.ok()) {
        m_kind = Kind::Refused;
    } else {
        switch (result.payload->kind) {
        case PayloadKind::Card:
            m_kind = Kind::Card;
            break;
        case PayloadKind::Voucher:
            m_kind = Kind::Voucher;
            break;
        case PayloadKind::RedeemCode:
            m_kind = Kind::RedeemCode;
            break;
        }
    }
    ++m_count;
    Q_EMIT changed();
}

void ScanReport::clear()
{
    if (m_kind == Kind::None)
        return;
    m_result = {};
    m_kind = Kind::None;
    Q_EMIT changed();
}

} // namespace stampdesk
