#include "Cli.h"

#include "CliContext.h"
#include "chitieu/Version.h"
#include "core/Error.h"
#include "core/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <functional>

namespace chitieu::cli {

namespace {

struct Command
{
    const char* name;
    const char* synopsis;
    std::function<int(Context&)> run;
};

const QList<Command>& commands()
{
    static const QList<Command> list = {
        {"init", "--db FILE init [--units CSV] [--unit CODE] [--role R] [--user NAME]", cmdInit},
        {"load-values", "--db FILE load-values CSV   (rows: unit_code,year,element,value[,comment])", cmdLoadValues},
        {"set", "--db FILE set --unit CODE --year Y ELEMENT=N ...", cmdSet},
        {"report",
         "--db FILE report --unit CODE --year Y [--format csv|csv-excel|xlsx|pdf] [-o OUT] "
         "[--protect-small-numbers] [--agency CODE]",
         cmdReport},
        {"review",
         "--db FILE review --unit CODE --kind mid|final [--format csv|csv-excel|xlsx|pdf] [-o OUT] "
         "[--protect-small-numbers] [--agency CODE]",
         cmdReview},
        {"catalogue", "catalogue [--format text|csv]", cmdCatalogue},
        {"status", "--db FILE status --year Y [--date YYYY-MM-DD]", cmdStatus},
        {"export", "--db FILE export --unit CODE --year Y -o FILE.chitieu", cmdExport},
        {"import", "--db FILE import FILE|FOLDER... [--accept-changes] [--overwrite-own] [--accept-new-key]",
         cmdImport},
        {"verify", "verify FILE...", cmdVerify},
        {"return", "--db FILE return --unit CODE --year Y --reason TEXT -o FILE.chitieu", cmdReturn},
    };
    return list;
}

void printUsage(QTextStream& s)
{
    s << "Chỉ Tiêu Trẻ Em " << QStringLiteral(CHITIEU_VERSION) << " - "
      << QCoreApplication::translate("Cli", "Plan 208 child-protection targets, command line") << "\n\n"
      << QCoreApplication::translate("Cli", "Usage:") << "\n";
    for (const Command& c : commands())
        s << "  chitieu-cli " << c.synopsis << "\n";
    s << "\n"
      << QCoreApplication::translate("Cli", "Without --db the default database is used: %1")
             .arg(Workspace::defaultDatabasePath())
      << "\n"
      << QCoreApplication::translate("Cli", "Exit codes: 0 ok, 1 refused input, 2 wrong usage.") << "\n";
}

} // namespace

int run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QStringList words = args;
    QString database;
    // Global options come before the command.
    while (!words.isEmpty() && words.first().startsWith(QLatin1Char('-'))) {
        const QString option = words.takeFirst();
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            printUsage(out);
            return Ok;
        }
        if (option == QLatin1String("--version")) {
            out << "chitieu-cli " << QStringLiteral(CHITIEU_VERSION) << "\n";
            return Ok;
        }
        if (option == QLatin1String("--db") && !words.isEmpty()) {
            database = words.takeFirst();
            continue;
        }
        err << QCoreApplication::translate("Cli", "Unknown or incomplete option %1.").arg(option) << "\n";
        printUsage(err);
        return Usage;
    }
    if (words.isEmpty()) {
        printUsage(err);
        return Usage;
    }
    const QString name = words.takeFirst();
    for (const Command& c : commands()) {
        if (name != QLatin1String(c.name))
            continue;
        Context context{database.isEmpty() ? Workspace::defaultDatabasePath() : database, words, out, err};
        try {
            // Only init creates a database: a mistyped --db must not answer from an empty one.
            const bool opensDatabase =
                name != QLatin1String("init") && name != QLatin1String("catalogue") && name != QLatin1String("verify");
            if (opensDatabase && !QFileInfo::exists(context.databasePath))
                throw Error(QCoreApplication::translate("Cli", "The database %1 does not exist. Check the path, or "
                                                               "create it with: chitieu-cli --db %1 init")
                                .arg(context.databasePath));
            return c.run(context);
        } catch (const UsageError& e) {
            err << QStringLiteral("chitieu-cli %1: ").arg(name) << e.text << "\n"
                << QCoreApplication::translate("Cli", "Usage:") << " chitieu-cli " << c.synopsis << "\n";
            return Usage;
        } catch (const Error& e) {
            err << e.message() << "\n";
            return Refused;
        }
    }
    err << QCoreApplication::translate("Cli", "Unknown command %1.").arg(name) << "\n";
    printUsage(err);
    return Usage;
}

} // namespace chitieu::cli
