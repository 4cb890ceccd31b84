#pragma once
// Measures of a unit of one unit tree for a year whose own tree is another: the year's counts
// are mapped onto the shown unit (core/units/UnitMapping.h), and so are the year before's for
// the measures that compare with it (indicator 11), each year from its own tree. A figure is
// exact, estimated (a split counted by its population share: each count times the share,
// rounded to a whole count, and the shares named) or not comparable (no value).

#include "MeasureCalculator.h"
#include "core/units/UnitMapping.h"

namespace chitieu {

class Catalogue;
class Database;

// The counts of `year` of the units of `mapping` (one per commune, or group, of the shown tree).
YearCounts mappedCounts(Database& db, const Catalogue& catalogue, const UnitTree& shownTree, const UnitMapping& mapping,
                        int year, const CountingRule& rule = {});

// Every measure of `unitCode`, a unit of the tree in force from `shownTree`, for `year`; each
// year's tree is the one in force on its data date (Catalogue::dataDate). Each result says how
// it was mapped (MeasureResult::mapping); a result not comparable holds no figure.
QList<MeasureResult> computeOnTree(Database& db, const Catalogue& catalogue, const UnitHistory& history,
                                   const QDate& shownTree, const QString& unitCode, int year,
                                   const CountingRule& rule = {});

} // namespace chitieu
