// unimport: takes back an applied data file, or lists the files that can be taken back.
#include "CliContext.h"
#include "core/Error.h"
#include "core/exchange/Unimport.h"
#include "core/format/Dates.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

namespace chitieu::cli {

using namespace chitieu::exchange;

namespace {

int listFiles(Context& c, Workspace& w)
{
    const QList<ReceivedFile> files = appliedFiles(w.db());
    if (files.isEmpty())
        c.out << QCoreApplication::translate("Cli", "No data file has been applied.") << "\n";
    for (const ReceivedFile& f : files) {
        c.out << f.hash.left(16) << "  " << f.unitCode << " " << f.year << "  " << formatDateTime(f.importedAt) << "  "
              << f.fileName;
        if (f.takenBack)
            c.out << "  [" << QCoreApplication::translate("Cli", "taken back") << "]";
        c.out << "\n";
    }
    return Ok;
}

int cmdUnimport(Context& c)
{
    const Args& a = c.args;
    const bool byUnit = a.has(QStringLiteral("--unit")) || a.has(QStringLiteral("--year"));
    const bool list = a.has(QStringLiteral("--list"));
    if (int(list) + int(byUnit) + int(!a.positional.isEmpty()) != 1)
        usageError(QCoreApplication::translate("Cli", "Give a file's hash, or --unit and --year, or --list."));
    Workspace w(c.databasePath);
    if (list)
        return listFiles(c, w);
    QString hash;
    if (byUnit) {
        if (!a.has(QStringLiteral("--unit")) || !a.has(QStringLiteral("--year")))
            usageError(QCoreApplication::translate("Cli", "--unit and --year go together."));
        const QString unit = a.value(QStringLiteral("--unit"));
        if (!w.units().find(unit))
            throw Error(QCoreApplication::translate("Cli", "The unit %1 is not in the unit list.").arg(unit));
        hash = latestAppliedFile(w.db(), unit, a.year()).hash;
    } else {
        hash = a.positional.constFirst();
    }
    const UnimportPlan plan = planUnimport(w, hash);
    if (!plan.conflicts.isEmpty()) {
        c.err << QCoreApplication::translate(
                     "Cli", "%1 cannot be taken back: later changes touched what it changed. Nothing was changed.")
                     .arg(plan.file.fileName)
              << "\n";
        for (const QString& conflict : plan.conflicts)
            c.err << "  " << conflict << "\n";
        return Refused;
    }
    c.out << QCoreApplication::translate("Cli", "Taking back %1 (%2, %3), imported on %4:")
                 .arg(plan.file.fileName, plan.file.unitCode)
                 .arg(plan.file.year)
                 .arg(formatDateTime(plan.file.importedAt))
          << "\n";
    for (const ValueChange& v : plan.values)
        c.out << "  " << v.unitCode << " " << v.element << ": " << countOrDash(v.oldValue) << " -> "
              << countOrDash(v.newValue) << "\n";
    for (const QString& row : plan.rows)
        c.out << "  " << row << "\n";
    if (a.has(QStringLiteral("--dry-run"))) {
        c.out << QCoreApplication::translate("Cli", "Nothing was changed (--dry-run).") << "\n";
        return Ok;
    }
    const QString name = w.settings().userName;
    const int changed = applyUnimport(w, plan, name.isEmpty() ? QStringLiteral("chitieu-cli") : name);
    c.out << QCoreApplication::translate("Cli", "Taken back: %1 values restored.").arg(changed) << "\n";
    return Ok;
}

} // namespace

Command unimportCommand()
{
    Command c;
    c.name = QStringLiteral("unimport");
    c.description = QCoreApplication::translate(
        "Cli", "Take back an applied data file: its values, form states and received file return to before it.");
    c.options = {
        {QStringLiteral("unit"), QStringLiteral("CODE"),
         QCoreApplication::translate("Cli", "With --year: the latest applied file of this unit.")},
        {QStringLiteral("year"), QStringLiteral("Y"), QCoreApplication::translate("Cli", "The file's year.")},
        {QStringLiteral("list"), {}, QCoreApplication::translate("Cli", "List the applied files and their hashes.")},
        {QStringLiteral("dry-run"), {}, QCoreApplication::translate("Cli", "Show what would change; change nothing.")},
    };
    c.arguments = {QStringLiteral("FILE-HASH"),
                   QCoreApplication::translate("Cli", "The file's content hash (at least its first 8 characters).")};
    c.run = cmdUnimport;
    return c;
}

} // namespace chitieu::cli
