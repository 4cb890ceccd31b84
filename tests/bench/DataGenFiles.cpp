#include "DataGenFiles.h"

#include "chitieu/Version.h"
#include "core/Error.h"
#include "core/exchange/Envelope.h"
#include "core/exchange/Exporter.h"
#include "core/exchange/PayloadJson.h"
#include "core/store/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QtEndian>
#include <algorithm>
#include <sodium.h>

namespace chitieu::bench {

namespace {
const QStringList kFamily{QStringLiteral("Nguyễn"), QStringLiteral("Trần"),  QStringLiteral("Lê"),
                          QStringLiteral("Phạm"),   QStringLiteral("Hoàng"), QStringLiteral("Phan"),
                          QStringLiteral("Võ"),     QStringLiteral("Đặng"),  QStringLiteral("Bùi"),
                          QStringLiteral("Đỗ"),     QStringLiteral("Hồ"),    QStringLiteral("Ngô")};
const QStringList kMiddle{QStringLiteral("Văn"), QStringLiteral("Thị"),  QStringLiteral("Hữu"),
                          QStringLiteral("Đức"), QStringLiteral("Minh"), QStringLiteral("Ngọc")};
const QStringList kGiven{QStringLiteral("An"),     QStringLiteral("Bình"), QStringLiteral("Cúc"),
                         QStringLiteral("Dũng"),   QStringLiteral("Hạnh"), QStringLiteral("Hùng"),
                         QStringLiteral("Lan"),    QStringLiteral("Mai"),  QStringLiteral("Nam"),
                         QStringLiteral("Phương"), QStringLiteral("Thảo"), QStringLiteral("Tuấn")};

constexpr int kVietnamOffset = 7 * 3600;
} // namespace

CommuneInstallation installationOf(const DataGenerator& gen, const OrgUnit& commune)
{
    Draws d(gen.derive(commune.code, 10));
    CommuneInstallation i;
    i.userName = kFamily.at(int(d.between(0, kFamily.size() - 1))) + QLatin1Char(' ') +
                 kMiddle.at(int(d.between(0, kMiddle.size() - 1))) + QLatin1Char(' ') +
                 kGiven.at(int(d.between(0, kGiven.size() - 1)));
    QByteArray seed(crypto_sign_SEEDBYTES, '\0');
    for (int part = 0; part < int(crypto_sign_SEEDBYTES / 8); ++part)
        qToBigEndian(gen.derive(commune.code, 20 + quint64(part)), seed.data() + 8 * part);
    i.key.publicKey.resize(exchange::kPublicKeyBytes);
    i.key.secretKey.resize(exchange::kSecretKeyBytes);
    if (sodium_init() < 0)
        throw Error(QCoreApplication::translate("DataGen", "libsodium could not be initialised."));
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(i.key.publicKey.data()),
                             reinterpret_cast<unsigned char*>(i.key.secretKey.data()),
                             reinterpret_cast<const unsigned char*>(seed.constData()));
    return i;
}

EntryTimes entryTimes(const DataGenerator& gen, const OrgUnit& commune, int year, int valueCount)
{
    Draws d(gen.derive(commune.code, 5000 + quint64(year)));
    // Typed on a working morning or afternoon between 1 October and 20 November.
    const QDate day = QDate(year, 10, 1).addDays(d.between(0, 50));
    QDateTime t(day, QTime(int(d.between(8, 15)), int(d.between(0, 59)), int(d.between(0, 59)), int(d.between(0, 999))),
                Qt::OffsetFromUTC, kVietnamOffset);
    EntryTimes out;
    for (int i = 0; i < valueCount; ++i) {
        t = t.addMSecs(d.between(4'000, 45'000));
        out.values << t;
    }
    out.completedAt = t.addSecs(d.between(3600, 3 * 24 * 3600));
    out.madeAt = out.completedAt.addMSecs(d.between(60'000, 2 * 3600'000));
    return out;
}

exchange::Payload submission(const DataGenerator& gen, const OrgUnit& commune, int year)
{
    const Catalogue& cat = gen.catalogue();
    const QList<Count> counts = gen.counts(commune, year);
    const CommuneInstallation installation = installationOf(gen, commune);
    const EntryTimes times = entryTimes(gen, commune, year, int(counts.size()));
    exchange::Payload p;
    p.kind = exchange::FileKind::Submission;
    p.catalogueId = cat.id;
    p.catalogueVersion = cat.version;
    p.programVersion = QStringLiteral(CHITIEU_VERSION);
    p.madeAt = times.madeAt;
    p.madeBy = installation.userName;
    p.year = year;
    // The communes' data file, as the catalogue names it.
    for (const Deliverable& d : cat.deliverables)
        if (d.dataFile && d.isDue(year) && d.reporters.contains(PlanRole::Communes)) {
            p.deliverable = d.id;
            break;
        }
    p.sender.code = commune.code;
    p.sender.name = commune.name;
    p.sender.level = static_cast<int>(commune.level);
    p.sender.formState = FormState::Complete;
    p.sender.formStateAt = times.completedAt;
    for (int i = 0; i < counts.size(); ++i)
        p.sender.values << exchange::FileValue{counts[i].element, counts[i].value, QString(), times.values[i],
                                               installation.userName};
    return p;
}

QByteArray submissionFile(const DataGenerator& gen, const OrgUnit& commune, int year)
{
    const exchange::Payload p = submission(gen, commune, year);
    return exchange::seal(exchange::payloadToJson(p), installationOf(gen, commune).key, p.formatVersion);
}

QString submissionPath(const QString& dir, const OrgUnit& commune, int year)
{
    return QDir(dir).filePath(QStringLiteral("%1/%2/%3-%1.chitieu").arg(year).arg(commune.parentCode, commune.code));
}

qint64 writeValuesCsv(const DataGenerator& gen, const QList<const OrgUnit*>& communes, const QList<int>& years,
                      QIODevice& out)
{
    qint64 rows = 0;
    QByteArray chunk("unit_code,year,element,value\n");
    for (const OrgUnit* c : communes) {
        const QByteArray code = c->code.toUtf8();
        for (const int year : years) {
            const QByteArray y = QByteArray::number(year);
            for (const Count& v : gen.counts(*c, year)) {
                chunk += code + ',' + y + ',' + v.element.toUtf8() + ',' + QByteArray::number(v.value) + '\n';
                ++rows;
            }
        }
        if (chunk.size() > (1 << 20)) {
            if (out.write(chunk) != chunk.size())
                throw Error(
                    QCoreApplication::translate("DataGen", "Cannot write the values: %1").arg(out.errorString()));
            chunk.clear();
        }
    }
    if (out.write(chunk) != chunk.size())
        throw Error(QCoreApplication::translate("DataGen", "Cannot write the values: %1").arg(out.errorString()));
    return rows;
}

int writeSubmissionFiles(const DataGenerator& gen, const QList<const OrgUnit*>& communes, const QList<int>& years,
                         const QString& dir)
{
    int files = 0;
    for (const int year : years)
        for (const OrgUnit* c : communes) {
            const QString path = submissionPath(dir, *c, year);
            if (!QDir().mkpath(QFileInfo(path).path()))
                throw Error(
                    QCoreApplication::translate("DataGen", "Cannot make the folder %1.").arg(QFileInfo(path).path()));
            output::write(path, submissionFile(gen, *c, year), QString());
            ++files;
        }
    return files;
}

} // namespace chitieu::bench
