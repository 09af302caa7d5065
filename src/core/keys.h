// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace stampdesk {

/// Which key: the shop it belongs to and its number within the shop, so a
/// register can hold several (rotation) and tell another shop's codes apart.
struct KeyId
{
    quint16 shop = 0;
    quint8 number = 0;
    friend bool operator==(const KeyId &, const KeyId &) = default;
};

/// An Ed25519 public key (32 raw bytes). Registers hold only these.
struct PublicKey
{
    KeyId id;
    QByteArray bytes;
    friend bool operator==(const PublicKey &, const PublicKey &) = default;
};

/// An Ed25519 private key. It lives with the backend (or, for a shop
/// without one, in the register's own database); never in a payload.
class SigningKey
{
public:
    /// A new key from the operating system's CSPRNG (OpenSSL).
    static SigningKey generate(KeyId id);
    /// The key with this 32-byte seed; std::nullopt if the seed is malformed.
    static std::optional<SigningKey> fromSeed(KeyId id, QByteArrayView seed);

    KeyId id() const { return m_id; }
    QByteArray seed() const { return m_seed; }
    PublicKey publicKey() const;
    /// The 64-byte Ed25519 signature of message (OpenSSL EVP_DigestSign, no digest).
    QByteArray sign(QByteArrayView message) const;

private:
    SigningKey(KeyId id, QByteArray seed, QByteArray publicKey);
    KeyId m_id;
    QByteArray m_seed;
    QByteArray m_public;
};

/// Whether signature is key's Ed25519 signature of message.
bool verify(const PublicKey &key, QByteArrayView message, QByteArrayView signature);

/// The public keys a register trusts for its shop: the current one and the
/// earlier ones still in circulation.
class Keyring
{
public:
    /// The keyring of shop with those of keys that are this shop's.
    explicit Keyring(quint16 shop = 0, QList<PublicKey> keys = {});
    quint16 shop() const { return m_shop; }
    const QList<PublicKey> &keys() const { return m_keys; }
    /// The shop's key with this number, or nullptr.
    const PublicKey *find(quint8 number) const;
    /// Adds a key of this shop (replacing one with the same number); a key
    /// of another shop is ignored.
    void add(PublicKey key);

private:
    quint16 m_shop;
    QList<PublicKey> m_keys;
};

} // namespace stampdesk
