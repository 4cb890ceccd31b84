#include "ReportModel.h"

#include "SmallNumbers.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/schedule/DeliverableDates.h"
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

bool AnnualReport::hasUnitTargets() const
{
    return std::any_of(lines.begin(), lines.end(), [](const MeasureLine& l) { return l.unitTarget.has_value(); });
}

QString AnnualReport::unitNameOf(const QString& code) const
{
    for (const auto& [c, name] : annexUnits)
        if (c == code)
            return name;
    return code;
}

namespace reportparts {

AnnualReport annualHead(const Catalogue& catalogue, const OrgUnit& unit, int year)
{
    AnnualReport r;
    r.unitCode = unit.code;
    r.unitName = unit.name;
    r.level = unit.level;
    r.year = year;
    r.previousYear = year - 1;
    r.baselineYear = catalogue.baselineYear;
    r.planName = catalogue.name.text();
    return r;
}

void checkUnitAndYear(Workspace& w, const QString& unitCode, int firstYear, int lastYear)
{
    if (!w.units().find(unitCode))
        throw Error(QCoreApplication::translate("Reports", "The unit %1 is not in the unit list.").arg(unitCode));
    for (int y : {firstYear, lastYear})
        w.catalogue().requireYear(y);
    // A damaged database gives wrong figures without a word: refuse to report from it.
    w.db().requireIntact(Database::IntactScope::Figures);
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

const Deliverable* deliverableOf(Workspace& w, const ReportOptions& options, int year)
{
    if (options.deliverable.isEmpty())
        return nullptr;
    const Deliverable& d = w.catalogue().requireDeliverable(options.deliverable);
    if (year != 0 && !d.isDue(year))
        throw Error(QCoreApplication::translate("Reports", "%1 is due in %2 only, not in %3.")
                        .arg(d.name.text())
                        .arg(d.year.value_or(0))
                        .arg(year));
    return &d;
}

QString agencyOf(Workspace& w, const ReportOptions& options, const QString& unitCode)
{
    const InstallationSettings s = w.settings();
    if (options.agency.isEmpty() && !options.deliverable.isEmpty() && unitCode == s.unitCode &&
        planRoleOf(w.catalogue(), s) == PlanRole::Departments)
        return s.agencyCode;
    return options.agency;
}

OfficialHeader headerOf(Workspace& w, const ReportOptions& options, const QString& unitCode, const Deliverable* d)
{
    if (options.header) {
        checkHeader(*options.header); // edited for this report: still a complete document
        return *options.header;
    }
    return officialHeader(w, unitCode, options.issued.isValid() ? options.issued : Clock::instance().today(), d);
}

DocumentNarrative narrativeOf(Workspace& w, const Deliverable* d, const QString& unitCode, int year)
{
    if (!d)
        return {};
    const InstallationSettings s = w.settings();
    const QString agency = unitCode == s.unitCode ? ownAgency(s) : QString();
    return buildNarrative(w, *d, unitCode, agency, year);
}

} // namespace reportparts

AnnualReport buildAnnualReport(Workspace& w, const QString& unitCode, int year, const ReportOptions& options)
{
    if (options.onTree.isValid())
        return reportparts::annualOnTree(w, unitCode, year, options);
    reportparts::checkUnitAndYear(w, unitCode, year, year);
    const Catalogue& cat = w.catalogue();
    AnnualReport r = reportparts::annualHead(cat, *w.units().find(unitCode), year);
    const Deliverable* deliverable = reportparts::deliverableOf(w, options, year);
    if (deliverable && deliverable->review)
        throw Error(QCoreApplication::translate("Reports", "%1 is a review: make it as a review (chitieu-cli review, "
                                                           "or the review on the Reports tab).")
                        .arg(deliverable->name.text()));
    r.header = reportparts::headerOf(w, options, unitCode, deliverable);
    r.narrative = reportparts::narrativeOf(w, deliverable, unitCode, year);
    // Lines follow the catalogue, or one agency's part of it: shown[i] is line i's measure.
    const QList<int> shown = reportparts::shownMeasures(cat, reportparts::agencyOf(w, options, unitCode));
    const QList<MeasureLine> all = reportparts::linesOf(cat);
    for (int m : shown)
        r.lines << all[m];

    r.coverage = reportparts::coverageOf(w, unitCode, year, options);
    const CountingRule& rule = r.coverage.rule;
    MeasureCalculator& calc = w.calculator();
    const QList<QList<MeasureResult>> years =
        calc.computeAllYears(unitCode, {year, r.previousYear, r.baselineYear}, rule);
    const QList<MeasureResult>& now = years[0];
    const QList<MeasureResult>& before = years[1];
    const QList<MeasureResult>& base = years[2];
    for (int i = 0; i < r.lines.size(); ++i) {
        r.lines[i].year = Figures::from(now.value(shown[i]));
        r.lines[i].previous = Figures::from(before.value(shown[i]));
        r.lines[i].baseline = Figures::from(base.value(shown[i]));
    }
    UnitTargetStore targets(w.db(), cat, w.units());
    for (MeasureLine& l : r.lines) {
        l.unitTarget = targets.forYear(unitCode, l.measure.code, year);
        if (l.unitTarget)
            l.unitStatus = l.unitTarget->statusOf(l.year);
    }
    r.groups = reportparts::groupSections(cat, r.lines);
    r.agencies = reportparts::agencySections(cat, r.lines);

    const QList<const OrgUnit*> below = w.units().children(unitCode);
    // Every unit below in one pass over the subtree.
    const QHash<QString, QList<MeasureResult>> perUnit =
        below.isEmpty() ? QHash<QString, QList<MeasureResult>>() : calc.computeAllBelow(unitCode, year, rule);
    for (const OrgUnit* u : below)
        r.annexUnits.append({u->code, u->name});
    for (int i = 0; i < r.lines.size(); ++i)
        for (const OrgUnit* u : below)
            r.unitAnnex << UnitAnnexRow{u->code, u->name, i, Figures::from(perUnit.value(u->code).value(shown[i]))};
    if (!below.isEmpty())
        r.completeness = completeness(w.db(), cat, w.units(), unitCode, year);

    if (options.protectSmallNumbers)
        protectSmallNumbers(r);
    return r;
}

} // namespace chitieu
