#include "Cli.h"

#include "CliArgs.h"
#include "CliContext.h"
#include "CliHelp.h"
#include "chitieu/Version.h"
#include "core/Error.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace chitieu::cli {

namespace {

QList<Command> commands()
{
    return {initCommand(),      loadValuesCommand(), setCommand(),       completeCommand(),     reopenCommand(),
            reportCommand(),    reviewCommand(),     catalogueCommand(), deliverablesCommand(), statusCommand(),
            narrativeCommand(), targetsCommand(),    exportCommand(),    importCommand(),       verifyCommand(),
            returnCommand(),    backupCommand(),     backupsCommand(),   restoreCommand(),      historyCommand(),
            unimportCommand(),  unitsCommand(),      helpCommand()};
}

const Command* find(const QList<Command>& list, const QString& name)
{
    for (const Command& c : list)
        if (c.name == name)
            return &c;
    return nullptr;
}

// The options before the command; the command's own words are left as positional arguments.
void describeGlobal(QCommandLineParser& p, bool withDefaultPath)
{
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QString db = QCoreApplication::translate("Cli", "The database file. Without it: %1");
    // The default path is only worked out for the help, once the application names are set.
    p.addOption(QCommandLineOption(QStringLiteral("db"),
                                   withDefaultPath ? db.arg(Workspace::defaultDatabasePath()) : QString(),
                                   QStringLiteral("FILE")));
    p.addOption(
        QCommandLineOption({QStringLiteral("h"), helpOptionName},
                           QCoreApplication::translate("Cli", "Show this help, or with a command, its options.")));
    p.addOption(QCommandLineOption(QStringLiteral("version"),
                                   QCoreApplication::translate("Cli", "Show the program's version.")));
}

int usage(QTextStream& err, const Command& c, const QString& message)
{
    err << QStringLiteral("chitieu-cli %1: ").arg(c.name) << message << "\n"
        << QCoreApplication::translate("Cli", "Usage:") << " " << synopsis(c) << "\n";
    return Usage;
}

int runHelp(const QList<Command>& list, const Args& a, const QCommandLineParser& global, QTextStream& out)
{
    if (a.positional.isEmpty()) {
        out << overview(global, list);
        return Ok;
    }
    const Command* c = find(list, a.positional.first());
    if (!c)
        usageError(QCoreApplication::translate("Cli", "Unknown command %1.").arg(a.positional.first()));
    out << commandHelp(*c);
    return Ok;
}

int runCommand(const QList<Command>& list, const Command& c, const QString& database, const QStringList& words,
               const QCommandLineParser& global, QTextStream& out, QTextStream& err)
{
    try {
        const Args a = Args::parse(c, words);
        if (a.helpAsked()) {
            out << commandHelp(c);
            return Ok;
        }
        a.check(c);
        if (c.name == helpOptionName)
            return runHelp(list, a, global, out);
        Context context{database.isEmpty() ? Workspace::defaultDatabasePath() : database, a, out, err, c.database};
        return c.run(context);
    } catch (const Error& e) {
        if (e.kind() == Error::Kind::Usage)
            return usage(err, c, e.message());
        err << e.message() << "\n";
        return Refused;
    }
}

} // namespace

Command helpCommand()
{
    Command c;
    c.name = helpOptionName;
    c.description = QCoreApplication::translate("Cli", "List the commands, or show the options of one.");
    c.arguments = {QCoreApplication::translate("Cli", "COMMAND"),
                   QCoreApplication::translate("Cli", "The command whose options to show."), 0, false};
    c.database = DatabaseUse::None;
    return c;
}

int run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QList<Command> list = commands();
    QCommandLineParser global;
    describeGlobal(global, true);
    // The first word is taken as the program's name.
    if (!global.parse(QStringList{QStringLiteral("chitieu-cli")} + args)) {
        err << global.errorText() << "\n\n" << overview(global, list);
        return Usage;
    }
    QStringList words = global.positionalArguments();
    if (global.isSet(QStringLiteral("version"))) {
        out << "chitieu-cli " << QStringLiteral(CHITIEU_VERSION) << "\n";
        return Ok;
    }
    if (words.isEmpty()) {
        QTextStream& s = global.isSet(helpOptionName) ? out : err;
        s << overview(global, list);
        return global.isSet(helpOptionName) ? Ok : Usage;
    }
    const QString name = words.takeFirst();
    const Command* c = find(list, name);
    if (!c) {
        err << QCoreApplication::translate("Cli", "Unknown command %1.").arg(name) << "\n\n" << overview(global, list);
        return Usage;
    }
    if (global.isSet(helpOptionName)) // chitieu-cli --help COMMAND
        words.prepend(QStringLiteral("--help"));
    return runCommand(list, *c, global.value(QStringLiteral("db")), words, global, out, err);
}

bool needsGui(const QStringList& args)
{
    QCommandLineParser global;
    describeGlobal(global, false);
    if (!global.parse(QStringList{QStringLiteral("chitieu-cli")} + args) || global.positionalArguments().isEmpty())
        return false;
    QStringList words = global.positionalArguments();
    const QList<Command> list = commands();
    const Command* c = find(list, words.takeFirst());
    if (!c || !c->draws)
        return false;
    try {
        const Args a = Args::parse(*c, words);
        if (a.helpAsked())
            return false;
        a.check(*c);
        return c->draws(a);
    } catch (const Error&) {
        return false; // wrong usage: run() says so, without drawing anything
    }
}

} // namespace chitieu::cli
