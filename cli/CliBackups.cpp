// backup, backups and restore: consistent copies of the database and going back to one.
#include "CliContext.h"
#include "core/Error.h"
#include "core/format/Dates.h"
#include "core/format/Numbers.h"
#include "core/store/Backups.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace chitieu::cli {

namespace {

int cmdBackup(Context& c)
{
    Workspace w(c.databasePath);
    const QString path = backups::make(w.db(), BackupReason::Manual, c.args.value(QStringLiteral("-o")));
    c.out << QCoreApplication::translate("Cli", "Backed up %1 to %2.").arg(c.databasePath, path) << "\n";
    return Ok;
}

int cmdBackups(Context& c)
{
    if (c.args.has(QStringLiteral("--keep"))) {
        bool ok = false;
        const int keep = c.args.value(QStringLiteral("--keep")).toInt(&ok);
        if (!ok || keep < 1 || keep > 1000)
            usageError(QCoreApplication::translate("Cli", "--keep takes a number of backups from 1 to 1000, not %1.")
                           .arg(c.args.value(QStringLiteral("--keep"))));
        Workspace w(c.databasePath);
        InstallationSettings s = w.settings();
        s.backupsKept = keep;
        w.saveSettings(s);
        backups::rotate(c.databasePath, keep);
        c.out << QCoreApplication::translate("Cli", "The newest %1 backups are kept from now on.").arg(keep) << "\n";
    }
    const QList<BackupInfo> list = backups::list(c.databasePath);
    if (list.isEmpty()) {
        c.out << QCoreApplication::translate("Cli", "No backups in %1.").arg(backups::folderFor(c.databasePath))
              << "\n";
        return Ok;
    }
    for (const BackupInfo& b : list)
        c.out << formatDateTime(b.madeAt) << "\t" << backupReasons.key(b.reason) << "\t"
              << formatCount((b.bytes + 1023) / 1024) << " KB\t" << b.path << "\n";
    return Ok;
}

int cmdRestore(Context& c)
{
    const QString file = QFileInfo(c.args.positional.first()).absoluteFilePath();
    backups::checkRestorable(file);
    QString saved;
    try {
        Database db(c.databasePath);
        saved = backups::restore(db, file);
    } catch (const Error&) {
        // A current database that cannot even be read is moved aside instead of copied.
        try {
            backups::checkRestorable(c.databasePath);
        } catch (const Error&) {
            saved = backups::replaceDamaged(c.databasePath, file);
        }
        if (saved.isEmpty())
            throw;
    }
    Workspace reopened(c.databasePath); // a backup of an older schema is upgraded now
    c.out << QCoreApplication::translate("Cli", "Restored %1 into %2. The database as it was is kept as %3.")
                 .arg(file, c.databasePath, saved)
          << "\n";
    return Ok;
}

} // namespace

Command backupCommand()
{
    Command c;
    c.name = QStringLiteral("backup");
    c.description = QCoreApplication::translate("Cli", "Make a consistent copy of the database.");
    c.options = {{QStringLiteral("o"), QStringLiteral("FILE"),
                  QCoreApplication::translate("Cli", "Write the copy here (a new file) instead of the backups folder "
                                                     "beside the database.")}};
    c.run = cmdBackup;
    return c;
}

Command backupsCommand()
{
    Command c;
    c.name = QStringLiteral("backups");
    c.description = QCoreApplication::translate("Cli", "List the backups beside the database, newest first.");
    c.options = {{QStringLiteral("keep"), QStringLiteral("N"),
                  QCoreApplication::translate("Cli", "Keep the newest N backups from now on (30 at first).")}};
    c.run = cmdBackups;
    return c;
}

Command restoreCommand()
{
    Command c;
    c.name = QStringLiteral("restore");
    c.description = QCoreApplication::translate(
        "Cli", "Replace the database with a backup; the database as it was is backed up first.");
    c.arguments = {QStringLiteral("FILE"), QCoreApplication::translate("Cli", "The backup (see chitieu-cli backups)."),
                   1, false};
    c.run = cmdRestore;
    return c;
}

} // namespace chitieu::cli
