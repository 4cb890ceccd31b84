#pragma once
// Who has delivered, for a district or the province, a year and a deliverable it receives:
// counts and percentages on time, late and missing, one row per unit below (and, at the
// consolidating agency, per department), saved as CSV on request. From a unit's row its
// measures open (drill-down) and its data file can be returned with a reason.

#include "core/schedule/Completeness.h"
#include "core/units/OrgUnit.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace chitieu {
class Workspace;
}

namespace chitieu::ui {

class ExchangePrompts;

class CompletenessPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { Code, Name, Deadline, Made, Received, Arrival, Form, Returned, ColumnCount };

    CompletenessPanel(Workspace& workspace, ExchangePrompts* prompts, QWidget* parent = nullptr);
    void setPrompts(ExchangePrompts* prompts) { m_prompts = prompts; }

    void setYear(int year);
    void setParentUnit(const QString& code);
    void setDeliverable(const QString& deliverableId);
    void refresh();

    const Completeness& current() const { return m_current; }
    QString selectedUnit() const;
    void selectUnit(const QString& code);
    // The actions behind the buttons, callable from tests.
    bool saveCsv();
    bool returnSelected();

    QComboBox* parentBox() const { return m_parent; }
    QComboBox* deliverableBox() const { return m_deliverable; }
    QLabel* summary() const { return m_summary; }
    QTableWidget* table() const { return m_table; }
    QPushButton* consolidatedButton() const { return m_consolidated; }
    QPushButton* measuresButton() const { return m_measures; }
    QPushButton* returnButton() const { return m_return; }
    QPushButton* csvButton() const { return m_csv; }

signals:
    void measuresRequested(const QString& unitCode, int year, const QString& agencyCode);
    void dataChanged();

private:
    void fillParents();
    void fillDeliverables(); // what the chosen unit receives in the year
    void updateButtons();
    int selectedRow() const;

    Workspace& m_workspace;
    ExchangePrompts* m_prompts;
    int m_year = 0;
    UnitTree m_units; // the tree of the year (unitsOfYear)
    Completeness m_current;
    QComboBox* m_parent;
    QComboBox* m_deliverable;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_consolidated;
    QPushButton* m_measures;
    QPushButton* m_return;
    QPushButton* m_csv;
};

} // namespace chitieu::ui
