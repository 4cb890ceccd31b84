#pragma once
// The 32 measures of one unit and year, grouped as in the plan: group > indicator > measure,
// with value (and above commune level the communes it covers: "0,61 ‰ · 9/10 xã"), target
// and status columns; the value's and status's tooltips say what the figure covers and why.

#include "core/compute/MeasureCalculator.h"

#include <QStandardItemModel>

namespace chitieu {
class Catalogue;
class UnitTree;
} // namespace chitieu

namespace chitieu::ui {

class MeasuresModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Value, Target, Status, Numerator, Denominator, ColumnCount };
    enum Role { MeasureCodeRole = Qt::UserRole + 1, StatusRole };

    MeasuresModel(const Catalogue& catalogue, const UnitTree& units, QObject* parent = nullptr);
    // Shows the results; an empty agency shows every indicator, otherwise only the
    // indicators that agency leads or coordinates.
    void setResults(const QList<MeasureResult>& results, const QString& agencyFilter = {});

private:
    const Catalogue& m_catalogue;
    const UnitTree& m_units;
};

} // namespace chitieu::ui
