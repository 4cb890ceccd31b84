#include "ReviewModel.h"

#include "SmallNumbers.h"
#include "core/Clock.h"
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
    QList<int> years;
    for (const Deadline& d : catalogue.deadlines)
        if (!d.yearly && d.year && d.id.startsWith(QLatin1String("review")))
            years << *d.year;
    std::sort(years.begin(), years.end());
    if (kind == ReviewKind::Final)
        return years.isEmpty() ? catalogue.lastYear : years.last();
    return years.isEmpty() ? catalogue.firstYear + 2 : years.first();
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
    r.header = officialHeader(w, unitCode, options.issued.isValid() ? options.issued : Clock::instance().today());

    // Lines follow the catalogue, or one agency's part of it: shown[i] is line i's measure.
    const QList<int> shown = reportparts::shownMeasures(cat, options.agency);
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
