#include "Envelope.h"

#include "ExchangeFormat.h"
#include "core/Error.h"
#include "core/Printable.h"
#include "core/format/Numbers.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace chitieu::exchange {

namespace {
quint16 readU16(const QByteArray& b, int at)
{
    return qFromBigEndian<quint16>(b.constData() + at);
}

quint32 readU32(const QByteArray& b, int at)
{
    return qFromBigEndian<quint32>(b.constData() + at);
}

void appendU16(QByteArray& b, quint16 v)
{
    char buf[2];
    qToBigEndian(v, buf);
    b.append(buf, 2);
}

void appendU32(QByteArray& b, quint32 v)
{
    char buf[4];
    qToBigEndian(v, buf);
    b.append(buf, 4);
}

[[noreturn]] void truncated(qint64 size, qint64 needed)
{
    throw Error(QCoreApplication::translate(
                    "Exchange", "The file is cut short: it has %1 bytes but needs %2. It was not copied or downloaded "
                                "completely; ask the sender to send it again.")
                    .arg(size)
                    .arg(needed));
}
// size: the file's size in bytes, as people read it.
[[noreturn]] void tooLarge(const QString& size)
{
    throw Error(QCoreApplication::translate("Exchange",
                                            "The file is %1 bytes; an exchange file is at most %2 bytes (%3 MB), so "
                                            "this is not one. Nothing was read.")
                    .arg(size, formatCount(kMaxFileBytes))
                    .arg(kMaxFileBytes / (1024 * 1024)));
}
} // namespace

QByteArray magic()
{
    return QByteArrayLiteral("CHITIEU1");
}

QByteArray seal(const QByteArray& payload, const KeyPair& key, int formatVersion)
{
    QByteArray out = magic();
    appendU16(out, static_cast<quint16>(formatVersion));
    appendU16(out, 0);
    appendU32(out, static_cast<quint32>(payload.size()));
    out += payload;
    out += crypto::sha256(payload);
    out += key.publicKey;
    out += crypto::sign(out, key.secretKey);
    return out;
}

Envelope openEnvelope(const QByteArray& bytes)
{
    const qint64 size = bytes.size();
    if (size == 0)
        throw Error(QCoreApplication::translate(
            "Exchange", "The file is empty (0 bytes): it was not saved or copied completely. Ask the sender to send "
                        "it again."));
    const QByteArray m = magic();
    if (!bytes.startsWith(m)) {
        if (size < m.size() && m.startsWith(bytes))
            truncated(size, kHeaderBytes + kTrailerBytes);
        throw Error(QCoreApplication::translate(
            "Exchange", "This is not a Chỉ Tiêu Trẻ Em exchange file. Choose a .chitieu file made by the program "
                        "(Export on the Exchange tab)."));
    }
    if (size < kHeaderBytes)
        truncated(size, kHeaderBytes + kTrailerBytes);
    Envelope e;
    e.formatVersion = readU16(bytes, 8);
    if (e.formatVersion > kFormatVersion)
        throw Error(QCoreApplication::translate(
                        "Exchange",
                        "The file was made by a newer version of Chỉ Tiêu Trẻ Em (exchange format %1; this version "
                        "reads up to %2). Install the newer version to import it.")
                        .arg(e.formatVersion)
                        .arg(kFormatVersion));
    const quint16 flags = readU16(bytes, 10);
    if (e.formatVersion == 0 || flags != 0)
        throw Error(
            QCoreApplication::translate(
                "Exchange", "The file's header is damaged (format %1, flags %2): ask the sender to send it again.")
                .arg(e.formatVersion)
                .arg(flags));
    const qint64 payloadSize = readU32(bytes, 12);
    if (payloadSize > kMaxFileBytes)
        throw Error(QCoreApplication::translate(
                        "Exchange",
                        "The file says its content is %1 bytes, more than the %2 bytes (%3 MB) an exchange file may "
                        "have: it is damaged or not an exchange file.")
                        .arg(formatCount(payloadSize), formatCount(kMaxFileBytes))
                        .arg(kMaxFileBytes / (1024 * 1024)));
    const qint64 expected = kHeaderBytes + payloadSize + kTrailerBytes;
    if (size < expected)
        truncated(size, expected);
    if (size > expected)
        throw Error(QCoreApplication::translate(
                        "Exchange",
                        "The file has %1 bytes more than its content: something was added to it after it was made. "
                        "Ask the sender to send it again.")
                        .arg(size - expected));
    const int p = static_cast<int>(payloadSize);
    e.payload = bytes.mid(kHeaderBytes, p);
    e.hash = bytes.mid(kHeaderBytes + p, kHashBytes);
    e.publicKey = bytes.mid(kHeaderBytes + p + kHashBytes, kPublicKeyBytes);
    e.signature = bytes.mid(kHeaderBytes + p + kHashBytes + kPublicKeyBytes, kSignatureBytes);
    if (crypto::sha256(e.payload) != e.hash)
        throw Error(QCoreApplication::translate(
            "Exchange", "The content of the file does not match its hash: the file was damaged or changed after it "
                        "was made. Ask the sender to send it again."));
    if (!crypto::verify(bytes.left(static_cast<int>(expected) - kSignatureBytes), e.signature, e.publicKey))
        throw Error(QCoreApplication::translate(
            "Exchange", "The signature of the file is not valid: the file was changed after it was signed, or it "
                        "was not made by Chỉ Tiêu Trẻ Em. Ask the sender to send it again."));
    return e;
}

QByteArray readExchangeFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(QCoreApplication::translate("Exchange", "The file %1 does not exist.").arg(printable(path)));
    if (!info.isFile())
        throw Error(QCoreApplication::translate("Exchange", "%1 is not a file.").arg(printable(path)));
    if (info.size() > kMaxFileBytes)
        tooLarge(formatCount(info.size()));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(
            QCoreApplication::translate("Exchange", "Cannot read %1: %2").arg(printable(path), f.errorString()));
    // Read at most one byte over the limit, in case the file grew since it was measured.
    const QByteArray bytes = f.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes)
        tooLarge(QCoreApplication::translate("Exchange", "more than %1").arg(formatCount(kMaxFileBytes)));
    return bytes;
}

} // namespace chitieu::exchange
