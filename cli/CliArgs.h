#pragma once
// Parsed command-line arguments: options with a value (--unit 474, -o F), flags, and the
// remaining positional words.

#include <QMap>
#include <QSet>
#include <QStringList>
#include <stdexcept>

namespace chitieu::cli {

struct UsageError : std::runtime_error
{
    explicit UsageError(const QString& message) : std::runtime_error(message.toStdString()), text(message) {}
    QString text;
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
