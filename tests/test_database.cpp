// The SQLite store: schema versions, upgrades, refusals that leave files untouched.
#include "core/Error.h"
#include "core/store/Database.h"
#include "core/store/InstallationSettings.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using namespace chitieu;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

TEST_CASE("A new database is at the latest schema, in WAL mode, with foreign keys on")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("new.sqlite")));
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 2);
    CHECK(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    // A value for a unit that does not exist breaks the foreign key, and so does a value of a
    // change that was never recorded.
    db.exec(QStringLiteral("INSERT INTO units VALUES('46', 'Tỉnh', 'Tỉnh', 1, NULL, 0)"));
    db.exec(QStringLiteral("INSERT INTO changes(id, changed_at, changed_by, source) VALUES(1, 'now', 'test', 'cli')"));
    CHECK_THROWS_AS(db.exec(QStringLiteral("INSERT INTO data_values(unit_code, year, element, value, change_id) "
                                           "VALUES('nope', 2024, 'live_births', 1, 1)")),
                    Error);
    CHECK_THROWS_AS(db.exec(QStringLiteral("INSERT INTO data_values(unit_code, year, element, value, change_id) "
                                           "VALUES('46', 2024, 'live_births', 1, 2)")),
                    Error);
    db.exec(QStringLiteral("INSERT INTO data_values(unit_code, year, element, value, change_id) "
                           "VALUES('46', 2024, 'live_births', 1, 1)"));
    CHECK(db.scalar(QStringLiteral("SELECT changed_by FROM stored_values WHERE unit_code = '46'")).toString() ==
          QStringLiteral("test"));
}

TEST_CASE("Opening twice changes nothing, and an older database is upgraded with its data kept")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    Database::createAtVersion(path, 1);
    {
        // Version 1 already held units and values.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO units VALUES('46','Tỉnh','Tỉnh',1,NULL,0)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO data_values(unit_code, year, element, value, changed_at) "
                                      "VALUES('46', 2021, 'live_births', 321, 'then')")));
        CHECK_FALSE(q.exec(QStringLiteral("SELECT * FROM form_status"))); // not there at version 1
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    {
        Database db(path);
        CHECK(db.schemaVersion() == Database::latestSchemaVersion());
        CHECK(db.scalar(QStringLiteral("SELECT value FROM data_values WHERE unit_code='46'")).toInt() == 321);
        CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM form_status")).toInt() == 0);
    }
    Database again(path);
    CHECK(again.schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("A database made by a newer version is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    Database::createAtVersion(path, Database::latestSchemaVersion());
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw2"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 5)));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw2"));
    const QByteArray before = fileHash(path);
    try {
        Database db(path);
        FAIL("a newer database was opened");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("newer")));
    }
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("A file that is not a database is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath(QStringLiteral("notes.sqlite")),
                                         QByteArray("These are meeting notes, not a database.\n").repeated(100));
    const QByteArray before = fileHash(path);
    CHECK_THROWS_AS(Database(path), Error);
    CHECK(fileHash(path) == before);
}

TEST_CASE("A transaction that is not committed leaves nothing behind")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("tx.sqlite")));
    {
        Database::Transaction t(db);
        db.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES('k', 'v')"));
    }
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key='k'")).toInt() == 0);
}

TEST_CASE("Installation settings round-trip")
{
    test::TempWorkspace ws;
    InstallationSettings s = ws->settings();
    CHECK_FALSE(s.isConfigured());
    CHECK(s.catalogueId == QStringLiteral("plan-208-tth-2021"));
    s.role = Role::District;
    s.unitCode = QStringLiteral("474");
    s.userName = QStringLiteral("Trần Thị Bình");
    ws->saveSettings(s);
    const InstallationSettings back = ws->settings();
    CHECK(back.isConfigured());
    CHECK(back.role == Role::District);
    CHECK(back.unitCode == QStringLiteral("474"));
    CHECK(back.userName == QStringLiteral("Trần Thị Bình"));
}

