// After `chitieu-cli import` was killed: is the district database sound, and is each
// exchange file of the batch either wholly in it or not at all?
//   crash_check DB FILE...           one line per file (applied, absent or partial: why),
//                                    then "integrity_ok=0|1 applied=A absent=B partial=P";
//                                    exit 0 only when the database is sound and P is 0.
//   crash_check --drop-one-value DB  removes one stored value, so that a test can see the
//                                    check find a partial file.
// A file is applied when its unit-year holds exactly its values and comments, one audit row
// per value, its submission row (with its hash) and its received_files row; absent when
// none of these is there.
#include "core/Error.h"
#include "core/exchange/Envelope.h"
#include "core/exchange/Importer.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>
#include <QTextStream>
#include <utility>

using namespace chitieu;

namespace {
using Values = QMap<QString, std::pair<qint64, QString>>; // element -> value, comment

QString integrity(Database& db)
{
    QSqlQuery q = db.exec(QStringLiteral("PRAGMA integrity_check"));
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1String("; "));
}

// "applied", "absent", or "partial: what is there and what is not".
QString fileState(Database& db, const QString& path)
{
    const exchange::OpenedFile f = exchange::openExchangeBytes(exchange::readExchangeFile(path));
    const exchange::Payload& p = f.payload;
    const QVariantList unitYear{p.sender.code, p.year};
    Values inFile;
    for (const exchange::FileValue& v : p.sender.values)
        inFile.insert(v.element, {v.value, v.comment});
    Values stored;
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT element, value, comment FROM data_values WHERE unit_code=? AND year=?"), unitYear);
    while (q.next())
        stored.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toString()});
    const int audit = db.scalar(QStringLiteral("SELECT count(*) FROM audit WHERE unit_code=? AND year=? AND "
                                               "source='import'"),
                                unitYear)
                          .toInt();
    const QString hash =
        db.scalar(QStringLiteral("SELECT content_hash FROM submissions WHERE unit_code=? AND year=?"), unitYear)
            .toString();
    const int received =
        db.scalar(QStringLiteral("SELECT count(*) FROM received_files WHERE content_hash=? AND result='applied'"),
                  {f.envelope.hashHex()})
            .toInt();
    const QString seen = QStringLiteral("%1 of %2 values, %3 audit rows, submission %4, %5 received rows")
                             .arg(stored.size())
                             .arg(inFile.size())
                             .arg(audit)
                             .arg(hash.isEmpty() ? QStringLiteral("none") : hash.left(12))
                             .arg(received);
    if (inFile.isEmpty())
        return QStringLiteral("partial: the file holds no values, so it cannot tell");
    if (stored == inFile && audit == inFile.size() && hash == f.envelope.hashHex() && received == 1)
        return QStringLiteral("applied");
    if (stored.isEmpty() && audit == 0 && hash.isEmpty() && received == 0)
        return QStringLiteral("absent");
    return QStringLiteral("partial: ") + seen;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    try {
        if (args.size() == 2 && args[0] == QLatin1String("--drop-one-value")) {
            Database db(args[1]);
            db.exec(QStringLiteral("DELETE FROM data_values WHERE (unit_code, year, element) = (SELECT unit_code, "
                                   "year, element FROM data_values ORDER BY 1, 2, 3 LIMIT 1)"));
            return 0;
        }
        if (args.size() < 2) {
            QTextStream(stderr) << "usage: crash_check DB FILE... | crash_check --drop-one-value DB\n";
            return 2;
        }
        const QString path = args.takeFirst();
        if (!QFileInfo::exists(path))
            throw Error(QStringLiteral("%1 does not exist").arg(path));
        Database db(path);
        const QString check = integrity(db);
        const bool sound = check == QLatin1String("ok");
        out << "integrity " << check << "\n";
        int applied = 0, absent = 0, partial = 0;
        for (const QString& file : args) {
            const QString state = fileState(db, file);
            out << state << " " << QFileInfo(file).fileName() << "\n";
            if (state == QLatin1String("applied"))
                ++applied;
            else if (state == QLatin1String("absent"))
                ++absent;
            else
                ++partial;
        }
        out << "integrity_ok=" << (sound ? 1 : 0) << " applied=" << applied << " absent=" << absent
            << " partial=" << partial << "\n";
        return sound && partial == 0 ? 0 : 1;
    } catch (const Error& e) {
        out.flush();
        QTextStream(stderr) << "crash_check: " << e.message() << "\n";
        return 1;
    }
}
