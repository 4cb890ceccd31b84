#pragma once
// The choices several screens offer in a combo box, filled and selected the same way
// everywhere; each item's data is the value chosen (a year, a unit code, an agency code).

#include <QString>
#include <QVariant>

class QComboBox;

namespace chitieu {
class Catalogue;
class UnitTree;
} // namespace chitieu

namespace chitieu::ui {

// The years firstYear to lastYear.
void fillYears(QComboBox* box, int firstYear, int lastYear);
// The installation's unit and every unit below it, indented by level, "name (code)"; every
// unit when the installation has none.
void fillUnitTree(QComboBox* box, const UnitTree& units, const QString& ownUnit);
// "All agencies", then the agencies that lead an indicator (and, with coordinators, those
// that coordinate one), by their short names.
void fillAgencies(QComboBox* box, const Catalogue& catalogue, bool withCoordinators);
// Selects the item whose data is `value`. Returns false, and leaves the choice, when there is none.
bool selectData(QComboBox* box, const QVariant& value);

} // namespace chitieu::ui
