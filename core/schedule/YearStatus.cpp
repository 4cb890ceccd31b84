#include "YearStatus.h"

#include "core/Error.h"
#include "core/format/Dates.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <algorithm>

namespace chitieu {

namespace {
// What to do next with one of this unit's own deliverables (%1 its name, %2 the year).
QString actionText(const DeliverableStatus& d, int year)
{
    switch (d.state) {
    case DeliverableState::NotStarted:
    case DeliverableState::InProgress:
        return QCoreApplication::translate("Schedule", "%1 for %2: still to do: %3; then send it.")
            .arg(d.what)
            .arg(year)
            .arg(d.missing.join(QStringLiteral("; ")));
    case DeliverableState::Made:
        return QCoreApplication::translate("Schedule", "%1 for %2 is made but not sent: send it.")
            .arg(d.what)
            .arg(year);
    case DeliverableState::Returned:
        return QCoreApplication::translate("Schedule",
                                           "%1 for %2 was returned: correct the data, complete it and send it again.")
            .arg(d.what)
            .arg(year);
    case DeliverableState::Sent:
        break;
    }
    return {};
}

Consolidation consolidationOf(const Completeness& below, const QList<DeliverableStatus>& own)
{
    for (const DeliverableStatus& d : own)
        if (!d.fromBelow && d.dataFile && d.state == DeliverableState::Sent && d.missing.isEmpty())
            return Consolidation::Sent;
    if (below.missing == below.expected())
        return Consolidation::NothingReceived;
    return below.missing > 0 ? Consolidation::Receiving : Consolidation::AllReceived;
}
} // namespace

int YearStatus::count(MeasureStatus s) const
{
    return static_cast<int>(
        std::count_if(measures.begin(), measures.end(), [s](const MeasureResult& r) { return r.status == s; }));
}

QList<DeliverableStatus> YearStatus::pressing() const
{
    QList<DeliverableStatus> out;
    for (const DeliverableStatus& d : deliverables)
        if (!d.fromBelow && d.pressing())
            out << d;
    return out;
}

int currentReportingYear(const Catalogue& catalogue, const QDate& today)
{
    return std::clamp(today.year(), catalogue.firstYear, catalogue.lastYear);
}

QList<MeasureResult> installationMeasures(MeasureCalculator& calculator, const Catalogue& catalogue,
                                          const InstallationSettings& s, const QString& unitCode, int year)
{
    CountingRule rule;
    rule.minCoveragePercent = s.minCoveragePercent;
    QList<MeasureResult> all = calculator.computeAll(unitCode, year, rule);
    if (s.role != Role::Department || s.agencyCode.isEmpty())
        return all;
    // A department looks after the indicators it leads or coordinates.
    const QList<int> mine = catalogue.indicatorsOfAgency(s.agencyCode, catalogue.assignmentsDay(year));
    QList<MeasureResult> out;
    for (const MeasureResult& r : all)
        if (const Measure* m = catalogue.measure(r.code); m && mine.contains(m->indicator))
            out << r;
    return out;
}

YearStatus yearStatus(Workspace& w, int year, const QDate& today)
{
    YearStatus s = yearSchedule(w, year, today);
    s.measures = installationMeasures(w.calculator(), w.catalogue(), s.settings, s.settings.unitCode, year);
    return s;
}

YearStatus yearSchedule(Workspace& w, int year, const QDate& today)
{
    YearStatus s;
    s.settings = w.settings();
    s.year = year;
    s.today = today;
    if (!s.settings.isConfigured())
        throw Error(QCoreApplication::translate(
            "Schedule", "This database has no unit of its own yet. Choose it in the desktop program, or run "
                        "chitieu-cli init --unit CODE."));
    const OrgUnit* unit = w.units().find(s.settings.unitCode);
    if (!unit)
        throw Error(
            QCoreApplication::translate(
                "Schedule",
                "The unit %1 of this installation is not in the unit list. Choose another unit in the settings.")
                .arg(s.settings.unitCode));
    const Catalogue& cat = w.catalogue();
    cat.requireYear(year, false);

    s.own = unitYearState(w.db(), cat, unit->code, year);
    for (const Deliverable* d : ownDeliverables(cat, s.settings, year))
        s.deliverables << ownDeliverableStatus(w, *d, year, today);
    for (const Deliverable* d : receivedDeliverables(cat, s.settings, year)) {
        // A deliverable that no unit of the year's tree sends (the districts' reports in 2025,
        // when the district level had ended) is not expected that year.
        DeliverableStatus received = receivedDeliverableStatus(w, *d, year, today);
        if (!received.arrivals || !received.arrivals->units.isEmpty())
            s.deliverables << received;
    }
    // By date; on the same day this unit's own deliverable first.
    std::stable_sort(s.deliverables.begin(), s.deliverables.end(),
                     [](const DeliverableStatus& a, const DeliverableStatus& b) {
                         return a.date != b.date ? a.date < b.date : (!a.fromBelow && b.fromBelow);
                     });
    // A department consolidates nothing: the files of the districts are not its business.
    if (s.settings.role != Role::Department || planRoleOf(cat, s.settings) == PlanRole::ConsolidatingAgency) {
        const Completeness below = completeness(w.db(), cat, w.treeOfYear(year), unit->code, year);
        if (!below.units.isEmpty()) {
            s.below = below;
            s.consolidation = consolidationOf(below, s.deliverables);
        }
    }
    return s;
}

QString reminderText(const YearStatus& s, const UnitTree&)
{
    const QList<DeliverableStatus> pressing = s.pressing();
    if (pressing.isEmpty())
        return {};
    QStringList lines;
    for (const DeliverableStatus& d : pressing)
        lines << QCoreApplication::translate("Schedule", "%1 — %2: %3.")
                     .arg(formatDate(d.date), d.what, daysLeftText(d.daysLeft));
    for (const DeliverableStatus& d : pressing)
        lines << actionText(d, s.year);
    return lines.join(QLatin1Char('\n'));
}

} // namespace chitieu
