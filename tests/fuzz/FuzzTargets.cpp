#include "FuzzTargets.h"

#include "core/Csv.h"
#include "core/Error.h"
#include "core/catalogue/Catalogue.h"
#include "core/exchange/FileChecks.h"
#include "core/exchange/Importer.h"
#include "core/exchange/PayloadJson.h"
#include "core/format/Numbers.h"
#include "core/store/Database.h"
#include "core/store/ValueStore.h"
#include "core/units/OrgUnit.h"

#include <QLocale>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace chitieu::fuzz {

namespace {
// What the inputs are checked against, made once: files are checked as the province, a
// district (Huế, 474, whose communes made the seed files) and a commune would check them;
// values are validated by a store over an empty database (validate() reads only the
// catalogue and the unit tree).
struct Context
{
    const Catalogue& catalogue = Catalogue::builtIn();
    const UnitTree units = UnitTree::builtIn();
    const QStringList installations{QStringLiteral("46"), QStringLiteral("474"), QStringLiteral("19747")};
    QTemporaryDir dir;
    Database db{dir.filePath(QStringLiteral("fuzz.sqlite"))};
    ValueStore values{db, catalogue, units};
};

Context& context()
{
    static Context c;
    return c;
}

[[noreturn]] void broken(const QString& what)
{
    throw FuzzBroken(what.toStdString());
}

// The checks of an import before anything is compared or written. Accepted when one of the
// installations accepts it; otherwise refused as the last one refused it.
void checkAsInstallations(const exchange::Payload& p)
{
    const Context& c = context();
    exchange::checkCatalogue(p, c.catalogue);
    exchange::checkValues(p, c.catalogue);
    std::optional<Error> refusal;
    for (const QString& unit : c.installations) {
        try {
            exchange::checkUnits(p, c.units, unit);
            return;
        } catch (const Error& e) {
            refusal = e;
        }
    }
    throw *refusal;
}

// The exchange file from its bytes, as `chitieu-cli verify` and the importer read it.
void exchangeFile(const QByteArray& bytes)
{
    checkAsInstallations(exchange::openExchangeBytes(bytes).payload);
}

// The JSON inside an exchange file (the signature keeps the fuzzer out of it otherwise).
// A payload that is read must be written and read back to the same bytes.
void payload(const QByteArray& bytes)
{
    const exchange::Payload p = exchange::payloadFromJson(bytes, exchange::kFormatVersion);
    const QByteArray written = exchange::payloadToJson(p);
    QByteArray again;
    try {
        again = exchange::payloadToJson(exchange::payloadFromJson(written, p.formatVersion));
    } catch (const Error& e) {
        broken(QStringLiteral("a payload written from an accepted one is refused: ") + e.message());
    }
    if (again != written)
        broken(QStringLiteral("a payload changes when written and read again"));
    checkAsInstallations(p);
}

// A catalogue file. Once read, every code it uses is declared (its reader promises that).
void catalogue(const QByteArray& bytes)
{
    const Catalogue cat = Catalogue::fromJson(bytes, QStringLiteral("fuzz.json"));
    for (const Measure& m : cat.measures) {
        if (!cat.indicator(m.indicator))
            broken(QStringLiteral("measure %1 refers to an undeclared indicator").arg(m.code));
        for (const QString& e : m.elementCodes())
            if (!cat.element(e))
                broken(QStringLiteral("measure %1 uses the undeclared element %2").arg(m.code, e));
    }
}

// A unit list. Once read, each unit is found and lies within its parent, so walks up the
// tree end.
void units(const QByteArray& bytes)
{
    const UnitTree tree = UnitTree::fromCsv(QString::fromUtf8(bytes), QStringLiteral("fuzz.csv"));
    for (const OrgUnit& u : tree.units()) {
        if (tree.find(u.code) == nullptr)
            broken(QStringLiteral("unit %1 is not found").arg(u.code));
        if (!u.parentCode.isEmpty() && !tree.isWithin(u.code, u.parentCode))
            broken(QStringLiteral("unit %1 is not within its parent").arg(u.code));
    }
    for (const OrgUnit* root : tree.roots())
        tree.communesUnder(root->code);
}

// The values CSV of `chitieu-cli load-values`. Its row loop lives in the command
// (cli/CliValues.cpp), not in a library function, so this runs the same steps on each
// row through the public functions it calls: the CSV reader, the year, parsePlainCount and
// ValueStore::validate. Every row is tried; the file is refused with the first problem.
void values(const QByteArray& bytes)
{
    const QList<csv::Row> rows = csv::parse(QString::fromUtf8(bytes), QStringLiteral("fuzz.csv"));
    std::optional<Error> first;
    for (const csv::Row& row : rows) {
        if (row.fields.value(0).trimmed() == QLatin1String("unit_code"))
            continue;
        try {
            if (row.fields.size() < 4 || row.fields.size() > 5)
                throw Error(QStringLiteral("line %1: %2 columns").arg(row.line).arg(row.fields.size()));
            ValueWrite write;
            write.unitCode = row.fields[0].trimmed();
            bool yearOk = false;
            write.year = row.fields[1].trimmed().toInt(&yearOk);
            if (!yearOk)
                throw Error(QStringLiteral("line %1: the year is not a number").arg(row.line));
            write.element = row.fields[2].trimmed();
            const CountParse count = parsePlainCount(row.fields[3]);
            if (!count.value)
                throw Error(QStringLiteral("line %1: %2").arg(row.line).arg(count.error));
            write.value = count.value;
            if (row.fields.size() == 5)
                write.comment = row.fields[4];
            context().values.validate(write);
        } catch (const Error& e) {
            if (!first)
                first = e;
        }
    }
    if (first)
        throw *first;
}

// A count is set with no error, lies in 0..10^12 and reads back from its own formatting.
void checkCount(const CountParse& r, const QString& text, const std::optional<QLocale>& locale)
{
    if (!r.value)
        return;
    if (!r.error.isEmpty())
        broken(QStringLiteral("\"%1\" gives both a count and an error").arg(text));
    const qint64 v = *r.value;
    if (v < 0 || v > kMaxCount)
        broken(QStringLiteral("\"%1\" gives the count %2, out of range").arg(text).arg(v));
    const CountParse back = locale ? parseCount(formatCount(v, *locale), *locale) : parsePlainCount(QString::number(v));
    if (back.value != r.value)
        broken(QStringLiteral("the count %1 does not read back from its own formatting").arg(v));
}

// A count as typed in Vietnamese and English and as plain digits. Refused when the
// Vietnamese reading (the program's default) refuses it.
void numbers(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const CountParse inVi = parseCount(text, vi);
    checkCount(inVi, text, vi);
    checkCount(parseCount(text, en), text, en);
    checkCount(parsePlainCount(text), text, std::nullopt);
    if (!inVi.value && !inVi.error.isEmpty())
        throw Error(inVi.error);
}
} // namespace

void prepare()
{
    context();
}

const QList<Target>& targets()
{
    static const QList<Target> all{
        {QStringLiteral("exchange"), exchangeFile}, {QStringLiteral("payload"), payload},
        {QStringLiteral("catalogue"), catalogue},   {QStringLiteral("units"), units},
        {QStringLiteral("values"), values},         {QStringLiteral("numbers"), numbers},
    };
    return all;
}

const Target* target(const QString& name)
{
    for (const Target& t : targets())
        if (t.name == name)
            return &t;
    return nullptr;
}

} // namespace chitieu::fuzz
