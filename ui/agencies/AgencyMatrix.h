#pragma once
// The agencies x indicators matrix of plan section III: who leads (L) and who coordinates (C)
// each indicator, a line of each agency's tasks, and how its measures stand for a unit and year.

#include "core/compute/MeasureCalculator.h"

#include <QList>
#include <QString>

class QTableWidget;

namespace chitieu {
class Catalogue;
struct Agency;
} // namespace chitieu

namespace chitieu::ui {

// Met / not met / no data (or incomplete) among the measures of the indicators an agency leads
// or coordinates, leaving out those that do not apply.
struct AgencySummary
{
    int measures = 0;
    int met = 0;
    int notMet = 0;
    int noData = 0;
};

AgencySummary agencySummary(const Catalogue& catalogue, const QString& agencyCode, const QList<MeasureResult>& results);

// The first sentence of an agency's tasks: a line or two for the matrix.
QString shortTasks(const Agency& agency);

// Column layout: agency, one per indicator (in the catalogue's order), met, not met, no data, tasks.
struct AgencyColumns
{
    int indicators = 0;
    int first() const { return 1; }
    int met() const { return 1 + indicators; }
    int notMet() const { return 2 + indicators; }
    int noData() const { return 3 + indicators; }
    int tasks() const { return 4 + indicators; }
    int count() const { return 5 + indicators; }
};

// Row data: the agency code of each row (column 0).
constexpr int AgencyCodeRole = Qt::UserRole + 1;

void setUpAgencyMatrix(QTableWidget* table, const Catalogue& catalogue);
void fillAgencyMatrix(QTableWidget* table, const Catalogue& catalogue, const QList<MeasureResult>& results);

} // namespace chitieu::ui
