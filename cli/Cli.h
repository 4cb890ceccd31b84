#pragma once
// chitieu-cli: the command-line contract of ../DESIGN.md. Exit codes: 0 ok, 1 refused input
// (a sentence on stderr), 2 wrong usage.

#include <QStringList>
#include <QTextStream>

namespace chitieu::cli {

enum ExitCode { Ok = 0, Refused = 1, Usage = 2 };

// args excludes the program name.
int run(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace chitieu::cli
