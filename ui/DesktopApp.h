#pragma once
// Starting the desktop program: arguments, translations, the database, the first-run
// questions and the main window.

namespace chitieu::ui {

int runDesktop(int argc, char* argv[]);

} // namespace chitieu::ui
