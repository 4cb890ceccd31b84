#include "ReportModel.h"

#include "SmallNumbers.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/compute/MappedMeasures.h"
#include "core/format/Dates.h"
#include "core/schedule/DeliverableDates.h"
#include "core/store/YearTree.h"
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

const OrgUnit* unitOfYear(Workspace& w, const UnitTree& tree, const QDate& treeFrom, const QString& unitCode, int year)
{
    if (const OrgUnit* u = tree.find(unitCode))
        return u;
    // A commune's own figures are its counts whatever the tree (core/store/YearTree.h).
    const OrgUnit* listed = w.units().find(unitCode);
    if (listed && listed->level == UnitLevel::Commune)
        return listed;
    if (!treeFrom.isValid() || !listed)
        throw Error(QCoreApplication::translate("Reports", "The unit %1 is not in the unit list.").arg(unitCode));
    throw Error(QCoreApplication::translate("Reports", "%1 (%2) is not a unit of %3: the unit tree in force then is "
                                                       "the one from %4. Choose one of its units (chitieu-cli units "
                                                       "list --year %3), or show %3 on a tree that holds %2 with "
                                                       "--on-tree DATE.")
                    .arg(listed->name, unitCode)
                    .arg(year)
                    .arg(formatDate(treeFrom)));
}

YearColumns yearColumns(Workspace& w, const UnitTree& tree, const QDate& treeFrom, const QString& unitCode,
                        const QList<int>& years, const CountingRule& rule)
{
    YearColumns out;
    const Catalogue& cat = w.catalogue();
    const int year = years.first();
    // Years on the same tree as the first, and the unit one of that tree: added up as they are.
    QList<int> same;
    QList<int> mapped;
    for (int y : years) {
        const bool own =
            !treeFrom.isValid() || !tree.find(unitCode) || !cat.hasYear(y) || yeartree::of(w.db(), cat, y) == treeFrom;
        (own ? same : mapped) << y;
    }
    const QList<QList<MeasureResult>> computed = w.calculator().computeAllYears(unitCode, same, rule);
    QMap<int, QList<MeasureResult>> byYear;
    for (int i = 0; i < same.size(); ++i)
        byYear.insert(same[i], computed[i]);
    QMap<int, UnitMapping> mappings;
    // Indicator 11 of a year compares with the year before: say how that year was mapped too.
    if (!mapped.isEmpty() || (tree.find(unitCode) && treeFrom.isValid() && cat.hasYear(year - 1) &&
                              yeartree::of(w.db(), cat, year - 1) != treeFrom)) {
        const UnitHistory history = w.unitHistory();
        for (int y : mapped) {
            mappings.insert(y, mapUnit(history, yeartree::of(w.db(), cat, y), treeFrom, unitCode));
            byYear.insert(y, computeOnTree(w.db(), cat, history, treeFrom, unitCode, y, rule));
        }
        if (cat.hasYear(year - 1) && yeartree::of(w.db(), cat, year - 1) != treeFrom && !mappings.contains(year - 1))
            mappings.insert(year - 1, mapUnit(history, yeartree::of(w.db(), cat, year - 1), treeFrom, unitCode));
        out.notes = treeNotes(*history.treeOn(treeFrom), mappings);
    }
    for (int y : years)
        out.results << byYear.value(y);
    return out;
}

QString heldOutsideNote(Workspace& w, const QString& unitCode, int year, const QDate& treeFrom)
{
    // Under the unit as the installation's list has it (where those units were).
    const UnitTree& list = w.units();
    QStringList names;
    for (const QString& code : yeartree::heldOutside(w.db(), w.catalogue(), year)) {
        for (const OrgUnit* u = list.find(code); u; u = list.find(u->parentCode))
            if (u->code == unitCode) {
                names << QStringLiteral("%1 (%2)").arg(list.find(code)->name, code);
                break;
            }
    }
    if (names.isEmpty())
        return {};
    return QCoreApplication::translate("Reports", "Counts of %1 are held for units that are not in that year's unit "
                                                  "tree (in force from %2), so no figure above communes holds them: "
                                                  "%3. Enter them for the units that replaced them.")
        .arg(year)
        .arg(formatDate(treeFrom), names.join(QStringLiteral(", ")));
}

void checkUnitAndYear(Workspace& w, const QString& unitCode, int firstYear, int lastYear)
{
    if (!w.units().find(unitCode) && !w.treeOfYear(lastYear).find(unitCode))
        throw Error(QCoreApplication::translate("Reports", "The unit %1 is not in the unit list.").arg(unitCode));
    for (int y : {firstYear, lastYear})
        w.catalogue().requireYear(y);
    // A damaged database gives wrong figures without a word: refuse to report from it.
    w.db().requireIntact(Database::IntactScope::Figures);
}

