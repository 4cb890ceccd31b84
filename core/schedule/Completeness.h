#pragma once
// Who has delivered: for a receiving unit, a year and a deliverable, each unit directly below
// that makes it (and, at the consolidating agency, each department), received on time,
// received late, received but not complete (in progress or empty), or missing. Only a
// complete form counts as on time or late (compute/Counting.h says when a unit's data is
// complete). A delivery is on time when the sender made its file on or before the
// deliverable's date: the date it was made, not the date it was imported, so a slow import
// does not make a commune late. A data file is judged by the unit's latest accepted file
// (table submissions), any other deliverable by the report received (received_reports).

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
struct Deliverable;

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
    QString agency; // set for a department (its unit is the province's)
    Arrival arrival = Arrival::Missing;
    QDate deadline;
    std::optional<QDateTime> madeAt;             // when the sender made its file
    std::optional<QDateTime> receivedAt;         // when it was imported here
    FormState formState = FormState::NotStarted; // as the file said
    // Of what is held here (received data files only; a received written report is complete).
    Readiness readiness = Readiness::Empty;
    bool returned = false; // sent back to the unit with a reason
};

// "Received, complete", "Received, in progress", "Received, empty" or "Missing".
QString receiptText(const UnitArrival& a);

struct Completeness
{
    QString parentCode;
    int year = 0;
    QString deliverable; // the catalogue's id
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

// The data file the units directly below `parentCode` send up (the first deliverable with a
// data file that their role makes), or nullptr when they make none.
const Deliverable* dataDeliverableBelow(const Catalogue& catalogue, const UnitTree& units, const QString& parentCode);

// deliverableId: empty for the data files of the units below (dataDeliverableBelow). With a
// deliverable named, the departments are listed too when `parentCode` is this installation's
// unit and the installation is the consolidating agency that receives it from them.
Completeness completeness(Database& db, const Catalogue& catalogue, const UnitTree& units, const QString& parentCode,
                          int year, const QString& deliverableId = {});
// UTF-8 CSV with a BOM (for Excel):
// unit_code,unit_name,deadline,made_at,received_at,state,form_state,returned,received
// (received: complete, in_progress, empty, or empty when nothing came)
QByteArray completenessCsv(const Completeness& c, const UnitTree& units, const Catalogue& catalogue);
// A sender's name: the unit's, or the department's short name.
QString senderName(const UnitArrival& a, const UnitTree& units, const Catalogue& catalogue);

} // namespace chitieu
