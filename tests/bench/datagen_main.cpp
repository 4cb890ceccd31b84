// chitieu-datagen: seeded, deterministic counts for benchmarks and scale tests (see DataGen.h).
#include "DataGenFiles.h"
#include "core/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <optional>

using namespace chitieu;
using namespace chitieu::bench;

namespace {
// "2020-2025", "2024" or "2021,2023,2025".
QList<int> parseYears(const QString& text)
{
    QList<int> years;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QStringList range = part.split(QLatin1Char('-'));
        bool ok1 = false;
        bool ok2 = range.size() == 1;
        const int from = range.value(0).toInt(&ok1);
        const int to = range.size() == 2 ? range[1].toInt(&ok2) : from;
        if (!ok1 || !ok2 || range.size() > 2 || from > to)
            throw Error(QStringLiteral("--years: \"%1\" is not a year or a range such as 2020-2025.").arg(part));
        for (int y = from; y <= to; ++y)
            years << y;
    }
    return years;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Writes plausible, seeded counts for the communes of a unit list: a values CSV for chitieu-cli "
        "load-values, or one signed exchange file per commune and year, as each commune's own installation "
        "(its own key) would export it (DIR/<year>/<district>/<commune>-<year>.chitieu). The same seed and "
        "options give the same bytes."));
    p.addHelpOption();
    const QCommandLineOption units(QStringLiteral("units"),
                                   QStringLiteral("Unit list CSV (code,name,type,level,"
                                                  "parent_code); default: the built-in "
                                                  "Thừa Thiên Huế list."),
                                   QStringLiteral("CSV"));
    const QCommandLineOption years(QStringLiteral("years"),
                                   QStringLiteral("Years, such as 2024, 2021,2023 or "
                                                  "2020-2025 (the default)."),
                                   QStringLiteral("LIST"), QStringLiteral("2020-2025"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed (default 208)."), QStringLiteral("N"),
                                  QStringLiteral("208"));
    const QCommandLineOption under(QStringLiteral("under"), QStringLiteral("Only the communes within this unit."),
                                   QStringLiteral("CODE"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Only the first N communes."),
                                   QStringLiteral("N"));
    const QCommandLineOption csvOut(QStringLiteral("values-csv"), QStringLiteral("Write the values CSV here."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption filesOut(QStringLiteral("exchange-dir"),
                                      QStringLiteral("Write one exchange file per commune and year below this folder."),
                                      QStringLiteral("DIR"));
    p.addOptions({units, years, seed, under, limit, csvOut, filesOut});
    p.process(app);
    QTextStream err(stderr);
    if (p.isSet(csvOut) == p.isSet(filesOut) || !p.positionalArguments().isEmpty()) {
        err << "chitieu-datagen: give exactly one of --values-csv FILE and --exchange-dir DIR (see --help).\n";
        return 2;
    }
    try {
        bool ok = false;
        const quint64 seedValue = p.value(seed).toULongLong(&ok);
        if (!ok)
            throw Error(QStringLiteral("--seed: \"%1\" is not a whole number of 0 or more.").arg(p.value(seed)));
        const UnitTree tree = p.isSet(units) ? UnitTree::loadCsv(p.value(units)) : UnitTree::builtIn();
        const DataGenerator gen(Catalogue::builtIn(), tree, seedValue);
        if (p.isSet(under) && !tree.find(p.value(under)))
            throw Error(QStringLiteral("--under: the unit %1 is not in the unit list.").arg(p.value(under)));
        QList<const OrgUnit*> communes = gen.communes(p.value(under));
        if (p.isSet(limit)) {
            const int n = p.value(limit).toInt(&ok);
            if (!ok || n < 1)
                throw Error(QStringLiteral("--limit: \"%1\" is not a whole number of 1 or more.").arg(p.value(limit)));
            communes = communes.mid(0, n);
        }
        if (communes.isEmpty())
            throw Error(QStringLiteral("There is no commune to generate (check --units and --under)."));
        const QList<int> yearList = parseYears(p.value(years));
        const Catalogue& cat = Catalogue::builtIn();
        for (const int y : yearList)
            if (y < cat.baselineYear || y > cat.lastYear)
                throw Error(
                    QStringLiteral("--years: %1 is outside %2-%3.").arg(y).arg(cat.baselineYear).arg(cat.lastYear));
        QTextStream out(stdout);
        if (p.isSet(csvOut)) {
            QFile f(p.value(csvOut));
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                throw Error(QStringLiteral("Cannot write %1: %2").arg(f.fileName(), f.errorString()));
            const qint64 rows = writeValuesCsv(gen, communes, yearList, f);
            out << rows << " values of " << communes.size() << " communes written to " << f.fileName() << "\n";
        } else {
            const int files = writeSubmissionFiles(gen, communes, yearList, p.value(filesOut));
            out << files << " exchange files of " << communes.size() << " communes written below " << p.value(filesOut)
                << "\n";
        }
    } catch (const Error& e) {
        err << "chitieu-datagen: " << e.message() << "\n";
        return 1;
    }
    return 0;
}
