#pragma once
// The measures of one unit and year as CSV for other programs: one row per measure, dot
// decimals, no grouping, the value correctly rounded to 15 significant digits of its exact
// quotient (empty when there is none), the status's key, the unit's own target (its
// comparator's key and the number, "<=0.7") and the status against it (both empty where the
// unit set no target of its own), and the communes the figure covers:
// unit,year,measure,indicator,numerator,denominator,value,comparator,target,factor,status,
// unit_target,unit_status,units_covered,units_expected,flags (flags: rise_from_zero,
// hard_check_failed, includes_in_progress, separated by spaces).

#include "core/compute/MeasureResult.h"

#include <QList>
#include <QString>

namespace chitieu {

class Catalogue;
struct AnnualReport;

QString measuresCsv(const Catalogue& catalogue, const QString& unitCode, int year, const QList<MeasureResult>& results);
// The same columns and two more for a unit shown on another year's unit tree: mapping (exact,
// estimated, not_comparable) and mapping_shares (the population shares used, "19744 → 19762:
// 0.3949", separated by spaces); a row mapped through an UNCONFIRMED crosswalk row has the flag
// unconfirmed_mapping.
QString mappedMeasuresCsv(const Catalogue& catalogue, const QString& unitCode, int year,
                          const QList<MeasureResult>& results);
// The same columns from a report model (its year's figures; protection flags are ignored).
QString measuresCsv(const AnnualReport& report);
// The flags of a result as machine words ("rise_from_zero hard_check_failed").
QString machineFlags(const MeasureResult& result);

} // namespace chitieu
