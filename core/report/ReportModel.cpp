#include "ReportModel.h"

#include "SmallNumbers.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <algorithm>

namespace chitieu {

Figures Figures::from(const MeasureResult& r)
{
    Figures f;
    static_cast<MeasureResult&>(f) = r;
    return f;
}

int AnnualReport::count(MeasureStatus status) const
{
    QList<MeasureStatus> s;
    for (const MeasureLine& l : lines)
        s << l.year.status;
    return reportparts::count(s, status);
}

int AnnualReport::count(MeasureStatus status, const ReportSection& section) const
{
    QList<MeasureStatus> s;
    for (int i : section.lines)
        s << lines.at(i).year.status;
    return reportparts::count(s, status);
}

QString AnnualReport::unitNameOf(const QString& code) const
{
    for (const auto& [c, name] : annexUnits)
        if (c == code)
            return name;
    return code;
}

namespace reportparts {

void checkUnitAndYear(Workspace& w, const QString& unitCode, int firstYear, int lastYear)
{
    if (!w.units().find(unitCode))
        throw Error(QCoreApplication::translate("Reports", "The unit %1 is not in the unit list.").arg(unitCode));
    for (int y : {firstYear, lastYear})
        w.catalogue().requireYear(y);
}

QList<MeasureLine> linesOf(const Catalogue& catalogue)
{
    QList<MeasureLine> out;
    for (const Measure& m : catalogue.measures) {
        MeasureLine l;
        l.measure = m;
        const Indicator* ind = catalogue.indicator(m.indicator);
        l.group = ind ? ind->group : 0;
        l.lead = ind ? ind->lead : QString();
        const Agency* lead = catalogue.agency(l.lead);
        l.leadName = lead ? lead->shortName.text() : l.lead;
        out << l;
    }
    return out;
}

QList<int> shownMeasures(const Catalogue& catalogue, const QString& agency)
{
    if (!agency.isEmpty() && !catalogue.agency(agency))
        throw Error(QCoreApplication::translate("Reports", "The agency %1 is not in the catalogue.").arg(agency));
    const QList<int> indicators = catalogue.indicatorsOfAgency(agency);
    QList<int> out;
    for (int i = 0; i < catalogue.measures.size(); ++i)
        if (agency.isEmpty() || indicators.contains(catalogue.measures[i].indicator))
            out << i;
    return out;
}

QList<ReportSection> groupSections(const Catalogue& catalogue, const QList<MeasureLine>& lines)
{
    QList<ReportSection> out;
    for (const Group& g : catalogue.groups) {
        ReportSection s{QString::number(g.id), g.name.text(), {}};
        for (int i = 0; i < lines.size(); ++i)
            if (lines[i].group == g.id)
                s.lines << i;
        out << s;
    }
    return out;
}

QList<ReportSection> agencySections(const Catalogue& catalogue, const QList<MeasureLine>& lines)
{
    QList<ReportSection> out;
    for (const Agency& a : catalogue.agencies) {
        if (a.leads.isEmpty())
            continue;
        ReportSection s{a.code, a.name.text(), {}};
        for (int i = 0; i < lines.size(); ++i)
            if (lines[i].lead == a.code)
                s.lines << i;
        if (!s.lines.isEmpty())
            out << s;
    }
    return out;
}

int count(const QList<MeasureStatus>& statuses, MeasureStatus status)
{
    return static_cast<int>(std::count(statuses.begin(), statuses.end(), status));
}

ReportCoverage coverageOf(Workspace& w, const QString& unitCode, int year, const ReportOptions& options)
{
    ReportCoverage c;
    c.rule.includeInProgress = options.includeInProgress;
    c.rule.minCoveragePercent = options.minCoveragePercent.value_or(w.settings().minCoveragePercent);
    const OrgUnit* unit = w.units().find(unitCode);
    const bool aggregated = unit && unit->level != UnitLevel::Commune;
    for (const CommuneForm& f : communeForms(w.db(), unitCode, year)) {
        ++c.communes;
        const bool complete = f.state == FormState::Complete;
        if (!aggregated || f.counts(c.rule))
            ++c.counted;
        if (aggregated && !complete && f.hasValues)
            ++(c.rule.includeInProgress ? c.included : c.notCounted);
    }
    return c;
}

} // namespace reportparts

AnnualReport buildAnnualReport(Workspace& w, const QString& unitCode, int year, const ReportOptions& options)
{
    reportparts::checkUnitAndYear(w, unitCode, year, year);
    const Catalogue& cat = w.catalogue();
    const OrgUnit* unit = w.units().find(unitCode);

    AnnualReport r;
    r.unitCode = unitCode;
    r.unitName = unit->name;
    r.level = unit->level;
    r.year = year;
    r.previousYear = year - 1;
    r.baselineYear = cat.baselineYear;
    r.planName = cat.name.text();
    r.header = officialHeader(w, unitCode, options.issued.isValid() ? options.issued : Clock::instance().today());
    // Lines follow the catalogue, or one agency's part of it: shown[i] is line i's measure.
    const QList<int> shown = reportparts::shownMeasures(cat, options.agency);
    const QList<MeasureLine> all = reportparts::linesOf(cat);
    for (int m : shown)
        r.lines << all[m];

    r.coverage = reportparts::coverageOf(w, unitCode, year, options);
    const CountingRule& rule = r.coverage.rule;
    MeasureCalculator& calc = w.calculator();
    const QList<MeasureResult> now = calc.computeAll(unitCode, year, rule);
    const QList<MeasureResult> before = calc.computeAll(unitCode, r.previousYear, rule);
    const QList<MeasureResult> base = calc.computeAll(unitCode, r.baselineYear, rule);
    for (int i = 0; i < r.lines.size(); ++i) {
        r.lines[i].year = Figures::from(now.value(shown[i]));
        r.lines[i].previous = Figures::from(before.value(shown[i]));
        r.lines[i].baseline = Figures::from(base.value(shown[i]));
    }
    r.groups = reportparts::groupSections(cat, r.lines);
    r.agencies = reportparts::agencySections(cat, r.lines);

    const QList<const OrgUnit*> below = w.units().children(unitCode);
    QList<QList<MeasureResult>> perUnit;
    for (const OrgUnit* u : below) {
        r.annexUnits.append({u->code, u->name});
        perUnit << calc.computeAll(u->code, year, rule);
    }
    for (int i = 0; i < r.lines.size(); ++i)
        for (int u = 0; u < below.size(); ++u)
            r.unitAnnex << UnitAnnexRow{below[u]->code, below[u]->name, i, Figures::from(perUnit[u].value(shown[i]))};
    if (!below.isEmpty())
        r.completeness = completeness(w.db(), cat, w.units(), unitCode, year);

    if (options.protectSmallNumbers)
        protectSmallNumbers(r);
    return r;
}

} // namespace chitieu
