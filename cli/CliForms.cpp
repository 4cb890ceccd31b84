// complete and reopen: a unit's yearly form, with the same rules as the entry form (who may
// change which form, the hard checks, a reason to reopen), because both go through
// core/entry/EntryFormModel.
#include "CliContext.h"
#include "core/Error.h"
#include "core/entry/EntryFormModel.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

namespace chitieu::cli {

namespace {
// The form of --unit for --year, opened as the entry form opens it.
void openForm(Workspace& w, EntryFormModel& form, const Args& a)
{
    if (!w.settings().isConfigured())
        throw Error(QCoreApplication::translate(
            "Cli", "This database has no unit of its own yet, so it cannot say whose forms it may change. Run "
                   "chitieu-cli init --unit CODE first."));
    const int year = a.year();
    w.catalogue().requireYear(year);
    form.open(a.value(QStringLiteral("--unit")), year);
    if (!form.permission().allowed)
        throw Error(form.permission().refusal);
}

int cmdComplete(Context& c)
{
    Workspace w(c.databasePath);
    EntryFormModel form(w);
    openForm(w, form, c.args);
    if (form.isComplete()) {
        c.out << QCoreApplication::translate("Cli", "The form of %1 for %2 is already marked complete.")
                     .arg(w.units().displayName(form.unitCode()))
                     .arg(form.year())
              << "\n";
        return Ok;
    }
    form.markComplete();
    c.out << QCoreApplication::translate("Cli", "Marked the form of %1 for %2 complete: it now counts in the figures "
                                                "above it, and it is read-only until reopened.")
                 .arg(w.units().displayName(form.unitCode()))
                 .arg(form.year())
          << "\n";
    return Ok;
}

int cmdReopen(Context& c)
{
    Workspace w(c.databasePath);
    EntryFormModel form(w);
    openForm(w, form, c.args);
    form.reopen(c.args.value(QStringLiteral("--reason")));
    c.out << QCoreApplication::translate("Cli", "Reopened the form of %1 for %2: it can be changed again, and it is "
                                                "not counted above until it is marked complete.")
                 .arg(w.units().displayName(form.unitCode()))
                 .arg(form.year())
          << "\n";
    return Ok;
}

QList<Option> unitAndYear()
{
    return {
        {QStringLiteral("unit"), QStringLiteral("CODE"), QCoreApplication::translate("Cli", "The commune."), true},
        {QStringLiteral("year"), QStringLiteral("Y"), QCoreApplication::translate("Cli", "The year."), true},
    };
}
} // namespace

Command completeCommand()
{
    Command c;
    c.name = QStringLiteral("complete");
    c.description = QCoreApplication::translate(
        "Cli", "Mark a commune's form for a year complete, after the hard checks (as the entry form does).");
    c.options = unitAndYear();
    c.run = cmdComplete;
    return c;
}

Command reopenCommand()
{
    Command c;
    c.name = QStringLiteral("reopen");
    c.description = QCoreApplication::translate("Cli", "Reopen a completed form, with the reason.");
    c.options = unitAndYear();
    c.options << Option{QStringLiteral("reason"), QStringLiteral("TEXT"),
                        QCoreApplication::translate("Cli", "Why it is reopened: kept with the form."), true};
    c.run = cmdReopen;
    return c;
}

} // namespace chitieu::cli
