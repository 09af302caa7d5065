// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "decoder.h"

namespace stampdesk::scan {

/// For tests only, never for scanning: ZXing-C++'s ReadBarcodes with its
/// default hints (every symbol, downscaled, rotated), the call that decode()
/// avoids. On Debian's ZXing 1.4 it aborts the process on a Code 128 that it
/// finds twice (zxing-cpp issue 740): tst_decoder runs it in a child process
/// to prove that its regression images would catch a decoder that went back
/// to these hints.
QList<Decoded> decodeWithZXingDefaults(const FrameView &image);

} // namespace stampdesk::scan
