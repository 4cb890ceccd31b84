#include "ReviewModel.h"

#include "SmallNumbers.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/compute/MappedMeasures.h"
#include "core/store/YearTree.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <algorithm>

namespace chitieu {

QList<int> ReviewReport::years() const
{
    QList<int> out;
    for (int y = baselineYear; y <= endYear; ++y)
        out << y;
    return out;
}

int ReviewReport::count(MeasureStatus endStatus) const
{
    QList<MeasureStatus> s;
    for (const ReviewLine& l : lines)
        s << l.endStatus;
    return reportparts::count(s, endStatus);
}

int ReviewReport::count(MeasureStatus endStatus, const ReportSection& section) const
{
    QList<MeasureStatus> s;
    for (int i : section.lines)
        s << lines.at(i).endStatus;
    return reportparts::count(s, endStatus);
}

int reviewEndYear(const Catalogue& catalogue, ReviewKind kind)
{
    for (const Deliverable& d : catalogue.deliverables)
        if (d.review == kind && d.year)
            return *d.year;
    return kind == ReviewKind::Final ? catalogue.lastYear : catalogue.firstYear + 2;
}

Direction directionOf(const Measure& measure, const std::optional<Quotient>& from, const std::optional<Quotient>& to)
{
    if (!from || !to)
        return Direction::NotEnoughData;
    const int c = to->compare(*from);
    if (c == 0)
        return Direction::Unchanged;
    const bool lowerIsBetter = measure.comparator == Comparator::Less || measure.comparator == Comparator::LessOrEqual;
    return (c < 0) == lowerIsBetter ? Direction::Toward : Direction::Away;
}

namespace {

// Each year's counts, loaded once: a year's measures and the trend both read them.
class YearsOfCounts
{
public:
    YearsOfCounts(Workspace& w, const QString& unit, const CountingRule& rule) : m_w(w), m_unit(unit), m_rule(rule) {}
    // Each year's counts mapped onto the unit of the tree `shown` (UnitMapping.h).
    void showOn(const UnitHistory& history, const DatedTree& shown)
    {
        m_history = &history;
        m_shown = &shown;
    }
    const YearCounts& of(int year)
    {
        auto it = m_years.find(year);
        if (it == m_years.end()) {
            if (!m_shown)
                return *m_years.insert(year, m_w.calculator().counts(m_unit, year, m_rule));
            const Catalogue& cat = m_w.catalogue();
            const UnitMapping m =
                mapUnit(*m_history, m_history->treeOn(cat.dataDate(year))->from, m_shown->from, m_unit);
            m_mappings.insert(year, m);
            // A year of the tree shown is added up as it is (with the counts held above communes).
            it = m.identity ? m_years.insert(year, m_w.calculator().counts(m_unit, year, m_rule))
                            : m_years.insert(year, mappedCounts(m_w.db(), cat, m_shown->tree, m, year, m_rule));
        }
        return *it;
    }
    const YearCounts* before(int year) { return m_w.catalogue().hasYear(year - 1) ? &of(year - 1) : nullptr; }
    // Whether a measure's figure of `year` rests on a year that cannot be compared.
    bool notComparable(const Measure& m, int year)
    {
        of(year);
        bool out = m_mappings.value(year).mapping == Mapping::NotComparable;
        if (MeasureCalculator::needsPreviousYear(m) && before(year))
            out = out || m_mappings.value(year - 1).mapping == Mapping::NotComparable;
        return out;
    }
    const QMap<int, UnitMapping>& mappings() const { return m_mappings; }

private:
    Workspace& m_w;
    QString m_unit;
    CountingRule m_rule;
    QMap<int, YearCounts> m_years;
    const UnitHistory* m_history = nullptr;
    const DatedTree* m_shown = nullptr;
    QMap<int, UnitMapping> m_mappings;
};

// From the first year with a value to the end year, over the units covered in both.
void setTrend(ReviewLine& l, const QList<int>& years, YearsOfCounts& counts)
{
    const int end = years.last();
    int from = 0;
    for (int i = 0; i < years.size() && !from; ++i)
        if (l.path.at(i).exact)
            from = years[i];
    if (!from || from == end || !l.path.last().exact)
        return;
    const Measure& m = l.measure;
    YearCounts first = counts.of(from);
    YearCounts last = counts.of(end);
    const QSet<QString> both = MeasureCalculator::coveredUnits(m, first, counts.before(from)) &
                               MeasureCalculator::coveredUnits(m, last, counts.before(end));
    if (both.isEmpty())
        return;
    first.onlyUnits = both;
    last.onlyUnits = both;
    const MeasureResult a = MeasureCalculator::evaluate(m, first, counts.before(from));
    const MeasureResult b = MeasureCalculator::evaluate(m, last, counts.before(end));
    l.direction = directionOf(m, a.exact, b.exact);
    if (l.direction != Direction::NotEnoughData) {
        l.trendFrom = from;
        l.trendUnits = b.coverage.covered;
    }
}

} // namespace

ReviewReport buildReview(Workspace& w, const QString& unitCode, ReviewKind kind, const ReportOptions& options)
{
    const Catalogue& cat = w.catalogue();
    ReviewReport r;
    r.kind = kind;
    r.baselineYear = cat.baselineYear;
    r.firstYear = cat.firstYear;
    r.endYear = reviewEndYear(cat, kind);
    // The review stands on the units of its end year's tree, each earlier year mapped onto them;
    // on another tree when asked (ReportOnTree.cpp). A commune no tree of the end year holds
    // has its own counts.
    cat.requireYear(r.endYear);
    const UnitHistory history = w.unitHistory();
    const DatedTree* onTree = options.onTree.isValid() ? reportparts::shownTree(history, options.onTree) : nullptr;
    const OrgUnit* unit = nullptr;
    if (onTree) {
        reportparts::checkOnTree(w, *onTree, unitCode, options);
        cat.requireYear(r.baselineYear);
        unit = onTree->tree.find(unitCode);
    } else {
        const QDate endTree = yeartree::of(w.db(), cat, r.endYear);
        const UnitTree endUnits = w.treeOfYear(r.endYear);
        unit = reportparts::unitOfYear(w, endUnits, endTree, unitCode, r.endYear);
        if (endTree.isValid() && endUnits.find(unitCode)) {
            onTree = history.treeOn(endTree);
            unit = onTree->tree.find(unitCode);
        }
        reportparts::checkUnitAndYear(w, unitCode, r.baselineYear, r.endYear);
    }
    const bool ownTree = !options.onTree.isValid();
    r.unitCode = unitCode;
    r.unitName = unit->name;
    r.level = unit->level;
    r.planName = cat.name.text();
    const Deliverable* deliverable = reportparts::deliverableOf(w, options, 0);
    if (deliverable && deliverable->review != kind)
        throw Error(QCoreApplication::translate("Reports", "%1 is not the %2 review.")
                        .arg(deliverable->name.text(), reviewKinds.key(kind)));
    r.header =
        reportparts::headerOf(w, options, w.units().find(unitCode) ? unitCode : w.settings().unitCode, deliverable);
    if (ownTree)
        r.narrative = reportparts::narrativeOf(w, deliverable, unitCode, r.endYear);

    // Lines follow the catalogue, or one agency's part of it: shown[i] is line i's measure.
    const QDate assignedOn = cat.assignmentsDay(r.endYear); // who leads what: as at the review's end
    const QList<int> shown = reportparts::shownMeasures(cat, reportparts::agencyOf(w, options, unitCode), assignedOn);
    const QList<MeasureLine> all = reportparts::linesOf(cat, assignedOn);
    QList<MeasureLine> base;
    for (int m : shown)
        base << all[m];
    const QList<int> years = r.years();
    for (int y : years)
        r.coverage << reportparts::coverageOf(w, unitCode, y, options);
    const CountingRule rule = r.coverage.first().rule;
    YearsOfCounts counts(w, unitCode, rule);
    if (onTree)
        counts.showOn(history, *onTree);
    for (int i = 0; i < base.size(); ++i) {
        ReviewLine l;
        l.measure = base[i].measure;
        l.group = base[i].group;
        l.lead = base[i].lead;
        l.leadName = base[i].leadName;
        for (int y : years) {
            const MeasureResult result =
                MeasureCalculator::evaluate(l.measure, counts.of(y), counts.before(y), rule.minCoveragePercent);
            l.path << Figures::from(onTree && counts.notComparable(l.measure, y) ? result.withoutFigure() : result);
        }
        l.endStatus = l.path.last().status;
        setTrend(l, years, counts);
        l.unitTarget = UnitTargetStore(w.db(), cat, w.units()).forYear(unitCode, l.measure.code, r.endYear);
        if (l.unitTarget)
            l.unitEndStatus = l.unitTarget->statusOf(l.path.last());
        if (l.offTrack())
            r.offTrack << i;
        else if (l.endStatus == MeasureStatus::NoData || l.endStatus == MeasureStatus::Incomplete)
            r.noData << i;
        r.lines << l;
    }
    r.groups = reportparts::groupSections(cat, base);
    r.agencies = reportparts::agencySections(cat, base);
    const QMap<int, UnitMapping>& yearMappings = counts.mappings();
    const bool anyMapped =
        std::any_of(yearMappings.cbegin(), yearMappings.cend(), [](const UnitMapping& m) { return !m.identity; });
    if (onTree && (anyMapped || !ownTree)) {
        r.treeNotes = reportparts::treeNotes(*onTree, yearMappings);
        // Each mapped year stands on the units of the tree shown.
        for (int i = 0; i < years.size(); ++i) {
            if (yearMappings.value(years[i]).identity)
                continue;
            const YearCounts& y = counts.of(years[i]);
            r.coverage[i].communes = static_cast<int>(y.units.size());
            r.coverage[i].counted = static_cast<int>(
                std::count_if(y.units.cbegin(), y.units.cend(), [](const UnitCounts& u) { return u.counted; }));
            r.coverage[i].notCounted = 0;
            r.coverage[i].included = 0;
        }
    }
    if (options.protectSmallNumbers)
        protectSmallNumbers(r);
    return r;
}

} // namespace chitieu
