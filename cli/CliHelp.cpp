#include "CliHelp.h"

#include "CliArgs.h"
#include "chitieu/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace chitieu::cli {

namespace {
const QString program = QStringLiteral("chitieu-cli");

QString usageLine(const QString& synopsis)
{
    return QCoreApplication::translate("Cli", "Usage:") + QLatin1Char(' ') + synopsis + QLatin1Char('\n');
}

// `text` in lines of at most 79 characters, the first after `first`, the others indented as
// far, as QCommandLineParser lays out the descriptions of options.
QString wrapped(const QString& first, const QString& text)
{
    const QString indent(first.size(), QLatin1Char(' '));
    QString out = first;
    qsizetype column = first.size();
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (column > indent.size() && column + 1 + word.size() > 79) {
            out += QLatin1Char('\n') + indent;
            column = indent.size();
        } else if (column > indent.size()) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += word.size();
    }
    return out + QLatin1Char('\n');
}

// QCommandLineParser's help without its first line, which names the program by its full
// path: the description, the options and the arguments.
QString withoutUsage(const QString& help)
{
    return help.mid(help.indexOf(QLatin1Char('\n')) + 1);
}
} // namespace

QString synopsis(const Command& c)
{
    QStringList words{program};
    if (c.database != DatabaseUse::None)
        words << QStringLiteral("[--db FILE]");
    words << c.name;
    for (const Option& o : c.options) {
        const QString word = o.valueName.isEmpty() ? o.typed() : o.typed() + QLatin1Char(' ') + o.valueName;
        words << (o.required ? word : QStringLiteral("[%1]").arg(word));
    }
    if (!c.arguments.name.isEmpty())
        words << c.arguments.syntax();
    return words.join(QLatin1Char(' '));
}

QString commandHelp(const Command& c)
{
    QCommandLineParser parser;
    describe(parser, c);
    return usageLine(synopsis(c)) + withoutUsage(parser.helpText());
}

QString overview(const QCommandLineParser& global, const QList<Command>& commands)
{
    QString text = QStringLiteral("Chỉ Tiêu Trẻ Em %1 - %2\n\n")
                       .arg(QStringLiteral(CHITIEU_VERSION),
                            QCoreApplication::translate("Cli", "Plan 208 child-protection targets, command line"));
    text += usageLine(QStringLiteral("%1 [--db FILE] %2 [%3]")
                          .arg(program, QCoreApplication::translate("Cli", "COMMAND"),
                               QCoreApplication::translate("Cli", "options")));
    text += withoutUsage(global.helpText());
    text += QLatin1Char('\n') + QCoreApplication::translate("Cli", "Commands:") + QLatin1Char('\n');
    qsizetype width = 0;
    for (const Command& c : commands)
        width = std::max(width, c.name.size());
    for (const Command& c : commands)
        text += wrapped(QStringLiteral("  %1  ").arg(c.name.leftJustified(width)), c.description);
    text += QLatin1Char('\n') +
            QCoreApplication::translate("Cli", "\"%1 COMMAND --help\" shows the options of a command.").arg(program) +
            QLatin1Char('\n') +
            QCoreApplication::translate("Cli", "Exit codes: 0 ok, 1 refused input, 2 wrong usage.") + QLatin1Char('\n');
    return text;
}

} // namespace chitieu::cli
