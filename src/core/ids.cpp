// SPDX-License-Identifier: Apache-2.0
#include "ids.h"

#include <QCryptographicHash>
#include <QUuid>
#include <openssl/rand.h>

#include <array>
#include <stdexcept>

namespace stampdesk::Ids {

namespace {

int symbolValue(QChar c)
{
    return int(alphabet.indexOf(c));
}

// Encodes the bits of data, five at a time, as `length` alphabet symbols.
QString encode(const QByteArray &data, int length)
{
    QString out;
    out.reserve(length);
    quint64 buffer = 0;
    int bits = 0;
    qsizetype next = 0;
    while (out.size() < length) {
        if (bits < 5) {
            Q_ASSERT(next < data.size());
            buffer = (buffer << 8) | quint8(data.at(next++));
            bits += 8;
        }
        bits -= 5;
        out.append(alphabet[int((buffer >> bits) & 31u)]);
    }
    return out;
}

QByteArray derive(QByteArrayView purpose, QStringView cardId, int cycle)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(purpose);
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(cardId.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(QByteArray::number(cycle));
    return hash.result();
}

} // namespace

QString newCardId()
{
    std::array<unsigned char, 10> bytes{};
    if (RAND_bytes(bytes.data(), int(bytes.size())) != 1) {
        // Without a working CSPRNG no card id can be unguessable; that is a
        // broken machine, not a cashier's error.
        throw std::runtime_error("OpenSSL RAND_bytes failed");
    }
    return encode(QByteArray(reinterpret_cast<const char *>(bytes.data()), int(bytes.size())),
                  cardIdLength);
}

QString newEventId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString voucherId(QStringView cardId, int cycle)
{
    return encode(derive("stampdesk/voucher-id/v1", cardId, cycle), voucherIdLength);
}

QString redeemCode(QStringView cardId, int cycle)
{
    const QString payload =
        encode(derive("stampdesk/redeem-code/v1", cardId, cycle), redeemCodeLength - 1);
    return payload + checkSymbol(payload);
}

bool inAlphabet(QStringView text)
{
    for (QChar c : text) {
        if (symbolValue(c) < 0)
            return false;
    }
    return true;
}

QChar checkSymbol(QStringView payload)
{
    // Luhn mod N (N = 32), walking from the right; the factor of the
    // rightmost payload symbol is 2 because the check symbol will follow it.
    constexpr int n = 32;
    int factor = 2;
    int sum = 0;
    for (qsizetype i = payload.size() - 1; i >= 0; --i) {
        int addend = factor * symbolValue(payload[i]);
        factor = factor == 2 ? 1 : 2;
        sum += addend / n + addend % n;
    }
    return alphabet[(n - sum % n) % n];
}

QString normalise(QStringView typed)
{
    QString out;
    out.reserve(typed.size());
    for (QChar c : typed) {
        if (c.isSpace() || c == u'-' || c == u'_')
            continue;
        out.append(c.toUpper());
    }
    return out;
}

QString formatCardId(QStringView id)
{
    QString out;
    for (qsizetype i = 0; i < id.size(); i += 4) {
        if (i > 0)
            out.append(u'-');
        out.append(id.mid(i, 4));
    }
    return out;
}

QString formatRedeemCode(QStringView code)
{
    if (code.size() != redeemCodeLength)
        return code.toString();
    return code.first(5).toString() + u'-' + code.sliced(5).toString();
}

CodeCheck checkRedeemCode(QStringView code)
{
    if (code.size() != redeemCodeLength)
        return CodeCheck::NotACode;
    int foreign = 0;
    for (QChar c : code) {
        if (symbolValue(c) < 0)
            ++foreign;
    }
    // One symbol outside the alphabet (a typed 0 or 1, say) is a typo; more
    // than that and the text is something else.
    if (foreign > 1)
        return CodeCheck::NotACode;
    if (foreign == 1)
        return CodeCheck::Typo;
    return checkSymbol(code.first(redeemCodeLength - 1)) == code.back() ? CodeCheck::Valid
                                                                        : CodeCheck::Typo;
}

} // namespace stampdesk::Ids
