#pragma once
// A measure's value and target as people read them, the same on every screen and in every
// document: the value rounded from its exact quotient with as many decimals as its target
// needs (one rule), the target with its sign and unit ("≥ 90 %", "< 1 ‰"). What a whole
// result says (coverage, status, notes) is in ResultText.h.

#include "core/Exact.h"

#include <QLocale>
#include <QString>

namespace chitieu {

struct Measure;
enum class Comparator;

// Decimals of a measure's value: one more than its target shows, at least 2, at most 4
// (a target of 90 gives 2: 83,33; 7's 0,01 gives 3; 8's 0,005 gives 4).
int rateDecimals(const Measure& measure);

QString formatValue(const Quotient& value, const Measure& measure, const QLocale& locale = QLocale()); // "83,33"
QString formatValueWithUnit(const Quotient& value, const Measure& measure,
                            const QLocale& locale = QLocale());                        // "83,33 %"
QString formatTarget(const Measure& measure, const QLocale& locale = QLocale());       // "≥ 90 %"
QString formatTargetFigure(const Measure& measure, const QLocale& locale = QLocale()); // "90"
// Another target of the measure (a unit's own), as written: "≤ 0,75 ‰".
QString formatTarget(Comparator comparator, const Decimal& target, const Measure& measure,
                     const QLocale& locale = QLocale());

} // namespace chitieu
