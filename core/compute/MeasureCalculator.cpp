#include "MeasureCalculator.h"

#include "core/catalogue/Catalogue.h"
#include "core/store/Database.h"

namespace chitieu {

qint64 YearCounts::sum(const QString& element) const
{
    qint64 total = 0;
    for (const UnitCounts& u : units)
        if (u.counted)
            total += u.values.value(element);
    return total;
}

int YearCounts::communes() const
{
    return static_cast<int>(std::count_if(units.cbegin(), units.cend(), [](const UnitCounts& u) { return u.commune; }));
}

MeasureCalculator::MeasureCalculator(Database& db, const Catalogue& catalogue)
    : m_db(db), m_catalogue(catalogue), m_rules(orderRules(catalogue))
{}

YearCounts MeasureCalculator::counts(const QString& unitCode, int year, const CountingRule& rule)
{
    YearCounts y;
    y.year = year;
    y.aggregated = m_db.scalar(QStringLiteral("SELECT level FROM units WHERE code = ?"), {unitCode}).toInt() != 3;
    y.includesInProgress = y.aggregated && rule.includeInProgress;
    QHash<QString, qsizetype> index;
    for (const CommuneForm& c : communeForms(m_db, unitCode, year)) {
        index.insert(c.code, y.units.size());
        // A commune's own figures are its data whatever its form's state.
        y.units << UnitCounts{c.code, true, c.urban, !y.aggregated || c.counts(rule), {}, {}};
    }
    // Every value of the subtree; the recursive query drives, so each unit's rows come from
    // the primary key (unit_code, year, element) instead of a scan of the whole year.
    QSqlQuery q =
        m_db.exec(QStringLiteral("WITH RECURSIVE sub(code) AS (SELECT code FROM units WHERE code = ?1 "
                                 " UNION ALL SELECT u.code FROM units u JOIN sub ON u.parent_code = sub.code) "
                                 "SELECT v.unit_code, u.level, v.element, v.value"
                                 " FROM sub CROSS JOIN data_values v ON v.unit_code = sub.code AND v.year = ?2"
                                 " JOIN units u ON u.code = v.unit_code"),
                  {unitCode, year});
    while (q.next()) {
        const QString code = q.value(0).toString();
        auto it = index.constFind(code);
        if (it == index.cend()) {
            // A unit above communes with counts of its own: they count as they are held.
            it = index.insert(code, y.units.size());
            y.units << UnitCounts{code, q.value(1).toInt() == 3, false, true, {}, {}};
        }
        y.units[*it].values.insert(q.value(2).toString(), q.value(3).toLongLong());
    }
    for (UnitCounts& u : y.units)
        u.broken = brokenElements(m_rules, u.values);
    return y;
}

bool MeasureCalculator::needsPreviousYear(const Measure& m)
{
    auto reads = [](const Term& t) {
        return t.kind == Term::Kind::PreviousYear || t.kind == Term::Kind::DecreaseFromPreviousYear;
    };
    return reads(m.numerator) || reads(m.denominator);
}

MeasureResult MeasureCalculator::compute(const Measure& measure, const QString& unitCode, int year,
                                         const CountingRule& rule)
{
    const YearCounts now = counts(unitCode, year, rule);
    if (!needsPreviousYear(measure) || !m_catalogue.hasYear(year - 1))
        return evaluate(measure, now, nullptr, rule.minCoveragePercent);
    const YearCounts before = counts(unitCode, year - 1, rule);
    return evaluate(measure, now, &before, rule.minCoveragePercent);
}

QList<MeasureResult> MeasureCalculator::computeAll(const QString& unitCode, int year, const CountingRule& rule)
{
    const YearCounts now = counts(unitCode, year, rule);
    const bool previousNeeded =
        m_catalogue.hasYear(year - 1) &&
        std::any_of(m_catalogue.measures.cbegin(), m_catalogue.measures.cend(), needsPreviousYear);
    const YearCounts before = previousNeeded ? counts(unitCode, year - 1, rule) : YearCounts();
    QList<MeasureResult> out;
    out.reserve(m_catalogue.measures.size());
    for (const Measure& m : m_catalogue.measures)
        out << evaluate(m, now, previousNeeded ? &before : nullptr, rule.minCoveragePercent);
    return out;
}

} // namespace chitieu
