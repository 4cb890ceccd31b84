#pragma once
// Gives the command line what needs Qt Gui: the pdf format of `report` and `review`, and an
// application object that can draw (a QApplication on the offscreen platform, since the
// command line never shows a window and often runs without a display).

namespace chitieu::ui {

// Call once in main(), before the application object is made (cli::makeApplication).
void registerReportWriters();

} // namespace chitieu::ui
