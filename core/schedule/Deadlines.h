#pragma once
// Reporting deadlines as dates: the catalogue's (plan section IV) for a reporting year, and
// the deadline each sending unit's file is judged against.

#include "core/units/OrgUnit.h"

#include <QDate>
#include <optional>

namespace chitieu {

class Catalogue;
struct Deadline;
struct InstallationSettings;

// The date of a deadline for reporting year `year`, or nothing when a once-only deadline
// falls in another year.
std::optional<QDate> deadlineDate(const Deadline& deadline, int year);

// A commune's file is due at the district's own deadline (a setting, 15/11 unless changed);
// a district's at 25/11 (plan section IV, id district-25-11).
QDate submissionDeadline(const Catalogue& catalogue, const InstallationSettings& settings, UnitLevel senderLevel,
                         int year);

} // namespace chitieu
