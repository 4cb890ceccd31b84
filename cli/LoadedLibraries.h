#pragma once
// Which Qt libraries and plugins, and which libraries loaded only when needed, this process
// has mapped, from /proc/self/maps (Linux; empty elsewhere). chitieu-cli prints them on stderr
// when CHITIEU_DEBUG_PRINT_MAPS=1, so that a test can see that a command loads no more than
// it needs.

#include <QStringList>

namespace chitieu::cli {

// The paths of the mapped files whose name holds "Qt6", that are Qt plugins, the PDF module
// (which brings Qt Gui) or libxlsxwriter (loaded for a spreadsheet), each once.
QStringList loadedLibraries();

} // namespace chitieu::cli
