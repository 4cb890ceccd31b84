#pragma once
// The mid-term (2021-2023) and final (2021-2025) reviews of the plan for a unit: for each
// measure the path from the baseline (2020) through each year, its target, whether it is met
// at the end of the period, and the list of measures off track (not met at the end).

#include "ReportModel.h"

namespace chitieu {

// Where a measure moved from the first year with a value to the review's end year, both
// computed over the units present in both years (like for like). One year with a value, or no
// unit in both, is not enough data.
enum class Direction { Toward, Away, Unchanged, NotEnoughData };
inline constexpr EnumEntry<Direction> directionEntries[] = {
    {Direction::Toward, "toward", QT_TRANSLATE_NOOP("Reports", "Improving")},
    {Direction::Away, "away", QT_TRANSLATE_NOOP("Reports", "Worsening")},
    {Direction::Unchanged, "unchanged", QT_TRANSLATE_NOOP("Reports", "Unchanged")},
    {Direction::NotEnoughData, "not_enough_data", QT_TRANSLATE_NOOP("Reports", "Not enough data")},
};
inline constexpr EnumTable<Direction> directions("Reports", QT_TRANSLATE_NOOP("Keys", "trend"), directionEntries);

struct ReviewLine
{
    Measure measure;
    int group = 0;
    QString lead;
    QString leadName;
    QList<Figures> path;                             // one per year, baselineYear .. endYear
    MeasureStatus endStatus = MeasureStatus::NoData; // the status in endYear
    Direction direction = Direction::NotEnoughData;
    int trendFrom = 0;                    // the year the trend starts from (0: none)
    int trendUnits = 0;                   // communes present in both years of the trend
    std::optional<UnitTarget> unitTarget; // the unit's own target for the end year
    MeasureStatus unitEndStatus = MeasureStatus::NoData;
    bool offTrack() const { return endStatus == MeasureStatus::NotMet; }
};

struct ReviewReport
{
    ReviewKind kind = ReviewKind::MidTerm;
    QString unitCode;
    QString unitName;
    UnitLevel level = UnitLevel::Province;
    int baselineYear = 0;
    int firstYear = 0;
    int endYear = 0;
    QString planName;
    OfficialHeader header;
    bool smallNumbersProtected = false;
    DocumentNarrative narrative; // the review deliverable's words; empty for the figures alone

    QList<ReviewLine> lines;
    QList<ReportSection> groups;
    QList<ReportSection> agencies;
    QList<int> offTrack;            // indices into lines, in catalogue order
    QList<int> noData;              // no value at the end: cannot be judged
    QList<ReportCoverage> coverage; // one per year, baselineYear .. endYear
    // On another year's unit tree (ReportOptions::onTree): which tree, and how each year that
    // has another tree was mapped (exact, estimated with its shares, not comparable).
    QStringList treeNotes;

    QList<int> years() const; // baselineYear .. endYear
    int count(MeasureStatus endStatus) const;
    int count(MeasureStatus endStatus, const ReportSection& section) const;
};

// The review's last year: the year of the catalogue's deliverable of that review, else
// first year + 2 (mid-term) and the last year (final).
int reviewEndYear(const Catalogue& catalogue, ReviewKind kind);

// Throws Error for an unknown unit.
ReviewReport buildReview(Workspace& workspace, const QString& unitCode, ReviewKind kind,
                         const ReportOptions& options = {});

// Pure: the direction from one value to a later one (lower is better for < and <=), compared
// exactly; without both values, not enough data.
Direction directionOf(const Measure& measure, const std::optional<Quotient>& from, const std::optional<Quotient>& to);

} // namespace chitieu
