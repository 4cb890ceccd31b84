#pragma once
// The measures of one unit and year as CSV for other programs: one row per measure, dot
// decimals, no grouping, rates at full precision, an empty value when there is none. The
// last two columns are the unit's own target (its comparator's key and the number, "<=0.7")
// and the status against it, both empty where the unit set no target of its own.

#include "core/compute/MeasureCalculator.h"

#include <QString>

namespace chitieu {

class Catalogue;
struct AnnualReport;

QString measuresCsv(const Catalogue& catalogue, const QString& unitCode, int year, const QList<MeasureResult>& results);
// The same columns from a report model (its year's figures; protection flags are ignored).
QString measuresCsv(const AnnualReport& report);

} // namespace chitieu
