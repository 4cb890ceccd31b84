#include "Crypto.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <sodium.h>

namespace chitieu::exchange::crypto {

namespace {
void ensureReady()
{
    // sodium_init is safe to call more than once; it returns 1 when already done.
    static const int state = sodium_init();
    if (state < 0)
        throw Error(QCoreApplication::translate("Exchange", "The cryptography library could not be started."));
}

const unsigned char* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

unsigned char* bytes(QByteArray& b)
{
    return reinterpret_cast<unsigned char*>(b.data());
}
} // namespace

QByteArray sha256(const QByteArray& data)
{
    ensureReady();
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(bytes(out), bytes(data), static_cast<unsigned long long>(data.size()));
    return out;
}

KeyPair generateKeyPair()
{
    ensureReady();
    static_assert(crypto_sign_PUBLICKEYBYTES == kPublicKeyBytes && crypto_sign_SECRETKEYBYTES == kSecretKeyBytes);
    KeyPair k{QByteArray(kPublicKeyBytes, Qt::Uninitialized), QByteArray(kSecretKeyBytes, Qt::Uninitialized)};
    crypto_sign_keypair(bytes(k.publicKey), bytes(k.secretKey));
    return k;
}

QByteArray sign(const QByteArray& message, const QByteArray& secretKey)
{
    ensureReady();
    static_assert(crypto_sign_BYTES == kSignatureBytes);
    if (secretKey.size() != kSecretKeyBytes)
        throw Error(QCoreApplication::translate("Exchange", "This installation's signing key is damaged."));
    QByteArray out(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(bytes(out), nullptr, bytes(message), static_cast<unsigned long long>(message.size()),
                         bytes(secretKey));
    return out;
}

bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey)
{
    ensureReady();
    if (signature.size() != kSignatureBytes || publicKey.size() != kPublicKeyBytes)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()), bytes(publicKey)) == 0;
}

QString fingerprint(const QByteArray& publicKey)
{
    const QString hex = QString::fromLatin1(sha256(publicKey).left(16).toHex().toUpper());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

} // namespace chitieu::exchange::crypto
