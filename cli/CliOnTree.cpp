// report --on-tree: a year's figures on the units of another unit tree (the machine CSV with
// the mapping of each figure).
#include "CliContext.h"
#include "core/Error.h"
#include "core/compute/MappedMeasures.h"
#include "core/report/MeasureCsv.h"
#include "core/report/ReportModel.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

namespace chitieu::cli {

QDate onTreeDate(const Args& a)
{
    const QDate on = QDate::fromString(a.value(QStringLiteral("--on-tree")), Qt::ISODate);
    if (!on.isValid())
        usageError(QCoreApplication::translate("Cli", "--on-tree must be a date written YYYY-MM-DD, such as "
                                                      "2025-07-01, not %1")
                       .arg(a.value(QStringLiteral("--on-tree"))));
    return on;
}

int reportOnTree(Context& c, const ReportOptions& options)
{
    const Args& a = c.args;
    const QDate on = onTreeDate(a);
    for (const QString& option :
         {QStringLiteral("--deliverable"), QStringLiteral("--protect-small-numbers"), QStringLiteral("--number"),
          QStringLiteral("--date"), QStringLiteral("--recipients"), QStringLiteral("--issuer")})
        if (a.has(option))
            usageError(
                QCoreApplication::translate("Cli", "%1 cannot be used with --on-tree and --format csv").arg(option));
    refuseDatabaseOutput(c);
    const QString unit = a.value(QStringLiteral("--unit"));
    const int year = a.year();
    Workspace w = c.workspace();
    w.catalogue().requireYear(year);
    const UnitHistory history = w.unitHistory();
    if (history.isEmpty())
        throw Error(QCoreApplication::translate("Cli", "This database holds no dated unit trees (chitieu-cli units "
                                                       "load): --on-tree needs them."));
    const QDate tree = history.treeOn(on)->from;
    CountingRule rule;
    rule.includeInProgress = options.includeInProgress;
    rule.minCoveragePercent = options.minCoveragePercent.value_or(w.settings().minCoveragePercent);
    const QList<MeasureResult> results = computeOnTree(w.db(), w.catalogue(), history, tree, unit, year, rule);
    writeOutput(c, a.value(QStringLiteral("-o")), mappedMeasuresCsv(w.catalogue(), unit, year, results).toUtf8());
    return Ok;
}

} // namespace chitieu::cli
