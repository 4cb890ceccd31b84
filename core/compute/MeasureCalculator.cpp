#include "MeasureCalculator.h"

#include "MappedMeasures.h"
#include "core/Error.h"
#include "core/catalogue/Catalogue.h"
#include "core/store/Database.h"
#include "core/store/UnitHistoryStore.h"
#include "core/store/YearTree.h"

#include <QCoreApplication>

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
// Reads a subtree's value rows into counts. The rows come unit by unit, each unit's elements in
// key order, so the unit of the row before and the element after the one before are tried
// first: most rows then decode no text and look up no unit (a report reads every value of the
// subtree for several years).
class ValueRows
{
public:
    // One row (unit_code, level, element, value, ...) into y; index finds a unit's place in
    // y.units. True when the row's unit was not there and was added.
    bool add(YearCounts& y, QHash<KnownKey, qsizetype>& index, const CachedStatement& row)
    {
        bool added = false;
        const QByteArrayView unit = row.utf8(0);
        if (&y != m_year || unit != QByteArrayView(m_unit)) {
            const QString code = QString::fromUtf8(unit);
            auto it = index.constFind(code);
            if (it == index.cend()) {
                // A unit above communes with counts of its own: they count as they are held.
                it = index.insert(code, y.units.size());
                y.units << UnitCounts{code, row.int64(1) == 3, false, true, {}, {}};
                added = true;
            }
            m_year = &y;
            m_unit = unit.toByteArray();
            m_place = *it;
            y.units[m_place].values.reserve(std::max<qsizetype>(m_names.size(), 16));
        }
        y.units[m_place].values.insert(element(row.utf8(2)), row.int64(3));
        return added;
    }

private:
    const QString& element(QByteArrayView utf8)
    {
        if (m_next < m_names.size() && QByteArrayView(m_names[m_next].utf8) == utf8)
            return m_names[m_next++].text;
        for (qsizetype i = 0; i < m_names.size(); ++i)
            if (QByteArrayView(m_names[i].utf8) == utf8) {
                m_next = i + 1;
                return m_names[i].text;
            }
        // A name not met yet goes where it was met, so the next unit's rows find it in order.
        m_names.insert(m_next, Name{utf8.toByteArray(), QString::fromUtf8(utf8)});
        return m_names[m_next++].text;
    }

    struct Name
    {
        QByteArray utf8;
        QString text; // shared by every unit's counts: no copy of the characters
    };
    QList<Name> m_names;
    qsizetype m_next = 0;
    const YearCounts* m_year = nullptr; // the counts and unit of the row before
    QByteArray m_unit;
    qsizetype m_place = 0;
};

// Every value of a subtree, each row with the level of its unit and the unit directly below
// the top one it lies under ("" for the top one itself); the recursive query drives, so each
// unit's rows come from the primary key (unit_code, year, element) instead of a scan of the
// whole year.
QString valuesOfSubtree(const QString& units)
{
    return QStringLiteral("WITH RECURSIVE sub(code, branch, level) AS (SELECT code, '', level FROM %1 WHERE code = ?1"
                          " UNION ALL SELECT u.code, CASE sub.branch WHEN '' THEN u.code ELSE sub.branch END, u.level"
                          " FROM %1 u JOIN sub ON u.parent_code = sub.code) "
                          "SELECT v.unit_code, sub.level, v.element, v.value, sub.branch"
                          " FROM sub CROSS JOIN data_values v ON v.unit_code = sub.code AND v.year = ?2")
        .arg(units);
}
} // namespace

void MeasureCalculator::forgetIfChanged()
{
    const Database::ChangeStamp stamp = m_db.changeStamp();
    if (!(stamp == m_rememberedAt)) {
        m_remembered.clear();
        m_rememberedSubtrees.clear();
        m_rememberedAt = stamp;
    }
}

YearCounts MeasureCalculator::counts(const QString& unitCode, int year, const CountingRule& rule)
{
    return subtree(unitCode, year, rule).counts;
}

