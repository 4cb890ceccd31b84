#pragma once
// Keys in the database: this installation's own Ed25519 key pair (table installation_key,
// made the first time it is needed, at the first start of the desktop program) and the
// public key trusted for each sending unit (table unit_keys, recorded from its first file).
// The secret key stays in the database file: copying the database copies the identity.

#include "Crypto.h"

#include <QDateTime>
#include <optional>

namespace chitieu {
class Database;
}

namespace chitieu::exchange {

struct TrustedKey
{
    QString unitCode;
    QByteArray publicKey;
    QDateTime firstSeen;
    QString acceptedBy;
};

namespace keystore {

// This installation's key pair, created and stored on first use.
KeyPair ensureOwnKey(Database& db);
std::optional<KeyPair> ownKey(Database& db);

std::optional<TrustedKey> trustedKey(Database& db, const QString& unitCode);
// Another unit than `unitCode` for which this public key is trusted: one unit's key never
// signs another unit's file.
std::optional<TrustedKey> otherUnitWithKey(Database& db, const QByteArray& publicKey, const QString& unitCode);
// Every unit but `unitCode` for which this public key is trusted, by code (a key carried over
// by a moved installation is trusted for its old unit and its new one).
QList<TrustedKey> otherUnitsWithKey(Database& db, const QByteArray& publicKey, const QString& unitCode);
// Records (or replaces) the key trusted for a unit. Call inside the caller's transaction.
void trust(Database& db, const QString& unitCode, const QByteArray& publicKey, const QString& acceptedBy);

} // namespace keystore
} // namespace chitieu::exchange
