#pragma once
// What a measure's result says to people, one function each, read by every screen and
// document: the value with the communes it covers ("0,61 ‰ · 9/10 xã"), the status words,
// and the notes behind them (why it does not apply, which communes are missing, partial or
// not counted, broken hard checks, a rise from 0). Colours and symbols: StatusLook.h.

#include "core/compute/MeasureResult.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace chitieu {

struct Measure;
class UnitTree;

// "9/10 communes": covered of expected.
QString formatCoverage(const Coverage& coverage);
// The value with its unit, "rise from 0" for 11 from nothing, or "" without a value.
QString formatResultValue(const MeasureResult& result, const Measure& measure, const QLocale& locale = QLocale());
// The same followed by the coverage above commune level: "0,61 ‰ · 9/10 communes".
QString formatResultValueWithCoverage(const MeasureResult& result, const Measure& measure,
                                      const QLocale& locale = QLocale());
QString statusText(const MeasureResult& result);
// 11 when the count rose from 0: no rate says by how much.
QString riseFromZeroText();
// Why the measure does not apply to this unit or year.
QString notApplicableText(const MeasureResult& result, const Measure& measure);
// Sentences that explain the figure (empty when there is nothing to say): coverage, the
// communes missing, partial or not counted (named), forms in progress counted, broken hard
// checks, a rise from 0, why it does not apply.
QStringList resultNotes(const MeasureResult& result, const Measure& measure, const UnitTree& units);

} // namespace chitieu
