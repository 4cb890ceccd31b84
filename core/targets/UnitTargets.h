#pragma once
// A unit's own targets (plan section III.13: each locality's plan sets its own child targets):
// for a measure, from a year to a year, with the document that set them. Reports and screens
// show a measure against the unit's own target beside the province's. For a year the target
// that applies is the one of the latest period that covers it (a revised plan overrides the
// earlier one from its first year).

#include "core/catalogue/Catalogue.h"
#include "core/compute/MeasureCalculator.h"
#include "core/store/Database.h"
#include "core/store/ValueStore.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace chitieu {

class UnitTree;

struct UnitTarget
{
    QString unitCode;
    QString measure;
    int fromYear = 0;
    int toYear = 0;
    Comparator comparator = Comparator::GreaterOrEqual;
    double target = 0;
    QString document; // the number and symbol of the unit's plan, "45/KH-UBND"
    QDateTime changedAt;
    QString changedBy;

    bool covers(int year) const { return year >= fromYear && year <= toYear; }
    // The target as the decimal it was written as (validate refuses one that is not a plain
    // decimal of a few digits), for exact comparison.
    Decimal exactTarget() const;
    // The status of a measure's result against this target, by the rules of the plan's own
    // target: compared exactly; no data, not applicable and incomplete (coverage below the
    // minimum) stay as they are; without a rate (0 and 0, a rise from 0) the result's status.
    MeasureStatus statusOf(const MeasureResult& result) const;
};

class UnitTargetStore
{
public:
    UnitTargetStore(Database& db, const Catalogue& catalogue, const UnitTree& units);

    // Throws Error saying what is wrong: an unknown unit or measure, years outside the plan
    // or in the wrong order, a target below 0, no document.
    void validate(const UnitTarget& target) const;
    // Adds or replaces the target of the unit and measure from the same first year.
    void set(const UnitTarget& target, const ChangeContext& context);
    // Throws Error when there is no such target.
    void remove(const QString& unitCode, const QString& measure, int fromYear);
    // A unit's targets as a file brings them: all of them replaced, inside the import's transaction.
    void replaceAll(const QString& unitCode, const QList<UnitTarget>& targets, const ChangeContext& context,
                    Database::Transaction&);

    std::optional<UnitTarget> forYear(const QString& unitCode, const QString& measure, int year);
    // A unit's targets (every unit's when empty), by unit, measure and first year.
    QList<UnitTarget> list(const QString& unitCode = {});

private:
    void write(const UnitTarget& target, const ChangeContext& context);

    Database& m_db;
    const Catalogue& m_catalogue;
    const UnitTree& m_units;
};

// A target as typed by a person ("0,7" in Vietnamese, "0.7") or a program ("0.7"); Error
// when it is not a number of 0 or more written with at most 6 decimals and 12 digits.
double parseTarget(const QString& text);

} // namespace chitieu
