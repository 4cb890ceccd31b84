// Upgrades from every schema version: tests/data/schema/vN.sqlite (see its README.md) opened
// by the current program keeps every row; an upgrade step that fails midway changes nothing.
#include "core/Clock.h"
#include "core/Error.h"
#include "core/exchange/KeyStore.h"
#include "core/narrative/NarrativeStore.h"
#include "core/store/Database.h"
#include "core/store/FormStatus.h"
#include "core/store/InstallationSettings.h"
#include "core/store/Migrations.h"
#include "core/store/ValueStore.h"
#include "core/targets/UnitTargets.h"
#include "core/workspace/Workspace.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <algorithm>

using namespace chitieu;

namespace {

QString fixture(int version)
{
    return test::dataFile(QStringLiteral("schema/v%1.sqlite").arg(version));
}

// A writable copy of a fixture: the tests open only copies, never the repository's files.
QString copyOf(int version, const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
    REQUIRE(QFile::copy(fixture(version), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    return path;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// What a file holds, read with a plain SQLite connection (not through Database): the schema,
// user_version, and every row of every table as text (type and value of each column, in
// primary key order), optionally only the columns `columnsOf` names for a table.
struct Dump
{
    int userVersion = -1;
    QMap<QString, QString> schema;               // name -> CREATE statement
    QMap<QString, QStringList> columns;          // table -> its columns
    QMap<QString, QList<QStringList>> tableRows; // table -> rows
};

// Where the rows a table held are read: schema 11 keeps a value's time, author, source and
// unit in its change, and the view stored_values reads each value with them, as the table
// data_values had them before.
QString readFrom(const QSqlDatabase& db, const QString& table, const QStringList& columns)
{
    const QSqlRecord record = db.record(table);
    const bool moved =
        std::any_of(columns.cbegin(), columns.cend(), [&](const QString& c) { return !record.contains(c); });
    return moved && table == QStringLiteral("data_values") ? QStringLiteral("stored_values") : table;
}

Dump dump(const QString& path, const QMap<QString, QStringList>& columnsOf = {})
{
    static int connections = 0;
    const QString name = QStringLiteral("dump-%1").arg(++connections);
    Dump d;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        d.userVersion = q.value(0).toInt();
        REQUIRE(q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")));
        QStringList tables;
        while (q.next()) {
            d.schema[q.value(1).toString()] = q.value(2).toString();
            // A table that became a view (audit, in schema 11) is read through it.
            if (q.value(0).toString() == QStringLiteral("table") || columnsOf.contains(q.value(1).toString()))
                tables << q.value(1).toString();
        }
        for (const QString& table : tables) {
            QStringList columns = columnsOf.value(table);
            if (columns.isEmpty())
                for (int i = 0; i < db.record(table).count(); ++i)
                    columns << db.record(table).fieldName(i);
            d.columns[table] = columns;
            QStringList order;
            for (int i = 1; i <= columns.size(); ++i)
                order << QString::number(i);
            REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                               .arg(columns.join(','), readFrom(db, table, columns), order.join(','))));
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < columns.size(); ++i) {
                    const QVariant v = q.value(i);
                    row << (v.isNull() ? QStringLiteral("NULL")
                                       : QStringLiteral("%1:%2").arg(v.typeName(), v.toString()));
                }
                d.tableRows[table] << row;
            }
        }
        q.finish();
    }
    QSqlDatabase::removeDatabase(name);
    return d;
}

// How SQLite runs `sql`: the details of its query plan, each followed by ';'.
QString queryPlan(Database& db, const QString& sql)
{
    QSqlQuery plan = db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    QString detail;
    while (plan.next())
        detail += plan.value(3).toString() + QLatin1Char(';');
    return detail;
}

// The schema that the program's migrations make for `version`.
QMap<QString, QString> schemaOfVersion(int version)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("made.sqlite"));
    Database::createAtVersion(path, version);
    return dump(path).schema;
}

} // namespace

