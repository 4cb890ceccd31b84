#pragma once
// Shows what an exchange file would change, value by value (old -> new), and lets the user
// accept or reject it. In OwnValues mode it lists only the values entered on this computer
// that the file would overwrite.

#include "core/exchange/ImportDecisions.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace chitieu {
class Catalogue;
class UnitTree;
} // namespace chitieu

namespace chitieu::ui {

class DiffReviewDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Changes, OwnValues };
    enum Column { Unit, Element, Old, New, Comment, Own, ColumnCount };

    DiffReviewDialog(const exchange::ChangeReview& review, const Catalogue& catalogue, const UnitTree& units, Mode mode,
                     QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* intro() const { return m_intro; }
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* rejectButton() const { return m_reject; }

private:
    QLabel* m_intro;
    QTableWidget* m_table;
    QPushButton* m_accept;
    QPushButton* m_reject;
};

} // namespace chitieu::ui
