// export, import, verify and return on the command line (the real chitieu-cli), with their
// exit codes: 0 ok, 1 refused, 2 wrong usage. Questions are refused unless a flag accepts them.
#include "core/Csv.h"
#include "support/CliSupport.h"
#include "test_exchange_support.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace chitieu;
using test::CliResult;
using test::runCli;

namespace {
class Cli
{
public:
    Cli() { REQUIRE(m_dir.isValid()); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString db(const QString& name) const { return path(name + QStringLiteral(".sqlite")); }
    CliResult run(const QString& dbName, QStringList args)
    {
        args.prepend(db(dbName));
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    }
    void init(const QString& dbName, const QString& unit, const QString& user)
    {
        const CliResult r = run(dbName, {"init", "--unit", unit, "--user", user});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    QString dump(const QString& dbName)
    {
        Workspace w(db(dbName));
        return test::dumpDatabase(w.db());
    }

private:
    QTemporaryDir m_dir;
};
} // namespace

TEST_CASE("export, verify and import on the command line, and their exit codes")
{
    Cli cli;
    cli.init("commune", "20164", "Lê Thị Cúc");
    cli.init("district", "483", "Trần Văn Đức");
    cli.init("province", "46", "Phạm Thị Phương");
    REQUIRE(cli.run("commune", {"set", "--unit", "20164", "--year", "2024", "live_births=200", "neonatal_deaths=1"})
                .exitCode == 0);

    // export: a form in progress is not sent without --allow-incomplete, and nothing is written.
    const QString v1 = cli.path("huong-phu-2024.chitieu");
    const QString dumpCommune = cli.dump("commune");
    CliResult r = cli.run("commune", {"export", "--unit", "20164", "--year", "2024", "-o", v1});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("is not marked complete"));
    CHECK(r.err.contains("--allow-incomplete"));
    CHECK_FALSE(QFileInfo::exists(v1));
    CHECK(cli.dump("commune") == dumpCommune);
    // complete marks the form complete, with the entry form's rules.
    r = cli.run("commune", {"complete", "--unit", "20164", "--year", "2024"});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("complete"));
    CHECK(cli.run("commune", {"complete", "--unit", "20164"}).exitCode == 2); // no --year
    r = cli.run("commune", {"export", "--unit", "20164", "--year", "2024", "-o", v1});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("2 values"));
    CHECK(QFileInfo(v1).size() > 144);
    CHECK(cli.run("commune", {"export", "--unit", "20164", "--year", "2024"}).exitCode == 2); // no -o
    CHECK(cli.run("commune", {"export", "--unit", "20164", "-o", v1}).exitCode == 2);         // no --year
    r = cli.run("commune", {"export", "--unit", "20167", "--year", "2024", "-o", cli.path("x.chitieu")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("can only make the file of"));
    CHECK(cli.run("commune", {"export", "--unit", "20164", "--year", "2031", "-o", cli.path("x.chitieu")}).exitCode ==
          1);

    // verify: no database needed
    r = runCli({"verify", v1});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("valid exchange file"));
    CHECK(r.out.contains("20164 Xã Hương Phú"));
    CHECK(r.out.contains("2024"));
    CHECK(r.out.contains("SHA-256: "));
    QByteArray damaged = [&] {
        QFile f(v1);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    damaged[40] = static_cast<char>(damaged[40] ^ 0x04);
    const QString bad = test::writeFile(cli.path("damaged.chitieu"), damaged);
    r = runCli({"verify", bad});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("does not match its hash"));
    CHECK(runCli({"verify", v1, bad}).exitCode == 1);
    CHECK(runCli({"verify"}).exitCode == 2);
    CHECK(runCli({"verify", cli.path("missing.chitieu")}).exitCode == 1);

    // import
    r = cli.run("district", {"import", v1});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("Applied"));
    r = cli.run("district", {"import", v1});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("Already had it"));
    const QString dumpBefore = cli.dump("district");
    r = cli.run("district", {"import", bad});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("does not match its hash"));
    CHECK(cli.dump("district") == dumpBefore);
    CHECK(cli.run("district", {"import"}).exitCode == 2);
    CHECK(cli.run("district", {"import", "--yes", v1}).exitCode == 2);

    // A newer file: its changes are listed and applied only with --accept-changes.
    // A completed form is read-only until reopened, with a reason.
    CHECK(cli.run("commune", {"set", "--unit", "20164", "--year", "2024", "live_births=210"}).exitCode == 1);
    CHECK(cli.run("commune", {"reopen", "--unit", "20164", "--year", "2024"}).exitCode == 2); // no --reason
    r = cli.run("commune", {"reopen", "--unit", "20164", "--year", "2024", "--reason", "sửa số trẻ sinh"});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(cli.run("commune", {"set", "--unit", "20164", "--year", "2024", "live_births=210"}).exitCode == 0);
    REQUIRE(cli.run("commune", {"complete", "--unit", "20164", "--year", "2024"}).exitCode == 0);
    const QString v2 = cli.path("v2.chitieu");
    REQUIRE(cli.run("commune", {"export", "--unit", "20164", "--year", "2024", "-o", v2}).exitCode == 0);
    r = cli.run("district", {"import", v2});
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains("20164 live_births: 200 -> 210"));
    CHECK(r.err.contains("--accept-changes"));
    CHECK(cli.dump("district") == dumpBefore);
    r = cli.run("district", {"import", "--accept-changes", v2});
    CHECK(r.exitCode == 0);
    // The older file is refused now.
    r = cli.run("district", {"import", v1});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("Older than what we have"));

    // The district's own file to the province, whose report is worked by hand:
    // 2a = 1 / 210 x 1000 = 4.76 per mille.
    const QString districtFile = cli.path("nam-dong.chitieu");
    // 1 of its 10 communes is complete: the district sends it knowingly.
    r = cli.run("district", {"export", "--unit", "483", "--year", "2024", "-o", districtFile});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("Only 1 of the 10 communes"));
    REQUIRE(cli.run("district", {"export", "--unit", "483", "--year", "2024", "-o", districtFile, "--allow-incomplete"})
                .exitCode == 0);
    r = cli.run("province", {"import", districtFile});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = cli.run("province", {"report", "--unit", "46", "--year", "2024", "--format", "csv"});
    REQUIRE(r.exitCode == 0);
    const QList<csv::Row> rows = csv::parse(r.out, "report");
    const int valueColumn = static_cast<int>(rows.first().fields.indexOf("value"));
    const int measureColumn = static_cast<int>(rows.first().fields.indexOf("measure"));
    bool found = false;
    for (const csv::Row& row : rows)
        if (row.fields.value(measureColumn) == "2a") {
            found = true;
            CHECK(row.fields.value(valueColumn).toDouble() == Approx(1000.0 / 210.0));
        }
    CHECK(found);
}