MeasureCalculator::Subtree MeasureCalculator::subtree(const QString& unitCode, int year, const CountingRule& rule)
{
    forgetIfChanged();
    for (const Subtree& s : std::as_const(m_rememberedSubtrees))
        if (s.unitCode == unitCode && s.counts.year == year && s.includeInProgress == rule.includeInProgress)
            return s;
    Subtree s{unitCode, rule.includeInProgress, {}, {}};
    YearCounts& y = s.counts;
    y.year = year;
    // The year's unit tree (core/store/YearTree.h).
    const QString units = yeartree::unitsTableFor(m_db, m_catalogue, unitCode, year);
    CachedStatement level = m_db.cached(QStringLiteral("SELECT level FROM %1 WHERE code = ?1").arg(units));
    y.aggregated = !(level.bind(0, unitCode).next() && level.int64(0) == 3);
    level.finish();
    y.includesInProgress = y.aggregated && rule.includeInProgress;
    QHash<KnownKey, qsizetype> index; // the subtree's units: known keys
    for (const CommuneForm& c : communeForms(m_db, m_catalogue, unitCode, year)) {
        index.insert(c.code, y.units.size());
        // A commune's own figures are its data whatever its form's state.
        y.units << UnitCounts{c.code, true, c.urban, !y.aggregated || c.counts(rule), {}, {}};
        s.branches << c.branch;
    }
    CachedStatement q = m_db.cached(valuesOfSubtree(units));
    q.bind(0, unitCode).bind(1, year);
    ValueRows rows;
    while (q.next())
        if (rows.add(y, index, q))
            s.branches << q.text(4); // a unit above communes with counts of its own
    for (UnitCounts& u : y.units)
        u.broken = brokenElements(m_rules, u.values);
    // A report asks for a year's counts and, for the units below, the same again split up.
    if (m_rememberedSubtrees.size() >= 8)
        m_rememberedSubtrees.removeFirst();
    m_rememberedSubtrees << s;
    return s;
}

QHash<QString, YearCounts> MeasureCalculator::countsBelow(const QString& unitCode, int year, const CountingRule& rule)
{
    QHash<QString, YearCounts> out;
    CachedStatement children = m_db.cached(QStringLiteral("SELECT code, level FROM %1 WHERE parent_code = ?1")
                                               .arg(yeartree::unitsTable(yeartree::of(m_db, m_catalogue, year))));
    children.bind(0, unitCode);
    while (children.next()) {
        YearCounts& y = out[children.text(0)];
        y.year = year;
        y.aggregated = children.int64(1) != 3;
        y.includesInProgress = y.aggregated && rule.includeInProgress;
    }
    // The unit's counts split by the unit below each lies under; its own counts are no one's.
    const Subtree s = subtree(unitCode, year, rule);
    for (qsizetype i = 0; i < s.counts.units.size(); ++i) {
        if (s.branches[i].isEmpty())
            continue;
        YearCounts& y = out[s.branches[i]];
        UnitCounts u = s.counts.units[i];
        // A commune directly below is a unit of its own: its figures are its data.
        if (u.commune && !y.aggregated)
            u.counted = true;
        y.units << u;
    }
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
    const std::optional<UnitMapping> mapped = mappingOfYearBefore(unitCode, year);
    const YearCounts before = mapped ? mappedCounts(unitCode, year, *mapped, rule) : counts(unitCode, year - 1, rule);
    MeasureResult r = evaluate(measure, now, &before, rule.minCoveragePercent);
    if (mapped) {
        r.markMapping(*mapped);
        if (r.mapping == Mapping::NotComparable)
            r = r.withoutFigure();
    }
    return r;
}

const UnitHistory& MeasureCalculator::history()
{
    const Database::ChangeStamp stamp = m_db.changeStamp();
    if (!m_history || !(stamp == m_historyAt)) {
        m_history = unithistory::load(m_db);
        m_historyAt = stamp;
    }
    return *m_history;
}

std::optional<UnitMapping> MeasureCalculator::mappingOfYearBefore(const QString& unitCode, int year)
{
    const QDate now = yeartree::of(m_db, m_catalogue, year);
    const QDate before = yeartree::of(m_db, m_catalogue, year - 1);
    // A commune the year's tree does not hold has only its own counts, in both years.
    if (now == before || !yeartree::holds(m_db, m_catalogue, unitCode, year))
        return std::nullopt;
    return mapUnit(history(), before, now, unitCode);
}

