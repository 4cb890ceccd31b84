#pragma once
// What an installation has to know about a reporting year on a given day: each deliverable it
// makes with its own state and days left, each deliverable it receives with who has delivered
// it, its own data (a commune's form, or the consolidation of the files of the units below a
// district or the province), and the measures not met or without data. The home screen,
// the start-up reminder and `chitieu-cli status` all read this.

#include "core/compute/MeasureCalculator.h"
#include "core/schedule/Completeness.h"
#include "core/schedule/DeliverableDates.h"
#include "core/schedule/DeliverableStatus.h"
#include "core/schedule/UnitYearState.h"
#include "core/store/InstallationSettings.h"

#include <QDate>
#include <QList>
#include <optional>

namespace chitieu {

class Workspace;

// Where a district's or the province's consolidation stands: the files of the units below
// and its own data file.
enum class Consolidation { NothingReceived, Receiving, AllReceived, Sent };
inline constexpr EnumEntry<Consolidation> consolidationEntries[] = {
    {Consolidation::NothingReceived, "nothing_received", QT_TRANSLATE_NOOP("Schedule", "No file received")},
    {Consolidation::Receiving, "receiving", QT_TRANSLATE_NOOP("Schedule", "Receiving files")},
    {Consolidation::AllReceived, "all_received", QT_TRANSLATE_NOOP("Schedule", "All files received")},
    {Consolidation::Sent, "sent", QT_TRANSLATE_NOOP("Schedule", "Consolidated and sent")},
};
inline constexpr EnumTable<Consolidation> consolidations("Schedule", QT_TRANSLATE_NOOP("Keys", "consolidation"),
                                                         consolidationEntries);

struct YearStatus
{
    InstallationSettings settings;
    int year = 0;
    QDate today;
    UnitYearState own; // the unit's own form (what a commune enters)
    // The data files of the units below (a district, the province; not a department).
    std::optional<Completeness> below;
    std::optional<Consolidation> consolidation; // set with `below`
    // Every deliverable made or received, by date; on the same day the unit's own first.
    QList<DeliverableStatus> deliverables;
    // Measures of the unit and year; for a department only those of its indicators.
    QList<MeasureResult> measures;

    int count(MeasureStatus s) const;
    // This unit's own deliverables that are pressing (less than 7 days away or past, not sent).
    QList<DeliverableStatus> pressing() const;
};

// The reporting year the program opens on: this year, kept within the plan's years.
int currentReportingYear(const Catalogue& catalogue, const QDate& today);

// Throws Error when this installation has no unit set up, or the year is outside the plan.
YearStatus yearStatus(Workspace& workspace, int year, const QDate& today);
// The same without the measures (left empty): what can be shown at once, while the measures
// are computed beside it (the home screen does so on a thread of its own).
YearStatus yearSchedule(Workspace& workspace, int year, const QDate& today);
// The measures yearStatus gives: the unit's, and for a department only those of its
// indicators. Needs only a calculator, so that another connection can compute them.
QList<MeasureResult> installationMeasures(MeasureCalculator& calculator, const Catalogue& catalogue,
                                          const InstallationSettings& settings, const QString& unitCode, int year);

// The start-up reminder in sentences, or empty when nothing is pressing: one line per pressing
// deliverable, then for each what is still to do.
QString reminderText(const YearStatus& status, const UnitTree& units);

} // namespace chitieu
