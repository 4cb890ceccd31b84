// Reading and checking the catalogue JSON. Every problem names the file, the place
// (a path such as measures[3].numerator.kind) and what is wrong.
#include "CatalogueJsonParts.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <limits>

namespace chitieu {

LocalText cataloguejson::localText(const json::Reader& r, const QJsonObject& o, const QString& place,
                                   const char* prefix)
{
    const QByteArray vi = QByteArray(prefix) + "_vi";
    const QByteArray en = QByteArray(prefix) + "_en";
    return {r.text(o, place, vi.constData()), r.text(o, place, en.constData())};
}

namespace {

using cataloguejson::localText;
using json::Reader;

constexpr EnumEntry<Term::Kind> termKindEntries[] = {
    {Term::Kind::Sum, "sum"},
    {Term::Kind::Communes, "communes"},
    {Term::Kind::PreviousYear, "previous_year"},
    {Term::Kind::DecreaseFromPreviousYear, "decrease_from_previous_year"},
};
constexpr EnumEntry<UnitFilter> filterEntries[] = {
    {UnitFilter::All, "all"},
    {UnitFilter::Rural, "rural"},
    {UnitFilter::Urban, "urban"},
};
constexpr EnumEntry<ElementScope> scopeEntries[] = {{ElementScope::Any, "any"}, {ElementScope::Commune, "commune"}};
constexpr EnumEntry<bool> bothZeroEntries[] = {{true, "met"}, {false, "no_data"}};

const EnumTable<Term::Kind> termKinds("Catalogue", QT_TRANSLATE_NOOP("Keys", "kind of term"), termKindEntries);
const EnumTable<UnitFilter> filters("Catalogue", QT_TRANSLATE_NOOP("Keys", "filter"), filterEntries);
const EnumTable<ElementScope> scopes("Catalogue", QT_TRANSLATE_NOOP("Keys", "scope"), scopeEntries);
const EnumTable<bool> bothZero("Catalogue", QT_TRANSLATE_NOOP("Keys", "rule for both zero"), bothZeroEntries);

// A catalogue file is small and hand-made: its nesting stays well under this.
constexpr int maxDepth = 16;

Term readTerm(const Reader& r, const QJsonObject& o, const QString& place)
{
    Term t;
    t.kind = r.key(o, place, "kind", termKinds);
    switch (t.kind) {
    case Term::Kind::Sum:
        t.elements = r.texts(o, place, "elements");
        if (t.elements.isEmpty())
            r.fail(Reader::sub(place, "elements"),
                   QCoreApplication::translate("Catalogue", "a sum needs at least one element"));
        break;
    case Term::Kind::Communes:
        break;
    case Term::Kind::PreviousYear:
    case Term::Kind::DecreaseFromPreviousYear:
        t.elements = {r.text(o, place, "element")};
        break;
    }
    return t;
}

// A target or factor as the decimal the file wrote (the shortest decimal of the JSON number):
// comparisons are exact, so it must be a plain decimal of a few digits.
Decimal exactDecimal(const Reader& r, const QString& place, const char* key, double value)
{
    const std::optional<Decimal> d = Decimal::fromDouble(value);
    if (!d)
        r.fail(Reader::sub(place, key),
               QCoreApplication::translate("Catalogue", "write it as a decimal of at most 12 digits, 6 of them "
                                                        "after the point (such as 0.005)"));
    return *d;
}

Measure readMeasure(const Reader& r, const QJsonObject& o, const QString& place)
{
    Measure m;
    m.code = r.text(o, place, "code");
    m.indicator = r.integer(o, place, "indicator");
    m.name = localText(r, o, place, "name");
    m.numerator = readTerm(r, r.object(o, place, "numerator"), Reader::sub(place, "numerator"));
    m.denominator = readTerm(r, r.object(o, place, "denominator"), Reader::sub(place, "denominator"));
    m.factor = r.number(o, place, "factor");
    if (m.factor <= 0)
        r.fail(Reader::sub(place, "factor"), QCoreApplication::translate("Catalogue", "the factor must be above 0"));
    m.exactFactor = exactDecimal(r, place, "factor", m.factor);
    m.comparator = r.key(o, place, "comparator", comparators);
    m.target = r.number(o, place, "target");
    m.exactTarget = exactDecimal(r, place, "target", m.target);
    m.unitLabel = localText(r, o, place, "unit");
    m.filter = r.key(o, place, "filter", filters);
    m.metWhenBothZero = r.key(o, place, "when_both_zero", bothZero);
    m.numeratorMayExceedDenominator = r.boolean(o, place, "numerator_may_exceed_denominator");
    return m;
}

DataElement readElement(const Reader& r, const QJsonObject& o, const QString& place)
{
    DataElement e;
    e.code = r.text(o, place, "code");
    e.name = localText(r, o, place, "name");
    e.description = localText(r, o, place, "description");
    e.scope = r.key(o, place, "scope", scopes);
    if (o.contains(QStringLiteral("max")))
        e.max = r.integer(o, place, "max", 0, std::numeric_limits<int>::max());
    return e;
}

// Cross-references: every code used is declared, and each code is declared once.
void checkReferences(const Reader& r, const Catalogue& c)
{
    QSet<QString> elements;
    for (int i = 0; i < c.elements.size(); ++i) {
        if (elements.contains(c.elements[i].code))
            r.fail(
                Reader::at(QStringLiteral("elements"), i),
                QCoreApplication::translate("Catalogue", "the element %1 is declared twice").arg(c.elements[i].code));
        elements.insert(c.elements[i].code);
    }
    QSet<int> indicators;
    for (const Indicator& ind : c.indicators)
        indicators.insert(ind.number);
    QSet<QString> agencies;
    for (const Agency& a : c.agencies)
        agencies.insert(a.code);
    QSet<QString> measures;
    for (int i = 0; i < c.measures.size(); ++i) {
        const Measure& m = c.measures[i];
        const QString place = Reader::at(QStringLiteral("measures"), i);
        if (measures.contains(m.code))
            r.fail(place, QCoreApplication::translate("Catalogue", "the measure %1 is declared twice").arg(m.code));
        measures.insert(m.code);
        if (!indicators.contains(m.indicator))
            r.fail(place,
                   QCoreApplication::translate("Catalogue", "measure %1 refers to indicator %2, which is not declared")
                       .arg(m.code)
                       .arg(m.indicator));
        for (const QString& e : m.elementCodes())
            if (!elements.contains(e))
                r.fail(place,
                       QCoreApplication::translate("Catalogue", "measure %1 uses the element %2, which is not declared")
                           .arg(m.code, e));
    }
    for (int i = 0; i < c.checks.size(); ++i)
        for (const QString& e : {c.checks[i].smaller, c.checks[i].larger})
            if (!elements.contains(e))
                r.fail(Reader::at(QStringLiteral("checks"), i),
                       QCoreApplication::translate("Catalogue", "the element %1 is not declared").arg(e));
    for (int i = 0; i < c.indicators.size(); ++i) {
        const Indicator& ind = c.indicators[i];
        const QString place = Reader::at(QStringLiteral("indicators"), i);
        if (!agencies.contains(ind.lead))
            r.fail(place, QCoreApplication::translate("Catalogue", "the lead agency %1 is not declared").arg(ind.lead));
        for (const QString& a : ind.coordinators)
            if (!agencies.contains(a))
                r.fail(place, QCoreApplication::translate("Catalogue", "the agency %1 is not declared").arg(a));
        if (!ind.assignedFrom.isEmpty() && c.dataDateMonth == 0)
            r.fail(place, QCoreApplication::translate("Catalogue", "assigned_from needs the catalogue's data_date "
                                                                   "(the day on which a year's assignments are read)"));
        for (int k = 0; k < ind.assignedFrom.size(); ++k) {
            const QString at = Reader::at(place + QStringLiteral(".assigned_from"), k);
            const AssignmentFrom& change = ind.assignedFrom[k];
            if (!agencies.contains(change.lead))
                r.fail(at,
                       QCoreApplication::translate("Catalogue", "the lead agency %1 is not declared").arg(change.lead));
            for (const QString& a : change.coordinators)
                if (!agencies.contains(a))
                    r.fail(at, QCoreApplication::translate("Catalogue", "the agency %1 is not declared").arg(a));
        }
    }
}

} // namespace

Catalogue Catalogue::fromJson(const QByteArray& json, const QString& sourceName)
{
    const Reader r([sourceName](const QString& place, const QString& problem) {
        return QCoreApplication::translate("Catalogue", "Catalogue file %1, at %2: %3").arg(sourceName, place, problem);
    });
    const QJsonObject root = r.document(json, maxDepth);
    Catalogue c;
    const QString top;
    c.id = r.text(root, top, "id");
    c.version = r.text(root, top, "version");
    c.name = localText(r, root, top, "name");
    c.issuer = localText(r, root, top, "issuer");
    c.firstYear = r.integer(root, top, "first_year");
    c.lastYear = r.integer(root, top, "last_year");
    c.baselineYear = r.integer(root, top, "baseline_year");
    if (c.baselineYear >= c.firstYear || c.firstYear > c.lastYear)
        r.fail(QStringLiteral("first_year"),
               QCoreApplication::translate("Catalogue", "expected baseline_year < first_year <= last_year"));

    if (const QString day = r.optionalText(root, top, "data_date"); !day.isEmpty()) {
        // A leap day would not exist every year.
        const QDate d = QDate::fromString(QStringLiteral("2001-") + day, Qt::ISODate);
        if (!d.isValid() || day.size() != 5)
            r.fail(
                QStringLiteral("data_date"),
                QCoreApplication::translate("Catalogue", "expected a day of every year written MM-DD, such as 11-30"));
        c.dataDateMonth = d.month();
        c.dataDateDay = d.day();
    }

    const QJsonArray groups = r.array(root, top, "groups");
    for (int i = 0; i < groups.size(); ++i) {
        const QString place = Reader::at(QStringLiteral("groups"), i);
        const QJsonObject o = r.object(groups[i], place);
        c.groups.append(
            {r.integer(o, place, "id"), localText(r, o, place, "name"), r.integers(o, place, "indicators")});
    }
    const QJsonArray indicators = r.array(root, top, "indicators");
    for (int i = 0; i < indicators.size(); ++i) {
        const QString place = Reader::at(QStringLiteral("indicators"), i);
        const QJsonObject o = r.object(indicators[i], place);
        Indicator ind{r.integer(o, place, "number"), r.integer(o, place, "group"),      localText(r, o, place, "text"),
                      r.text(o, place, "lead"),      r.texts(o, place, "coordinators"), {}};
        if (o.contains(QStringLiteral("assigned_from"))) {
            const QJsonArray changes = r.array(o, place, "assigned_from");
            for (int k = 0; k < changes.size(); ++k) {
                const QString at = Reader::at(place + QStringLiteral(".assigned_from"), k);
                const QJsonObject a = r.object(changes[k], at);
                const AssignmentFrom change{QDate::fromString(r.text(a, at, "from"), Qt::ISODate),
                                            r.text(a, at, "lead"), r.texts(a, at, "coordinators")};
                if (!change.from.isValid() ||
                    (!ind.assignedFrom.isEmpty() && change.from <= ind.assignedFrom.last().from))
                    r.fail(at, QCoreApplication::translate("Catalogue", "expected a date written YYYY-MM-DD, after "
                                                                        "the one before it"));
                ind.assignedFrom << change;
            }
        }
        c.indicators.append(ind);
    }
    const QJsonArray elements = r.array(root, top, "elements");
    for (int i = 0; i < elements.size(); ++i) {
        const QString place = Reader::at(QStringLiteral("elements"), i);
        c.elements.append(readElement(r, r.object(elements[i], place), place));
    }
    const QJsonArray measures = r.array(root, top, "measures");
    for (int i = 0; i < measures.size(); ++i) {
        const QString place = Reader::at(QStringLiteral("measures"), i);
        c.measures.append(readMeasure(r, r.object(measures[i], place), place));
    }
    const QJsonArray checks = r.array(root, top, "checks");
    for (int i = 0; i < checks.size(); ++i) {
        const QString place = Reader::at(QStringLiteral("checks"), i);
        const QJsonObject o = r.object(checks[i], place);
        OrderCheck check{r.text(o, place, "smaller"), r.text(o, place, "larger"), {}};
        check.reason = {r.optionalText(o, place, "reason_vi"), r.optionalText(o, place, "reason_en")};
        c.checks.append(check);
    }
    const QJsonArray agencies = r.array(root, top, "agencies");
    for (int i = 0; i < agencies.size(); ++i) {
        const QString place = Reader::at(QStringLiteral("agencies"), i);
        const QJsonObject o = r.object(agencies[i], place);
        c.agencies.append({r.text(o, place, "code"), localText(r, o, place, "name"), localText(r, o, place, "short"),
                           r.key(o, place, "kind", agencyKinds), r.integers(o, place, "leads"),
                           r.integers(o, place, "coordinates"), localText(r, o, place, "tasks")});
    }
    cataloguejson::readReporting(r, root, c);
    checkReferences(r, c);
    return c;
}

Catalogue Catalogue::loadFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("Catalogue", "Cannot read the catalogue file %1: %2")
                        .arg(path, f.errorString()));
    return fromJson(f.readAll(), path);
}

} // namespace chitieu
