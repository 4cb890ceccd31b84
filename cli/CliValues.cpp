// init, load-values and set: creating a database and entering counts.
#include "CliContext.h"
#include "core/Csv.h"
#include "core/Error.h"
#include "core/Limits.h"
#include "core/Printable.h"
#include "core/entry/EntryPermission.h"
#include "core/format/Dates.h"
#include "core/format/Numbers.h"
#include "core/store/FormStatus.h"
#include "core/store/GivenKeys.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QUuid>

namespace chitieu::cli {

namespace {
ChangeContext cliChange(Workspace& w, const QString& source, const QString& batch = {})
{
    const InstallationSettings s = w.settings();
    return {s.userName.isEmpty() ? QStringLiteral("chitieu-cli") : s.userName, source, s.unitCode, batch};
}

// A completed form is read-only here as on screen, until it is reopened with a reason; and
// the command line stores values of this installation's branch only.
class WriteGuard
{
public:
    explicit WriteGuard(Workspace& w) : m_w(w), m_settings(w.settings()) {}

    void check(const ValueWrite& write)
    {
        if (write.year == m_lastYear && write.unitCode == m_lastUnit)
            return; // the rows of a file come unit by unit: checked with the row before
        m_lastUnit = write.unitCode;
        m_lastYear = write.year;
        const QString key = write.unitCode + QLatin1Char('|') + QString::number(write.year);
        if (m_checked.contains(key))
            return;
        EntryPermission::requireInBranch(m_settings, m_w.units(), write.unitCode);
        if (FormStatus::load(m_w.db(), write.unitCode, write.year).state == FormState::Complete)
            throw Error(QCoreApplication::translate("Cli", "The form of %1 for %2 is marked complete and can only be "
                                                           "read. Reopen it, with a reason, in the Data entry tab "
                                                           "or with chitieu-cli reopen first. Nothing was stored.")
                            .arg(m_w.units().displayName(write.unitCode))
                            .arg(write.year));
        m_checked.insert(key); // bounded by units x years, whatever the size of the input
    }

private:
    Workspace& m_w;
    InstallationSettings m_settings;
    QSet<QString> m_checked;
    QString m_lastUnit;
    int m_lastYear = 0;
};

int cmdInit(Context& c)
{
    const Args& a = c.args;
    // Read the unit list and check the name first: bad input must not leave a half-made
    // database behind.
    if (a.has(QStringLiteral("--user")))
        limits::checkText(a.value(QStringLiteral("--user")), limits::TextKind::Name,
                          QCoreApplication::translate("Settings", "The user name"));
    std::optional<UnitTree> units;
    if (a.has(QStringLiteral("--units")))
        units = UnitTree::loadCsv(a.value(QStringLiteral("--units")));
    Workspace w = c.workspace();
    if (units && w.importUnits(*units))
        c.out << QCoreApplication::translate("Cli", "The built-in unit trees of Thừa Thiên Huế 2021–2025 were removed: "
                                                    "they do not describe this unit list, so every year is added up "
                                                    "on the list itself. Load dated trees for it with chitieu-cli "
                                                    "units load.")
              << "\n";
    InstallationSettings s = w.settings();
    if (a.has(QStringLiteral("--unit")))
        s.serveUnit(w.units(), a.value(QStringLiteral("--unit")));
    if (a.has(QStringLiteral("--role"))) {
        // A value that is no role is a wrong use of the command: its usage lists the roles.
        const std::optional<Role> r = roles.find(a.value(QStringLiteral("--role")));
        if (!r || *r == Role::Unset)
            usageError(QCoreApplication::translate("Cli", "--role must be commune, district, province or department"));
        s.role = *r;
    }
    if (a.has(QStringLiteral("--agency"))) {
        if (!w.catalogue().agency(a.value(QStringLiteral("--agency"))))
            throw Error(QCoreApplication::translate("Cli", "The agency %1 is not in the catalogue.")
                            .arg(a.value(QStringLiteral("--agency"))));
        s.agencyCode = a.value(QStringLiteral("--agency"));
    }
    if (a.has(QStringLiteral("--user")))
        s.userName = a.value(QStringLiteral("--user"));
    w.saveSettings(s);
    c.out << QCoreApplication::translate("Cli", "Database %1 is ready (schema %2, %3 units, catalogue %4 %5).")
                 .arg(c.databasePath)
                 .arg(w.db().schemaVersion())
                 .arg(w.units().units().size())
                 .arg(s.catalogueId, s.catalogueVersion)
          << "\n";
    QStringList days;
    const UnitHistory history = w.unitHistory(); // kept: the loop reads its trees
    for (const DatedTree& t : history.trees())
        days << formatDate(t.from);
    if (!days.isEmpty())
        c.out << QCoreApplication::translate("Cli", "Unit trees in force from %1 (chitieu-cli units list --year Y).")
                     .arg(days.join(QStringLiteral(", ")))
              << "\n";
    return Ok;
}

// One row of a values file as a write; throws Error naming the line.
ValueWrite rowWrite(const csv::Row& row, Workspace& w)
{
    if (row.fields.size() < 4 || row.fields.size() > 5)
        throw Error(
            QCoreApplication::translate("Cli", "expected unit_code,year,element,value[,comment] but found %1 columns.")
                .arg(row.fields.size()));
    ValueWrite write;
    write.unitCode = row.fields[0].trimmed();
    bool yearOk = false;
    write.year = row.fields[1].trimmed().toInt(&yearOk);
    if (!yearOk)
        throw Error(
            QCoreApplication::translate("Cli", "the year \"%1\" is not a number.").arg(printable(row.fields[1])));
    write.element = row.fields[2].trimmed();
    const CountParse count = parsePlainCount(row.fields[3]);
    if (!count.value)
        throw Error(QCoreApplication::translate("Cli", "the value \"%1\" is not a whole number of 0 or more.")
                        .arg(printable(row.fields[3])));
    write.value = count.value;
    if (row.fields.size() == 5)
        write.comment = row.fields[4];
    w.values().validate(write);
    return write;
}

// The line of `path` that first gives the key of `write`: read again only to name it in the
// error about a later line giving the same key.
qint64 firstLineGiving(const QString& path, const ValueWrite& write)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("Csv", "Cannot read %1: %2").arg(path, file.errorString()));
    csv::Reader reader(file, path);
    while (const std::optional<csv::Row> row = reader.next())
        if (row->fields.size() >= 3 && row->fields[0].trimmed() == write.unitCode &&
            row->fields[1].trimmed().toInt() == write.year && row->fields[2].trimmed() == write.element)
            return row->line;
    throw Error(QCoreApplication::translate("Cli", "%1 changed while it was being read: load it again.").arg(path));
}

