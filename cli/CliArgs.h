#pragma once
// A command's arguments, parsed by a QCommandLineParser made from the command's definition
// (Command.h). Wrong usage (an unknown option, a value missing, a required option absent,
// a stray argument) throws Error of kind Usage, which the command line answers with exit
// code 2.

#include "Command.h"

#include <QMap>
#include <QSet>
#include <QStringList>

class QCommandLineParser;

namespace chitieu::cli {

// The long name of -h: the global option and every command's.
inline const QString helpOptionName = QStringLiteral("help");

struct Args
{
    QStringList positional;

    // Parses `words` (what follows the command's name). Throws Error (Usage) for an unknown
    // option or a missing value; --help is accepted (helpAsked()) and nothing else checked.
    static Args parse(const Command& command, const QStringList& words);
    // The checks after --help: required options given, the number of positional arguments.
    void check(const Command& command) const;

    bool helpAsked() const { return m_help; }
    // `option` as typed: "--unit", "-o".
    bool has(const QString& option) const { return m_values.contains(option) || m_flags.contains(option); }
    QString value(const QString& option, const QString& fallback = {}) const
    {
        return m_values.value(option, fallback);
    }
    int year(const QString& option = QStringLiteral("--year")) const; // Usage error when not a number

private:
    QMap<QString, QString> m_values;
    QSet<QString> m_flags;
    bool m_help = false;
};

// Gives `parser` the command's options (and -h, --help), description and positional
// arguments: the parser that parses the command and writes its help.
void describe(QCommandLineParser& parser, const Command& command);

// Wrong usage: an Error of kind Usage.
[[noreturn]] void usageError(const QString& message);

} // namespace chitieu::cli
