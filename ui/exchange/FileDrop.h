#pragma once
// Drag and drop of .chitieu files (or folders) on the main window: they are imported by the
// exchange page.

class QWidget;

namespace chitieu::ui {

class ExchangePage;

// Makes `window` accept dropped exchange files and hand them to `page`.
void installFileDrop(QWidget* window, ExchangePage* page);

} // namespace chitieu::ui
