#include "CliArgs.h"

#include "core/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace chitieu::cli {

QString Option::typed() const
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

QString Arguments::syntax() const
{
    const QString one = many ? name + QStringLiteral("...") : name;
    return min > 0 ? one : QStringLiteral("[%1]").arg(one);
}

void usageError(const QString& message)
{
    throw Error(message, Error::Kind::Usage);
}

void describe(QCommandLineParser& parser, const Command& command)
{
    parser.setApplicationDescription(command.description);
    for (const Option& o : command.options)
        parser.addOption(QCommandLineOption(o.name, o.description, o.valueName));
    parser.addOption(QCommandLineOption({QStringLiteral("h"), helpOptionName},
                                        QCoreApplication::translate("Cli", "Show this command's options.")));
    if (!command.arguments.name.isEmpty())
        parser.addPositionalArgument(command.arguments.name, command.arguments.description, command.arguments.syntax());
}

Args Args::parse(const Command& command, const QStringList& words)
{
    QCommandLineParser parser;
    describe(parser, command);
    // The first word is taken as the program's name.
    if (!parser.parse(QStringList{command.name} + words))
        usageError(parser.errorText());
    Args a;
    a.m_help = parser.isSet(helpOptionName);
    for (const Option& o : command.options) {
        if (!parser.isSet(o.name))
            continue;
        if (o.valueName.isEmpty())
            a.m_flags.insert(o.typed());
        else
            a.m_values.insert(o.typed(), parser.value(o.name));
    }
    a.positional = parser.positionalArguments();
    return a;
}

void Args::check(const Command& command) const
{
    const Arguments& expected = command.arguments;
    const qsizetype most = expected.name.isEmpty() ? 0 : expected.many ? positional.size() : 1;
    if (positional.size() > most)
        usageError(QCoreApplication::translate("Cli", "unexpected argument %1").arg(positional.at(most)));
    if (positional.size() < expected.min)
        usageError(QCoreApplication::translate("Cli", "%1 is missing").arg(expected.name));
    for (const Option& o : command.options)
        if (o.required && !has(o.typed()))
            usageError(QCoreApplication::translate("Cli", "%1 is required").arg(o.typed()));
}

int Args::year(const QString& option) const
{
    bool ok = false;
    const int y = value(option).toInt(&ok);
    if (!ok)
        usageError(QCoreApplication::translate("Cli", "%1 must be a year such as 2024").arg(option));
    return y;
}

} // namespace chitieu::cli
