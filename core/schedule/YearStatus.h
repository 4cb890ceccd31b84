#pragma once
// What an installation has to know about a reporting year on a given day: the deadlines that
// concern it with days left, its own unit's state, for a district or the province the units
// below (on time, late, missing), and the measures not met or without data. The home screen,
// the start-up reminder and `chitieu-cli status` all read this.

#include "core/compute/MeasureCalculator.h"
#include "core/schedule/Completeness.h"
#include "core/schedule/Deadlines.h"
#include "core/schedule/UnitYearState.h"
#include "core/store/InstallationSettings.h"

#include <QDate>
#include <QList>
#include <optional>

namespace chitieu {

class Workspace;

struct DeadlineStatus
{
    DueItem item;
    qint64 daysLeft = 0; // < 0: overdue
    // Own report: this unit's file is sent. From below: every unit below has sent its file.
    bool done = false;
    bool doneLate = false; // sent (or, from below, some file made) after the date

    bool overdue() const { return !done && daysLeft < 0; }
    // Less than 7 days away (or past) and not done: what the start-up reminder speaks of.
    bool pressing() const { return !done && daysLeft < 7; }
};

struct YearStatus
{
    InstallationSettings settings;
    int year = 0;
    QDate today;
    UnitYearState own;
    QList<DeadlineStatus> deadlines;
    std::optional<Completeness> below; // for a unit with units below it
    // Measures of the unit and year; for a department only those of its indicators.
    QList<MeasureResult> measures;

    int count(MeasureStatus s) const;
    // This unit's own deadlines that are pressing while its data is not sent.
    QList<DeadlineStatus> pressing() const;
};

// The reporting year the program opens on: this year, kept within the plan's years.
int currentReportingYear(const Catalogue& catalogue, const QDate& today);

// Throws Error when this installation has no unit set up, or the year is outside the plan.
YearStatus yearStatus(Workspace& workspace, int year, const QDate& today);

// The start-up reminder in sentences, or empty when nothing is pressing: one line per pressing
// deadline, then what to do (complete the data and send it, or send it).
QString reminderText(const YearStatus& status, const UnitTree& units);

} // namespace chitieu
