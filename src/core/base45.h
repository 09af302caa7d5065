// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private to core: Base45 (RFC 9285), the binary-to-text encoding of the
// signed payloads (docs/payloads.md).

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace stampdesk::Base45 {

/// The 45 characters of a QR code's alphanumeric mode, in Base45's order.
inline constexpr QByteArrayView alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/// The value of c in the alphabet, or -1 for any other byte.
int value(char c);

/// Two bytes become three characters, a last single byte two.
QByteArray encode(QByteArrayView data);

/// The bytes of text, or std::nullopt unless text is canonical Base45: only
/// alphabet characters, a length that is not 1 modulo 3, and no group above
/// its maximum (65535 for three characters, 255 for a last two). Canonical
/// means every byte string has exactly one text, so no second text of the
/// same signed bytes can be made.
std::optional<QByteArray> decode(QByteArrayView text);

} // namespace stampdesk::Base45
