// Reading and checking the catalogue JSON. Every problem names the file, the place
// (a path such as measures[3].numerator.kind) and what is wrong.
#include "Catalogue.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>
#include <limits>

namespace chitieu {
namespace {

class Reader
{
public:
    explicit Reader(QString source) : m_source(std::move(source)) {}

    [[noreturn]] void fail(const QString& place, const QString& problem) const
    {
        throw Error(
            QCoreApplication::translate("Catalogue", "Catalogue file %1, at %2: %3").arg(m_source, place, problem));
    }

    QJsonValue need(const QJsonObject& o, const QString& place, const char* key) const
    {
        const QString k = QString::fromLatin1(key);
        if (!o.contains(k))
            fail(place, QCoreApplication::translate("Catalogue", "the key \"%1\" is missing").arg(k));
        return o.value(k);
    }

    QString string(const QJsonObject& o, const QString& place, const char* key, bool allowEmpty = false) const
    {
        const QJsonValue v = need(o, place, key);
        if (!v.isString() || (!allowEmpty && v.toString().trimmed().isEmpty()))
            fail(sub(place, key), QCoreApplication::translate("Catalogue", "expected a non-empty text"));
        return v.toString();
    }

    QString optionalString(const QJsonObject& o, const char* key) const
    {
        return o.value(QString::fromLatin1(key)).toString();
    }

    double number(const QJsonObject& o, const QString& place, const char* key) const
    {
        const QJsonValue v = need(o, place, key);
        if (!v.isDouble())
            fail(sub(place, key), QCoreApplication::translate("Catalogue", "expected a number"));
        return v.toDouble();
    }

    int integer(const QJsonObject& o, const QString& place, const char* key) const
    {
        const double d = number(o, place, key);
        // The range first: casting a double outside int's range is undefined behaviour.
        if (!(d >= std::numeric_limits<int>::min() && d <= std::numeric_limits<int>::max()) || d != std::floor(d))
            fail(sub(place, key), QCoreApplication::translate("Catalogue", "expected a whole number"));
        return static_cast<int>(d);
    }

    bool boolean(const QJsonObject& o, const QString& place, const char* key) const
    {
        const QJsonValue v = need(o, place, key);
        if (!v.isBool())
            fail(sub(place, key), QCoreApplication::translate("Catalogue", "expected true or false"));
        return v.toBool();
    }

    LocalText text(const QJsonObject& o, const QString& place, const char* prefix) const
    {
        const QByteArray vi = QByteArray(prefix) + "_vi";
        const QByteArray en = QByteArray(prefix) + "_en";
        return {string(o, place, vi.constData()), string(o, place, en.constData())};
    }

    QJsonArray array(const QJsonObject& o, const QString& place, const char* key) const
    {
        const QJsonValue v = need(o, place, key);
        if (!v.isArray())
            fail(sub(place, key), QCoreApplication::translate("Catalogue", "expected a list"));
        return v.toArray();
    }

    QJsonObject object(const QJsonValue& v, const QString& place) const
    {
        if (!v.isObject())
            fail(place, QCoreApplication::translate("Catalogue", "expected an object"));
        return v.toObject();
    }

    QList<int> integers(const QJsonObject& o, const QString& place, const char* key) const
    {
        QList<int> out;
        const QJsonArray a = array(o, place, key);
        for (int i = 0; i < a.size(); ++i) {
            if (!a[i].isDouble() || a[i].toDouble() != a[i].toInt())
                fail(index(sub(place, key), i), QCoreApplication::translate("Catalogue", "expected a whole number"));
            out << a[i].toInt();
        }
        return out;
    }

    QStringList strings(const QJsonObject& o, const QString& place, const char* key) const
    {
        QStringList out;
        const QJsonArray a = array(o, place, key);
        for (int i = 0; i < a.size(); ++i) {
            if (!a[i].isString())
                fail(index(sub(place, key), i), QCoreApplication::translate("Catalogue", "expected a text"));
            out << a[i].toString();
        }
        return out;
    }

