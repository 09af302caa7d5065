// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/payload.h"

#include <QMetaType>
#include <QObject>
#include <QString>

namespace stampdesk::scan {

/// Where a scanned code came from.
enum class ScanSource {
    Camera, ///< a webcam, or a video or image file standing in for one
    BarcodeGun, ///< a USB scanner typing like a keyboard
};

/// One scan as it reaches the app layer: the code, read and checked. This is
/// what the scanner's one `scanned` signal carries, whatever the source.
///
/// A gadget, so that it crosses queued connections and QML reads it as a
/// value (`scanResult` in the module Stampdesk.Scan) through the read-only
/// properties below; the C++ members stay the API of record.
struct ScanResult
{
    Q_GADGET
    Q_PROPERTY(bool ok READ ok FINAL)
    Q_PROPERTY(QString kind READ kindName FINAL)
    Q_PROPERTY(QString id READ id FINAL)
    Q_PROPERTY(QString error READ errorName FINAL)
    Q_PROPERTY(QString message READ message FINAL)
    Q_PROPERTY(QString text MEMBER text FINAL)
    Q_PROPERTY(QString format MEMBER format FINAL)
    Q_PROPERTY(bool fromBarcodeGun READ fromBarcodeGun FINAL)

public:
    /// The typed payload (card, voucher, redeem code) or why it is not one.
    Result<Payload, PayloadError> payload = PayloadError{};
    QString text; ///< the raw text as read
    QString format; ///< the symbology as ZXing-C++ names it; empty for a barcode gun
    ScanSource source = ScanSource::Camera;

    /// Whether the code is a genuine code of this shop.
    bool ok() const { return payload.ok(); }
    /// "card", "voucher" or "redeem-code"; empty when not ok.
    QString kindName() const;
    /// The card id, voucher id or redeem code; empty when not ok.
    QString id() const;
    /// PayloadError::codeName(), e.g. "bad-signature"; empty when ok.
    QString errorName() const;
    /// Why the code was refused, for the cashier, in the current language;
    /// empty when ok.
    QString message() const;
    bool fromBarcodeGun() const { return source == ScanSource::BarcodeGun; }
};

} // namespace stampdesk::scan

Q_DECLARE_METATYPE(stampdesk::scan::ScanResult)
