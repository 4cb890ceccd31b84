// chitieu-cli backup, backups and restore, run as the real program: copies, the list, the
// number kept, a restore and the refusal of bad files (message, exit code, nothing changed).
#include "core/store/Backups.h"
#include "support/CliSupport.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace chitieu;
using test::runCli;

namespace {

struct Db
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("chitieu.sqlite"));
    test::CliResult run(QStringList args) { return runCli(QStringList{QStringLiteral("--db"), path} + args); }
    QString value() { return run({"history", "--unit", "20161", "--year", "2024", "--element", "live_births"}).out; }
};

} // namespace

TEST_CASE("chitieu-cli backup, backups and restore")
{
    Db db;
    REQUIRE(db.run({"init", "--unit", "20161", "--user", "An"}).exitCode == 0);
    REQUIRE(db.run({"set", "--unit", "20161", "--year", "2024", "live_births=120"}).exitCode == 0);

    const test::CliResult made = db.run({"backup"});
    REQUIRE(made.exitCode == 0);
    const QList<BackupInfo> list = backups::list(db.path);
    REQUIRE(list.size() == 1);
    CHECK(list[0].reason == BackupReason::Manual);
    CHECK(made.out.contains(list[0].path));

    const QString copy = db.dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(db.run({"backup", "-o", copy}).exitCode == 0);
    CHECK(QFileInfo::exists(copy));
    const test::CliResult again = db.run({"backup", "-o", copy});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));

    const test::CliResult listed = db.run({"backups"});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("\tmanual\t")));
    CHECK(listed.out.contains(list[0].path));

    // Changed, then restored: the value of the backup is back, the changed database kept.
    REQUIRE(db.run({"set", "--unit", "20161", "--year", "2024", "live_births=999"}).exitCode == 0);
    const test::CliResult restored = db.run({"restore", copy});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    const QList<BackupInfo> after = backups::list(db.path);
    REQUIRE(after.size() == 2);
    CHECK(after[0].reason == BackupReason::Restore);
    CHECK(restored.out.contains(after[0].path));
    const test::CliResult set = db.run({"set", "--unit", "20161", "--year", "2024", "live_births=120"});
    CHECK(set.out.contains(QStringLiteral("0 values changed"))); // 120 again, nothing to change

    // --keep: the setting and the rotation; a wrong number is a usage error.
    CHECK(db.run({"backups", "--keep", "1"}).exitCode == 0);
    CHECK(backups::list(db.path).size() == 1);
    const test::CliResult zero = db.run({"backups", "--keep", "0"});
    CHECK(zero.exitCode == 2);
    CHECK(zero.err.contains(QStringLiteral("--keep")));
}

TEST_CASE("chitieu-cli restore refuses a file that is not a good Chỉ Tiêu database and changes nothing")
{
    Db db;
    REQUIRE(db.run({"init", "--unit", "20161", "--user", "An"}).exitCode == 0);
    REQUIRE(db.run({"set", "--unit", "20161", "--year", "2024", "live_births=120"}).exitCode == 0);
    const QByteArray before = [&] {
        QFile f(db.path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    const QString text = test::writeFile(db.dir.filePath("notes.txt"), "some notes, not a database");
    const test::CliResult r = db.run({"restore", text});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("is not a database")));
    const test::CliResult missing = db.run({"restore", db.dir.filePath("nothing.sqlite")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
    CHECK(db.run({"restore"}).exitCode == 2);
    CHECK(backups::list(db.path).isEmpty());
    QFile f(db.path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
}

TEST_CASE("chitieu-cli restore puts a good backup in place of a damaged database")
{
    Db db;
    REQUIRE(db.run({"init", "--unit", "20161", "--user", "An"}).exitCode == 0);
    REQUIRE(db.run({"set", "--unit", "20161", "--year", "2024", "live_births=120"}).exitCode == 0);
    const QString copy = db.dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(db.run({"backup", "-o", copy}).exitCode == 0);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(db.path + suffix);
    test::writeFile(db.path, QByteArray(8192, '\x07'));
    CHECK(db.run({"backups"}).exitCode == 0);
    const test::CliResult r = db.run({"restore", copy});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral(".damaged-")));
    const test::CliResult set = db.run({"set", "--unit", "20161", "--year", "2024", "live_births=120"});
    CHECK(set.out.contains(QStringLiteral("0 values changed")));
}

TEST_CASE("chitieu-cli backup -o refuses the database and its working files")
{
    Db db;
    REQUIRE(db.run({"init", "--unit", "20161", "--user", "An"}).exitCode == 0);
    REQUIRE(db.run({"set", "--unit", "20161", "--year", "2024", "live_births=120"}).exitCode == 0);
    const QString before = db.value();
    REQUIRE(before.contains(QStringLiteral("120")));

    const test::CliResult onDatabase = db.run({"backup", "-o", db.path});
    CHECK(onDatabase.exitCode == 1);
    CHECK(onDatabase.err.contains(QStringLiteral("is the database this program works on")));
    const test::CliResult onWal = db.run({"backup", "-o", db.path + QStringLiteral("-wal")});
    CHECK(onWal.exitCode == 1);
    CHECK(onWal.err.contains(QStringLiteral("is a working file of the database")));
    CHECK(backups::list(db.path).isEmpty());
    CHECK(db.value() == before);
}
