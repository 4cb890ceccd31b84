#pragma once
// The agencies screen: which agency leads or coordinates which indicator (plan section III),
// each agency's tasks, and how its measures stand for the chosen unit and year. From here the
// measures table opens filtered to one agency.

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace chitieu {
class Workspace;
}

namespace chitieu::ui {

class AgenciesPage : public QWidget
{
    Q_OBJECT
public:
    explicit AgenciesPage(Workspace& workspace, QWidget* parent = nullptr);

    void setUnit(const QString& code);
    void setYear(int year);
    QString unit() const;
    int year() const;
    void selectAgency(const QString& code);
    QString currentAgency() const;
    void refresh();

    // For tests and keyboard users.
    QTableWidget* matrix() const { return m_matrix; }
    QLabel* detailLabel() const { return m_detail; }
    QPushButton* showMeasuresButton() const { return m_showMeasures; }

signals:
    // Open the measures table for this unit and year, filtered to the agency.
    void measuresRequested(const QString& unitCode, int year, const QString& agencyCode);

protected:
    void showEvent(QShowEvent* event) override; // values may have changed in another tab

private:
    void showDetail();
    void requestMeasures();

    Workspace& m_workspace;
    QComboBox* m_unit;
    QComboBox* m_year;
    QTableWidget* m_matrix;
    QLabel* m_detail;
    QPushButton* m_showMeasures;
};

} // namespace chitieu::ui
