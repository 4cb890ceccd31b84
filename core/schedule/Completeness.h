#pragma once
// Who has reported: for a district or the province and a year, each unit directly below it,
// received on time, received late, received but not complete (in progress or empty), or
// missing. Only a complete form counts as on time or late (compute/Counting.h says when a
// unit's data is complete). A file is on time when the sending unit made it on or before its
// deadline (see schedule/Deadlines.h): the date it was made, not the date the clerk imported
// it, so a slow import does not make a commune late.

#include "core/EnumTable.h"
#include "core/compute/Counting.h"
#include "core/store/FormStatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <algorithm>
#include <optional>

namespace chitieu {

class Catalogue;
class Database;
class UnitTree;

enum class Arrival { OnTime, Late, NotComplete, Missing };
inline constexpr EnumEntry<Arrival> arrivalEntries[] = {
    {Arrival::OnTime, "on_time", QT_TRANSLATE_NOOP("Completeness", "On time")},
    {Arrival::Late, "late", QT_TRANSLATE_NOOP("Completeness", "Late")},
    {Arrival::NotComplete, "not_complete", QT_TRANSLATE_NOOP("Completeness", "Received, not complete")},
    {Arrival::Missing, "missing", QT_TRANSLATE_NOOP("Completeness", "Missing")},
};
inline constexpr EnumTable<Arrival> arrivals("Completeness", QT_TRANSLATE_NOOP("Keys", "arrival"), arrivalEntries);

struct UnitArrival
{
    QString unitCode;
    Arrival arrival = Arrival::Missing;
    QDate deadline;
    std::optional<QDateTime> madeAt;             // when the unit made its file
    std::optional<QDateTime> receivedAt;         // when it was imported here
    FormState formState = FormState::NotStarted; // as the file said
    Readiness readiness = Readiness::Empty;      // of what is held here (received units only)
    bool returned = false;                       // sent back to the unit with a reason
};

// "Received, complete", "Received, in progress", "Received, empty" or "Missing".
QString receiptText(const UnitArrival& a);

struct Completeness
{
    QString parentCode;
    int year = 0;
    QList<UnitArrival> units;
    int onTime = 0;
    int late = 0;
    int notComplete = 0;
    int missing = 0;

    int expected() const { return static_cast<int>(units.size()); }
    int count(Arrival a) const
    {
        return static_cast<int>(
            std::count_if(units.begin(), units.end(), [a](const UnitArrival& u) { return u.arrival == a; }));
    }
    double percent(int count) const { return units.isEmpty() ? 0 : 100.0 * count / units.size(); }
};

// deadlineId: the catalogue deadline that units above commune level are judged against
// (district-25-11 for the districts' own reports, results-30-11 for results); empty: the
// default of submissionDeadline(). Communes are always judged against the district's own
// deadline (a setting).
Completeness completeness(Database& db, const Catalogue& catalogue, const UnitTree& units, const QString& parentCode,
                          int year, const QString& deadlineId = {});
// UTF-8 CSV with a BOM (for Excel):
// unit_code,unit_name,deadline,made_at,received_at,state,form_state,returned,received
// (received: complete, in_progress, empty, or empty when nothing came)
QByteArray completenessCsv(const Completeness& c, const UnitTree& units);

} // namespace chitieu
