#pragma once
// After a file is saved (a report, a book for Excel, a chart, an exchange file): a message
// that says where it went, with a button that opens its folder.

#include <QString>

class QWidget;

namespace chitieu::ui {

// "Saved as <path>." plus `detail` when given; "Open folder" opens the file's folder in
// the system's file manager.
void showSavedNotice(QWidget* parent, const QString& title, const QString& path, const QString& detail = {});

} // namespace chitieu::ui
