#pragma once
// A warning that leaves the window usable: shown beside it, not blocking it, closed with OK.

#include <QString>

class QMessageBox;
class QWidget;

namespace chitieu::ui {

// Shows the warning at once and returns it (deleted when closed); `name` is its objectName for tests.
QMessageBox* showNotice(QWidget* parent, const QString& name, const QString& title, const QString& text);

} // namespace chitieu::ui