TEST_CASE("A cached statement is prepared once, bound by index, and a second use at the same time gets its own")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("cached.sqlite")));
    db.exec(QStringLiteral("CREATE TABLE t(k INTEGER PRIMARY KEY, s TEXT, n INTEGER)"));
    const QString insert = QStringLiteral("INSERT INTO t(k, s, n) VALUES(?, ?, ?)");
    for (int k = 1; k <= 3; ++k) {
        CachedStatement q = db.cached(insert);
        q.bind(0, k).bind(1, QStringLiteral("Phường %1").arg(k));
        if (k == 2)
            q.bindNull(2);
        else
            q.bind(2, std::optional<qint64>(qint64(10) * k));
        q.run();
    }
    // A null QString is no text, never SQL NULL.
    db.cached(insert).bind(0, 4).bind(1, QString()).bind(2, 7).run();
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM t WHERE s = ''")).toInt() == 1);
    CHECK(db.scalar(QStringLiteral("SELECT group_concat(coalesce(n, 'null'), ',') FROM t WHERE k < 4")).toString() ==
          QStringLiteral("10,null,30"));

    const QString select = QStringLiteral("SELECT k, s, n FROM t WHERE k >= ?1 ORDER BY k");
    CachedStatement outer = db.cached(select);
    outer.bind(0, 2);
    REQUIRE(outer.next());
    CHECK(outer.int64(0) == 2);
    CHECK(outer.text(1) == QStringLiteral("Phường 2"));
    CHECK(outer.isNull(2));
    {
        // The same SQL while the first is still stepping: its own statement, its own rows.
        CachedStatement inner = db.cached(select);
        inner.bind(0, 3);
        REQUIRE(inner.next());
        CHECK(inner.int64(0) == 3);
    }
    REQUIRE(outer.next());
    CHECK(outer.int64(0) == 3); // the outer query went on where it was
    outer.finish();
    outer.bind(0, 4);
    REQUIRE(outer.next());
    CHECK(outer.int64(0) == 4);
    CHECK_FALSE(outer.next());
}

TEST_CASE("A cached statement's failure is an Error that names the file, and the statement is usable after it")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("failing.sqlite")));
    db.exec(QStringLiteral("CREATE TABLE t(k INTEGER PRIMARY KEY)"));
    const QString insert = QStringLiteral("INSERT INTO t(k) VALUES(?)");
    db.cached(insert).bind(0, 1).run();
    try {
        db.cached(insert).bind(0, 1).run();
        FAIL("a duplicate key was stored");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("failing.sqlite")));
        CHECK(e.message().contains(QStringLiteral("UNIQUE")));
    }
    CHECK_THROWS_AS(db.cached(QStringLiteral("SELECT nothing FROM nowhere")), Error);
    db.cached(insert).bind(0, 2).run();
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM t")).toInt() == 2);
}

TEST_CASE("run and scalar bind and read values as exec does and refuse a type they cannot store")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("binds.sqlite")));
    db.exec(QStringLiteral("CREATE TABLE t(k INTEGER PRIMARY KEY, a, b)"));
    // A null QString is "no text" (''), never SQL NULL; an invalid QVariant is NULL.
    CHECK(db.run(QStringLiteral("INSERT INTO t(k, a, b) VALUES(?, ?, ?)"), {1, QString(), QVariant()}) == 1);
    CHECK(db.scalar(QStringLiteral("SELECT typeof(a) || ',' || typeof(b) FROM t WHERE k = 1")).toString() ==
          QStringLiteral("text,null"));
    CHECK(db.run(QStringLiteral("INSERT INTO t(k, a, b) VALUES(?, ?, ?)"),
                 {qint64(2), 2.5, QByteArray("\x01\x02", 2)}) == 1);
    CHECK(db.scalar(QStringLiteral("SELECT typeof(a) || ',' || typeof(b) FROM t WHERE k = 2")).toString() ==
          QStringLiteral("real,blob"));
    CHECK(db.run(QStringLiteral("INSERT INTO t(k, a, b) VALUES(?, ?, ?)"), {3, true, QStringLiteral("chữ")}) == 1);
    // Read back with the types Qt's driver gives.
    const QVariant whole = db.scalar(QStringLiteral("SELECT k FROM t WHERE k = 3"));
    CHECK(whole.typeId() == QMetaType::LongLong);
    CHECK(whole.toLongLong() == 3);
    CHECK(db.scalar(QStringLiteral("SELECT a FROM t WHERE k = 2")).typeId() == QMetaType::Double);
    CHECK(db.scalar(QStringLiteral("SELECT b FROM t WHERE k = 2")).toByteArray() == QByteArray("\x01\x02", 2));
    CHECK(db.scalar(QStringLiteral("SELECT b FROM t WHERE k = 3")).toString() == QStringLiteral("chữ"));
    CHECK_FALSE(db.scalar(QStringLiteral("SELECT b FROM t WHERE k = 1")).isValid());
    CHECK_FALSE(db.scalar(QStringLiteral("SELECT b FROM t WHERE k = 99")).isValid()); // no row
    // How many rows a write changed.
    CHECK(db.run(QStringLiteral("UPDATE t SET a = 0 WHERE k >= ?"), {2}) == 2);
    CHECK(db.run(QStringLiteral("DELETE FROM t WHERE k = ?"), {99}) == 0);
    // A type SQLite cannot hold as it is: an error, and nothing written.
    try {
        db.run(QStringLiteral("INSERT INTO t(k, a) VALUES(?, ?)"), {4, QDateTime::currentDateTime()});
        FAIL("a QDateTime was bound");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("QDateTime")));
        CHECK(e.message().contains(QStringLiteral("binds.sqlite")));
    }
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM t")).toInt() == 3);
}
