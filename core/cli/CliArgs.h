#pragma once
// Parsed command-line arguments: options with a value (--unit 474, -o F), flags, and the
// remaining positional words.

#include "core/Error.h"

#include <QMap>
#include <QSet>
#include <QStringList>

namespace chitieu::cli {

// A command used the wrong way: the one error type, told apart so that the usage is printed.
struct UsageError : Error
{
    using Error::Error;
};

struct Args
{
    QMap<QString, QString> options;
    QSet<QString> flags;
    QStringList positional;

    // valueOptions: names (with dashes) that take a value; flagOptions: names that don't.
    static Args parse(const QStringList& words, const QStringList& valueOptions, const QStringList& flagOptions);

    QString required(const QString& option) const;
    QString value(const QString& option, const QString& fallback = {}) const { return options.value(option, fallback); }
    bool has(const QString& option) const { return options.contains(option) || flags.contains(option); }
    int year(const QString& option = QStringLiteral("--year")) const;
};

} // namespace chitieu::cli
