#pragma once
// The overview: the unit tree on the left; for the chosen unit and year, all 32 measures
// with value, target and status, grouped as in the plan.

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTreeView;

namespace chitieu {
class Workspace;
}

namespace chitieu::ui {

class MeasuresModel;
class UnitTreeModel;

class MeasuresPage : public QWidget
{
    Q_OBJECT
public:
    explicit MeasuresPage(Workspace& workspace, QWidget* parent = nullptr);

    void setUnit(const QString& code);
    void setYear(int year);
    void setAgencyFilter(const QString& agencyCode); // empty: all agencies
    // Count forms not yet complete too (above commune level); off by default.
    void setIncludeInProgress(bool on);
    QString unit() const { return m_unitCode; }
    int year() const;
    void refresh();

    MeasuresModel* measuresModel() const { return m_measures; }
    QTreeView* unitView() const { return m_unitView; }
    QTreeView* measuresView() const { return m_measuresView; }
    // The first day of the unit tree shown: the tree of the year chosen (Workspace::treeOfYear).
    QDate treeShown() const { return m_treeFrom; }

signals:
    void unitChanged(const QString& code);
    void yearChanged(int year);

private:
    // Shows the tree of the year chosen; keeps the unit chosen when that tree holds it, else
    // chooses this installation's unit or the tree's top.
    void showTreeOfYear();

    Workspace& m_workspace;
    QDate m_treeFrom;
    bool m_treeShown = false;
    QString m_wantedUnit; // the unit last chosen, chosen again when a year's tree holds it
    bool m_followingYear = false;
    QString m_unitCode;
    UnitTreeModel* m_unitModel;
    MeasuresModel* m_measures;
    QTreeView* m_unitView;
    QTreeView* m_measuresView;
    QComboBox* m_year;
    QComboBox* m_agency;
    QCheckBox* m_includeInProgress;
    QLabel* m_title;
    QLabel* m_coverage;
};

} // namespace chitieu::ui
