// The database file on the command line (the real chitieu-cli): an output never overwrites
// the database or its companion files; a file given as --db is recognised before anything is
// written to it; and damaged, read-only, locked and foreign files each get their own sentence.
// load-values refuses what it cannot read exactly (a lone CR, bytes that are not UTF-8) and
// units outside the installation's branch. Each refusal leaves the files as they were.
#include "support/CliSupport.h"
#include "test_exchange_support.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace chitieu;
using test::CliResult;
using test::runCli;

namespace {
QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

struct Folder
{
    QTemporaryDir dir;
    QString path(const QString& name) const { return dir.filePath(name); }
    QString db() const { return path(QStringLiteral("d.sqlite")); }
    CliResult run(QStringList args) const
    {
        args.prepend(db());
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    }
    // A district database of Thành phố Huế with a value, closed (checkpointed) after use.
    void init() const
    {
        const CliResult r = run({"init", "--unit", "474", "--user", "Trần Văn Đức"});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        REQUIRE(run({"set", "--unit", "19744", "--year", "2024", "live_births=412"}).exitCode == 0);
    }
    QString dump() const
    {
        Workspace w(db());
        return test::dumpDatabase(w.db());
    }
};
} // namespace

TEST_CASE("-o naming the database or one of its files is refused, and the database is unchanged")
{
    Folder f;
    f.init();
    const QString before = f.dump();
    const QByteArray bytes = bytesOf(f.db());
    REQUIRE(QFile::link(f.db(), f.path(QStringLiteral("link.chitieu"))));
    const QList<QStringList> commands = {
        {"export", "--unit", "474", "--year", "2024", "-o", f.db()},
        {"export", "--unit", "474", "--year", "2024", "-o", f.path(QStringLiteral("link.chitieu"))},
        {"export", "--unit", "474", "--year", "2024", "-o", f.db() + QStringLiteral("-wal")},
        {"export", "--unit", "474", "--year", "2024", "-o", f.path(QStringLiteral("./sub/../d.sqlite"))},
        {"report", "--unit", "474", "--year", "2024", "--format", "csv", "-o", f.db()},
        {"report", "--unit", "474", "--year", "2024", "--format", "xlsx", "-o", f.db() + QStringLiteral("-shm")},
        {"return", "--unit", "19744", "--year", "2024", "--reason", "x", "-o", f.db()},
    };
    QDir(f.dir.path()).mkdir(QStringLiteral("sub"));
    for (const QStringList& args : commands) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const CliResult r = f.run(args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK((r.err.contains(QStringLiteral("is the database")) || r.err.contains(QStringLiteral("working file"))));
        CHECK(r.out.isEmpty());
    }
    CHECK(bytesOf(f.db()) == bytes);
    CHECK(f.dump() == before);
    // An ordinary output is still written.
    CHECK(f.run({"export", "--unit", "474", "--year", "2024", "-o", f.path(QStringLiteral("ok.chitieu")),
                 "--allow-incomplete"})
              .exitCode == 0);
}

