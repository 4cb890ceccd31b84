#pragma once
// Measures for a unit and year. Counts are summed over the unit's subtree in SQL; each
// measure is then numerator / denominator x factor, compared with the plan's target.
// A rate is never averaged, and a zero or missing denominator gives no value.

#include "core/EnumTable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace chitieu {

class Catalogue;
class Database;
struct Measure;
struct Term;

enum class MeasureStatus { Met, NotMet, NoData };

inline constexpr EnumEntry<MeasureStatus> measureStatusEntries[] = {
    {MeasureStatus::Met, "met", QT_TRANSLATE_NOOP("Measures", "Met")},
    {MeasureStatus::NotMet, "not_met", QT_TRANSLATE_NOOP("Measures", "Not met")},
    {MeasureStatus::NoData, "no_data", QT_TRANSLATE_NOOP("Measures", "No data")},
};
inline constexpr EnumTable<MeasureStatus> measureStatuses("Measures", QT_TRANSLATE_NOOP("Keys", "measure status"),
                                                          measureStatusEntries);

struct MeasureResult
{
    QString code;
    std::optional<double> numerator;
    std::optional<double> denominator;
    std::optional<double> value;
    MeasureStatus status = MeasureStatus::NoData;
};

// Element totals of one unit and year, as summed from the database.
struct Totals
{
    QHash<QString, qint64> all;   // every unit in the subtree
    QHash<QString, qint64> urban; // commune-level urban units only
    QHash<QString, qint64> rural; // commune-level rural units only
    int communes = 0;             // commune-level units under the unit
    // For measures that compare with the year before (11): element -> (previous year, this
    // year) summed over the units that hold both years, so that a unit that has not yet
    // reported this year does not count last year only. Filled from the database
    // (pairedKnown); hand-built totals without it use the two years' plain totals.
    QHash<QString, std::pair<qint64, qint64>> paired;
    bool pairedKnown = false;
};

class MeasureCalculator
{
public:
    MeasureCalculator(Database& db, const Catalogue& catalogue);

    Totals totals(const QString& unitCode, int year);
    // Adds Totals::paired for the elements that `measures` compare with the year before.
    void addPairedTotals(Totals& totals, const QString& unitCode, int year, const QList<const Measure*>& measures);
    MeasureResult compute(const Measure& measure, const QString& unitCode, int year);
    QList<MeasureResult> computeAll(const QString& unitCode, int year);

    // Pure part, usable with totals from anywhere (the entry form's unsaved state, tests).
    static MeasureResult evaluate(const Measure& measure, const Totals& year, const Totals& previousYear);

private:
    Database& m_db;
    const Catalogue& m_catalogue;
};

} // namespace chitieu
