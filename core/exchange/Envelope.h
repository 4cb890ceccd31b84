#pragma once
// The binary envelope of an exchange file:
//   "CHITIEU1" | format version (u16, big-endian) | flags (u16, 0) | payload length (u32) |
//   payload (canonical UTF-8 JSON) | SHA-256 of the payload (32) | signer's Ed25519 public
//   key (32) | Ed25519 signature of every byte before it (64).
// Opening checks, in this order: size, magic, format version, lengths, hash, signature, so
// each kind of damage gets its own sentence.

#include "Crypto.h"

#include <QByteArray>
#include <QString>

namespace chitieu::exchange {

constexpr int kHeaderBytes = 16;
constexpr int kTrailerBytes = kHashBytes + kPublicKeyBytes + kSignatureBytes;

struct Envelope
{
    int formatVersion = 0;
    QByteArray payload;
    QByteArray hash;
    QByteArray publicKey;
    QByteArray signature;

    QString hashHex() const { return QString::fromLatin1(hash.toHex()); }
    QString publicKeyHex() const { return QString::fromLatin1(publicKey.toHex()); }
};

QByteArray magic();
// Wraps a payload and signs it with the key pair.
QByteArray seal(const QByteArray& payload, const KeyPair& key, int formatVersion);
// Throws Error with a sentence saying what is wrong with the bytes.
Envelope openEnvelope(const QByteArray& bytes);
// Reads a file, refusing one larger than kMaxFileBytes before reading it.
QByteArray readExchangeFile(const QString& path);

} // namespace chitieu::exchange
