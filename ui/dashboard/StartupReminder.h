#pragma once
// At start: when one of this unit's deadlines is less than 7 days away (or past) and its
// data is not complete or not sent, the program says so in a message box that does not
// block (the home screen's banner says the same and stays).

class QMessageBox;
class QWidget;

namespace chitieu::ui {

class DashboardPage;

// Shows the home screen's reminder (its year is the clock's reporting year when the window is
// made), non-modal, deleted when closed. Returns the box, or nullptr when nothing is pressing
// or no unit is set up. The home screen has computed it already: it is not computed again.
QMessageBox* showStartupReminder(const DashboardPage& home, QWidget* parent);

} // namespace chitieu::ui
