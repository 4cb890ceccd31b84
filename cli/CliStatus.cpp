// status: each deliverable this installation makes (its own state, days left or overdue, sent
// on time or late) and receives (who has delivered it), its own data for the year and, for a
// district or the province, each unit below (on time, late, missing). --date fixes "today" (the clock is injected) so a
// clerk can see a past or future day and tests are repeatable.
#include "CliContext.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/format/Dates.h"
#include "core/schedule/YearStatus.h"
#include "core/units/UnitEnd.h"
#include "core/units/UnitMove.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

namespace chitieu::cli {

namespace {
// Installs a fixed clock for the command and puts the previous one back.
class ClockOverride
{
public:
    explicit ClockOverride(const QDate& day) : m_previous(&Clock::instance()), m_clock(QDateTime(day, QTime(12, 0)))
    {
        Clock::install(&m_clock);
    }
    ~ClockOverride() { Clock::install(m_previous); }
    ClockOverride(const ClockOverride&) = delete;
    ClockOverride& operator=(const ClockOverride&) = delete;

private:
    const Clock* m_previous;
    FixedClock m_clock;
};

QString deliverableState(const DeliverableStatus& d)
{
    if (d.fromBelow) {
        const Completeness& c = *d.arrivals;
        const QString received =
            QCoreApplication::translate("Cli", "%1 of %2 received").arg(c.expected() - c.missing).arg(c.expected());
        if (d.done())
            return d.doneLate() ? QCoreApplication::translate("Cli", "all received, some late") : received;
        return QStringLiteral("%1, %2").arg(received, daysLeftText(d.daysLeft));
    }
    if (d.done())
        return (d.doneLate() ? QCoreApplication::translate("Cli", "sent %1, late")
                             : QCoreApplication::translate("Cli", "sent %1"))
            .arg(formatDate(d.sentAt->date()));
    QString state = deliverableStates.text(d.state).toLower();
    if (d.sentAt)
        state = QCoreApplication::translate("Cli", "changed since sent %1").arg(formatDate(d.sentAt->date()));
    return QStringLiteral("%1, %2").arg(state, daysLeftText(d.daysLeft));
}

void printDeliverables(Context& c, const YearStatus& s)
{
    c.out << QCoreApplication::translate("Cli", "Deliverables:") << "\n";
    for (const DeliverableStatus& d : s.deliverables) {
        const QString marker = d.overdue() ? QStringLiteral("! ") : QStringLiteral("  ");
        c.out << marker << formatDate(d.date) << "  " << d.id.leftJustified(15) << "  "
              << deliverableState(d).leftJustified(34) << "  " << d.what << " (" << d.who << ")\n";
        if (!d.fromBelow && !d.done() && !d.missing.isEmpty())
            c.out << "      "
                  << QCoreApplication::translate("Cli", "still to do: %1").arg(d.missing.join(QStringLiteral("; ")))
                  << "\n";
        if (d.fromBelow && d.arrivals && d.arrivals->expected() > 0 && !d.arrivals->units.isEmpty() &&
            d.arrivals->units.first().deadline.isValid()) {
            QStringList missing;
            for (const UnitArrival& a : d.arrivals->units)
                if (a.arrival == Arrival::Missing)
                    missing << (a.agency.isEmpty() ? a.unitCode : a.agency);
            if (!missing.isEmpty() && missing.size() < d.arrivals->expected())
                c.out << "      "
                      << QCoreApplication::translate("Cli", "missing: %1").arg(missing.join(QStringLiteral(", ")))
                      << "\n";
        }
    }
}

void printBelow(Context& c, Workspace& w, const YearStatus& s)
{
    const Completeness& b = *s.below;
    const QDate due = b.units.isEmpty() ? QDate() : b.units.first().deadline;
    c.out << "\n"
          << QCoreApplication::translate(
                 "Cli", "Units below: %1 (files due %2): %3 on time, %4 late, %5 received not complete, %6 missing.")
                 .arg(b.expected())
                 .arg(formatDate(due))
                 .arg(b.onTime)
                 .arg(b.late)
                 .arg(b.notComplete)
                 .arg(b.missing)
          << "\n";
    // The units as the year's tree names them (a code may name another unit in another year).
    const UnitTree tree = w.treeOfYear(s.year);
    for (const UnitArrival& a : b.units) {
        const OrgUnit* u = tree.find(a.unitCode);
        QString line = QStringLiteral("  %1  %2  %3")
                           .arg(a.unitCode.leftJustified(6), (u ? u->name : QString()).leftJustified(28),
                                arrivals.text(a.arrival).leftJustified(8));
        if (a.madeAt)
            line += QStringLiteral("  ") + receiptText(a);
        if (a.madeAt)
            line +=
                QStringLiteral("  ") + QCoreApplication::translate("Cli", "made %1").arg(formatDate(a.madeAt->date()));
        if (a.returned)
            line += QStringLiteral("  ") + QCoreApplication::translate("Cli", "(returned)");
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        c.out << line << "\n";
    }
}

int cmdStatus(Context& c)
{
    const Args& a = c.args;
    const int year = a.year();
    std::optional<ClockOverride> fixed;
    if (a.has(QStringLiteral("--date"))) {
        const QDate day = QDate::fromString(a.value(QStringLiteral("--date")), Qt::ISODate);
        if (!day.isValid())
            usageError(
                QCoreApplication::translate("Cli", "--date must be a date written YYYY-MM-DD, such as 2024-11-20"));
        fixed.emplace(day);
    }
    Workspace w = c.workspace();
    const QDate today = Clock::instance().today();
    const YearStatus s = yearStatus(w, year, today);

    c.out << QCoreApplication::translate("Cli", "%1, year %2, on %3")
                 .arg(w.units().displayName(s.settings.unitCode))
                 .arg(year)
                 .arg(formatDate(today))
          << "\n\n";
    // A unit that the tree in force today no longer holds is told so first.
    const UnitHistory history = w.unitHistory();
    if (const std::optional<UnitEnd> end = unitEnd(history, s.settings.unitCode, today))
        c.out << end->advice(formatDate(end->ended)) << "\n\n";
    // Where it went whole, through every change up to today: the unit to move to.
    if (const std::optional<UnitMove> move = offeredMove(history, s.settings.unitCode, today)) {
        c.out << QCoreApplication::translate("Cli", "Its unit in the tree in force today: %1 (%2), from %3 (%4). To "
                                                    "report as that unit: chitieu-cli init --unit %2.")
                     .arg(move->toName, move->toCode, formatDate(move->date()), move->sources());
        if (move->unconfirmed())
            c.out << " "
                  << QCoreApplication::translate("Cli", "UNCONFIRMED: no source confirms a change on the way; check "
                                                        "it with the city first.");
        c.out << "\n\n";
    }
    printDeliverables(c, s);
    if (s.consolidation) {
        c.out << "\n"
              << QCoreApplication::translate("Cli", "This unit's consolidation for %1: %2")
                     .arg(year)
                     .arg(consolidations.text(*s.consolidation))
              << "\n";
    } else if (s.settings.role == Role::Commune) {
        c.out << "\n"
              << QCoreApplication::translate("Cli", "This unit's data for %1: %2")
                     .arg(year)
                     .arg(yearStates.text(s.own.state));
        if (s.own.sentAt)
            c.out << " "
                  << QCoreApplication::translate("Cli", "(last file made %1)").arg(formatDate(s.own.sentAt->date()));
        c.out << "\n";
    }
    if (s.below)
        printBelow(c, w, s);
    c.out << "\n"
          << QCoreApplication::translate("Cli", "Measures: %1 met, %2 not met, %3 incomplete, %4 without data.")
                 .arg(s.count(MeasureStatus::Met))
                 .arg(s.count(MeasureStatus::NotMet))
                 .arg(s.count(MeasureStatus::Incomplete))
                 .arg(s.count(MeasureStatus::NoData))
          << "\n";
    const QString reminder = reminderText(s, w.units());
    if (!reminder.isEmpty())
        c.out << "\n" << reminder << "\n";
    return Ok;
}

} // namespace

Command statusCommand()
{
    Command c;
    c.name = QStringLiteral("status");
    c.description =
        QCoreApplication::translate("Cli", "Each deliverable with its state and the days left, and who has reported.");
    c.options = {
        {QStringLiteral("year"), QStringLiteral("Y"), QCoreApplication::translate("Cli", "The year."), true},
        {QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
         QCoreApplication::translate("Cli", "Count the days from this date instead of today.")},
    };
    c.run = cmdStatus;
    return c;
}

} // namespace chitieu::cli
