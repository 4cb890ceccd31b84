#include "MeasureCalculator.h"

#include "core/catalogue/Catalogue.h"
#include "core/store/Database.h"

#include <QCoreApplication>

namespace chitieu {

MeasureCalculator::MeasureCalculator(Database& db, const Catalogue& catalogue) : m_db(db), m_catalogue(catalogue) {}

Totals MeasureCalculator::totals(const QString& unitCode, int year)
{
    // The subtree by a recursive query; values of every unit in it are added up. Only
    // commune-level units are urban or rural, so values held above communes count in the
    // "all" totals but not in the urban/rural split.
    static const QString subtree =
        QStringLiteral("WITH RECURSIVE sub(code) AS (SELECT code FROM units WHERE code = ?1 "
                       " UNION ALL SELECT u.code FROM units u JOIN sub ON u.parent_code = sub.code) ");
    Totals t;
    QSqlQuery q = m_db.exec(
        subtree + QStringLiteral("SELECT v.element, SUM(v.value),"
                                 " SUM(CASE WHEN u.level = 3 AND u.urban = 1 THEN v.value END),"
                                 " SUM(CASE WHEN u.level = 3 AND u.urban = 0 THEN v.value END)"
                                 // CROSS JOIN keeps the subtree as the outer loop, so each unit's rows come from the
                                 // primary key (unit_code, year, element) instead of a scan of the whole year.
                                 " FROM sub CROSS JOIN data_values v ON v.unit_code = sub.code AND v.year = ?2"
                                 " JOIN units u ON u.code = v.unit_code"
                                 " GROUP BY v.element"),
        {unitCode, year});
    while (q.next()) {
        const QString element = q.value(0).toString();
        t.all.insert(element, q.value(1).toLongLong());
        if (!q.value(2).isNull())
            t.urban.insert(element, q.value(2).toLongLong());
        if (!q.value(3).isNull())
            t.rural.insert(element, q.value(3).toLongLong());
    }
    t.communes = m_db.scalar(subtree + QStringLiteral("SELECT COUNT(*) FROM sub JOIN units u ON u.code = sub.code "
                                                      "WHERE u.level = 3"),
                             {unitCode})
                     .toInt();
    return t;
}

namespace {

const QHash<QString, qint64>& filtered(const Totals& t, UnitFilter filter)
{
    switch (filter) {
    case UnitFilter::Urban:
        return t.urban;
    case UnitFilter::Rural:
        return t.rural;
    case UnitFilter::All:
        break;
    }
    return t.all;
}

// The value of one side of the fraction, or nothing when a count it needs is missing.
std::optional<double> termValue(const Term& term, UnitFilter filter, const Totals& year, const Totals& previous)
{
    const auto& now = filtered(year, filter);
    const auto& before = filtered(previous, filter);
    switch (term.kind) {
    case Term::Kind::Communes:
        return year.communes;
    case Term::Kind::Sum: {
        double sum = 0;
        for (const QString& e : term.elements) {
            const auto it = now.constFind(e);
            if (it == now.cend())
                return std::nullopt;
            sum += static_cast<double>(*it);
        }
        return sum;
    }
    case Term::Kind::PreviousYear:
    case Term::Kind::DecreaseFromPreviousYear: {
        const QString e = term.elements.value(0);
        if (year.pairedKnown && filter == UnitFilter::All) {
            const auto p = year.paired.constFind(e);
            if (p == year.paired.cend())
                return std::nullopt; // no unit holds both years
            const double base = static_cast<double>(p->first);
            return term.kind == Term::Kind::PreviousYear ? base : base - static_cast<double>(p->second);
        }
        if (term.kind == Term::Kind::PreviousYear) {
            const auto it = before.constFind(e);
            return it == before.cend() ? std::nullopt : std::optional<double>(static_cast<double>(*it));
        }
        const auto b = before.constFind(e);
        const auto n = now.constFind(e);
        if (b == before.cend() || n == now.cend())
            return std::nullopt;
        return static_cast<double>(*b) - static_cast<double>(*n);
    }
    }
    return std::nullopt;
}

bool needsPreviousYear(const Measure& m)
{
    auto reads = [](const Term& t) {
        return t.kind == Term::Kind::PreviousYear || t.kind == Term::Kind::DecreaseFromPreviousYear;
    };
    return reads(m.numerator) || reads(m.denominator);
}

} // namespace

MeasureResult MeasureCalculator::evaluate(const Measure& m, const Totals& year, const Totals& previousYear)
{
    MeasureResult r;
    r.code = m.code;
    r.numerator = termValue(m.numerator, m.filter, year, previousYear);
    r.denominator = termValue(m.denominator, m.filter, year, previousYear);
    if (!r.numerator || !r.denominator)
        return r;
    if (*r.denominator == 0) {
        if (m.metWhenBothZero && *r.numerator == 0)
            r.status = MeasureStatus::Met;
        return r;
    }
    r.value = *r.numerator / *r.denominator * m.factor;
    r.status = m.meets(*r.value) ? MeasureStatus::Met : MeasureStatus::NotMet;
    return r;
}

void MeasureCalculator::addPairedTotals(Totals& t, const QString& unitCode, int year,
                                        const QList<const Measure*>& measures)
{
    QStringList elements;
    for (const Measure* m : measures)
        if (needsPreviousYear(*m))
            for (const QString& e : m->elementCodes())
                if (!elements.contains(e))
                    elements << e;
    Database::Statement q = m_db.prepare(
        QStringLiteral("WITH RECURSIVE sub(code) AS (SELECT code FROM units WHERE code = ? "
                       " UNION ALL SELECT u.code FROM units u JOIN sub ON u.parent_code = sub.code) "
                       "SELECT SUM(p.value), SUM(c.value) FROM sub"
                       " CROSS JOIN data_values c ON c.unit_code = sub.code AND c.year = ? AND c.element = ?"
                       " JOIN data_values p ON p.unit_code = c.unit_code AND p.year = ? AND p.element = ?"));
    for (const QString& e : elements) {
        QSqlQuery& r = q.exec({unitCode, year, e, year - 1, e});
        if (r.next() && !r.value(0).isNull())
            t.paired.insert(e, {r.value(0).toLongLong(), r.value(1).toLongLong()});
        r.finish();
    }
    t.pairedKnown = true;
}

MeasureResult MeasureCalculator::compute(const Measure& measure, const QString& unitCode, int year)
{
    Totals now = totals(unitCode, year);
    const Totals before = needsPreviousYear(measure) ? totals(unitCode, year - 1) : Totals();
    if (needsPreviousYear(measure))
        addPairedTotals(now, unitCode, year, {&measure});
    return evaluate(measure, now, before);
}

QList<MeasureResult> MeasureCalculator::computeAll(const QString& unitCode, int year)
{
    Totals now = totals(unitCode, year);
    bool previousNeeded = false;
    QList<const Measure*> all;
    for (const Measure& m : m_catalogue.measures) {
        previousNeeded = previousNeeded || needsPreviousYear(m);
        all << &m;
    }
    const Totals before = previousNeeded ? totals(unitCode, year - 1) : Totals();
    if (previousNeeded)
        addPairedTotals(now, unitCode, year, all);
    QList<MeasureResult> out;
    out.reserve(m_catalogue.measures.size());
    for (const Measure& m : m_catalogue.measures)
        out << evaluate(m, now, before);
    return out;
}

} // namespace chitieu
