// units: the dated unit trees: load a tree in force from a date, load the crosswalk between
// trees, list the tree of a year.
#include "CliContext.h"
#include "core/Csv.h"
#include "core/Error.h"
#include "core/format/Dates.h"
#include "core/store/UnitHistoryStore.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QMap>

namespace chitieu::cli {

namespace {

QString fileArgument(const Args& a, const QString& action)
{
    if (a.positional.size() != 2)
        usageError(QCoreApplication::translate("Cli", "units %1 takes one file").arg(action));
    return a.positional.at(1);
}

int loadTree(Context& c)
{
    const QString path = fileArgument(c.args, QStringLiteral("load"));
    if (!c.args.has(QStringLiteral("--from")))
        usageError(
            QCoreApplication::translate("Cli", "units load needs --from DATE, the day the tree is in force from"));
    const QDate from = QDate::fromString(c.args.value(QStringLiteral("--from")), Qt::ISODate);
    if (!from.isValid())
        usageError(QCoreApplication::translate("Cli", "--from must be a date written YYYY-MM-DD, such as 2025-07-01, "
                                                      "not %1")
                       .arg(c.args.value(QStringLiteral("--from"))));
    const UnitTree tree = UnitTree::loadCsv(path); // checked before the database is opened
    Workspace w = c.workspace();
    unithistory::addTree(w.db(), from, tree, path, w.settings().userName);
    c.out << QCoreApplication::translate("Cli", "Loaded the unit tree in force from %1: %2 units. Load the crosswalk "
                                                "of this change next (chitieu-cli units crosswalk FILE).")
                 .arg(formatDate(from))
                 .arg(tree.units().size())
          << "\n";
    return Ok;
}

int loadCrosswalk(Context& c)
{
    const QString path = fileArgument(c.args, QStringLiteral("crosswalk"));
    const QList<CrosswalkRow> rows = UnitHistory::loadCrosswalk(path);
    Workspace w = c.workspace();
    unithistory::saveCrosswalk(w.db(), rows, path);
    QMap<QDate, QList<CrosswalkRow>> byDate;
    for (const CrosswalkRow& r : rows)
        byDate[r.effective] << r;
    for (auto it = byDate.cbegin(); it != byDate.cend(); ++it) {
        QMap<ChangeKind, int> kinds;
        int unconfirmed = 0;
        for (const CrosswalkRow& r : it.value()) {
            ++kinds[r.kind];
            unconfirmed += r.unconfirmed() ? 1 : 0;
        }
        c.out << QCoreApplication::translate("Cli", "Change of %1: %2 rows (%3 unchanged, %4 merged, %5 split), %6 "
                                                    "UNCONFIRMED.")
                     .arg(formatDate(it.key()))
                     .arg(it.value().size())
                     .arg(kinds.value(ChangeKind::Same))
                     .arg(kinds.value(ChangeKind::Merged))
                     .arg(kinds.value(ChangeKind::Split))
                     .arg(unconfirmed)
              << "\n";
    }
    return Ok;
}

void printUnit(Context& c, const UnitTree& tree, const UnitHistory& history, const QDate& from, const OrgUnit& u,
               int depth)
{
    c.out << QString(depth * 2, QLatin1Char(' ')) << u.code << "  " << u.name;
    if (from.isValid() && history.isUnconfirmed(from, u.code))
        c.out << "  " << QCoreApplication::translate("Cli", "[UNCONFIRMED: see the history of units]");
    c.out << "\n";
    for (const OrgUnit* child : tree.children(u.code))
        printUnit(c, tree, history, from, *child, depth + 1);
}

int listTree(Context& c)
{
    if (c.args.positional.size() != 1)
        usageError(QCoreApplication::translate("Cli", "units list takes no file"));
    if (!c.args.has(QStringLiteral("--year")))
        usageError(QCoreApplication::translate("Cli", "units list needs --year Y"));
    const int year = c.args.year();
    const QString format = c.args.value(QStringLiteral("--format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("csv"))
        usageError(QCoreApplication::translate("Cli", "--format must be text or csv"));
    Workspace w = c.workspace();
    w.catalogue().requireYear(year);
    QDate from;
    const UnitTree tree = w.treeOfYear(year, &from);
    if (format == QLatin1String("csv")) {
        c.out << "code,name,type,level,parent_code\n";
        for (const OrgUnit& u : tree.units())
            c.out << csv::joinRow({u.code, u.name, u.type, QString::number(static_cast<int>(u.level)), u.parentCode})
                  << "\n";
        return Ok;
    }
    const UnitHistory history = w.unitHistory();
    if (from.isValid())
        c.out << QCoreApplication::translate("Cli", "Units of %1 (the tree in force on %2, from %3): %4 units.")
                     .arg(year)
                     .arg(formatDate(w.catalogue().dataDate(year)), formatDate(from))
                     .arg(tree.units().size())
              << "\n";
    else
        c.out << QCoreApplication::translate("Cli", "Units of %1 (this installation's one unit list): %2 units.")
                     .arg(year)
                     .arg(tree.units().size())
              << "\n";
    for (const OrgUnit* root : tree.roots())
        printUnit(c, tree, history, from, *root, 0);
    return Ok;
}

int cmdUnits(Context& c)
{
    const QString action = c.args.positional.value(0);
    if (action == QLatin1String("load"))
        return loadTree(c);
    if (action == QLatin1String("crosswalk"))
        return loadCrosswalk(c);
    if (action == QLatin1String("list"))
        return listTree(c);
    usageError(QCoreApplication::translate("Cli", "the action must be load, crosswalk or list, not %1").arg(action));
}

} // namespace

Command unitsCommand()
{
    Command c;
    c.name = QStringLiteral("units");
    c.description = QCoreApplication::translate(
        "Cli", "The unit trees over time: load a tree in force from a date, load the crosswalk between trees, or "
               "list the tree of a year.");
    c.options = {
        {QStringLiteral("from"), QStringLiteral("DATE"),
         QCoreApplication::translate("Cli", "load: the day the tree is in force from, YYYY-MM-DD.")},
        {QStringLiteral("year"), QStringLiteral("Y"),
         QCoreApplication::translate("Cli", "list: the reporting year; its tree is the one in force on the year's "
                                            "data date.")},
        {QStringLiteral("format"), QStringLiteral("text|csv"),
         QCoreApplication::translate("Cli", "list: text (the default), or csv with the unit list's columns.")},
    };
    c.arguments = {QStringLiteral("load|crosswalk|list [FILE]"),
                   QCoreApplication::translate("Cli", "What to do, and the file to load."), 1, true};
    c.run = cmdUnits;
    return c;
}

} // namespace chitieu::cli
