#pragma once
// Reporting deadlines as dates: the catalogue's (plan section IV) for a reporting year, the
// deadline each sending unit's file is judged against, and which deadlines concern an
// installation of a given role.

#include "core/store/InstallationSettings.h"
#include "core/units/OrgUnit.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace chitieu {

class Catalogue;
struct Deadline;

// The date of a deadline for reporting year `year`, or nothing when a once-only deadline
// falls in another year.
std::optional<QDate> deadlineDate(const Deadline& deadline, int year);

// A commune's file is due at the district's own deadline (a setting, 15/11 unless changed);
// a district's at 25/11 (plan section IV, id district-25-11).
QDate submissionDeadline(const Catalogue& catalogue, const InstallationSettings& settings, UnitLevel senderLevel,
                         int year);

// One deadline as an installation sees it.
struct DueItem
{
    QString id; // the catalogue's deadline id, or communeDeadlineId() for a district's own deadline
    QDate date;
    bool fromBelow = false; // the files the units below owe this unit, not this unit's own report
    QString what;           // what is due, in the UI language
    QString to;             // who receives it, in the UI language

    qint64 daysLeft(const QDate& today) const { return today.daysTo(date); } // < 0: overdue
};

// The id of the deadline a district sets for its communes (not in the plan).
QString communeDeadlineId();

// True when the catalogue's `reporters` of a deadline include an installation of `role`:
// districts report at 25/11 and 30/11; the province and the departments at 30/11, 05/12 and
// in the reviews (2023, 2025), which Sở LĐTBXH consolidates.
bool reportedBy(const QString& reporters, Role role);

// The deadlines of reporting year `year` that concern this installation, by date: its own
// (a commune: its district's deadline for communes; a district: 25/11 and 30/11; the
// province or a department: 30/11, 05/12 and the reviews), and, when it has units below
// (of level `childLevel`), the date their files are due.
QList<DueItem> deadlinesFor(const Catalogue& catalogue, const InstallationSettings& settings, int year,
                            std::optional<UnitLevel> childLevel);

// "5 days left", "1 day left", "due today", "overdue by 3 days": translated words.
QString daysLeftText(qint64 daysLeft);

} // namespace chitieu