TEST_CASE("On the command line a new key and overwriting own values are refused until a flag accepts them")
{
    Cli cli;
    cli.init("commune", "20164", "Lê Thị Cúc");
    cli.init("district", "483", "Trần Văn Đức");
    REQUIRE(cli.run("commune", {"set", "--unit", "20164", "--year", "2024", "live_births=200"}).exitCode == 0);
    REQUIRE(cli.run("commune",
                    {"export", "--unit", "20164", "--year", "2024", "-o", cli.path("a.chitieu"), "--allow-incomplete"})
                .exitCode == 0);
    REQUIRE(cli.run("district", {"import", cli.path("a.chitieu")}).exitCode == 0);

    // The commune reinstalled: another database, another key.
    cli.init("reinstalled", "20164", "Lê Thị Cúc");
    REQUIRE(cli.run("reinstalled", {"set", "--unit", "20164", "--year", "2024", "live_births=205"}).exitCode == 0);
    const QString b = cli.path("b.chitieu");
    REQUIRE(cli.run("reinstalled", {"export", "--unit", "20164", "--year", "2024", "-o", b, "--allow-incomplete"})
                .exitCode == 0);
    const QString before = cli.dump("district");
    CliResult r = cli.run("district", {"import", "--accept-changes", b});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("signed with another key"));
    CHECK(r.err.contains("--accept-new-key"));
    CHECK(cli.dump("district") == before);
    r = cli.run("district", {"import", "--accept-changes", "--accept-new-key", b});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    {
        Workspace w(cli.db("district"));
        CHECK(w.db().scalar("SELECT COUNT(*) FROM audit WHERE source='key' AND unit_code='20164'").toInt() == 1);
        CHECK(w.values().value("20164", 2024, "live_births") == 205);
    }

    // The district types a correction itself; the commune's next file would overwrite it.
    REQUIRE(cli.run("district", {"set", "--unit", "20164", "--year", "2024", "live_births=207"}).exitCode == 0);
    REQUIRE(cli.run("reinstalled", {"set", "--unit", "20164", "--year", "2024", "neonatal_deaths=1"}).exitCode == 0);
    const QString c = cli.path("c.chitieu");
    REQUIRE(cli.run("reinstalled", {"export", "--unit", "20164", "--year", "2024", "-o", c, "--allow-incomplete"})
                .exitCode == 0);
    const QString beforeOwn = cli.dump("district");
    r = cli.run("district", {"import", "--accept-changes", c});
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains("[entered here]"));
    CHECK(r.err.contains("--overwrite-own"));
    CHECK(cli.dump("district") == beforeOwn);
    r = cli.run("district", {"import", "--accept-changes", "--overwrite-own", c});
    CHECK(r.exitCode == 0);
    Workspace w(cli.db("district"));
    CHECK(w.values().value("20164", 2024, "live_births") == 205);
    CHECK(w.values().value("20164", 2024, "neonatal_deaths") == 1);
}

