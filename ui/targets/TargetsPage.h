#pragma once
// The Own targets tab: the targets a commune or district set itself in its own plan (plan
// section III.13), each for a measure, from a year to a year, with the document that set
// it, listed beside the plan's target. Reports show the measures against both.

#include "core/targets/UnitTargets.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace chitieu {
class Workspace;
}

namespace chitieu::ui {

class TargetsPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { MeasureColumn, ProvinceColumn, OwnColumn, PeriodColumn, DocumentColumn, ColumnCount };

    explicit TargetsPage(Workspace& workspace, QWidget* parent = nullptr);

    void refresh();
    // The actions of the buttons: set the target in the form, remove the selected one.
    bool setTarget();
    bool removeSelected();

    QTableWidget* table() const { return m_table; }
    QComboBox* measureBox() const { return m_measure; }
    QComboBox* comparatorBox() const { return m_comparator; }
    QLineEdit* targetEdit() const { return m_target; }
    QSpinBox* fromYearBox() const { return m_from; }
    QSpinBox* toYearBox() const { return m_to; }
    QLineEdit* documentEdit() const { return m_document; }
    QLabel* messageLabel() const { return m_message; }

signals:
    void targetsChanged();

private:
    Workspace& m_workspace;
    QList<UnitTarget> m_targets;
    QTableWidget* m_table;
    QComboBox* m_measure;
    QComboBox* m_comparator;
    QLineEdit* m_target;
    QSpinBox* m_from;
    QSpinBox* m_to;
    QLineEdit* m_document;
    QPushButton* m_set;
    QPushButton* m_remove;
    QLabel* m_message;
};

} // namespace chitieu::ui