TEST_CASE("Only init makes a database: an empty file or another program's SQLite file is refused untouched")
{
    Folder f;
    const QString empty = f.path(QStringLiteral("empty.sqlite"));
    REQUIRE(test::writeFile(empty, QByteArray()) == empty);
    CliResult r = runCli({"--db", empty, "report", "--unit", "474", "--year", "2024", "--format", "csv"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("is not a database of Chỉ Tiêu Trẻ Em")));
    CHECK(r.err.contains(QStringLiteral("empty")));
    CHECK(QFileInfo(empty).size() == 0);
    CHECK(!QFileInfo::exists(empty + QStringLiteral("-wal")));

    const QString foreign = f.path(QStringLiteral("photos.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(foreign);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO photos(name) VALUES('a.jpg')")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray bytes = bytesOf(foreign);
    for (const QStringList& args : QList<QStringList>{{"set", "--unit", "19744", "--year", "2024", "live_births=1"},
                                                      {"status", "--year", "2024"},
                                                      {"init", "--unit", "474"}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        r = runCli(QStringList{"--db", foreign} + args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("another program")));
        CHECK(r.err.contains(QStringLiteral("photos")));
        CHECK(bytesOf(foreign) == bytes);
        CHECK(!QFileInfo::exists(foreign + QStringLiteral("-wal")));
    }
    // init makes a database in an empty file.
    r = runCli({"--db", empty, "init", "--unit", "474", "--user", "An"});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
}

TEST_CASE("Damaged, read-only and locked databases each say what is wrong and what to do")
{
    Folder f;
    f.init();
    SECTION("damaged: cut short")
    {
        const QByteArray whole = bytesOf(f.db());
        REQUIRE(whole.size() > 8192);
        const QByteArray cut = whole.left(whole.size() / 2);
        test::writeFile(f.db(), cut);
        const CliResult r = f.run({"report", "--unit", "474", "--year", "2024", "--format", "csv"});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("is damaged")));
        CHECK(r.err.contains(QStringLiteral("backup")));
        CHECK(r.out.isEmpty()); // no report from damaged data
        CHECK(bytesOf(f.db()) == cut);
    }
    SECTION("read-only")
    {
        const QString before = f.dump();
        REQUIRE(
            QFile::setPermissions(f.db(), QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const CliResult r = f.run({"set", "--unit", "19744", "--year", "2024", "live_births=500"});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("can only be read")));
        CHECK_FALSE(r.err.contains(QStringLiteral("not a database")));
        // Reading still works.
        CHECK(f.run({"report", "--unit", "474", "--year", "2024", "--format", "csv"}).exitCode == 0);
        REQUIRE(QFile::setPermissions(f.db(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        CHECK(f.dump() == before);
    }
    SECTION("locked by another program's write")
    {
        const QString before = f.dump();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        db.setDatabaseName(f.db());
        REQUIRE(db.open());
        {
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            const CliResult r = f.run({"set", "--unit", "19744", "--year", "2024", "live_births=500"});
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 1);
            CHECK(r.err.contains(QStringLiteral("is locked by another program")));
            REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        CHECK(f.dump() == before);
    }
}

TEST_CASE("load-values refuses a lone CR, bytes that are not UTF-8 and units outside the branch, naming the line")
{
    Folder f;
    f.init();
    const QString before = f.dump();
    struct Case
    {
        const char* name;
        QByteArray bytes;
        QString expected;
    };
    const QList<Case> cases = {
        {"cr", "unit_code,year,element,value\r19744,2024,live_births,1\r2\n", QStringLiteral("line 1")},
        {"utf8", "unit_code,year,element,value\n19744,2024,live_births,5,Gi\xe1\xba\n", QStringLiteral("line 2")},
        // Xã Hương Phú is in Huyện Nam Đông, not in Thành phố Huế.
        {"branch", "unit_code,year,element,value\n19744,2024,live_births,5\n20164,2024,live_births,7\n",
         QStringLiteral("line 3")},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const QString path = test::writeFile(f.path(QString::fromLatin1(c.name) + QStringLiteral(".csv")), c.bytes);
        const CliResult r = f.run({"load-values", path});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(c.expected));
        CHECK(r.err.contains(QStringLiteral("Nothing was stored")));
    }
    const CliResult branch = f.run({"load-values", f.path(QStringLiteral("branch.csv"))});
    CHECK(branch.err.contains(QStringLiteral("is not in the branch")));
    CHECK(f.dump() == before);
}

TEST_CASE("A second connection of this process leaves the database locked for other processes")
{
    // Closing any plain file handle on the database drops the process's locks on it; another
    // process closing its connection would then delete the write-ahead log this one still writes.
    Folder f;
    f.init();
    {
        Workspace window(f.db()); // the desktop window's connection
        window.db().exec(QStringLiteral("CREATE TABLE probe(x INTEGER)"));
        window.db().exec(QStringLiteral("INSERT INTO probe VALUES (1)"));
        {
            Workspace task(f.db()); // an import's connection on its own thread
        }
        const CliResult other = f.run({"report", "--unit", "474", "--year", "2024", "--format", "csv"});
        INFO(other.err.toStdString());
        REQUIRE(other.exitCode == 0);
        CHECK(QFile::exists(f.db() + QStringLiteral("-wal")));
        window.db().exec(QStringLiteral("INSERT INTO probe VALUES (2)"));
    }
    Workspace again(f.db());
    CHECK(again.db().scalar(QStringLiteral("SELECT COUNT(*) FROM probe")).toInt() == 2);
}
