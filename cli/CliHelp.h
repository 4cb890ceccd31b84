#pragma once
// The help of chitieu-cli, made from the commands' definitions (Command.h): the list of
// commands with their one-line descriptions, each command's usage line and its options
// with their descriptions. These texts are also the source of the manual pages.

#include "Command.h"

#include <QList>
#include <QString>

class QCommandLineParser;

namespace chitieu::cli {

// "chitieu-cli [--db FILE] report --unit CODE --year Y [--format ...] ..."
QString synopsis(const Command& command);
// The usage line, the description, the options and the arguments of one command.
QString commandHelp(const Command& command);
// The program's help: the usage line, the global options (described in `global`), every
// command with its one-line description, the exit codes.
QString overview(const QCommandLineParser& global, const QList<Command>& commands);

} // namespace chitieu::cli
