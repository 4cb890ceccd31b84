#pragma once
// File > Administrative units over the years...: each change of the unit tree with the act
// that made it, the units merged or split (with the population shares where known) and the
// UNCONFIRMED mark of the rows no source confirms; and the tree of a chosen year.

#include <QDialog>

class QComboBox;
class QTreeWidget;

namespace chitieu {
class Workspace;
}

namespace chitieu::ui {

class UnitHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UnitHistoryDialog(Workspace& workspace, QWidget* parent = nullptr);

    QTreeWidget* changes() const { return m_changes; }
    QTreeWidget* tree() const { return m_tree; }
    QComboBox* year() const { return m_year; }

    // The text marking a unit or row that no source confirms.
    static QString unconfirmedMark();

private:
    void fillChanges();
    void showYear();

    Workspace& m_workspace;
    QTreeWidget* m_changes;
    QComboBox* m_year;
    QTreeWidget* m_tree;
};

} // namespace chitieu::ui
