#pragma once
// Measures for a unit and year. Above commune level each measure sums its numerator and its
// denominator over the same units: those that hold every count the measure needs (for 11,
// in both years), among the communes whose form counts (Counting.h) and the units above
// communes that hold counts of their own. Units holding only some of the counts are left
// out and listed; the result says how many of the communes expected it covers. The value is
// numerator x factor / denominator, exact (core/Exact.h), compared exactly with the target. A rate
// is never averaged, and a zero or missing denominator gives no value.

#include "Counting.h"
#include "MeasureResult.h"
#include "core/KnownKey.h"
#include "core/catalogue/OrderRules.h"
#include "core/store/Database.h"
#include "core/units/UnitHistory.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace chitieu {

class Catalogue;
struct Measure;

// One unit's counts for one year.
struct UnitCounts
{
    QString code;
    bool commune = true; // false: a unit above communes holding counts of its own
    bool urban = false;  // communes only: Phường and Thị trấn
    bool counted = true; // communes: whether its form counts (Counting.h)
    ElementValues values;
    QSet<QString> broken; // elements of the hard checks these counts break (OrderRules.h)
};

// The units behind one unit's figures for a year: every commune under it (with or without
// counts) and the units above communes in its subtree that hold counts of their own.
struct YearCounts
{
    int year = 0;
    bool aggregated = false; // the unit is above commune level
    bool includesInProgress = false;
    QList<UnitCounts> units;
    QSet<QString> onlyUnits; // when not empty: only these units may be covered (like-for-like trends)

    // The sum of an element over the counted units that hold it (for checks and tests).
    qint64 sum(const QString& element) const;
    int communes() const;
};

class MeasureCalculator
{
public:
    MeasureCalculator(Database& db, const Catalogue& catalogue);

    YearCounts counts(const QString& unitCode, int year, const CountingRule& rule = {});
    MeasureResult compute(const Measure& measure, const QString& unitCode, int year, const CountingRule& rule = {});
    QList<MeasureResult> computeAll(const QString& unitCode, int year, const CountingRule& rule = {});
    // computeAll for several years of one unit, each year's roll-up made once (a report's
    // year, year before and baseline share their years before).
    QList<QList<MeasureResult>> computeAllYears(const QString& unitCode, const QList<int>& years,
                                                const CountingRule& rule = {});
    // The counts and the measures of every unit directly below a unit, by its code: the unit's
    // own counts of the year split up, not one pass over the subtree per unit below.
    QHash<QString, YearCounts> countsBelow(const QString& unitCode, int year, const CountingRule& rule = {});
    QHash<QString, QList<MeasureResult>> computeAllBelow(const QString& unitCode, int year,
                                                         const CountingRule& rule = {});

    // The pure part, usable with counts from anywhere (the entry form's unsaved state, tests).
    // `previous` is the year before, or nullptr when the plan has no year before this one.
    static MeasureResult evaluate(const Measure& measure, const YearCounts& year, const YearCounts* previous,
                                  int minCoveragePercent = 100);
    // The units whose counts a measure's figure is made of (for like-for-like comparisons).
    static QSet<QString> coveredUnits(const Measure& measure, const YearCounts& year, const YearCounts* previous);
    static bool needsPreviousYear(const Measure& measure);

    // The dated unit trees as stored, loaded again only when something stored changed (the
    // workspace's unitHistory() too: the screens and every report ask for it).
    const UnitHistory& history();

private:
    bool previousYearNeeded(int year) const;
    QList<MeasureResult> evaluateAll(const YearCounts& now, const YearCounts* before, const CountingRule& rule,
                                     const UnitMapping* beforeMapped = nullptr) const;
    // When the unit tree changed between the year before and `year` (and the unit is one of
    // `year`'s tree): how the year before's units make `unitCode` of `year`'s tree.
    std::optional<UnitMapping> mappingOfYearBefore(const QString& unitCode, int year);
    YearCounts mappedCounts(const QString& unitCode, int year, const UnitMapping& mapping, const CountingRule& rule);
    Database& m_db;
    const Catalogue& m_catalogue;
    QList<HardRule> m_rules;
    // computeAll's last results while nothing stored changes: the screens shown at start-up
    // (home, measures, agencies, the reminder) ask for the same unit and year.
    struct Remembered
    {
        QString unitCode;
        int year = 0;
        bool includeInProgress = false;
        int minCoveragePercent = 0;
        QList<MeasureResult> results;
    };
    QList<Remembered> m_remembered;
    // The last subtrees read while nothing stored changes, each unit with the unit directly
    // below the top one it lies under: a report's units below are its counts split up.
    struct Subtree
    {
        QString unitCode;
        bool includeInProgress = false;
        YearCounts counts;
        QStringList branches; // per counts.units ("" for the top unit itself)
    };
    Subtree subtree(const QString& unitCode, int year, const CountingRule& rule);
    QList<Subtree> m_rememberedSubtrees;
    Database::ChangeStamp m_rememberedAt;
    void forgetIfChanged();
    std::optional<UnitHistory> m_history; // loaded when first asked for
    Database::ChangeStamp m_historyAt;
};

} // namespace chitieu
