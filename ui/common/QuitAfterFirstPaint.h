#pragma once
// A hook for start-up measurements (tests/bench/run.sh): with CHITIEU_QUIT_AFTER_FIRST_PAINT=1
// in the environment the application quits once `window` (or a widget in it) has painted and
// the event loop has nothing left to do. Without the variable it does nothing. The empty
// window the benchmark compares with compiles this same file.

class QWidget;

namespace chitieu::ui {

void quitAfterFirstPaintIfAsked(QWidget& window);

} // namespace chitieu::ui
