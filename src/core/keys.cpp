// SPDX-License-Identifier: Apache-2.0
#include "keys.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <memory>
#include <stdexcept>

namespace stampdesk {

namespace {

constexpr qsizetype keySize = 32;
constexpr qsizetype signatureSize = 64;

struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

const unsigned char *bytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

Pkey privateKey(QByteArrayView seed)
{
    if (seed.size() != keySize)
        return nullptr;
    return Pkey(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(seed), std::size_t(keySize)));
}

} // namespace

SigningKey::SigningKey(KeyId id, QByteArray seed, QByteArray publicKey)
    : m_id(id)
    , m_seed(std::move(seed))
    , m_public(std::move(publicKey))
{ }

SigningKey SigningKey::generate(KeyId id)
{
    std::array<unsigned char, keySize> seed{};
    if (RAND_priv_bytes(seed.data(), int(seed.size())) != 1) {
        // Without a working CSPRNG no key can be secret; that is a broken
        // machine, not a cashier's error (as in Ids::newCardId).
        throw std::runtime_error("OpenSSL RAND_priv_bytes failed");
    }
    auto key = fromSeed(id, QByteArrayView(seed.data(), seed.size()));
    std::fill(seed.begin(), seed.end(), 0);
    if (!key)
        throw std::runtime_error("OpenSSL refused a random Ed25519 seed");
    return *key;
}

std::optional<SigningKey> SigningKey::fromSeed(KeyId id, QByteArrayView seed)
{
    const Pkey pkey = privateKey(seed);
    if (!pkey)
        return std::nullopt;
    QByteArray publicKey(keySize, Qt::Uninitialized);
    std::size_t length = std::size_t(keySize);
    if (EVP_PKEY_get_raw_public_key(pkey.get(), reinterpret_cast<unsigned char *>(publicKey.data()),
                                    &length)
            != 1
        || length != std::size_t(keySize))
        return std::nullopt;
    return SigningKey(id, seed.toByteArray(), std::move(publicKey));
}

PublicKey SigningKey::publicKey() const
{
    return PublicKey{m_id, m_public};
}

QByteArray SigningKey::sign(QByteArrayView message) const
{
    const Pkey pkey = privateKey(m_seed);
    const MdCtx ctx(EVP_MD_CTX_new());
    if (!pkey || !ctx)
        return {};
    // Ed25519 is PureEdDSA: no digest, and only the one-shot call.
    if (EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, pkey.get()) != 1)
        return {};
    QByteArray signature(signatureSize, Qt::Uninitialized);
    std::size_t length = std::size_t(signatureSize);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       bytes(message), std::size_t(message.size()))
            != 1
        || length != std::size_t(signatureSize))
        return {};
    return signature;
}

bool verify(const PublicKey &key, QByteArrayView message, QByteArrayView signature)
{
    if (key.bytes.size() != keySize || signature.size() != signatureSize)
        return false;
    const Pkey pkey(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(key.bytes),
                                                std::size_t(keySize)));
    const MdCtx ctx(EVP_MD_CTX_new());
    if (!pkey || !ctx)
        return false;
    if (EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, pkey.get()) != 1)
        return false;
    // OpenSSL refuses non-canonical signatures (S ≥ L), so a signature
    // cannot be altered into a second valid one.
    return EVP_DigestVerify(ctx.get(), bytes(signature), std::size_t(signature.size()),
                            bytes(message), std::size_t(message.size()))
        == 1;
}

Keyring::Keyring(quint16 shop, QList<PublicKey> keys)
    : m_shop(shop)
{
    for (PublicKey &key : keys)
        add(std::move(key));
}

const PublicKey *Keyring::find(quint8 number) const
{
    for (const PublicKey &key : m_keys) {
        if (key.id.number == number)
            return &key;
    }
    return nullptr;
}

void Keyring::add(PublicKey key)
{
    // A keyring speaks for one shop: another shop's key would let that
    // shop's codes pass here.
    if (key.id.shop != m_shop)
        return;
    for (PublicKey &held : m_keys) {
        if (held.id.number == key.id.number) {
            held = std::move(key);
            return;
        }
    }
    m_keys.append(std::move(key));
}

} // namespace stampdesk
