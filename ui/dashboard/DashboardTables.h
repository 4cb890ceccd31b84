#pragma once
// The three lists of the home screen, filled from a YearStatus: the deliverables (made here
// or received), the units below and the measures to look at. Each row says its state in
// words; colour only repeats it.

#include "core/schedule/YearStatus.h"

#include <QString>

class QTableWidget;

namespace chitieu {
class Catalogue;
class UnitTree;
} // namespace chitieu

namespace chitieu::ui {

// Row data: the deliverable id, unit code or measure code of each row (column 0).
constexpr int RowKeyRole = Qt::UserRole + 1;
// Row data: a machine word for the row's state (overdue, soon, upcoming, done; on_time, late,
// not_complete, missing; not_met, incomplete, no_data), for tests and screen readers' sake of a stable value.
constexpr int RowStateRole = Qt::UserRole + 2;

namespace dashboard {
enum DeadlineColumn { DeadlineDate, DeadlineState, DeadlineWhat, DeadlineColumnCount };
enum UnitColumn { UnitName, UnitState, UnitMade, UnitReceived, UnitColumnCount };
enum MeasureColumn { MeasureName, MeasureValue, MeasureTarget, MeasureState, MeasureColumnCount };
} // namespace dashboard

// The deliverable's state key: overdue, soon (less than 7 days), upcoming or done.
QString deadlineStateKey(const DeliverableStatus& d);

// The rows of a table set up here follow their wrapped text whenever the columns' widths
// change, and after each fill, once the event loop has laid the table out.
void setUpTable(QTableWidget* table, const QStringList& headers, int stretchColumn);
void fillDeliverables(QTableWidget* table, const YearStatus& status);
void fillUnitsBelow(QTableWidget* table, const YearStatus& status, const UnitTree& units);
// Measures not met first, then those incomplete, then those without data; the value says the
// communes it covers, and its tooltip what is missing.
void fillMeasuresToWatch(QTableWidget* table, const YearStatus& status, const Catalogue& catalogue,
                         const UnitTree& units);

} // namespace chitieu::ui
