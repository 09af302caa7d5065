// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: Payloads::parse on any bytes at all (tests/fuzz/README.md).
// Beyond "no crash, no out-of-bounds read" (AddressSanitizer, UBSan) it
// checks what a result promises, and aborts when a promise is broken.
#include "corpus.h"

#include <cstdint>
#include <cstdlib>

using namespace stampdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Keyring ring = fuzz::keyring();
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = Payloads::parse(input, ring);
    if (!result) {
        // Every error reaches a cashier: it needs a name and words.
        if (result.error().codeName().isEmpty() || result.error().message().isEmpty())
            std::abort();
        return 0;
    }
    const Payload &p = *result;
    if (p.kind == PayloadKind::RedeemCode) {
        if (p.signedBy || Ids::checkRedeemCode(p.id) != Ids::CodeCheck::Valid)
            std::abort();
        return 0;
    }
    // A signed code that passes is exactly the text its key makes: no
    // second spelling of a genuine code, no forgery.
    if (!p.signedBy || p.signedBy->shop != fuzz::shop || p.signedBy->number < 1
        || p.signedBy->number > 2)
        std::abort();
    const auto again = Payloads::make(p.kind, p.id, fuzz::shopKey(p.signedBy->number));
    if (!again || again->toLatin1() != input)
        std::abort();
    return 0;
}
