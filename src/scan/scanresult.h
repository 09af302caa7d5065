// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/payload.h"

#include <QString>

namespace stampdesk::scan {

/// Where a scanned code came from.
enum class ScanSource {
    Camera, ///< a webcam, or a video or image file standing in for one
    BarcodeGun, ///< a USB scanner typing like a keyboard
};

/// One scan as it reaches the app layer: the code, read and checked. This is
/// what the scanner's one `scanned` signal carries, whatever the source.
struct ScanResult
{
    /// The typed payload (card, voucher, redeem code) or why it is not one.
    Result<Payload, PayloadError> payload = PayloadError{};
    QString text; ///< the raw text as read
    QString format; ///< the symbology as ZXing-C++ names it; empty for a barcode gun
    ScanSource source = ScanSource::Camera;
};

} // namespace stampdesk::scan
