#pragma once
// What the desktop program does at start before any window: answer --version without a
// display, set the program icon, and choose the language (the system's first, then the one
// saved in the settings once the database is open).

#include <QString>

namespace chitieu::ui {

// Prints "chitieu VERSION" and returns true when the arguments ask for the version; called
// before the QApplication exists, so it works without a display (package tests, scripts).
bool printVersionIfAsked(int argc, char* argv[]);

// The window icon and the system's language. Needs the QApplication.
void prepareApplication();

// Applies a language saved in the settings ("vi", "en"; empty follows the system) when it
// differs from the one in use. Windows built before keep their texts.
void applySavedLanguage(const QString& preference);

} // namespace chitieu::ui
