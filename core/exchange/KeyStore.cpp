#include "KeyStore.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/store/Database.h"

#include <QCoreApplication>

namespace chitieu::exchange::keystore {

namespace {
QString hex(const QByteArray& b)
{
    return QString::fromLatin1(b.toHex());
}

QByteArray unhex(const QString& s)
{
    return QByteArray::fromHex(s.toLatin1());
}
} // namespace

std::optional<KeyPair> ownKey(Database& db)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT public_key, secret_key FROM installation_key WHERE id = 1"));
    if (!q.next())
        return std::nullopt;
    KeyPair k{unhex(q.value(0).toString()), unhex(q.value(1).toString())};
    if (k.publicKey.size() != kPublicKeyBytes || k.secretKey.size() != kSecretKeyBytes)
        throw Error(QCoreApplication::translate("Exchange", "This installation's signing key in %1 is damaged. "
                                                            "Restore the database from a backup.")
                        .arg(db.path()));
    return k;
}

KeyPair ensureOwnKey(Database& db)
{
    if (const auto existing = ownKey(db))
        return *existing;
    const KeyPair k = crypto::generateKeyPair();
    // INSERT OR IGNORE: if another process made the key meanwhile, keep (and return) theirs.
    db.run(QStringLiteral("INSERT OR IGNORE INTO installation_key(id, public_key, secret_key, created_at) "
                          "VALUES(1, ?, ?, ?)"),
           {hex(k.publicKey), hex(k.secretKey), Clock::instance().now().toString(Qt::ISODateWithMs)});
    return *ownKey(db);
}

std::optional<TrustedKey> trustedKey(Database& db, const QString& unitCode)
{
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT public_key, first_seen, accepted_by FROM unit_keys WHERE unit_code = ?"), {unitCode});
    if (!q.next())
        return std::nullopt;
    return TrustedKey{unitCode, unhex(q.value(0).toString()), storedTimeFrom(q.value(1).toString()),
                      q.value(2).toString()};
}

std::optional<TrustedKey> otherUnitWithKey(Database& db, const QByteArray& publicKey, const QString& unitCode)
{
    const QList<TrustedKey> others = otherUnitsWithKey(db, publicKey, unitCode);
    if (others.isEmpty())
        return std::nullopt;
    return others.first();
}

QList<TrustedKey> otherUnitsWithKey(Database& db, const QByteArray& publicKey, const QString& unitCode)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT unit_code, first_seen, accepted_by FROM unit_keys "
                                         "WHERE public_key = ? AND unit_code <> ? ORDER BY unit_code"),
                          {hex(publicKey), unitCode});
    QList<TrustedKey> out;
    while (q.next())
        out << TrustedKey{q.value(0).toString(), publicKey, storedTimeFrom(q.value(1).toString()),
                          q.value(2).toString()};
    return out;
}

void trust(Database& db, const QString& unitCode, const QByteArray& publicKey, const QString& acceptedBy)
{
    db.run(QStringLiteral("INSERT INTO unit_keys(unit_code, public_key, first_seen, accepted_by) VALUES(?,?,?,?) "
                          "ON CONFLICT(unit_code) DO UPDATE SET public_key = excluded.public_key, "
                          "first_seen = excluded.first_seen, accepted_by = excluded.accepted_by"),
           {unitCode, hex(publicKey), Clock::instance().now().toString(Qt::ISODateWithMs), acceptedBy});
}

} // namespace chitieu::exchange::keystore
