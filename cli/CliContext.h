#pragma once
// What every command receives: its arguments, the output streams and the database path.

#include "Cli.h"
#include "CliArgs.h"

#include <QTextStream>

namespace chitieu::cli {

struct Context
{
    QString databasePath; // from --db, or the default one
    QStringList words;    // the command's own words, after the command name
    QTextStream& out;
    QTextStream& err;
};

// Each returns an exit code; they throw Error for refused input and UsageError for misuse.
int cmdInit(Context& c);
int cmdLoadValues(Context& c);
int cmdSet(Context& c);
int cmdReport(Context& c);
int cmdReview(Context& c);
int cmdCatalogue(Context& c);
int cmdStatus(Context& c);
int cmdExport(Context& c); // CliExchange.cpp
int cmdImport(Context& c);
int cmdVerify(Context& c);
int cmdReturn(Context& c);

} // namespace chitieu::cli
