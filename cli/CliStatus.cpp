// status: the deadlines that concern this installation, with days left or overdue, its own
// state for the year and, for a district or the province, each unit below (on time, late,
// missing). --date fixes "today" (the clock is injected) so a clerk can see a past or
// future day and tests are repeatable.
#include "CliContext.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/format/Dates.h"
#include "core/schedule/YearStatus.h"
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

QString deadlineState(const DeadlineStatus& d, const YearStatus& s)
{
    if (d.done && d.item.fromBelow)
        return d.doneLate ? QCoreApplication::translate("Cli", "all received, some late")
                          : QCoreApplication::translate("Cli", "all received");
    if (d.done)
        return (d.doneLate ? QCoreApplication::translate("Cli", "sent %1, late")
                           : QCoreApplication::translate("Cli", "sent %1"))
            .arg(formatDate(s.own.sentAt->date()));
    return daysLeftText(d.daysLeft);
}

void printDeadlines(Context& c, const YearStatus& s)
{
    c.out << QCoreApplication::translate("Cli", "Deadlines:") << "\n";
    for (const DeadlineStatus& d : s.deadlines) {
        const QString marker = d.overdue() ? QStringLiteral("! ") : QStringLiteral("  ");
        const QString who = d.item.fromBelow ? QCoreApplication::translate("Cli", "due to this unit")
                                             : QCoreApplication::translate("Cli", "to %1").arg(d.item.to);
        c.out << marker << formatDate(d.item.date) << "  " << deadlineState(d, s).leftJustified(22) << "  "
              << d.item.what << " (" << who << ")\n";
    }
}

void printBelow(Context& c, const Workspace& w, const YearStatus& s)
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
    for (const UnitArrival& a : b.units) {
        const OrgUnit* u = w.units().find(a.unitCode);
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
    Workspace w(c.databasePath);
    const QDate today = Clock::instance().today();
    const YearStatus s = yearStatus(w, year, today);

    c.out << QCoreApplication::translate("Cli", "%1, year %2, on %3")
                 .arg(w.units().displayName(s.settings.unitCode))
                 .arg(year)
                 .arg(formatDate(today))
          << "\n\n";
    printDeadlines(c, s);
    c.out << "\n"
          << QCoreApplication::translate("Cli", "This unit's data for %1: %2")
                 .arg(year)
                 .arg(yearStates.text(s.own.state));
    if (s.own.sentAt)
        c.out << " " << QCoreApplication::translate("Cli", "(last file made %1)").arg(formatDate(s.own.sentAt->date()));
    c.out << "\n";
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
        QCoreApplication::translate("Cli", "Deadlines with the days left, this unit's state and who has reported.");
    c.options = {
        {QStringLiteral("year"), QStringLiteral("Y"), QCoreApplication::translate("Cli", "The year."), true},
        {QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
         QCoreApplication::translate("Cli", "Count the days from this date instead of today.")},
    };
    c.run = cmdStatus;
    return c;
}

} // namespace chitieu::cli
