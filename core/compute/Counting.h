#pragma once
// Which communes' counts go into consolidated figures. A commune counts when its form is
// complete: typed at this installation and marked complete, or received in a file whose form
// is complete. A form in progress (or returned) is held but not counted, unless the user
// includes such forms explicitly. A commune's own figures (a report of the commune itself)
// are its data whatever its form's state. This is the one answer to "which communes count
// for unit U in year Y" for the calculator, completeness, exports and reports.

#include "core/EnumTable.h"
#include "core/store/FormStatus.h"

#include <QHash>
#include <QList>
#include <QString>

namespace chitieu {

class Catalogue;
class Database;

// What the calculator counts, and from what coverage it gives a status (both settings or
// the user's choice of the moment).
struct CountingRule
{
    bool includeInProgress = false; // count forms that are not complete, at the user's request
    int minCoveragePercent = 100;   // below it an aggregated figure's status is "incomplete"
};

struct CommuneForm
{
    QString code;
    bool urban = false;
    FormState state = FormState::NotStarted; // as FormStatus::load gives it
    bool hasValues = false;                  // holds at least one count of the year
    QString branch;                          // the unit directly below the one asked for it lies under ("" for itself)

    bool counts(const CountingRule& rule) const
    {
        return state == FormState::Complete || (rule.includeInProgress && hasValues);
    }
};

// The communes under a unit (the unit itself when it is a commune), in tree order, with
// their form's state for the year and their branch; the tree is the year's (core/store/YearTree.h).
QList<CommuneForm> communeForms(Database& db, const Catalogue& catalogue, const QString& unitCode, int year);
// Every commune of the year's tree with its form, by code (in no order; branches empty).
QHash<QString, CommuneForm> communeFormsOfTree(Database& db, const Catalogue& catalogue, int year);

// How far a unit's data for a year has come: a commune's own form; for a district or the
// province, complete when every commune under it is complete, empty when nothing under it
// holds a count, otherwise in progress.
enum class Readiness { Complete, InProgress, Empty };
inline constexpr EnumEntry<Readiness> readinessEntries[] = {
    {Readiness::Complete, "complete", QT_TRANSLATE_NOOP("Counting", "Complete")},
    {Readiness::InProgress, "in_progress", QT_TRANSLATE_NOOP("Counting", "In progress")},
    {Readiness::Empty, "empty", QT_TRANSLATE_NOOP("Counting", "Empty")},
};
inline constexpr EnumTable<Readiness> readinesses("Counting", QT_TRANSLATE_NOOP("Keys", "readiness"), readinessEntries);

struct UnitReadiness
{
    Readiness readiness = Readiness::Empty;
    int communes = 0;         // communes under the unit (1 for a commune)
    int completeCommunes = 0; // of them, complete
};
UnitReadiness readiness(Database& db, const Catalogue& catalogue, const QString& unitCode, int year);

} // namespace chitieu
