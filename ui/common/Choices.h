#pragma once
// The choices several screens offer in a combo box, filled and selected the same way
// everywhere; each item's data is the value chosen (a year, a unit code, an agency code).

#include <QString>
#include <QVariant>

class QComboBox;
class QDate;

namespace chitieu {
class Catalogue;
class UnitTree;
class Workspace;
} // namespace chitieu

namespace chitieu::ui {

// The units a screen lists for `year`: the tree in force on the year's data date
// (Workspace::treeOfYear). The installation's unit list while no year is chosen (0) or when
// the catalogue gives no data date (its reports say so). `from` receives the tree's first day
// (invalid for the unit list).
UnitTree unitsOfYear(Workspace& workspace, int year, QDate* from = nullptr);
// The years firstYear to lastYear.
void fillYears(QComboBox* box, int firstYear, int lastYear);
// The installation's unit and every unit below it, indented by level, "name (code)"; every
// unit when the installation has none.
void fillUnitTree(QComboBox* box, const UnitTree& units, const QString& ownUnit);
// The same, filled anew with the signals blocked (the tree of another year): keeps the unit
// chosen when `units` holds it, else chooses `ownUnit`, else the first. True when the unit
// chosen changed.
bool refillUnitTree(QComboBox* box, const UnitTree& units, const QString& ownUnit);
// "All agencies", then the agencies that lead an indicator (and, with coordinators, those
// that coordinate one), by their short names.
void fillAgencies(QComboBox* box, const Catalogue& catalogue, bool withCoordinators);
// Selects the item whose data is `value`. Returns false, and leaves the choice, when there is none.
bool selectData(QComboBox* box, const QVariant& value);

} // namespace chitieu::ui
