#pragma once
// What a measure comes to for a unit and year: its sums, its exact value, its status, and
// above commune level which communes the figure covers. Every screen and document reads this
// one result (core/format/MeasureText.h turns it into words); nothing recomputes a status.

#include "core/EnumTable.h"
#include "core/Exact.h"
#include "core/units/UnitMapping.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace chitieu {

enum class MeasureStatus { Met, NotMet, NoData, Incomplete, NotApplicable };

inline constexpr EnumEntry<MeasureStatus> measureStatusEntries[] = {
    {MeasureStatus::Met, "met", QT_TRANSLATE_NOOP("Measures", "Met")},
    {MeasureStatus::NotMet, "not_met", QT_TRANSLATE_NOOP("Measures", "Not met")},
    {MeasureStatus::NoData, "no_data", QT_TRANSLATE_NOOP("Measures", "No data")},
    {MeasureStatus::Incomplete, "incomplete", QT_TRANSLATE_NOOP("Measures", "Incomplete")},
    {MeasureStatus::NotApplicable, "not_applicable", QT_TRANSLATE_NOOP("Measures", "Not applicable")},
};
inline constexpr EnumTable<MeasureStatus> measureStatuses("Measures", QT_TRANSLATE_NOOP("Keys", "measure status"),
                                                          measureStatusEntries);

// Why a measure does not apply: 3c/3d where there is no rural/urban commune, 11 in the year
// that has no year before it in the plan.
enum class NotApplicableReason { None, NoRuralCommune, NoUrbanCommune, NoYearBefore };

// The communes behind a figure. Expected: the communes under the unit that the measure reads
// (the rural ones for 3c, the urban ones for 3d). Covered: those whose counts are in the
// figure. The others are listed by why they are not.
struct Coverage
{
    int covered = 0;
    int expected = 0;
    QStringList missing;    // expected communes that hold none of the measure's counts
    QStringList partial;    // units holding some but not all of them: left out of the measure
    QStringList notCounted; // communes whose form is not complete: received or typed, not counted

    bool isComplete() const { return covered >= expected; }
    // Whether `covered` reaches `percent` % of `expected` (exactly, in integers).
    bool reaches(int percent) const { return qint64(covered) * 100 >= qint64(percent) * expected; }
};

struct MeasureResult
{
    QString code;
    std::optional<qint64> numerator; // summed over the covered units
    std::optional<qint64> denominator;
    std::optional<Quotient> exact; // numerator x factor / denominator, when the denominator > 0
    std::optional<double> value;   // the same, correctly rounded to 15 significant digits
    MeasureStatus status = MeasureStatus::NoData;
    NotApplicableReason notApplicable = NotApplicableReason::None;

    bool aggregated = false; // above commune level: the coverage says what the figure holds
    Coverage coverage;
    bool riseFromZero = false;       // 11: from 0 last year to more than 0 (not met, no value)
    bool includesInProgress = false; // forms not complete are counted, as the user asked
    QStringList checkFailures;       // covered units whose counts break a hard check of this measure
    // Counts of a year whose unit tree is not the shown unit's (core/units/UnitMapping.h):
    // exact, estimated with the population shares named ("19744 → 19762: 0.3949"), or not
    // comparable (then there is no figure). Exact when nothing was mapped.
    Mapping mapping = Mapping::Exact;
    QStringList mappingShares;
    bool mappingUnconfirmed = false; // mapped through a crosswalk row no source confirms

    // Adds how one year's counts were mapped (the worse mapping stands).
    void markMapping(const UnitMapping& m)
    {
        if (static_cast<int>(m.mapping) > static_cast<int>(mapping))
            mapping = m.mapping;
        for (const ShareUse& s : m.shares)
            if (!mappingShares.contains(s.machineText()))
                mappingShares << s.machineText();
        mappingUnconfirmed = mappingUnconfirmed || m.unconfirmed;
    }

    // The same result with no figure: for a year that cannot be compared, no value rather than a guess.
    MeasureResult withoutFigure() const
    {
        MeasureResult r = *this;
        r.numerator.reset();
        r.denominator.reset();
        r.exact.reset();
        r.value.reset();
        r.riseFromZero = false;
        if (r.status != MeasureStatus::NotApplicable)
            r.status = MeasureStatus::NoData;
        return r;
    }

    // The same figure, status, coverage and marks (a screen shows a result again only when it differs).
    bool operator==(const MeasureResult& o) const
    {
        const auto sameQuotient = [](const std::optional<Quotient>& a, const std::optional<Quotient>& b) {
            return a.has_value() == b.has_value() &&
                   (!a || (a->numerator == b->numerator && a->denominator == b->denominator));
        };
        return code == o.code && numerator == o.numerator && denominator == o.denominator &&
               sameQuotient(exact, o.exact) && value == o.value && status == o.status &&
               notApplicable == o.notApplicable && aggregated == o.aggregated &&
               coverage.covered == o.coverage.covered && coverage.expected == o.coverage.expected &&
               coverage.missing == o.coverage.missing && coverage.partial == o.coverage.partial &&
               coverage.notCounted == o.coverage.notCounted && riseFromZero == o.riseFromZero &&
               includesInProgress == o.includesInProgress && checkFailures == o.checkFailures && mapping == o.mapping &&
               mappingShares == o.mappingShares && mappingUnconfirmed == o.mappingUnconfirmed;
    }
    bool operator!=(const MeasureResult& o) const { return !(*this == o); }
};

} // namespace chitieu
