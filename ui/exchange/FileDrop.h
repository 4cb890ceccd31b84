#pragma once
// Drag and drop of .chitieu files (or folders) on the main window: they are imported by the
// exchange page.

#include <functional>

class QWidget;

namespace chitieu::ui {

class ExchangePage;

// Makes `window` accept dropped exchange files and hand them to the page `page` gives when
// files are dropped (the page is made when first needed, and made again after a change of
// settings).
void installFileDrop(QWidget* window, std::function<ExchangePage*()> page);

} // namespace chitieu::ui
