// Backups: made before a migration, an import batch and on the first start of a day; kept to
// the number set; restored only from a good Chỉ Tiêu database, after saving the current one.
#include "core/Error.h"
#include "core/store/Backups.h"
#include "core/store/Migrations.h"
#include "test_exchange_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace chitieu;
using test::at;
using test::dumpDatabase;
using test::Installation;
using test::ScopedClock;
using test::TempWorkspace;

namespace {

QList<BackupReason> reasons(const QString& databasePath)
{
    QList<BackupReason> out;
    for (const BackupInfo& b : backups::list(databasePath))
        out << b.reason;
    return out;
}

// A value read from a backup file itself, through a connection of its own.
std::optional<qint64> valueIn(const QString& file, const QString& unit, int year, const QString& element)
{
    std::optional<qint64> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(file);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT value FROM data_values WHERE unit_code='%1' AND year=%2 AND "
                                      "element='%3'")
                           .arg(unit)
                           .arg(year)
                           .arg(element)));
        if (q.next())
            out = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return out;
}

void requireRefused(const QString& file, const QString& words)
{
    try {
        backups::checkRestorable(file);
        FAIL("accepted " << file.toStdString());
    } catch (const Error& e) {
        CHECK(e.message().contains(words));
        CHECK(e.message().contains(file));
    }
}

QString damagedCopyOf(const QString& good, const QString& path)
{
    REQUIRE(QFile::copy(good, path));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.size() > 4 * 4096);
    f.seek(2 * 4096); // past the schema on page 1: the file opens, its tables are garbage
    f.write(QByteArray(2 * 4096, '\x5a'));
    return path;
}

} // namespace

TEST_CASE("A manual backup is a consistent copy named with its date, time and reason")
{
    ScopedClock clock(at(2024, 3, 5, 14));
    TempWorkspace ws;
    ws.set(QStringLiteral("20161"), 2024, {{"live_births", 120}});
    const QString path = backups::make(ws->db(), BackupReason::Manual);
    CHECK(QFileInfo(path).absolutePath() == QDir(QFileInfo(ws.path()).absolutePath()).filePath("backups"));
    CHECK(QFileInfo(path).fileName() == QStringLiteral("test_2024-03-05_14-00-00_manual.sqlite"));
    CHECK(valueIn(path, "20161", 2024, "live_births") == 120);
    CHECK_NOTHROW(backups::checkRestorable(path));
    // A second one in the same second gets a name of its own and is listed first.
    const QString second = backups::make(ws->db(), BackupReason::Import);
    REQUIRE(second != path);
    const QList<BackupInfo> list = backups::list(ws.path());
    REQUIRE(list.size() == 2);
    CHECK(list[0].path == second);
    CHECK(list[0].reason == BackupReason::Import);
    CHECK(list[1].madeAt == at(2024, 3, 5, 14));
    // -o: a new file where asked, never over an existing one.
    CHECK(valueIn(backups::make(ws->db(), BackupReason::Manual, ws.file("copy.sqlite")), "20161", 2024,
                  "live_births") == 120);
    CHECK_THROWS_WITH(backups::make(ws->db(), BackupReason::Manual, ws.file("copy.sqlite")),
                      Catch::Contains("already exists"));
}