// Reads the file row by row and writes it in batches inside one transaction: memory stays
// bounded whatever the file's size, and the file is stored whole or not at all. Duplicates
// are found by one bit per key (GivenKeys), not a list of rows in memory.
int cmdLoadValues(Context& c)
{
    const Args& a = c.args;
    const QString path = a.positional.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("Csv", "Cannot read %1: %2").arg(path, file.errorString()));
    csv::Reader reader(file, path);
    Workspace w = c.workspace();
    WriteGuard guard(w);
    const ChangeContext context = cliChange(
        w, ChangeContext::loadValues, QStringLiteral("load:") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    Database& db = w.db();
    Database::Transaction t(db);
    GivenKeys given(w.units(), w.catalogue());
    constexpr int batchSize = 1000;
    QList<ValueWrite> batch;
    qint64 read = 0;
    qint64 changed = 0;
    auto nextRow = [&]() -> std::optional<csv::Row> {
        try {
            return reader.next();
        } catch (const Error& e) { // names the line; the transaction is not committed
            throw Error(QCoreApplication::translate("Cli", "%1 Nothing was stored from this file.").arg(e.message()));
        }
    };
    while (const std::optional<csv::Row> row = nextRow()) {
        if (row->fields.value(0).trimmed() == QLatin1String("unit_code"))
            continue; // header
        try {
            const ValueWrite write = rowWrite(*row, w);
            if (!given.add(write.unitCode, write.year, write.element))
                throw Error(QCoreApplication::translate("Cli", "%1 %2 %3 is already given on line %4.")
                                .arg(write.unitCode)
                                .arg(write.year)
                                .arg(write.element)
                                .arg(firstLineGiving(path, write)));
            guard.check(write);
            batch << write;
        } catch (const Error& e) {
            throw Error(QCoreApplication::translate("Cli", "%1, line %2: %3 Nothing was stored from this file.")
                            .arg(path)
                            .arg(row->line)
                            .arg(e.message()));
        }
        ++read;
        if (batch.size() >= batchSize) {
            changed += w.values().apply(batch, context, t);
            batch.clear();
        }
    }
    changed += w.values().apply(batch, context, t);
    t.commit();
    c.out << QCoreApplication::translate("Cli", "%1 values read, %2 changed.").arg(read).arg(changed) << "\n";
    return Ok;
}

