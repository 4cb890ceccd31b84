#pragma once
// A command of chitieu-cli as data: its name, a one-line description, its options and its
// positional arguments. Its parser (QCommandLineParser), its help, its usage line and its
// usage errors are all made from this one definition (CliArgs.h, CliHelp.h).

#include <QList>
#include <QString>

namespace chitieu::cli {

struct Args;
struct Context;

struct Option
{
    QString name;      // without dashes: "unit" (--unit), or one letter: "o" (-o)
    QString valueName; // the value's placeholder ("CODE"); empty for a flag
    QString description;
    bool required = false;

    QString typed() const; // as written on the command line: "--unit", "-o"
};

struct Arguments
{
    QString name; // the placeholder ("CSV", "FILE"); empty when the command takes none
    QString description;
    int min = 0;       // at least this many
    bool many = false; // more than one allowed

    QString syntax() const; // "FILE...", "[FILE...]", "CSV"
};

// Existing: --db must name a database that exists (only init creates one, so that a
// mistyped path is refused instead of answered from an empty database).
enum class DatabaseUse { None, Creates, Existing };

struct Command
{
    QString name;
    QString description; // one line, for the list of commands and the command's help
    QList<Option> options;
    Arguments arguments;
    DatabaseUse database = DatabaseUse::Existing;
    int (*run)(Context&) = nullptr; // returns the exit code; throws Error
    // Whether this call draws (PDF): its application must then be a QGuiApplication.
    bool (*draws)(const Args&) = nullptr;
};

} // namespace chitieu::cli
