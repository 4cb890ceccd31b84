#pragma once
// What every command receives, and the commands: each is defined (Command.h) next to the
// code that runs it.

#include "Cli.h"
#include "CliArgs.h"
#include "Command.h"
#include "core/workspace/Workspace.h"

#include <QTextStream>
#include <optional>

namespace chitieu {
struct ReportOptions;
}

namespace chitieu::cli {

struct Context
{
    QString databasePath; // from --db, or the default one
    const Args& args;     // parsed and checked against the command's definition
    QTextStream& out;
    QTextStream& err;
    DatabaseUse use = DatabaseUse::Existing;

    // The database, opened as the command's definition allows: only init makes one.
    Workspace workspace() const
    {
        return Workspace(databasePath, use == DatabaseUse::Creates ? Database::OpenMode::CreateIfMissingOrEmpty
                                                                   : Database::OpenMode::Existing);
    }
};

// A count as the command line prints it: the number, or "-" when there is none.
inline QString countOrDash(const std::optional<qint64>& v)
{
    return v ? QString::number(*v) : QStringLiteral("-");
}

// Writes to the file `path` (whole, or not at all), or to the standard output when it is empty
// or "-". CliReport.cpp.
void writeOutput(Context& c, const QString& path, const QByteArray& bytes);
// Before any work: -o must not name the database or one of its files. CliReport.cpp.
void refuseDatabaseOutput(const Context& c);

// CliValues.cpp
Command initCommand();
Command loadValuesCommand();
Command setCommand();
// CliForms.cpp
Command completeCommand();
Command reopenCommand();
// CliReport.cpp
Command reportCommand();
Command reviewCommand();
Command catalogueCommand();
// CliStatus.cpp
Command statusCommand();
// CliExchange.cpp
Command exportCommand();
Command importCommand();
Command verifyCommand();
Command returnCommand();
// CliBackups.cpp
Command backupCommand();
Command backupsCommand();
Command restoreCommand();
// CliHistory.cpp
Command historyCommand();
// CliUnimport.cpp
Command unimportCommand();
// CliNarrative.cpp
Command deliverablesCommand();
Command narrativeCommand();
Command targetsCommand();
// CliOnTree.cpp: report --on-tree as the machine CSV (the options checked by report), and
// the day of --on-tree (a usage error when it is no date).
int reportOnTree(Context& c, const ReportOptions& options);
QDate onTreeDate(const Args& a);
// CliUnits.cpp
Command unitsCommand();
// Cli.cpp: lists the commands, or shows one command's help.
Command helpCommand();

} // namespace chitieu::cli
