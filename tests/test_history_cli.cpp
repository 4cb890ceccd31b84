// chitieu-cli history: the changes of set and load-values, filtered, as text and CSV; wrong
// filters refused with their message and exit code.
#include "core/Csv.h"
#include "support/CliSupport.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>

using namespace chitieu;
using test::runCli;

namespace {
struct Db
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("chitieu.sqlite"));
    test::CliResult run(QStringList args) { return runCli(QStringList{QStringLiteral("--db"), path} + args); }
};
} // namespace

TEST_CASE("chitieu-cli history lists every change with who and how")
{
    Db db;
    REQUIRE(db.run({"init", "--unit", "19744", "--user", "Lê Văn C"}).exitCode == 0);
    REQUIRE(db.run({"set", "--unit", "19744", "--year", "2024", "live_births=120"}).exitCode == 0);
    const QString csvIn = test::writeFile(db.dir.filePath("counts.csv"), "19744,2024,live_births,125,sổ khai sinh\n"
                                                                         "19744,2024,neonatal_deaths,1\n");
    REQUIRE(db.run({"load-values", csvIn}).exitCode == 0);

    const test::CliResult all = db.run({"history", "--unit", "19744", "--year", "2024"});
    REQUIRE(all.exitCode == 0);
    const QStringList lines = all.out.trimmed().split('\n');
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].contains("live_births: - -> 120"));
    CHECK(lines[0].contains("Lê Văn C"));
    CHECK(lines[0].contains("(set)"));
    CHECK(lines[1].contains("live_births: 120 -> 125"));
    CHECK(lines[1].contains("sổ khai sinh"));
    CHECK(lines[1].contains("CSV"));

    const test::CliResult one =
        db.run({"history", "--unit", "19744", "--year", "2024", "--element", "live_births", "--format", "csv"});
    REQUIRE(one.exitCode == 0);
    const QList<csv::Row> rows = csv::parse(one.out, "out");
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].fields.value(9) == "cli");
    CHECK(rows[2].fields.value(9) == "load-values");
    CHECK(rows[2].fields.value(4) == "120");
    CHECK(rows[2].fields.value(5) == "125");

    const QString out = db.dir.filePath("history.csv");
    REQUIRE(db.run({"history", "--format", "csv", "-o", out, "--person", "Nobody"}).exitCode == 0);
    CHECK(csv::readFile(out).size() == 1); // the header only
    CHECK(db.run({"history", "--from", "2999-01-01"}).out.contains("No changes match."));
}

TEST_CASE("chitieu-cli history refuses unknown filters")
{
    Db db;
    REQUIRE(db.run({"init", "--unit", "19744"}).exitCode == 0);
    const test::CliResult unit = db.run({"history", "--unit", "99999"});
    CHECK(unit.exitCode == 1);
    CHECK(unit.err.contains("99999"));
    const test::CliResult element = db.run({"history", "--element", "births_on_mars"});
    CHECK(element.exitCode == 1);
    CHECK(element.err.contains("births_on_mars"));
    const test::CliResult date = db.run({"history", "--from", "05/11/2024"});
    CHECK(date.exitCode == 2);
    CHECK(date.err.contains("--from"));
    const test::CliResult format = db.run({"history", "--format", "xml"});
    CHECK(format.exitCode == 2);
    const test::CliResult year = db.run({"history", "--year", "1990"});
    CHECK(year.exitCode == 1);
}