QList<MeasureLine> linesOf(const Catalogue& catalogue, const QDate& day)
{
    QList<MeasureLine> out;
    for (const Measure& m : catalogue.measures) {
        MeasureLine l;
        l.measure = m;
        const std::optional<Indicator> ind = catalogue.indicatorOn(m.indicator, day);
        l.group = ind ? ind->group : 0;
        l.lead = ind ? ind->lead : QString();
        const Agency* lead = catalogue.agency(l.lead);
        l.leadName = lead ? lead->shortName.text() : l.lead;
        out << l;
    }
    return out;
}

QList<int> shownMeasures(const Catalogue& catalogue, const QString& agency, const QDate& day)
{
    if (!agency.isEmpty() && !catalogue.agency(agency))
        throw Error(QCoreApplication::translate("Reports", "The agency %1 is not in the catalogue.").arg(agency));
    const QList<int> indicators = catalogue.indicatorsOfAgency(agency, day);
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
    for (const CommuneForm& f : communeForms(w.db(), w.catalogue(), unitCode, year)) {
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
    const Catalogue& cat = w.catalogue();
    cat.requireYear(year);
    // The year's own unit tree: its units, the units below, the communes expected.
    QDate treeFrom;
    const UnitTree tree = w.treeOfYear(year, &treeFrom);
    const OrgUnit* unit = reportparts::unitOfYear(w, tree, treeFrom, unitCode, year);
    reportparts::checkUnitAndYear(w, unit->code, year, year);
    AnnualReport r = reportparts::annualHead(cat, *unit, year);
    const Deliverable* deliverable = reportparts::deliverableOf(w, options, year);
    if (deliverable && deliverable->review)
        throw Error(QCoreApplication::translate("Reports", "%1 is a review: make it as a review (chitieu-cli review, "
                                                           "or the review on the Reports tab).")
                        .arg(deliverable->name.text()));
    r.header = reportparts::headerOf(w, options, unitCode, deliverable);
    r.narrative = reportparts::narrativeOf(w, deliverable, unitCode, year);
    // Lines follow the catalogue, or one agency's part of it: shown[i] is line i's measure.
    const QDate assignedOn = cat.assignmentsDay(year); // who leads what: as on the year's data date
    const QList<int> shown = reportparts::shownMeasures(cat, reportparts::agencyOf(w, options, unitCode), assignedOn);
    const QList<MeasureLine> all = reportparts::linesOf(cat, assignedOn);
    for (int m : shown)
        r.lines << all[m];

    r.coverage = reportparts::coverageOf(w, unitCode, year, options);
    const CountingRule& rule = r.coverage.rule;
    // The year before and the baseline on this year's units: mapped when their tree was another.
    const reportparts::YearColumns columns =
        reportparts::yearColumns(w, tree, treeFrom, unitCode, {year, r.previousYear, r.baselineYear}, rule);
    const QList<MeasureResult>& now = columns.results[0];
    const QList<MeasureResult>& before = columns.results[1];
    const QList<MeasureResult>& base = columns.results[2];
    for (int i = 0; i < r.lines.size(); ++i) {
        r.lines[i].year = Figures::from(now.value(shown[i]));
        r.lines[i].previous = Figures::from(before.value(shown[i]));
        r.lines[i].baseline = Figures::from(base.value(shown[i]));
    }
    r.coverage.treeNotes = columns.notes;
    if (unit->level != UnitLevel::Commune)
        r.coverage.treeNotes << reportparts::heldOutsideNote(w, unitCode, year, treeFrom);
    r.coverage.treeNotes.removeAll(QString());
    UnitTargetStore targets(w.db(), cat, w.units());
    for (MeasureLine& l : r.lines) {
        l.unitTarget = targets.forYear(unitCode, l.measure.code, year);
        if (l.unitTarget)
            l.unitStatus = l.unitTarget->statusOf(l.year);
    }
    r.groups = reportparts::groupSections(cat, r.lines);
    r.agencies = reportparts::agencySections(cat, r.lines);

    const QList<const OrgUnit*> below = tree.children(unitCode);
    // Every unit below in one pass over the subtree.
    const QHash<QString, QList<MeasureResult>> perUnit =
        below.isEmpty() ? QHash<QString, QList<MeasureResult>>() : w.calculator().computeAllBelow(unitCode, year, rule);
    for (const OrgUnit* u : below)
        r.annexUnits.append({u->code, u->name});
    for (int i = 0; i < r.lines.size(); ++i)
        for (const OrgUnit* u : below)
            r.unitAnnex << UnitAnnexRow{u->code, u->name, i, Figures::from(perUnit.value(u->code).value(shown[i]))};
    if (!below.isEmpty())
        r.completeness = completeness(w.db(), cat, tree, unitCode, year);

    if (options.protectSmallNumbers)
        protectSmallNumbers(r);
    return r;
}

} // namespace chitieu