TEST_CASE("There is a fixture for every schema version, with rows in every table")
{
    for (int version = 1; version <= Database::latestSchemaVersion(); ++version) {
        INFO("v" << version << ".sqlite: a new schema version needs its fixture; see tests/data/schema/README.md");
        REQUIRE(QFile::exists(fixture(version)));
        QTemporaryDir dir;
        const Dump d = dump(copyOf(version, dir));
        CHECK(d.userVersion == version);
        // Made by that version's migrations: an old migration edited afterwards shows here.
        CHECK(d.schema == schemaOfVersion(version));
        for (auto it = d.columns.cbegin(); it != d.columns.cend(); ++it) {
            INFO("table " << it.key().toStdString());
            CHECK(d.tableRows.value(it.key()).size() >= 1);
        }
    }
}

TEST_CASE("Every fixture is upgraded by the current program with every row kept")
{
    for (int version = 1; version <= Database::latestSchemaVersion(); ++version) {
        INFO("from v" << version);
        QTemporaryDir dir;
        const QString path = copyOf(version, dir);
        const Dump before = dump(path);
        {
            Database db(path);
            CHECK(db.schemaVersion() == Database::latestSchemaVersion());
        }
        const Dump after = dump(path, before.columns);
        CHECK(after.userVersion == Database::latestSchemaVersion());
        CHECK(after.schema == schemaOfVersion(Database::latestSchemaVersion()));
        for (auto it = before.tableRows.cbegin(); it != before.tableRows.cend(); ++it) {
            INFO("table " << it.key().toStdString());
            CHECK(after.tableRows.value(it.key()) == it.value());
        }
        // Tables that came with the upgrade start empty, but for those that hold what an
        // older table held (schema 11: the audit rows and their changes).
        const QStringList movedInto{QStringLiteral("changes"), QStringLiteral("audit_rows")};
        for (auto it = after.tableRows.cbegin(); it != after.tableRows.cend(); ++it)
            if (!before.tableRows.contains(it.key()) && !movedInto.contains(it.key()))
                CHECK(it.value().isEmpty());
        if (version < 11) // each audit row moved, none made up
            CHECK(after.tableRows.value(QStringLiteral("audit_rows")).size() ==
                  before.tableRows.value(QStringLiteral("audit")).size());
    }
}