int cmdSet(Context& c)
{
    const Args& a = c.args;
    const QString unit = a.value(QStringLiteral("--unit"));
    const int year = a.year();
    Workspace w = c.workspace();
    QList<ValueWrite> writes;
    for (const QString& pair : a.positional) {
        const int eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            usageError(QCoreApplication::translate("Cli", "%1 is not ELEMENT=N").arg(printable(pair)));
        ValueWrite write{unit, year, pair.left(eq), std::nullopt, std::nullopt};
        const QString text = pair.mid(eq + 1);
        if (!text.isEmpty()) {
            const CountParse count = parsePlainCount(text);
            if (!count.value)
                throw Error(
                    QCoreApplication::translate("Cli", "%1: the value \"%2\" is not a whole number of 0 or more.")
                        .arg(printable(write.element), printable(text)));
            write.value = count.value;
        }
        if (a.has(QStringLiteral("--comment")))
            write.comment = a.value(QStringLiteral("--comment"));
        writes << write;
    }
    WriteGuard guard(w);
    for (const ValueWrite& write : writes) {
        w.values().validate(write);
        guard.check(write);
    }
    const int changed = w.values().apply(writes, cliChange(w, ChangeContext::cliSet));
    c.out << QCoreApplication::translate("Cli", "%1 values changed.").arg(changed) << "\n";
    return Ok;
}

} // namespace

Command initCommand()
{
    Command c;
    c.name = QStringLiteral("init");
    c.description =
        QCoreApplication::translate("Cli", "Create the database, or set this installation's unit, role and user.");
    c.options = {
        {QStringLiteral("units"), QStringLiteral("CSV"),
         QCoreApplication::translate("Cli", "Load this unit list (code,name,type,level,parent_code) instead of the "
                                            "built-in one of Thừa Thiên Huế.")},
        {QStringLiteral("unit"), QStringLiteral("CODE"),
         QCoreApplication::translate("Cli", "The unit this computer serves; its level gives the role.")},
        {QStringLiteral("role"), QStringLiteral("ROLE"),
         QCoreApplication::translate("Cli", "commune, district, province or department: the role, when it is not "
                                            "the unit's level (a department).")},
        {QStringLiteral("agency"), QStringLiteral("CODE"),
         QCoreApplication::translate("Cli", "The agency of a department (see chitieu-cli catalogue).")},
        {QStringLiteral("user"), QStringLiteral("NAME"),
         QCoreApplication::translate("Cli", "The name of the person who uses this computer, kept with each change.")},
    };
    c.database = DatabaseUse::Creates;
    c.run = cmdInit;
    return c;
}

Command loadValuesCommand()
{
    Command c;
    c.name = QStringLiteral("load-values");
    c.description = QCoreApplication::translate("Cli", "Store the counts of a CSV file: all of them or none.");
    c.arguments = {QStringLiteral("CSV"),
                   QCoreApplication::translate(
                       "Cli", "Rows unit_code,year,element,value[,comment]; a first row of column names is allowed."),
                   1, false};
    c.run = cmdLoadValues;
    return c;
}

Command setCommand()
{
    Command c;
    c.name = QStringLiteral("set");
    c.description = QCoreApplication::translate("Cli", "Store counts of one unit and year.");
    c.options = {
        {QStringLiteral("unit"), QStringLiteral("CODE"), QCoreApplication::translate("Cli", "The unit."), true},
        {QStringLiteral("year"), QStringLiteral("Y"), QCoreApplication::translate("Cli", "The year."), true},
        {QStringLiteral("comment"), QStringLiteral("TEXT"),
         QCoreApplication::translate("Cli", "A comment stored with each of the values.")},
    };
    c.arguments = {QStringLiteral("ELEMENT=N"),
                   QCoreApplication::translate("Cli", "A data element and its count; ELEMENT= clears the value."), 1,
                   true};
    c.run = cmdSet;
    return c;
}

} // namespace chitieu::cli