TEST_CASE("return on the command line, and a folder of files imported at once")
{
    Cli cli;
    cli.init("commune", "20164", "Lê Thị Cúc");
    cli.init("other", "20167", "Hồ Văn Sơn");
    cli.init("district", "483", "Trần Văn Đức");
    QDir().mkpath(cli.path("inbox"));
    REQUIRE(cli.run("commune", {"set", "--unit", "20164", "--year", "2024", "live_births=200"}).exitCode == 0);
    REQUIRE(cli.run("other", {"set", "--unit", "20167", "--year", "2024", "live_births=80"}).exitCode == 0);
    REQUIRE(cli.run("commune", {"export", "--unit", "20164", "--year", "2024", "-o", cli.path("inbox/a.chitieu"),
                                "--allow-incomplete"})
                .exitCode == 0);
    REQUIRE(cli.run("other", {"export", "--unit", "20167", "--year", "2024", "-o", cli.path("inbox/b.chitieu"),
                              "--allow-incomplete"})
                .exitCode == 0);
    CliResult r = cli.run("district", {"import", cli.path("inbox")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.count("Applied.") == 2);
    QDir().mkpath(cli.path("empty"));
    CHECK(cli.run("district", {"import", cli.path("empty")}).exitCode == 1);

    const QString ret = cli.path("return.chitieu");
    CHECK(cli.run("district", {"return", "--unit", "20164", "--year", "2024", "-o", ret}).exitCode == 2); // no reason
    CHECK(cli.run("district", {"return", "--unit", "20170", "--year", "2024", "--reason", "x", "-o", ret}).exitCode ==
          1); // nothing received from 20170
    r = cli.run("district", {"return", "--unit", "20164", "--year", "2024", "--reason", "Thiếu chữ ký", "-o", ret});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = runCli({"verify", ret});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("return"));
    CHECK(r.out.contains("Thiếu chữ ký"));
    r = cli.run("other", {"import", ret});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("This return is for unit"));
    r = cli.run("commune", {"import", ret});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    Workspace w(cli.db("commune"));
    const FormStatus s = FormStatus::load(w.db(), "20164", 2024);
    CHECK(s.state == FormState::Returned);
    CHECK(s.reason == "Thiếu chữ ký");
}

TEST_CASE("Two imports of the same folder at once: each file is applied once, the other says it already had it")
{
    Cli cli;
    cli.init("district", "483", "Trần Văn Đức");
    const QStringList communes = {"20161", "20164", "20167", "20170", "20173",
                                  "20179", "20182", "20185", "20188", "20191"};
    QDir().mkpath(cli.path("inbox"));
    qint64 births = 100;
    for (const QString& code : communes) {
        test::Installation c(code, Role::Commune, QStringLiteral("Cán bộ %1").arg(code));
        c.enter(code, 2024, {{"live_births", ++births}});
        REQUIRE(QFile::copy(c.exportFile(2024, code + QStringLiteral(".chitieu")),
                            cli.path(QStringLiteral("inbox/%1.chitieu").arg(code))));
    }
    const QStringList args = {"--db", cli.db("district"), "import", cli.path("inbox")};
    QProcess first;
    QProcess second;
    first.start(QStringLiteral(CHITIEU_CLI_PATH), args);
    second.start(QStringLiteral(CHITIEU_CLI_PATH), args);
    REQUIRE(first.waitForFinished(120000));
    REQUIRE(second.waitForFinished(120000));
    const QString out = QString::fromUtf8(first.readAllStandardOutput() + second.readAllStandardOutput());
    const QString err = QString::fromUtf8(first.readAllStandardError() + second.readAllStandardError());
    INFO(out.toStdString() + err.toStdString());
    CHECK(first.exitCode() == 0);
    CHECK(second.exitCode() == 0);
    CHECK(out.count("Applied.") == communes.size());
    CHECK(out.count("Already had it") == communes.size());
    CHECK_FALSE(err.contains("changed while"));

    Workspace w(cli.db("district"));
    CHECK(w.db().scalar("SELECT COUNT(*) FROM received_files WHERE result = 'applied'").toInt() == communes.size());
    births = 100;
    for (const QString& code : communes)
        CHECK(w.values().value(code, 2024, "live_births") == ++births);
}
