// init, load-values and set: creating a database and entering counts.
#include "CliContext.h"
#include "core/Csv.h"
#include "core/Error.h"
#include "core/format/Numbers.h"
#include "core/store/FormStatus.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QSet>

namespace chitieu::cli {

namespace {
// The history tells "set" (source cli) from a bulk load (source load-values).
ChangeContext cliChange(Workspace& w, const QString& source)
{
    const InstallationSettings s = w.settings();
    return {s.userName.isEmpty() ? QStringLiteral("chitieu-cli") : s.userName, source, s.unitCode};
}

// Stores the writes unless one falls in a form marked complete: a completed form is
// read-only here as on screen, until it is reopened with a reason.
int applyUnlessComplete(Workspace& w, const QList<ValueWrite>& writes, const QString& source)
{
    QSet<QString> checked;
    for (const ValueWrite& write : writes) {
        const QString key = write.unitCode + QLatin1Char('|') + QString::number(write.year);
        if (checked.contains(key))
            continue;
        checked.insert(key);
        if (FormStatus::load(w.db(), write.unitCode, write.year).state == FormState::Complete)
            throw Error(QCoreApplication::translate("Cli", "The form of %1 for %2 is marked complete and can only be "
                                                           "read. Reopen it, with a reason, in the Data entry tab "
                                                           "or with chitieu-cli reopen first. Nothing was stored.")
                            .arg(w.units().displayName(write.unitCode))
                            .arg(write.year));
    }
    return w.values().apply(writes, cliChange(w, source));
}

Role roleForUnit(const OrgUnit& u)
{
    switch (u.level) {
    case UnitLevel::Province:
        return Role::Province;
    case UnitLevel::District:
        return Role::District;
    case UnitLevel::Commune:
        break;
    }
    return Role::Commune;
}

int cmdInit(Context& c)
{
    const Args& a = c.args;
    // Read the unit list first: a bad list must not leave a half-made database behind.
    std::optional<UnitTree> units;
    if (a.has(QStringLiteral("--units")))
        units = UnitTree::loadCsv(a.value(QStringLiteral("--units")));
    Workspace w(c.databasePath);
    if (units)
        w.importUnits(*units);
    InstallationSettings s = w.settings();
    if (a.has(QStringLiteral("--unit"))) {
        const OrgUnit* u = w.units().find(a.value(QStringLiteral("--unit")));
        if (!u)
            throw Error(QCoreApplication::translate("Cli", "The unit %1 is not in the unit list.")
                            .arg(a.value(QStringLiteral("--unit"))));
        s.unitCode = u->code;
        s.role = roleForUnit(*u);
    }
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
    return Ok;
}

int cmdLoadValues(Context& c)
{
    const Args& a = c.args;
    const QString path = a.positional.first();
    const QList<csv::Row> rows = csv::readFile(path);
    Workspace w(c.databasePath);
    QList<ValueWrite> writes;
    QHash<QString, int> seen;
    for (const csv::Row& row : rows) {
        if (row.fields.value(0).trimmed() == QLatin1String("unit_code"))
            continue; // header
        auto fail = [&](const QString& problem) {
            throw Error(QCoreApplication::translate("Cli", "%1, line %2: %3 Nothing was stored from this file.")
                            .arg(path)
                            .arg(row.line)
                            .arg(problem));
        };
        if (row.fields.size() < 4 || row.fields.size() > 5)
            fail(QCoreApplication::translate("Cli",
                                             "expected unit_code,year,element,value[,comment] but found %1 columns.")
                     .arg(row.fields.size()));
        ValueWrite write;
        write.unitCode = row.fields[0].trimmed();
        bool yearOk = false;
        write.year = row.fields[1].trimmed().toInt(&yearOk);
        if (!yearOk)
            fail(QCoreApplication::translate("Cli", "the year \"%1\" is not a number.").arg(row.fields[1]));
        write.element = row.fields[2].trimmed();
        const CountParse count = parsePlainCount(row.fields[3]);
        if (!count.value)
            fail(QCoreApplication::translate("Cli", "the value \"%1\" is not a whole number of 0 or more.")
                     .arg(row.fields[3]));
        write.value = count.value;
        if (row.fields.size() == 5)
            write.comment = row.fields[4];
        const QString key =
            write.unitCode + QLatin1Char('|') + QString::number(write.year) + QLatin1Char('|') + write.element;
        if (seen.contains(key))
            fail(QCoreApplication::translate("Cli", "%1 %2 %3 is already given on line %4.")
                     .arg(write.unitCode)
                     .arg(write.year)
                     .arg(write.element)
                     .arg(seen.value(key)));
        seen.insert(key, row.line);
        try {
            w.values().validate(write);
        } catch (const Error& e) {
            fail(e.message());
        }
        writes << write;
    }
    const int changed = applyUnlessComplete(w, writes, QStringLiteral("load-values"));
    c.out << QCoreApplication::translate("Cli", "%1 values read, %2 changed.").arg(writes.size()).arg(changed) << "\n";
    return Ok;
}

int cmdSet(Context& c)
{
    const Args& a = c.args;
    const QString unit = a.value(QStringLiteral("--unit"));
    const int year = a.year();
    Workspace w(c.databasePath);
    QList<ValueWrite> writes;
    for (const QString& pair : a.positional) {
        const int eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            usageError(QCoreApplication::translate("Cli", "%1 is not ELEMENT=N").arg(pair));
        ValueWrite write{unit, year, pair.left(eq), std::nullopt, std::nullopt};
        const QString text = pair.mid(eq + 1);
        if (!text.isEmpty()) {
            const CountParse count = parsePlainCount(text);
            if (!count.value)
                throw Error(
                    QCoreApplication::translate("Cli", "%1: the value \"%2\" is not a whole number of 0 or more.")
                        .arg(write.element, text));
            write.value = count.value;
        }
        if (a.has(QStringLiteral("--comment")))
            write.comment = a.value(QStringLiteral("--comment"));
        writes << write;
    }
    const int changed = applyUnlessComplete(w, writes, QStringLiteral("cli"));
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