    static QString sub(const QString& place, const char* key)
    {
        return place.isEmpty() ? QString::fromLatin1(key) : place + QLatin1Char('.') + QLatin1String(key);
    }
    static QString index(const QString& place, int i) { return QStringLiteral("%1[%2]").arg(place).arg(i); }

private:
    QString m_source;
};

Term readTerm(const Reader& r, const QJsonObject& o, const QString& place)
{
    Term t;
    const QString kind = r.string(o, place, "kind");
    if (kind == QLatin1String("sum")) {
        t.kind = Term::Kind::Sum;
        t.elements = r.strings(o, place, "elements");
        if (t.elements.isEmpty())
            r.fail(Reader::sub(place, "elements"),
                   QCoreApplication::translate("Catalogue", "a sum needs at least one element"));
    } else if (kind == QLatin1String("communes")) {
        t.kind = Term::Kind::Communes;
    } else if (kind == QLatin1String("previous_year")) {
        t.kind = Term::Kind::PreviousYear;
        t.elements = {r.string(o, place, "element")};
    } else if (kind == QLatin1String("decrease_from_previous_year")) {
        t.kind = Term::Kind::DecreaseFromPreviousYear;
        t.elements = {r.string(o, place, "element")};
    } else {
        r.fail(Reader::sub(place, "kind"),
               QCoreApplication::translate("Catalogue", "unknown kind \"%1\" (expected sum, communes, previous_year or "
                                                        "decrease_from_previous_year)")
                   .arg(kind));
    }
    return t;
}

Comparator readComparator(const Reader& r, const QString& s, const QString& place)
{
    if (s == QLatin1String("<"))
        return Comparator::Less;
    if (s == QLatin1String("<="))
        return Comparator::LessOrEqual;
    if (s == QLatin1String(">"))
        return Comparator::Greater;
    if (s == QLatin1String(">="))
        return Comparator::GreaterOrEqual;
    r.fail(place,
           QCoreApplication::translate("Catalogue", "unknown comparator \"%1\" (expected <, <=, > or >=)").arg(s));
}

UnitFilter readFilter(const Reader& r, const QString& s, const QString& place)
{
    if (s == QLatin1String("all"))
        return UnitFilter::All;
    if (s == QLatin1String("rural"))
        return UnitFilter::Rural;
    if (s == QLatin1String("urban"))
        return UnitFilter::Urban;
    r.fail(place,
           QCoreApplication::translate("Catalogue", "unknown filter \"%1\" (expected all, rural or urban)").arg(s));
}

Measure readMeasure(const Reader& r, const QJsonObject& o, const QString& place)
{
    Measure m;
    m.code = r.string(o, place, "code");
    m.indicator = r.integer(o, place, "indicator");
    m.name = r.text(o, place, "name");
    m.numerator = readTerm(r, r.object(r.need(o, place, "numerator"), Reader::sub(place, "numerator")),
                           Reader::sub(place, "numerator"));
    m.denominator = readTerm(r, r.object(r.need(o, place, "denominator"), Reader::sub(place, "denominator")),
                             Reader::sub(place, "denominator"));
    m.factor = r.number(o, place, "factor");
    if (m.factor <= 0)
        r.fail(Reader::sub(place, "factor"), QCoreApplication::translate("Catalogue", "the factor must be above 0"));
    m.comparator = readComparator(r, r.string(o, place, "comparator"), Reader::sub(place, "comparator"));
    m.target = r.number(o, place, "target");
    m.unitLabel = r.text(o, place, "unit");
    m.filter = readFilter(r, r.string(o, place, "filter"), Reader::sub(place, "filter"));
    const QString bothZero = r.string(o, place, "when_both_zero");
    if (bothZero != QLatin1String("met") && bothZero != QLatin1String("no_data"))
        r.fail(Reader::sub(place, "when_both_zero"),
               QCoreApplication::translate("Catalogue", "expected met or no_data, not \"%1\"").arg(bothZero));
    m.metWhenBothZero = bothZero == QLatin1String("met");
    m.numeratorMayExceedDenominator = r.boolean(o, place, "numerator_may_exceed_denominator");
    return m;
}

DataElement readElement(const Reader& r, const QJsonObject& o, const QString& place)
{
    DataElement e;
    e.code = r.string(o, place, "code");
    e.name = r.text(o, place, "name");
    e.description = r.text(o, place, "description");
    const QString scope = r.string(o, place, "scope");
    if (scope == QLatin1String("commune"))
        e.scope = ElementScope::Commune;
    else if (scope != QLatin1String("any"))
        r.fail(Reader::sub(place, "scope"),
               QCoreApplication::translate("Catalogue", "expected any or commune, not \"%1\"").arg(scope));
    if (o.contains(QStringLiteral("max")))
        e.max = static_cast<qint64>(r.integer(o, place, "max"));
    return e;
}

// Cross-references: every code used is declared, and each code is declared once.
void checkReferences(const Reader& r, const Catalogue& c)
{
    QSet<QString> elements;
    for (int i = 0; i < c.elements.size(); ++i) {
        if (elements.contains(c.elements[i].code))
            r.fail(
                Reader::index(QStringLiteral("elements"), i),
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
        const QString place = Reader::index(QStringLiteral("measures"), i);
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
                r.fail(Reader::index(QStringLiteral("checks"), i),
                       QCoreApplication::translate("Catalogue", "the element %1 is not declared").arg(e));
    for (int i = 0; i < c.indicators.size(); ++i) {
        const Indicator& ind = c.indicators[i];
        const QString place = Reader::index(QStringLiteral("indicators"), i);
        if (!agencies.contains(ind.lead))
            r.fail(place, QCoreApplication::translate("Catalogue", "the lead agency %1 is not declared").arg(ind.lead));
        for (const QString& a : ind.coordinators)
            if (!agencies.contains(a))
                r.fail(place, QCoreApplication::translate("Catalogue", "the agency %1 is not declared").arg(a));
    }
}

} // namespace

Catalogue Catalogue::fromJson(const QByteArray& json, const QString& sourceName)
{
    const Reader r(sourceName);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = before.count('\n') + 1;
        const int column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        r.fail(QCoreApplication::translate("Catalogue", "line %1, column %2").arg(line).arg(column),
               parseError.errorString());
    }
    if (!doc.isObject())
        r.fail(QCoreApplication::translate("Catalogue", "the top level"),
               QCoreApplication::translate("Catalogue", "expected an object"));
    const QJsonObject root = doc.object();
    Catalogue c;
    const QString top;
    c.id = r.string(root, top, "id");
    c.version = r.string(root, top, "version");
    c.name = r.text(root, top, "name");
    c.issuer = r.text(root, top, "issuer");
    c.firstYear = r.integer(root, top, "first_year");
    c.lastYear = r.integer(root, top, "last_year");
    c.baselineYear = r.integer(root, top, "baseline_year");
    if (c.baselineYear >= c.firstYear || c.firstYear > c.lastYear)
        r.fail(QStringLiteral("first_year"),
               QCoreApplication::translate("Catalogue", "expected baseline_year < first_year <= last_year"));

    const QJsonArray groups = r.array(root, top, "groups");
    for (int i = 0; i < groups.size(); ++i) {
        const QString place = Reader::index(QStringLiteral("groups"), i);
        const QJsonObject o = r.object(groups[i], place);
        c.groups.append({r.integer(o, place, "id"), r.text(o, place, "name"), r.integers(o, place, "indicators")});
    }
    const QJsonArray indicators = r.array(root, top, "indicators");
    for (int i = 0; i < indicators.size(); ++i) {
        const QString place = Reader::index(QStringLiteral("indicators"), i);
        const QJsonObject o = r.object(indicators[i], place);
        c.indicators.append({r.integer(o, place, "number"), r.integer(o, place, "group"), r.text(o, place, "text"),
                             r.string(o, place, "lead"), r.strings(o, place, "coordinators")});
    }
    const QJsonArray elements = r.array(root, top, "elements");
    for (int i = 0; i < elements.size(); ++i) {
        const QString place = Reader::index(QStringLiteral("elements"), i);
        c.elements.append(readElement(r, r.object(elements[i], place), place));
    }
    const QJsonArray measures = r.array(root, top, "measures");
    for (int i = 0; i < measures.size(); ++i) {
        const QString place = Reader::index(QStringLiteral("measures"), i);
        c.measures.append(readMeasure(r, r.object(measures[i], place), place));
    }
    const QJsonArray checks = r.array(root, top, "checks");
    for (int i = 0; i < checks.size(); ++i) {
        const QString place = Reader::index(QStringLiteral("checks"), i);
        const QJsonObject o = r.object(checks[i], place);
        c.checks.append({r.string(o, place, "smaller"), r.string(o, place, "larger")});
    }
    const QJsonArray agencies = r.array(root, top, "agencies");
    for (int i = 0; i < agencies.size(); ++i) {
        const QString place = Reader::index(QStringLiteral("agencies"), i);
        const QJsonObject o = r.object(agencies[i], place);
        c.agencies.append({r.string(o, place, "code"), r.text(o, place, "name"), r.text(o, place, "short"),
                           r.string(o, place, "kind"), r.integers(o, place, "leads"),
                           r.integers(o, place, "coordinates"), r.text(o, place, "tasks")});
    }
    const QJsonArray deadlines = r.array(root, top, "deadlines");
    for (int i = 0; i < deadlines.size(); ++i) {
        const QString place = Reader::index(QStringLiteral("deadlines"), i);
        const QJsonObject o = r.object(deadlines[i], place);
        Deadline d;
        d.id = r.string(o, place, "id");
        d.day = r.integer(o, place, "day");
        d.month = r.integer(o, place, "month");
        if (!QDate::isValid(2024, d.month, d.day))
            r.fail(place, QCoreApplication::translate("Catalogue", "%1/%2 is not a date").arg(d.day).arg(d.month));
        const QJsonValue year = r.need(o, place, "year");
        if (!year.isNull())
            d.year = r.integer(o, place, "year");
        const QString recurrence = r.string(o, place, "recurrence");
        if (recurrence != QLatin1String("yearly") && recurrence != QLatin1String("once"))
            r.fail(Reader::sub(place, "recurrence"),
                   QCoreApplication::translate("Catalogue", "expected yearly or once, not \"%1\"").arg(recurrence));
        d.yearly = recurrence == QLatin1String("yearly");
        if (!d.yearly && !d.year)
            r.fail(place, QCoreApplication::translate("Catalogue", "a deadline that comes once needs a year"));
        d.reporters = r.string(o, place, "reporters");
        d.reportersText = r.text(o, place, "reporters");
        d.to = r.string(o, place, "to");
        d.via = r.optionalString(o, "via");
        d.what = r.text(o, place, "what");
        c.deadlines.append(d);
    }
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
