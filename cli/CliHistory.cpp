// history: every change of the values, who made it, when and how (with the received file of
// an import), as lines to read or as CSV.
#include "CliContext.h"
#include "core/Error.h"
#include "core/format/Dates.h"
#include "core/store/History.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>

namespace chitieu::cli {

namespace {

QDate dateOption(const Args& a, const QString& option)
{
    if (!a.has(option))
        return {};
    const QDate d = QDate::fromString(a.value(option), Qt::ISODate);
    if (!d.isValid())
        usageError(
            QCoreApplication::translate("Cli", "%1 must be a date written YYYY-MM-DD, such as 2024-11-20, not %2")
                .arg(option, a.value(option)));
    return d;
}

// "How": the source, and for an import the file it came from.
QString how(const HistoryEntry& e)
{
    if ((e.source != ChangeSource::Import && e.source != ChangeSource::Unimport) || e.fileHash.isEmpty())
        return changeSources.text(e.source);
    return QCoreApplication::translate("Cli", "%1 of %2 (%3)")
        .arg(changeSources.text(e.source), e.fileName.isEmpty() ? QStringLiteral("?") : e.fileName,
             e.fileHash.left(12));
}

int cmdHistory(Context& c)
{
    const Args& a = c.args;
    const QString format = a.value(QStringLiteral("--format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("csv"))
        usageError(QCoreApplication::translate("Cli", "--format must be text or csv"));
    HistoryFilter f;
    f.from = dateOption(a, QStringLiteral("--from"));
    f.to = dateOption(a, QStringLiteral("--to"));
    f.person = a.value(QStringLiteral("--person"));
    Workspace w(c.databasePath);
    if (a.has(QStringLiteral("--unit"))) {
        f.unitCode = a.value(QStringLiteral("--unit"));
        if (!w.units().find(f.unitCode))
            throw Error(QCoreApplication::translate("Cli", "The unit %1 is not in the unit list.").arg(f.unitCode));
    }
    if (a.has(QStringLiteral("--year"))) {
        f.year = a.year();
        w.catalogue().requireYear(f.year);
    }
    if (a.has(QStringLiteral("--element"))) {
        f.element = a.value(QStringLiteral("--element"));
        if (!w.catalogue().element(f.element) && f.element != QLatin1String("signing_key"))
            throw Error(QCoreApplication::translate(
                            "Cli", "Unknown data element %1: see \"chitieu-cli catalogue\" for the codes.")
                            .arg(f.element));
    }
    const QList<HistoryEntry> entries = history::changes(w.db(), f);
    if (format == QLatin1String("csv")) {
        writeOutput(c, a.value(QStringLiteral("-o")), history::toCsv(entries).toUtf8());
        return Ok;
    }
    QString text;
    QTextStream out(&text);
    if (entries.isEmpty())
        out << QCoreApplication::translate("Cli", "No changes match.") << "\n";
    for (const HistoryEntry& e : entries) {
        out << formatDateTime(e.changedAt) << "  " << e.unitCode << " " << e.year << " " << e.element << ": "
            << countOrDash(e.oldValue) << " -> " << countOrDash(e.newValue);
        if (e.oldComment != e.newComment)
            out << "  (" << QCoreApplication::translate("Cli", "comment") << ": \"" << e.oldComment << "\" -> \""
                << e.newComment << "\")";
        out << "  " << e.changedBy << "  " << how(e) << "\n";
    }
    out.flush();
    writeOutput(c, a.value(QStringLiteral("-o")), text.toUtf8());
    return Ok;
}

} // namespace

Command historyCommand()
{
    Command c;
    c.name = QStringLiteral("history");
    c.description = QCoreApplication::translate(
        "Cli", "Every change of the values: old and new, who, when and how (typed, undo, import of which file...).");
    c.options = {
        {QStringLiteral("unit"), QStringLiteral("CODE"), QCoreApplication::translate("Cli", "Only this unit.")},
        {QStringLiteral("year"), QStringLiteral("Y"), QCoreApplication::translate("Cli", "Only this year.")},
        {QStringLiteral("element"), QStringLiteral("E"),
         QCoreApplication::translate("Cli", "Only this data element (see chitieu-cli catalogue).")},
        {QStringLiteral("person"), QStringLiteral("NAME"),
         QCoreApplication::translate("Cli", "Only the changes made by this person.")},
        {QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"),
         QCoreApplication::translate("Cli", "Only the changes made on this day or after.")},
        {QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"),
         QCoreApplication::translate("Cli", "Only the changes made on this day or before.")},
        {QStringLiteral("format"), QStringLiteral("FORMAT"),
         QCoreApplication::translate("Cli", "text (the default), or csv with a row per change.")},
        {QStringLiteral("o"), QStringLiteral("FILE"),
         QCoreApplication::translate("Cli", "Write to this file instead of the standard output.")},
    };
    c.run = cmdHistory;
    return c;
}

} // namespace chitieu::cli