TEST_CASE("A backup is made before a migration, with the data as it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const int latest = Database::latestSchemaVersion();
    Database::createAtVersion(path, latest - 1);
    CHECK(backups::list(path).isEmpty());
    {
        Database db(path);
        CHECK(db.schemaVersion() == latest);
    }
    const QList<BackupInfo> list = backups::list(path);
    REQUIRE(list.size() == 1);
    CHECK(list[0].reason == BackupReason::Migration);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(list[0].path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == latest - 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    // Opened again, up to date: no upgrade, no new backup. A new file has nothing to back up.
    {
        Database again(path);
    }
    CHECK(backups::list(path).size() == 1);
    const QString fresh = dir.filePath(QStringLiteral("new.sqlite"));
    {
        Database created(fresh);
    }
    CHECK(backups::list(fresh).isEmpty());
}

TEST_CASE("An import batch is backed up before its first write, with the data before it")
{
    ScopedClock clock(at(2024, 11, 1));
    Installation commune(QStringLiteral("20161"), Role::Commune, QStringLiteral("Người gửi"));
    commune.enter(QStringLiteral("20161"), 2024, {{"live_births", 100}});
    const QString file = commune.exportFile(2024, QStringLiteral("20161.chitieu"));
    Installation district(QStringLiteral("483"), Role::District, QStringLiteral("Trần Văn Đức"));
    const QString dbPath = district.ws().path();

    CHECK(district.import(file).result == exchange::ImportResult::Applied);
    REQUIRE(reasons(dbPath) == QList<BackupReason>{BackupReason::Import});
    CHECK_FALSE(valueIn(backups::list(dbPath)[0].path, "20161", 2024, "live_births"));
    CHECK(district.w().values().value("20161", 2024, "live_births") == 100);
    // A file already here writes nothing, so nothing is backed up.
    CHECK(district.import(file).result == exchange::ImportResult::AlreadyHad);
    CHECK(backups::list(dbPath).size() == 1);
}

TEST_CASE("The daily backup is made once a day")
{
    ScopedClock clock(at(2024, 3, 5, 8));
    TempWorkspace ws;
    CHECK_FALSE(backups::dailyIfDue(ws->db()).isEmpty());
    clock.clock().set(at(2024, 3, 5, 17));
    CHECK(backups::dailyIfDue(ws->db()).isEmpty());
    clock.clock().set(at(2024, 3, 6, 7));
    CHECK_FALSE(backups::dailyIfDue(ws->db()).isEmpty());
    CHECK(reasons(ws.path()) == QList<BackupReason>{BackupReason::Daily, BackupReason::Daily});
}

TEST_CASE("Only the newest backups are kept, as many as the setting says")
{
    ScopedClock clock(at(2024, 3, 5, 8));
    TempWorkspace ws;
    InstallationSettings s = ws->settings();
    CHECK(s.backupsKept == 30);
    s.backupsKept = 3;
    ws->saveSettings(s);
    QStringList made;
    for (int hour = 8; hour < 13; ++hour) {
        clock.clock().set(at(2024, 3, 5, hour));
        made << backups::make(ws->db(), BackupReason::Manual);
    }
    // A file of another name in the folder is not a backup and is left alone.
    test::writeFile(QDir(backups::folderFor(ws.path())).filePath("notes.sqlite"), "x");
    QStringList kept;
    for (const BackupInfo& b : backups::list(ws.path()))
        kept << b.path;
    CHECK(kept == QStringList{made[4], made[3], made[2]});
    CHECK_FALSE(QFileInfo::exists(made[0]));
    CHECK(QFileInfo::exists(QDir(backups::folderFor(ws.path())).filePath("notes.sqlite")));
}

TEST_CASE("Restoring a good backup brings its values back and keeps the current database aside")
{
    ScopedClock clock(at(2024, 3, 5, 8));
    TempWorkspace ws;
    ws.set(QStringLiteral("20161"), 2024, {{"live_births", 120}});
    const QString good = backups::make(ws->db(), BackupReason::Manual);
    ws.set(QStringLiteral("20161"), 2024, {{"live_births", 999}});
    clock.clock().set(at(2024, 3, 5, 9));

    const QString saved = backups::restore(ws->db(), good);
    CHECK(ws->values().value("20161", 2024, "live_births") == 120);
    CHECK(valueIn(saved, "20161", 2024, "live_births") == 999);
    CHECK(backups::list(ws.path())[0].reason == BackupReason::Restore);
    // The restored file is a sound database, still in WAL mode.
    CHECK(ws->db().scalar("PRAGMA quick_check").toString() == "ok");
    CHECK(ws->db().scalar("PRAGMA journal_mode").toString() == "wal");
}

TEST_CASE("A file that is not a good Chỉ Tiêu database is refused and nothing changes")
{
    ScopedClock clock(at(2024, 3, 5, 8));
    TempWorkspace ws;
    ws.set(QStringLiteral("20161"), 2024, {{"live_births", 120}, {"births_registered", 100}});
    const QString good = backups::make(ws->db(), BackupReason::Manual, ws.file("good.sqlite"));
    const QString before = dumpDatabase(ws->db());
    const int backupsBefore = static_cast<int>(backups::list(ws.path()).size());

    const QString text = test::writeFile(ws.file("notes.sqlite"), "not a database at all, only some words");
    const QString other = ws.file("other.sqlite");
    {
        Database::createAtVersion(other, 0);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(other);
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE photos (id INTEGER)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QString damaged = damagedCopyOf(good, ws.file("damaged.sqlite"));

    requireRefused(text, QStringLiteral("is not a database"));
    requireRefused(other, QStringLiteral("is not a database of Chỉ Tiêu Trẻ Em"));
    requireRefused(damaged, QStringLiteral("is damaged"));
    requireRefused(ws.file("missing.sqlite"), QStringLiteral("does not exist"));
    for (const QString& bad : {text, other, damaged})
        CHECK_THROWS_AS(backups::restore(ws->db(), bad), Error);
    CHECK(dumpDatabase(ws->db()) == before);
    CHECK(backups::list(ws.path()).size() == backupsBefore);
}

TEST_CASE("A database damaged beyond opening is replaced by the newest good backup, kept aside")
{
    ScopedClock clock(at(2024, 3, 5, 8));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chitieu.sqlite"));
    QString older;
    {
        Workspace w(path);
        const ChangeContext typed{QStringLiteral("An"), QStringLiteral("entry"), QStringLiteral("20161")};
        w.values().apply({{"20161", 2024, "live_births", 77, std::nullopt}}, typed);
        older = backups::make(w.db(), BackupReason::Daily);
        clock.clock().set(at(2024, 3, 6, 8));
        w.values().apply({{"20161", 2024, "live_births", 78, std::nullopt}}, typed);
        backups::make(w.db(), BackupReason::Daily);
    }
    // The newest backup is damaged too: the one before it is offered.
    const QString newest = backups::list(path)[0].path;
    QFile::remove(newest);
    damagedCopyOf(older, newest);
    test::writeFile(path, QByteArray(8192, '\x01'));
    CHECK_THROWS_AS(Workspace(path), Error);

    REQUIRE(backups::newestGood(path) == older);
    const QString aside = backups::replaceDamaged(path, older);
    CHECK(QFileInfo(aside).fileName().startsWith("chitieu.sqlite.damaged-"));
    CHECK(QFile(aside).size() == 8192);
    Workspace reopened(path);
    CHECK(reopened.values().value("20161", 2024, "live_births") == 77);
}

TEST_CASE("A backup left half-written a day ago is removed, and one being written is not")
{
    ScopedClock clock(at(2024, 3, 5, 8));
    TempWorkspace ws;
    const QDir folder(backups::folderFor(ws.path()));
    REQUIRE(QDir().mkpath(folder.path()));
    const auto part = [&](const QString& name, const QDateTime& modified) {
        const QString path = test::writeFile(folder.filePath(name), "half a backup");
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(modified, QFileDevice::FileModificationTime));
        return path;
    };
    const QString stale = part("test_2024-03-03_08-00-00_manual.sqlite.1a2b3c.part", at(2024, 3, 3, 8));
    const QString writing = part("test_2024-03-05_07-59-59_import.sqlite.4d5e6f.part", at(2024, 3, 5, 7));
    backups::make(ws->db(), BackupReason::Manual);
    CHECK_FALSE(QFileInfo::exists(stale));
    CHECK(QFileInfo::exists(writing));
    CHECK(backups::list(ws.path()).size() == 1);
}
