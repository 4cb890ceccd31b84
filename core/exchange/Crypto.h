#pragma once
// The few libsodium operations the exchange files need: SHA-256 of the content and Ed25519
// signatures. Keys and hashes are raw bytes here; the database keeps them as hex.

#include <QByteArray>
#include <QString>

namespace chitieu::exchange {

constexpr int kHashBytes = 32;
constexpr int kPublicKeyBytes = 32;
constexpr int kSecretKeyBytes = 64;
constexpr int kSignatureBytes = 64;

struct KeyPair
{
    QByteArray publicKey;
    QByteArray secretKey;
};

namespace crypto {

QByteArray sha256(const QByteArray& data);
KeyPair generateKeyPair();
QByteArray sign(const QByteArray& message, const QByteArray& secretKey);
bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey);
// A short form of a public key for people to compare by phone: 8 groups of 4 hex digits.
QString fingerprint(const QByteArray& publicKey);

} // namespace crypto
} // namespace chitieu::exchange
