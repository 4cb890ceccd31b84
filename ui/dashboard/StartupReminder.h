#pragma once
// At start: when one of this unit's deadlines is less than 7 days away (or past) and its
// data is not complete or not sent, the program says so in a message box that does not
// block (the home screen's banner says the same and stays).

#include <QString>

class QMessageBox;
class QWidget;

namespace chitieu {
class Workspace;
}

namespace chitieu::ui {

// Shows the reminder for the reporting year of the clock's today, non-modal, deleted when
// closed. Returns the box, or nullptr when nothing is pressing or no unit is set up.
QMessageBox* showStartupReminder(Workspace& workspace, QWidget* parent);

} // namespace chitieu::ui
