#pragma once
// chitieu-cli, the command line of README's "Command line" section. Exit codes: 0 ok,
// 1 refused input (a sentence on stderr), 2 wrong usage (the message and the usage line).

#include <QStringList>
#include <QTextStream>

namespace chitieu::cli {

enum ExitCode { Ok = 0, Refused = 1, Usage = 2 };

// Runs one command. args excludes the program name. A command that draws (a PDF) needs a
// QGuiApplication; needsGui() says so before the application object is made.
int run(const QStringList& args, QTextStream& out, QTextStream& err);
bool needsGui(const QStringList& args);

} // namespace chitieu::cli
