#pragma once
// The figures of one commune's form while the user types: every measure's result and the soft
// checks, kept between keystrokes and recomputed only for what a changed count feeds (the
// measures that read it, its own change from last year, and those measures' distance to their
// target). What it gives always equals a computation from scratch over the same counts.

#include "SoftChecks.h"
#include "core/KnownKey.h"
#include "core/compute/MeasureCalculator.h"

#include <QHash>
#include <QList>
#include <optional>

namespace chitieu {

class Catalogue;

// The one commune whose form is open, and what the soft checks compare with.
struct FormFiguresBasis
{
    QString unitCode;
    int year = 0;
    bool urban = false;
    bool hasYearBefore = false; // the plan has the year before (11 compares with it)
    ElementValues lastYear;
    QHash<QString, QString> comments; // element -> its stored comment (answers soft checks)
    SoftCheckSettings settings;
};

class FormFigures
{
public:
    explicit FormFigures(const Catalogue& catalogue);

    // Starts over with these counts: every figure is recomputed when next asked.
    void reset(const FormFiguresBasis& basis, const ElementValues& values);
    // One count changed (nullopt: no value): only what reads it is recomputed.
    void set(const QString& element, std::optional<qint64> value);

    const ElementValues& values() const { return m_now.units.first().values; }
    QList<MeasureResult> results() const; // every measure of the catalogue, in its order
    std::optional<MeasureResult> result(const QString& measureCode) const;
    QList<SoftWarning> softWarnings() const; // changes in element order, then far from target

private:
    void refresh() const;

    const Catalogue& m_catalogue;
    QHash<QString, int> m_elementIndex;   // element -> its place in the catalogue
    QHash<QString, QList<int>> m_readers; // element -> the measures that read it
    QHash<QString, int> m_measureIndex;   // measure code -> its place in the catalogue
    FormFiguresBasis m_basis;
    YearCounts m_now;
    YearCounts m_before;
    // Kept figures, by catalogue place, and which of them a change made stale.
    mutable QList<MeasureResult> m_results;
    mutable QList<std::optional<SoftWarning>> m_far;
    mutable QList<std::optional<SoftWarning>> m_changes;
    mutable QList<bool> m_staleMeasure;
    mutable QList<bool> m_staleElement;
    mutable bool m_anyStale = true;
};

} // namespace chitieu
