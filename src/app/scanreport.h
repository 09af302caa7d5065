// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scan/scanresult.h"

#include <QObject>
#include <QQmlEngine>
#include <QString>

namespace stampdesk {

class Language;

/// What the window says about the last code scanned, by camera or barcode
/// gun. A card needs no words (the card itself is shown); a voucher or a
/// redeem code is named (redeeming is the checkout's, which comes next);
/// a refused code says why, in the cashier's language, with what it read.
class ScanReport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Shell makes the one ScanReport.")
    Q_PROPERTY(Kind kind READ kind NOTIFY changed FINAL)
    Q_PROPERTY(QString message READ message NOTIFY changed FINAL)
    Q_PROPERTY(QString text READ text NOTIFY changed FINAL)
    Q_PROPERTY(bool fromBarcodeGun READ fromBarcodeGun NOTIFY changed FINAL)
    Q_PROPERTY(int count READ count NOTIFY changed FINAL)

public:
    enum class Kind {
        None, ///< nothing scanned since the last start over
        Card,
        Voucher,
        RedeemCode,
        Refused, ///< not a genuine code of this shop; message says why
    };
    Q_ENUM(Kind)

    /// The language must outlive this object.
    explicit ScanReport(const Language &language, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    /// For the cashier, in the current language; empty for None and Card.
    QString message() const;
    /// The text as it was read.
    QString text() const { return m_result.text; }
    bool fromBarcodeGun() const { return m_result.fromBarcodeGun(); }
    /// Scans reported so far.
    int count() const { return m_count; }

    void show(const scan::ScanResult &result);
    /// Forgets the last scan, for the next customer.
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();

private:
    scan::ScanResult m_result;
    Kind m_kind = Kind::None;
    int m_count = 0;
};

} // namespace stampdesk