TEST_CASE("After an upgrade the program reads the fixture's values, history, states, settings and keys")
{
    for (int version = 1; version <= Database::latestSchemaVersion(); ++version) {
        INFO("from v" << version);
        QTemporaryDir dir;
        Workspace w(copyOf(version, dir));

        CHECK(w.values().value(QStringLiteral("19744"), 2024, QStringLiteral("live_births")) == 412);
        const auto values = w.values().values(QStringLiteral("19744"), 2024);
        REQUIRE(values.contains(QStringLiteral("neonatal_deaths")));
        CHECK(values[QStringLiteral("neonatal_deaths")].comment ==
              QStringLiteral("Trẻ sinh non, chuyển viện \"Trung ương Huế\""));
        CHECK(values[QStringLiteral("neonatal_deaths")].source == QStringLiteral("import"));
        CHECK(w.values().value(QStringLiteral("19822"), 2023, QStringLiteral("child_marriages")) == 0);

        const QList<AuditRow> history = w.values().audit(QStringLiteral("19747"), 2024);
        REQUIRE(history.size() == 3);
        int corrections = 0;
        for (const AuditRow& a : history)
            corrections += a.oldValue == 5210 && a.newValue == 5120 && a.changedBy == QStringLiteral("Trần Thị Bình");
        CHECK(corrections == 1);

        const InstallationSettings s = w.settings();
        CHECK(s.role == Role::District);
        CHECK(s.unitCode == QStringLiteral("474"));
        CHECK(s.userName == QStringLiteral("Trần Thị Bình"));
        CHECK(s.communeDeadlineDay == 10);
        CHECK(s.softChangePercent == 40);

        if (version >= 2) {
            const FormStatus returned = FormStatus::load(w.db(), QStringLiteral("19747"), 2024);
            CHECK(returned.state == FormState::Returned);
            CHECK(returned.reason == QStringLiteral("Thiếu số trẻ dưới 5 tuổi được cân đo"));
            CHECK(FormStatus::load(w.db(), QStringLiteral("19744"), 2024).state == FormState::Complete);
        }
        if (version >= 3) {
            const auto trusted = exchange::keystore::trustedKey(w.db(), QStringLiteral("19744"));
            REQUIRE(trusted);
            CHECK(trusted->publicKey.size() == exchange::kPublicKeyBytes);
            CHECK(w.db()
                      .scalar(QStringLiteral("SELECT signer_key FROM submissions WHERE unit_code = '19744'"))
                      .toString() == QString::fromLatin1(trusted->publicKey.toHex()));
            CHECK(w.db().scalar(QStringLiteral("SELECT COUNT(*) FROM received_files")).toInt() == 2);
            CHECK(w.db().scalar(QStringLiteral("SELECT file_name FROM sent_files")).toString() ==
                  QStringLiteral("thanh-pho-hue-2024.chitieu"));
        }
        if (version >= 4) {
            const auto own = exchange::keystore::ownKey(w.db());
            REQUIRE(own);
            // The stored pair still signs: its secret key holds its public key (Ed25519).
            CHECK(own->secretKey.right(exchange::kPublicKeyBytes) == own->publicKey);
        }
        if (version >= 5) {
            NarrativeStore narratives(w.db(), w.catalogue(), w.units());
            const auto own = narratives.sections(QStringLiteral("474"), {}, 2024, QStringLiteral("district-25-11"));
            REQUIRE(own.contains(QStringLiteral("results")));
            CHECK(own[QStringLiteral("results")].text.plainText().contains(QStringLiteral("12 lớp tập huấn")));
            const NarrativeKey key{
                QStringLiteral("474"), {}, 2024, QStringLiteral("district-25-11"), QStringLiteral("results")};
            CHECK(narratives.history(key).size() == 2);
            const QList<UnitTarget> targets =
                UnitTargetStore(w.db(), w.catalogue(), w.units()).list(QStringLiteral("474"));
            REQUIRE(targets.size() == 1);
            CHECK(targets.first().document == QStringLiteral("45/KH-UBND"));
            CHECK(w.db().scalar(QStringLiteral("SELECT deliverable FROM received_reports")).toString() ==
                  QStringLiteral("commune-data"));
        }
        if (version >= 7) {
            // What the import of the commune's file replaced is still there to take it back.
            CHECK(w.db()
                      .scalar(QStringLiteral("SELECT COUNT(*) FROM import_prior_submissions WHERE unit_code = "
                                             "'19744' AND year = 2024 AND existed = 0"))
                      .toInt() == 1);
            CHECK(w.db()
                      .scalar(QStringLiteral("SELECT state FROM import_prior_forms WHERE unit_code = '19744'"))
                      .toString() == QStringLiteral("in_progress"));
        }
        if (version >= 9) {
            // The dated trees and their crosswalk read back as they were stored.
            const UnitHistory h = w.unitHistory();
            REQUIRE(h.trees().size() == 2);
            CHECK(h.trees().last().tree.units().size() == 3);
            CHECK_FALSE(h.trees().last().tree.find(QStringLiteral("19744")));
            const QList<CrosswalkRow> rows = h.changeInto(QDate(2021, 7, 1));
            REQUIRE(rows.size() == 4);
            CHECK(rows[2].kind == ChangeKind::Split);
            CHECK(rows[2].share->text() == QStringLiteral("0.6051"));
        }
        // Schema 10 on every upgraded file: the values are stored in their key's order, and a
        // unit's values of a year are read from that one B-tree, with no second seek per value.
        CHECK(w.db().scalar(QStringLiteral("SELECT wr FROM pragma_table_list WHERE name = 'data_values'")).toInt() ==
              1);
        CHECK(queryPlan(w.db(), QStringLiteral("SELECT element, value FROM data_values WHERE unit_code = '19744' "
                                               "AND year = 2024"))
                  .contains(QStringLiteral("USING PRIMARY KEY")));
        // No index by year: no query of values leaves out the unit.
        CHECK(w.db()
                  .scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE tbl_name = 'data_values' AND "
                                         "type = 'index' AND name NOT LIKE 'sqlite_autoindex%'"))
                  .toInt() == 0);
        // Schema 8 on every upgraded file: the audit rows of earlier versions carry no unit
        // and no batch (they were made before either was kept), and the file is marked as ours.
        if (version < 11)
            CHECK(w.db()
                      .scalar(QStringLiteral("SELECT COUNT(*) FROM audit WHERE batch <> '' OR entered_by_unit <> ''"))
                      .toInt() == 0);
        // Schema 11: a value keeps the time and author its sender gave it, beside its change's.
        const StoredValue neonatal = values[QStringLiteral("neonatal_deaths")];
        CHECK(neonatal.changedAt == storedTimeFrom(QStringLiteral("2024-11-04T08:31:40.000")));
        CHECK(neonatal.changedBy == QStringLiteral("Lê Văn C"));
        CHECK(values[QStringLiteral("live_births")].changedAt ==
              storedTimeFrom(QStringLiteral("2024-11-04T08:30:12.250")));
        // Each change's texts are stored once, and a unit's audit rows of a year are found by
        // their index, not by reading them all.
        CHECK(
            w.db()
                .scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT changed_at, changed_by, source, entered_by_unit, "
                                       "batch, file_hash FROM changes GROUP BY 1, 2, 3, 4, 5, 6 HAVING COUNT(*) > 1)"))
                .toInt() == 0);
        const QString auditPlan = queryPlan(
            w.db(), QStringLiteral("SELECT element, changed_at FROM audit WHERE unit_code = '19747' AND year = 2024"));
        INFO(auditPlan.toStdString());
        CHECK(auditPlan.contains(QStringLiteral("INDEX audit_rows_unit_year")));
        CHECK_FALSE(auditPlan.contains(QStringLiteral("SCAN")));
        // A received file's rows (taking it back) are found through its changes.
        const QString filePlan = queryPlan(
            w.db(), QStringLiteral("SELECT id, element FROM audit WHERE file_hash = 'f' AND source = 'import'"));
        INFO(filePlan.toStdString());
        CHECK(filePlan.contains(QStringLiteral("INDEX changes_file")));
        CHECK(filePlan.contains(QStringLiteral("INDEX audit_rows_change")));
        CHECK_FALSE(filePlan.contains(QStringLiteral("SCAN")));
        CHECK(w.db().scalar(QStringLiteral("PRAGMA application_id")).toInt() == Database::kApplicationId);
    }
}

