#pragma once
// The 32 measures of one unit and year, grouped as in the plan: group > indicator > measure,
// with value, target and status columns.

#include "core/compute/MeasureCalculator.h"

#include <QStandardItemModel>

namespace chitieu {
class Catalogue;
}

namespace chitieu::ui {

class MeasuresModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Value, Target, Status, Numerator, Denominator, ColumnCount };
    enum Role { MeasureCodeRole = Qt::UserRole + 1, StatusRole };

    explicit MeasuresModel(const Catalogue& catalogue, QObject* parent = nullptr);
    // Shows the results; an empty agency shows every indicator, otherwise only the
    // indicators that agency leads or coordinates.
    void setResults(const QList<MeasureResult>& results, const QString& agencyFilter = {});

private:
    const Catalogue& m_catalogue;
};

} // namespace chitieu::ui
