#pragma once
// The move offered to an installation whose unit was merged into another (its first start
// after the change date, or File > Move to the new unit...): the old and the new unit, the
// date, the resolution and the UNCONFIRMED mark where it applies. Accepting it is the
// main window's (MainWindow::moveToNewUnit).

#include "core/units/UnitMove.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace chitieu::ui {

class UnitMoveDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UnitMoveDialog(const UnitMove& move, QWidget* parent = nullptr);

    const UnitMove& move() const { return m_move; }
    QLabel* text() const { return m_text; }
    QPushButton* moveButton() const { return m_moveButton; }
    QPushButton* laterButton() const { return m_laterButton; }

private:
    UnitMove m_move;
    QLabel* m_text;
    QPushButton* m_moveButton;
    QPushButton* m_laterButton;
};

} // namespace chitieu::ui