YearCounts MeasureCalculator::mappedCounts(const QString& unitCode, int year, const UnitMapping& mapping,
                                           const CountingRule& rule)
{
    const QDate now = yeartree::of(m_db, m_catalogue, year);
    for (const DatedTree& t : history().trees())
        if (t.from == now) {
            YearCounts y = chitieu::mappedCounts(m_db, m_catalogue, t.tree, mapping, year - 1, rule);
            // A commune's own figures are its data whatever its forms' state, also the year before's.
            const OrgUnit* shown = t.tree.find(unitCode);
            y.aggregated = shown && shown->level != UnitLevel::Commune;
            y.includesInProgress = y.aggregated && rule.includeInProgress;
            if (!y.aggregated)
                for (UnitCounts& u : y.units)
                    u.counted = true;
            return y;
        }
    // `now` comes from the trees held, so it is one of them unless the history changed under us.
    throw Error(QCoreApplication::translate("Measures", "The unit tree of %1 is no longer in the database: another "
                                                        "program changed the unit trees. Try again.")
                    .arg(year));
}

bool MeasureCalculator::previousYearNeeded(int year) const
{
    return m_catalogue.hasYear(year - 1) &&
           std::any_of(m_catalogue.measures.cbegin(), m_catalogue.measures.cend(), needsPreviousYear);
}

QList<MeasureResult> MeasureCalculator::evaluateAll(const YearCounts& now, const YearCounts* before,
                                                    const CountingRule& rule, const UnitMapping* beforeMapped) const
{
    QList<MeasureResult> out;
    out.reserve(m_catalogue.measures.size());
    for (const Measure& m : m_catalogue.measures) {
        MeasureResult r = evaluate(m, now, before, rule.minCoveragePercent);
        if (beforeMapped && before && needsPreviousYear(m)) {
            r.markMapping(*beforeMapped);
            if (r.mapping == Mapping::NotComparable)
                r = r.withoutFigure();
        }
        out << r;
    }
    return out;
}

QList<MeasureResult> MeasureCalculator::computeAll(const QString& unitCode, int year, const CountingRule& rule)
{
    forgetIfChanged();
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
        if (!previousYearNeeded(year)) {
            out << evaluateAll(now, nullptr, rule);
            continue;
        }
        // Across a change of the unit tree the year before is mapped onto this year's units.
        const std::optional<UnitMapping> mapped = mappingOfYearBefore(unitCode, year);
        if (mapped) {
            const YearCounts before = mappedCounts(unitCode, year, *mapped, rule);
            out << evaluateAll(now, &before, rule, &*mapped);
        } else {
            out << evaluateAll(now, &countsOf(year - 1), rule);
        }
    }
    return out;
}

QHash<QString, QList<MeasureResult>> MeasureCalculator::computeAllBelow(const QString& unitCode, int year,
                                                                        const CountingRule& rule)
{
    const QHash<QString, YearCounts> now = countsBelow(unitCode, year, rule);
    const bool previous = previousYearNeeded(year);
    QHash<QString, QList<MeasureResult>> out;
    if (previous && yeartree::of(m_db, m_catalogue, year) != yeartree::of(m_db, m_catalogue, year - 1)) {
        // Across a change of the unit tree each unit below has the year before mapped onto it.
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            const std::optional<UnitMapping> mapped = mappingOfYearBefore(it.key(), year);
            const YearCounts before =
                mapped ? mappedCounts(it.key(), year, *mapped, rule) : counts(it.key(), year - 1, rule);
            out.insert(it.key(), evaluateAll(*it, &before, rule, mapped ? &*mapped : nullptr));
        }
        return out;
    }
    const QHash<QString, YearCounts> before =
        previous ? countsBelow(unitCode, year - 1, rule) : QHash<QString, YearCounts>();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto b = before.constFind(it.key());
        out.insert(it.key(), evaluateAll(*it, previous && b != before.cend() ? &*b : nullptr, rule));
    }
    return out;
}

} // namespace chitieu
