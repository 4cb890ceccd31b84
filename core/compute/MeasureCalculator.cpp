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

namespace {
// Adds one stored value to the counts of a subtree; index finds a unit's place in y.units.
void addValue(YearCounts& y, QHash<QString, qsizetype>& index, const CachedStatement& row)
{
    const QString code = row.text(0);
    auto it = index.constFind(code);
    if (it == index.cend()) {
        // A unit above communes with counts of its own: they count as they are held.
        it = index.insert(code, y.units.size());
        y.units << UnitCounts{code, row.int64(1) == 3, false, true, {}, {}};
    }
    y.units[*it].values.insert(row.text(2), row.int64(3));
}

// Every value of a subtree (or of the subtrees below a unit, each row with its branch); the
// recursive query drives, so each unit's rows come from the primary key (unit_code, year,
// element) instead of a scan of the whole year.
QString valuesOfSubtree(const QString& roots)
{
    return QStringLiteral("WITH RECURSIVE sub(code, branch) AS (SELECT code, code FROM units WHERE %1 = ?1 "
                          " UNION ALL SELECT u.code, sub.branch FROM units u JOIN sub ON u.parent_code = sub.code) "
                          "SELECT v.unit_code, u.level, v.element, v.value, sub.branch"
                          " FROM sub CROSS JOIN data_values v ON v.unit_code = sub.code AND v.year = ?2"
                          " JOIN units u ON u.code = v.unit_code")
        .arg(roots);
}
} // namespace

YearCounts MeasureCalculator::counts(const QString& unitCode, int year, const CountingRule& rule)
{
    YearCounts y;
    y.year = year;
    CachedStatement level = m_db.cached(QStringLiteral("SELECT level FROM units WHERE code = ?1"));
    y.aggregated = !(level.bind(0, unitCode).next() && level.int64(0) == 3);
    level.finish();
    y.includesInProgress = y.aggregated && rule.includeInProgress;
    QHash<QString, qsizetype> index;
    for (const CommuneForm& c : communeForms(m_db, unitCode, year)) {
        index.insert(c.code, y.units.size());
        // A commune's own figures are its data whatever its form's state.
        y.units << UnitCounts{c.code, true, c.urban, !y.aggregated || c.counts(rule), {}, {}};
    }
    CachedStatement q = m_db.cached(valuesOfSubtree(QStringLiteral("code")));
    q.bind(0, unitCode).bind(1, year);
    while (q.next())
        addValue(y, index, q);
    for (UnitCounts& u : y.units)
        u.broken = brokenElements(m_rules, u.values);
    return y;
}

QHash<QString, YearCounts> MeasureCalculator::countsBelow(const QString& unitCode, int year, const CountingRule& rule)
{
    QHash<QString, YearCounts> out;
    CachedStatement children = m_db.cached(QStringLiteral("SELECT code, level FROM units WHERE parent_code = ?1"));
    children.bind(0, unitCode);
    while (children.next()) {
        YearCounts& y = out[children.text(0)];
        y.year = year;
        y.aggregated = children.int64(1) != 3;
        y.includesInProgress = y.aggregated && rule.includeInProgress;
    }
    QHash<QString, QHash<QString, qsizetype>> index; // per unit below: each unit's place in its counts
    for (const CommuneForm& c : communeFormsBelow(m_db, unitCode, year)) {
        YearCounts& y = out[c.branch];
        index[c.branch].insert(c.code, y.units.size());
        y.units << UnitCounts{c.code, true, c.urban, !y.aggregated || c.counts(rule), {}, {}};
    }
    CachedStatement q = m_db.cached(valuesOfSubtree(QStringLiteral("parent_code")));
    q.bind(0, unitCode).bind(1, year);
    while (q.next()) {
        const QString branch = q.text(4);
        addValue(out[branch], index[branch], q);
    }
    for (YearCounts& y : out)
        for (UnitCounts& u : y.units)
            u.broken = brokenElements(m_rules, u.values);
    return out;
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

bool MeasureCalculator::previousYearNeeded(int year) const
{
    return m_catalogue.hasYear(year - 1) &&
           std::any_of(m_catalogue.measures.cbegin(), m_catalogue.measures.cend(), needsPreviousYear);
}

QList<MeasureResult> MeasureCalculator::evaluateAll(const YearCounts& now, const YearCounts* before,
                                                    const CountingRule& rule) const
{
    QList<MeasureResult> out;
    out.reserve(m_catalogue.measures.size());
    for (const Measure& m : m_catalogue.measures)
        out << evaluate(m, now, before, rule.minCoveragePercent);
    return out;
}

QList<MeasureResult> MeasureCalculator::computeAll(const QString& unitCode, int year, const CountingRule& rule)
{
    const Database::ChangeStamp stamp = m_db.changeStamp();
    if (!(stamp == m_rememberedAt)) {
        m_remembered.clear();
        m_rememberedAt = stamp;
    }
    for (const Remembered& r : std::as_const(m_remembered))
        if (r.unitCode == unitCode && r.year == year && r.includeInProgress == rule.includeInProgress &&
            r.minCoveragePercent == rule.minCoveragePercent)
            return r.results;
    QList<MeasureResult> results = computeAllYears(unitCode, {year}, rule).value(0);
    if (m_remembered.size() >= 16)
        m_remembered.removeFirst();
    m_remembered << Remembered{unitCode, year, rule.includeInProgress, rule.minCoveragePercent, results};
    return results;
}

QList<QList<MeasureResult>> MeasureCalculator::computeAllYears(const QString& unitCode, const QList<int>& years,
                                                               const CountingRule& rule)
{
    QHash<int, YearCounts> counted; // each year's roll-up once, also when it is another's year before
    auto countsOf = [&](int year) -> const YearCounts& {
        auto it = counted.find(year);
        if (it == counted.end())
            it = counted.insert(year, counts(unitCode, year, rule));
        return *it;
    };
    QList<QList<MeasureResult>> out;
    for (int year : years) {
        const YearCounts now = countsOf(year);
        out << evaluateAll(now, previousYearNeeded(year) ? &countsOf(year - 1) : nullptr, rule);
    }
    return out;
}

QHash<QString, QList<MeasureResult>> MeasureCalculator::computeAllBelow(const QString& unitCode, int year,
                                                                        const CountingRule& rule)
{
    const QHash<QString, YearCounts> now = countsBelow(unitCode, year, rule);
    const bool previous = previousYearNeeded(year);
    const QHash<QString, YearCounts> before =
        previous ? countsBelow(unitCode, year - 1, rule) : QHash<QString, YearCounts>();
    QHash<QString, QList<MeasureResult>> out;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto b = before.constFind(it.key());
        out.insert(it.key(), evaluateAll(*it, previous && b != before.cend() ? &*b : nullptr, rule));
    }
    return out;
}

} // namespace chitieu
