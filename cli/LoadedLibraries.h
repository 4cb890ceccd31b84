#pragma once
// Which Qt libraries and plugins this process has mapped, from /proc/self/maps (Linux; empty
// elsewhere). chitieu-cli prints them on stderr when CHITIEU_DEBUG_PRINT_MAPS=1, so that a
// test can see that a command loads no more of Qt than it needs.

#include <QStringList>

namespace chitieu::cli {

// The paths of the mapped files whose name holds "Qt6", that are Qt plugins or that are the
// PDF module (which brings Qt Gui), each once.
QStringList loadedQtLibraries();

} // namespace chitieu::cli