TEST_CASE("An upgrade step that fails midway leaves the file as it was and says so")
{
    // From v1, every later step in turn fails halfway through its statements, after the
    // steps before it ran in the same upgrade.
    for (int failing = 2; failing <= Database::latestSchemaVersion(); ++failing) {
        INFO("step " << failing << " fails");
        QTemporaryDir dir;
        QTemporaryDir untouched;
        const QString path = copyOf(1, dir);
        const QByteArray bytes = fileHash(path);
        const Dump before = dump(copyOf(1, untouched));
        {
            const int halfway = static_cast<int>(migrations::all().at(failing - 1).size()) / 2;
            migrations::InjectedStatement broken(failing, halfway,
                                                 QStringLiteral("INSERT INTO injected_failure VALUES (1)"));
            try {
                Database db(path);
                FAIL("the upgrade did not fail");
            } catch (const Error& e) {
                const QString m = e.message();
                CHECK(m.contains(path));
                CHECK(m.contains(QStringLiteral("from schema 1 to %1").arg(Database::latestSchemaVersion())));
                CHECK(m.contains(QStringLiteral("step %1 failed").arg(failing)));
                CHECK(m.contains(QStringLiteral("injected_failure")));
                CHECK(m.contains(QStringLiteral("not changed")));
            }
        }
        CHECK(fileHash(path) == bytes);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
        const Dump after = dump(path);
        CHECK(after.userVersion == 1);
        CHECK(after.schema == before.schema);
        CHECK(after.tableRows == before.tableRows);

        // Without the fault the same file upgrades.
        Database db(path);
        CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    }
}
