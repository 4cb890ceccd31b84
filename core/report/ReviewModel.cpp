#include "ReviewModel.h"

#include "SmallNumbers.h"
#include "core/Clock.h"
#include "core/Error.h"
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

Direction directionOf(const Measure& measure, const QList<Figures>& path)
{
    std::optional<double> first;
    std::optional<double> last;
    for (const Figures& f : path) {
        if (!f.value)
            continue;
        if (!first)
            first = f.value;
        last = f.value;
    }
    if (!first || !last)
        return Direction::Unknown;
    if (sameFigure(*first, *last))
        return Direction::Unchanged;
    const bool lowerIsBetter = measure.comparator == Comparator::Less || measure.comparator == Comparator::LessOrEqual;
    return (*last < *first) == lowerIsBetter ? Direction::Toward : Direction::Away;
}

ReviewReport buildReview(Workspace& w, const QString& unitCode, ReviewKind kind, const ReportOptions& options)
{
    const Catalogue& cat = w.catalogue();
    ReviewReport r;
    r.kind = kind;
    r.baselineYear = cat.baselineYear;
    r.firstYear = cat.firstYear;
    r.endYear = reviewEndYear(cat, kind);
    reportparts::checkUnitAndYear(w, unitCode, r.baselineYear, r.endYear);
    const OrgUnit* unit = w.units().find(unitCode);
    r.unitCode = unitCode;
    r.unitName = unit->name;
    r.level = unit->level;
    r.planName = cat.name.text();
    const Deliverable* deliverable = reportparts::deliverableOf(w, options, 0);
    if (deliverable && deliverable->review != kind)
        throw Error(QCoreApplication::translate("Reports", "%1 is not the %2 review.")
                        .arg(deliverable->name.text(), reviewKinds.key(kind)));
    r.header = reportparts::headerOf(w, options, unitCode, deliverable);
    r.narrative = reportparts::narrativeOf(w, deliverable, unitCode, r.endYear);

    // Lines follow the catalogue, or one agency's part of it: shown[i] is line i's measure.
    const QList<int> shown = reportparts::shownMeasures(cat, reportparts::agencyOf(w, options, unitCode));
    const QList<MeasureLine> all = reportparts::linesOf(cat);
    QList<MeasureLine> base;
    for (int m : shown)
        base << all[m];
    QList<QList<MeasureResult>> perYear;
    for (int y : r.years())
        perYear << w.calculator().computeAll(unitCode, y);
    for (int i = 0; i < base.size(); ++i) {
        ReviewLine l;
        l.measure = base[i].measure;
        l.group = base[i].group;
        l.lead = base[i].lead;
        l.leadName = base[i].leadName;
        for (const QList<MeasureResult>& year : perYear)
            l.path << Figures::from(year.value(shown[i]));
        l.endStatus = l.path.last().status;
        l.direction = directionOf(l.measure, l.path);
        l.unitTarget = UnitTargetStore(w.db(), cat, w.units()).forYear(unitCode, l.measure.code, r.endYear);
        if (l.unitTarget)
            l.unitEndStatus = l.unitTarget->statusOf(l.path.last().value);
        if (l.offTrack())
            r.offTrack << i;
        else if (l.endStatus == MeasureStatus::NoData)
            r.noData << i;
        r.lines << l;
    }
    r.groups = reportparts::groupSections(cat, base);
    r.agencies = reportparts::agencySections(cat, base);
    if (options.protectSmallNumbers)
        protectSmallNumbers(r);
    return r;
}

} // namespace chitieu
