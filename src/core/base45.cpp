// SPDX-License-Identifier: Apache-2.0
#include "base45.h"

namespace stampdesk::Base45 {

int value(char c)
{
    const qsizetype i = alphabet.indexOf(c);
    return i < 0 ? -1 : int(i);
}

QByteArray encode(QByteArrayView data)
{
    QByteArray out;
    out.reserve(data.size() / 2 * 3 + 2);
    qsizetype i = 0;
    // Little end first, as RFC 9285 writes it: n = c + 45 d + 45² e.
    for (; i + 1 < data.size(); i += 2) {
        int n = quint8(data[i]) * 256 + quint8(data[i + 1]);
        for (int k = 0; k < 3; ++k, n /= 45)
            out.append(alphabet[n % 45]);
    }
    if (i < data.size()) {
        const int n = quint8(data[i]);
        out.append(alphabet[n % 45]);
        out.append(alphabet[n / 45]);
    }
    return out;
}

std::optional<QByteArray> decode(QByteArrayView text)
{
    if (text.size() % 3 == 1)
        return std::nullopt;
    QByteArray out;
    out.reserve(text.size() / 3 * 2 + 1);
    for (qsizetype i = 0; i < text.size(); i += 3) {
        const qsizetype group = std::min<qsizetype>(3, text.size() - i);
        int n = 0;
        for (qsizetype k = group - 1; k >= 0; --k) {
            const int v = value(text[i + k]);
            if (v < 0)
                return std::nullopt;
            n = n * 45 + v;
        }
        if (group == 3) {
            if (n > 0xffff)
                return std::nullopt;
            out.append(char(n >> 8));
            out.append(char(n & 0xff));
        } else {
            if (n > 0xff)
                return std::nullopt;
            out.append(char(n));
        }
    }
    return out;
}

} // namespace stampdesk::Base45
