// The record of a passing integrity check (IntactRecord): a report skips PRAGMA quick_check
// while the database file is unchanged since a recorded check, and checks again after any
// write, by the program or by another one. A file damaged after the record, a record copied
// from another database and a record that is not one are never trusted.
#include "core/store/IntactRecord.h"
#include "support/CliSupport.h"
#include "test_exchange_support.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace chitieu;
using test::CliResult;

namespace {
QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Files changed within the last two seconds are not recorded (IntactRecord's margin).
void letTheFilesAge()
{
    QThread::msleep(2200);
}

struct Folder
{
    QTemporaryDir dir;
    QString path(const QString& name) const { return dir.filePath(name); }
    CliResult run(const QString& db, QStringList args) const
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return test::runCliInProcess(args);
    }
    // A district database of Thành phố Huế with a value, closed after use.
    QString init(const QString& name) const
    {
        const QString db = path(name);
        const CliResult r = run(db, {"init", "--unit", "474", "--user", "Trần Văn Đức"});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        REQUIRE(run(db, {"set", "--unit", "19744", "--year", "2024", "live_births=412"}).exitCode == 0);
        return db;
    }
    CliResult report(const QString& db) const
    {
        return run(db, {"report", "--unit", "474", "--year", "2024", "--format", "csv"});
    }
};

// Flips the page-type byte of the first page of the values table: quick_check finds it.
void damageValuesTable(const QString& db)
{
    qint64 offset = 0;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        c.setDatabaseName(db);
        REQUIRE(c.open());
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_master "
                                      "WHERE name = 'data_values'")));
        REQUIRE(q.next());
        offset = (q.value(0).toLongLong() - 1) * q.value(1).toLongLong();
        q.finish();
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    QFile f(db);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    const char type = f.read(1).at(0);
    REQUIRE(f.seek(offset));
    REQUIRE(f.write(QByteArray(1, char(type ^ 0x5a))) == 1);
    f.close();
}

void requireRefusedAsDamaged(const Folder& f, const QString& db)
{
    const QByteArray damaged = bytesOf(db);
    const int checks = Database::integrityChecksRun();
    const CliResult r = f.report(db);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("is damaged")));
    CHECK(r.err.contains(QStringLiteral("backup")));
    CHECK(r.out.isEmpty()); // no figures from a damaged file
    CHECK(Database::integrityChecksRun() == checks + 1);
    CHECK(bytesOf(db) == damaged); // nothing written
}
} // namespace

TEST_CASE("A second report skips the integrity check while nothing changed, and any write makes it check again")
{
    Folder f;
    const QString db = f.init(QStringLiteral("d.sqlite"));
    letTheFilesAge();
    int checks = Database::integrityChecksRun();
    const CliResult first = f.report(db);
    REQUIRE(first.exitCode == 0);
    CHECK(Database::integrityChecksRun() == checks + 1);
    CHECK(QFileInfo::exists(intactrecord::recordPath(db)));

    const CliResult second = f.report(db);
    REQUIRE(second.exitCode == 0);
    CHECK(Database::integrityChecksRun() == checks + 1); // skipped
    CHECK(second.out == first.out);

    SECTION("a write by the program")
    {
        REQUIRE(f.run(db, {"set", "--unit", "19744", "--year", "2024", "live_births=413"}).exitCode == 0);
    }
    SECTION("a write by another program")
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        c.setDatabaseName(db);
        REQUIRE(c.open());
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("UPDATE data_values SET value = 414 WHERE element = 'live_births'")));
        q.finish();
        c.close();
        c = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    }
    checks = Database::integrityChecksRun();
    REQUIRE(f.report(db).exitCode == 0);
    CHECK(Database::integrityChecksRun() == checks + 1);
    // Once the write is old enough it is recorded again, and skipped after that.
    letTheFilesAge();
    REQUIRE(f.report(db).exitCode == 0);
    REQUIRE(f.report(db).exitCode == 0);
    CHECK(Database::integrityChecksRun() == checks + 2);
}

TEST_CASE("A table page damaged after a recorded check is still refused, and nothing is written")
{
    Folder f;
    const QString db = f.init(QStringLiteral("d.sqlite"));
    letTheFilesAge();
    REQUIRE(f.report(db).exitCode == 0);
    REQUIRE(f.report(db).exitCode == 0); // recorded: the second one did not check
    damageValuesTable(db);
    requireRefusedAsDamaged(f, db);
    // The record of the good file is gone; the damaged file is refused every time.
    CHECK_FALSE(QFileInfo::exists(intactrecord::recordPath(db)));
    requireRefusedAsDamaged(f, db);
}

TEST_CASE("A record copied from another database, or one that is not a record, is not trusted")
{
    Folder f;
    const QString good = f.init(QStringLiteral("good.sqlite"));
    const QString other = f.init(QStringLiteral("other.sqlite"));
    damageValuesTable(other);
    letTheFilesAge();
    REQUIRE(f.report(good).exitCode == 0);
    REQUIRE(QFile::copy(intactrecord::recordPath(good), intactrecord::recordPath(other)));
    requireRefusedAsDamaged(f, other);

    SECTION("a copy of the database with its record")
    {
        const QString copy = f.path(QStringLiteral("copy.sqlite"));
        REQUIRE(QFile::copy(good, copy));
        REQUIRE(QFile::copy(intactrecord::recordPath(good), intactrecord::recordPath(copy)));
        const int checks = Database::integrityChecksRun();
        REQUIRE(f.report(copy).exitCode == 0);
        CHECK(Database::integrityChecksRun() == checks + 1);
    }
    SECTION("a record that is not one")
    {
        REQUIRE(QFile::remove(intactrecord::recordPath(good)));
        test::writeFile(intactrecord::recordPath(good), QByteArray("scope whole\n"));
        const int checks = Database::integrityChecksRun();
        REQUIRE(f.report(good).exitCode == 0);
        CHECK(Database::integrityChecksRun() == checks + 1);
    }
}

TEST_CASE("Export checks the whole file even after a report's recorded check, and refuses a file damaged since")
{
    Folder f;
    const QString db = f.init(QStringLiteral("d.sqlite"));
    letTheFilesAge();
    const QString out = f.path(QStringLiteral("out.chitieu"));
    const QStringList exportArgs{"export", "--unit", "474", "--year", "2024", "-o", out, "--allow-incomplete"};
    // A report checks and records the figures' tables only: not enough for an export.
    REQUIRE(f.report(db).exitCode == 0);
    REQUIRE(f.report(db).exitCode == 0);
    const int checks = Database::integrityChecksRun();
    const CliResult r = f.run(db, exportArgs);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(Database::integrityChecksRun() == checks + 1);
    REQUIRE(QFile::remove(out));

    letTheFilesAge();
    REQUIRE(f.report(db).exitCode == 0);
    REQUIRE(f.report(db).exitCode == 0); // recorded again after the export's write
    damageValuesTable(db);
    const QByteArray damaged = bytesOf(db);
    const CliResult refused = f.run(db, exportArgs);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("is damaged")));
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(bytesOf(db) == damaged);
}
