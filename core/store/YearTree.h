#pragma once
// Which unit tree a reporting year's figures are added up on: the dated tree in force on the
// year's data date (Catalogue::dataDate; UnitHistory::treeOn), or, in an installation that
// holds no dated trees, its one unit list. Every roll-up of a year reads its units through
// unitsTable(), so that a district's communes, the communes expected and the units below are
// those of the year's tree (2021–2024: the tree of 01/07/2021; 2025: no district level).

#include <QDate>
#include <QString>
#include <QStringList>

namespace chitieu {

class Catalogue;
class Database;

namespace yeartree {

// The first day of the tree of `year`; invalid when the database holds no dated trees.
QDate of(Database& db, const Catalogue& catalogue, int year);
// An SQL table expression with the columns code, name, type, level, parent_code (NULL for the
// root) and urban: the units of the tree from `tree`, or the table `units` when it is invalid.
QString unitsTable(const QDate& tree);
// The units `unitCode` is added up over in `year`: the year's tree. A commune the tree does not
// hold (counts typed for a year after its unit changed) still has its own figures: its counts
// are read through the installation's unit list. A unit above communes that the year's tree
// does not hold has no communes in that year.
QString unitsTableFor(Database& db, const Catalogue& catalogue, const QString& unitCode, int year);
// Units of the installation's list holding counts of `year` that the year's tree does not hold
// (entered for a unit after it ceased to exist): their counts are in no figure above communes.
QStringList heldOutside(Database& db, const Catalogue& catalogue, int year);
// Whether the year's tree holds `unitCode` (always true without dated trees, for a unit of the list).
bool holds(Database& db, const Catalogue& catalogue, const QString& unitCode, int year);

} // namespace yeartree
} // namespace chitieu
