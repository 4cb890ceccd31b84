#include "YearStatus.h"

#include "core/Error.h"
#include "core/format/Dates.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <algorithm>

namespace chitieu {

namespace {
QList<MeasureResult> measuresOf(Workspace& w, const InstallationSettings& s, const QString& unit, int year)
{
    CountingRule rule;
    rule.minCoveragePercent = s.minCoveragePercent;
    QList<MeasureResult> all = w.calculator().computeAll(unit, year, rule);
    if (s.role != Role::Department || s.agencyCode.isEmpty())
        return all;
    // A department looks after the indicators it leads or coordinates.
    const QList<int> mine = w.catalogue().indicatorsOfAgency(s.agencyCode);
    QList<MeasureResult> out;
    for (const MeasureResult& r : all)
        if (const Measure* m = w.catalogue().measure(r.code); m && mine.contains(m->indicator))
            out << r;
    return out;
}

// What to do next in each state of the unit's own data (%1 the unit, %2 the year); nothing once sent.
constexpr std::pair<YearState, const char*> actions[] = {
    {YearState::NotStarted,
     QT_TRANSLATE_NOOP("Schedule", "The data of %1 for %2 is not started: enter it, mark it complete and send it.")},
    {YearState::InProgress,
     QT_TRANSLATE_NOOP("Schedule", "The data of %1 for %2 is in progress: complete it and send it.")},
    {YearState::Returned,
     QT_TRANSLATE_NOOP("Schedule", "The data of %1 for %2 was returned: correct it, complete it and send it again.")},
    {YearState::Complete, QT_TRANSLATE_NOOP("Schedule", "The data of %1 for %2 is complete but not sent: send it.")},
};

QString actionText(const YearStatus& s, const QString& unitName)
{
    for (const auto& [state, text] : actions)
        if (state == s.own.state)
            return QCoreApplication::translate("Schedule", text).arg(unitName).arg(s.year);
    return {};
}
} // namespace

int YearStatus::count(MeasureStatus s) const
{
    return static_cast<int>(
        std::count_if(measures.begin(), measures.end(), [s](const MeasureResult& r) { return r.status == s; }));
}

QList<DeadlineStatus> YearStatus::pressing() const
{
    QList<DeadlineStatus> out;
    if (own.isSent())
        return out;
    for (const DeadlineStatus& d : deadlines)
        if (!d.item.fromBelow && d.pressing())
            out << d;
    return out;
}

int currentReportingYear(const Catalogue& catalogue, const QDate& today)
{
    return std::clamp(today.year(), catalogue.firstYear, catalogue.lastYear);
}

YearStatus yearStatus(Workspace& w, int year, const QDate& today)
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

    const QList<const OrgUnit*> children = w.units().children(unit->code);
    std::optional<UnitLevel> childLevel;
    if (!children.isEmpty()) {
        childLevel = children.first()->level;
        s.below = completeness(w.db(), cat, w.units(), unit->code, year);
    }
    s.own = unitYearState(w.db(), unit->code, year);
    for (const DueItem& item : deadlinesFor(cat, s.settings, year, childLevel)) {
        DeadlineStatus d;
        d.item = item;
        d.daysLeft = item.daysLeft(today);
        if (!item.fromBelow) {
            d.done = s.own.isSent();
            d.doneLate = d.done && s.own.sentAt->date() > item.date;
        } else if (s.below) {
            d.done = s.below->missing == 0 && s.below->notComplete == 0 && s.below->expected() > 0;
            d.doneLate = d.done && s.below->late > 0;
        }
        s.deadlines << d;
    }
    s.measures = measuresOf(w, s.settings, unit->code, year);
    return s;
}

QString reminderText(const YearStatus& s, const UnitTree& units)
{
    const QList<DeadlineStatus> pressing = s.pressing();
    if (pressing.isEmpty())
        return {};
    QStringList lines;
    for (const DeadlineStatus& d : pressing)
        lines << QCoreApplication::translate("Schedule", "%1 — %2: %3.")
                     .arg(formatDate(d.item.date), d.item.what, daysLeftText(d.daysLeft));
    lines << actionText(s, units.displayName(s.settings.unitCode));
    return lines.join(QLatin1Char('\n'));
}

} // namespace chitieu
