// chitieu-cli units: init loads Huế's dated trees; units list prints the tree of a year (its
// CSV is the tree's own file); units load and units crosswalk add a tree and its crosswalk;
// bad files are refused with their line, exit code 1, and nothing stored changes.
#include "core/Csv.h"
#include "core/store/Database.h"
#include "support/CliSupport.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QSqlQuery>
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

QString resource(const QString& name)
{
    QFile f(QStringLiteral(":/chitieu/units/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

// The rows of the tables, to see that a refusal changed nothing.
QString dumpTables(const QString& path, const QStringList& tables)
{
    Database db(path, Database::OpenMode::Existing);
    QString out;
    for (const QString& t : tables) {
        QSqlQuery q = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(t));
        while (q.next())
            for (int i = 0; q.value(i).isValid(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
}

// The codes of the old side of the unconfirmed rows of the change of `date`.
QStringList unconfirmedOldCodes(const QString& date)
{
    QStringList codes;
    for (const csv::Row& r : csv::parse(resource("crosswalk-hue.csv"), "crosswalk"))
        if (r.fields[0] == date && r.fields[7].startsWith("UNCONFIRMED") && !codes.contains(r.fields[1]))
            codes << r.fields[1];
    return codes;
}
} // namespace

TEST_CASE("init loads Huế's trees and units list prints the tree of a year")
{
    Db db;
    const test::CliResult init = db.run({"init"});
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains("01/01/2021, 01/07/2021, 01/01/2025, 01/07/2025"));

    // The CSV of a year is the tree in force on its data date (30/11), as the tree's file has it.
    const std::map<QString, QString> files = {{"2020", "units-hue-2021-01-01.csv"},
                                              {"2021", "units-hue-2021-07-01.csv"},
                                              {"2024", "units-hue-2021-07-01.csv"},
                                              {"2025", "units-hue-2025-07-01.csv"}};
    for (const auto& [year, file] : files) {
        const test::CliResult list = db.run({"units", "list", "--year", year, "--format", "csv"});
        REQUIRE(list.exitCode == 0);
        CHECK(list.out == resource(file));
    }

    // The text marks the units of a row no source confirms (Phong Điền, 2025-01-01 change).
    const test::CliResult text = db.run({"units", "list", "--year", "2024"});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.startsWith("Units of 2024 (the tree in force on 30/11/2024, from 01/07/2021): 151 units."));
    const QStringList marked = unconfirmedOldCodes("2025-01-01");
    REQUIRE_FALSE(marked.isEmpty());
    int markedLines = 0;
    for (const QString& line : text.out.split('\n')) {
        if (!line.contains("UNCONFIRMED"))
            continue;
        ++markedLines;
        CHECK(marked.contains(line.trimmed().section(' ', 0, 0)));
    }
    CHECK(markedLines == marked.size());
    CHECK_FALSE(db.run({"units", "list", "--year", "2025"}).out.contains("UNCONFIRMED"));

    // Wrong uses.
    CHECK(db.run({"units", "list"}).exitCode == 2);
    CHECK(db.run({"units", "list", "--year", "2019"}).exitCode == 1);
    CHECK(db.run({"units", "list", "--year", "2024", "--format", "xml"}).exitCode == 2);
    CHECK(db.run({"units", "move"}).exitCode == 2);
}

TEST_CASE("units load and units crosswalk add a tree, and bad ones are refused with nothing changed")
{
    Db db;
    REQUIRE(db.run({"init"}).exitCode == 0);
    const QString before = db.run({"units", "list", "--year", "2025", "--format", "csv"}).out;
    const QString sqlBefore = dumpTables(db.path, {"unit_trees", "unit_versions", "unit_crosswalk"});

    // A tree whose date is not after the last one.
    const QString tree = test::writeFile(db.dir.filePath("tree.csv"), resource("units-hue-2025-07-01.csv").toUtf8());
    const test::CliResult early = db.run({"units", "load", tree, "--from", "2025-07-01"});
    CHECK(dumpTables(db.path, {"unit_trees", "unit_versions", "unit_crosswalk"}) == sqlBefore);
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains("date order"));
    CHECK(db.run({"units", "load", tree}).exitCode == 2);
    CHECK(db.run({"units", "load", tree, "--from", "1/1/2026"}).exitCode == 2);
    // A tree with a unit whose parent is missing.
    const QString orphan =
        test::writeFile(db.dir.filePath("orphan.csv"),
                        (resource("units-hue-2025-07-01.csv") + "99999,Phường Mới,Phường,3,77777\n").toUtf8());
    const test::CliResult bad = db.run({"units", "load", orphan, "--from", "2026-01-01"});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains("line 43")); // the header and 41 units before it
    CHECK(bad.err.contains("77777"));
    CHECK(dumpTables(db.path, {"unit_trees", "unit_versions", "unit_crosswalk"}) == sqlBefore);

    // A crosswalk that leaves a unit out (Vỹ Dạ, 19777) is refused.
    REQUIRE(db.run({"units", "load", tree, "--from", "2026-01-01"}).exitCode == 0);
    QString rows = "effective_date,old_code,old_name,new_code,new_name,kind,share,source\n";
    QString withoutOne = rows;
    for (const csv::Row& r : csv::parse(resource("units-hue-2025-07-01.csv"), "tree").mid(1)) {
        const QString row = QStringLiteral("2026-01-01,%1,%2,%1,%2,same,,test\n").arg(r.fields[0], r.fields[1]);
        rows += row;
        if (r.fields[0] != "19777")
            withoutOne += row;
    }
    const QString crosswalkBefore = dumpTables(db.path, {"unit_crosswalk"});
    const test::CliResult missing =
        db.run({"units", "crosswalk", test::writeFile(db.dir.filePath("x1.csv"), withoutOne.toUtf8())});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("19777"));
    CHECK(missing.err.contains("x1.csv"));
    CHECK(dumpTables(db.path, {"unit_crosswalk"}) == crosswalkBefore);
    const test::CliResult ok =
        db.run({"units", "crosswalk", test::writeFile(db.dir.filePath("x2.csv"), rows.toUtf8())});
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.out.contains("Change of 01/01/2026: 41 rows (41 unchanged, 0 merged, 0 split), 0 UNCONFIRMED."));
    // 2025 keeps its tree: the new one starts after its data date.
    CHECK(db.run({"units", "list", "--year", "2025", "--format", "csv"}).out == before);
    CHECK(dumpTables(db.path, {"unit_trees"}) != sqlBefore);
}

TEST_CASE("init on another unit list adds up every year on that list, and keeps trees a user loaded")
{
    const QString national = test::dataFile("admin-units-vietnam-2021.csv");
    QFile file(national);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto listed = csv::parse(QString::fromUtf8(file.readAll()), "units").size() - 1; // less the header

    Db db;
    const test::CliResult init = db.run({"init", "--units", national, "--unit", "01"});
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains("were removed"));
    CHECK_FALSE(init.out.contains("Unit trees in force"));
    CHECK(dumpTables(db.path, {"unit_trees", "unit_versions", "unit_tree_members", "unit_crosswalk"}) ==
          QString(4, '\n'));
    const test::CliResult list = db.run({"units", "list", "--year", "2024"});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.startsWith(
        QStringLiteral("Units of 2024 (this installation's one unit list): %1 units.").arg(listed)));

    // Hà Nội and a district of it are reported in 2024 and 2025 on the list (no Huế tree in the way).
    REQUIRE(db.run({"set", "--unit", "00001", "--year", "2024", "live_births=120"}).exitCode == 0);
    for (const char* unit : {"01", "001"})
        for (const char* year : {"2024", "2025"}) {
            const test::CliResult r = db.run({"report", "--unit", unit, "--year", year, "--format", "csv"});
            INFO(unit << " " << year << ": " << r.err.toStdString());
            CHECK(r.exitCode == 0);
        }
    const test::CliResult status = db.run({"status", "--year", "2024"});
    INFO(status.err.toStdString());
    CHECK(status.exitCode == 0);

    // A tree a user loaded is the history of the list: importing a list keeps it.
    Db own;
    REQUIRE(own.run({"init"}).exitCode == 0);
    const QString tree = test::writeFile(own.dir.filePath("tree.csv"), resource("units-hue-2025-07-01.csv").toUtf8());
    REQUIRE(own.run({"units", "load", tree, "--from", "2026-01-01"}).exitCode == 0);
    const QString trees = dumpTables(own.path, {"unit_trees", "unit_crosswalk"});
    const test::CliResult again = own.run({"init", "--units", national});
    REQUIRE(again.exitCode == 0);
    CHECK_FALSE(again.out.contains("were removed"));
    CHECK(dumpTables(own.path, {"unit_trees", "unit_crosswalk"}) == trees);
    CHECK(own.run({"units", "list", "--year", "2024"}).out.startsWith("Units of 2024 (the tree in force on"));
}

TEST_CASE("report --on-tree shows a year on the units of another tree with the mapping column")
{
    Db db;
    REQUIRE(db.run({"init", "--unit", "46"}).exitCode == 0);
    // Vỹ Dạ (19777) of 01/07/2025 is 19777, 19792 and 19963 of the tree before (crosswalk-hue.csv).
    const QString values = test::writeFile(db.dir.filePath("values.csv"), "19777,2024,child_marriages,4\n"
                                                                          "19792,2024,child_marriages,3\n"
                                                                          "19963,2024,child_marriages,1\n"
                                                                          "19777,2025,child_marriages,6\n"
                                                                          "19744,2020,children_under5,1000\n"
                                                                          "19762,2020,children_under5,2000\n");
    REQUIRE(db.run({"load-values", values}).exitCode == 0);

    const auto rowOf = [](const QString& out, const QString& measure) {
        const QList<csv::Row> rows = csv::parse(out, "out");
        REQUIRE(rows.size() > 1);
        QHash<QString, QString> row;
        for (const csv::Row& r : rows.mid(1))
            if (r.fields.value(2) == measure)
                for (int i = 0; i < rows[0].fields.size(); ++i)
                    row.insert(rows[0].fields[i], r.fields.value(i));
        return row;
    };
    const test::CliResult exact =
        db.run({"report", "--unit", "19777", "--year", "2025", "--on-tree", "2025-07-01", "--include-in-progress"});
    REQUIRE(exact.exitCode == 0);
    CHECK(exact.out.section('\n', 0, 0)
              .endsWith(",status,unit_target,unit_status,units_covered,units_expected,flags,"
                        "mapping,mapping_shares"));
    const auto eleven = rowOf(exact.out, "11");
    CHECK(eleven["mapping"] == "exact");
    CHECK(eleven["numerator"] == "2"); // 8 in 2024 on the three old wards, 6 in 2025
    CHECK(eleven["denominator"] == "8");
    CHECK(eleven["value"] == "25");

    const test::CliResult back =
        db.run({"report", "--unit", "19792", "--year", "2025", "--on-tree", "2021-07-01", "--include-in-progress"});
    REQUIRE(back.exitCode == 0);
    const auto notComparable = rowOf(back.out, "11");
    CHECK(notComparable["mapping"] == "not_comparable");
    CHECK(notComparable["value"].isEmpty());
    CHECK(notComparable["status"] == "no_data");

    const test::CliResult estimated =
        db.run({"report", "--unit", "19762", "--year", "2020", "--on-tree", "2021-07-01", "--include-in-progress"});
    REQUIRE(estimated.exitCode == 0);
    const auto share = rowOf(estimated.out, "2a");
    CHECK(share["mapping"] == "estimated");
    CHECK(share["mapping_shares"] == "19744 → 19762: 0.3949");

    // The final review on the 40 new units, for people; not as the machine CSV.
    const test::CliResult review = db.run({"review", "--unit", "46", "--kind", "final", "--on-tree", "2025-07-01",
                                           "--include-in-progress", "--format", "csv-excel"});
    INFO(review.err.toStdString());
    REQUIRE(review.exitCode == 0);
    CHECK(review.out.contains("2024: mapped exactly."));
    CHECK(db.run({"review", "--unit", "46", "--kind", "final", "--on-tree", "2025-07-01"}).exitCode == 2);

    // Wrong uses and refusals.
    CHECK(db.run({"report", "--unit", "19777", "--year", "2025", "--on-tree", "2025-13-01"}).exitCode == 2);
    // For people: the year before and 2020 mapped too, and the document says so.
    const test::CliResult people = db.run({"report", "--unit", "19777", "--year", "2025", "--on-tree", "2025-07-01",
                                           "--include-in-progress", "--format", "csv-excel"});
    INFO(people.err.toStdString());
    REQUIRE(people.exitCode == 0);
    CHECK(people.out.contains("shown on the units of the unit tree in force from 01/07/2025"));
    CHECK(people.out.contains("2024: mapped exactly."));
    CHECK(db.run({"report", "--unit", "19777", "--year", "2025", "--on-tree", "2025-07-01", "--format", "xlsx", "-o",
                  db.dir.filePath("x.xlsx")})
              .exitCode == 0);
    CHECK(db.run({"report", "--unit", "19777", "--year", "2025", "--on-tree", "2025-07-01", "--deliverable",
                  "commune-data"})
              .exitCode == 2);
    const test::CliResult gone = db.run({"report", "--unit", "19744", "--year", "2025", "--on-tree", "2025-07-01"});
    CHECK(gone.exitCode == 1);
    CHECK(gone.err.contains("19744"));
    CHECK(gone.err.contains("2025-07-01"));
}

TEST_CASE("status tells a district installation that its role ended")
{
    Db db;
    REQUIRE(db.run({"init", "--unit", "474"}).exitCode == 0);
    const test::CliResult before = db.run({"status", "--year", "2025", "--date", "2025-06-30"});
    REQUIRE(before.exitCode == 0);
    CHECK_FALSE(before.out.contains("ended"));
    const test::CliResult after = db.run({"status", "--year", "2025", "--date", "2025-07-01"});
    REQUIRE(after.exitCode == 0);
    CHECK(after.out.contains("The role of Quận Thuận Hóa (474) ended on 01/07/2025"));
    CHECK(after.out.contains("chitieu-cli export --unit 474"));
}

TEST_CASE("A 2025 commune file is imported straight into the city installation")
{
    Db commune;
    Db city;
    REQUIRE(commune.run({"init", "--unit", "19777", "--user", "Lê Thị Cúc"}).exitCode == 0);
    REQUIRE(city.run({"init", "--unit", "46", "--user", "Phạm Thị Phương"}).exitCode == 0);
    for (const char* year : {"2024", "2025"}) {
        REQUIRE(
            commune.run({"set", "--unit", "19777", "--year", year, "live_births=120", "neonatal_deaths=1"}).exitCode ==
            0);
        const test::CliResult done = commune.run({"complete", "--unit", "19777", "--year", year});
        INFO(done.err.toStdString());
        REQUIRE(done.exitCode == 0);
    }
    const QString file2025 = commune.dir.filePath("vy-da-2025.chitieu");
    const QString file2024 = commune.dir.filePath("vy-da-2024.chitieu");
    REQUIRE(commune.run({"export", "--unit", "19777", "--year", "2025", "-o", file2025}).exitCode == 0);
    REQUIRE(commune.run({"export", "--unit", "19777", "--year", "2024", "-o", file2024}).exitCode == 0);

    // 2024: Vỹ Dạ was a ward of Thành phố Huế, whose installation sends its file on.
    const test::CliResult old = city.run({"import", file2024});
    CHECK(old.exitCode == 1);
    CHECK(old.err.contains("not directly under"));
    // 2025: the tree in force on its data date has no district level.
    const test::CliResult now = city.run({"import", file2025});
    INFO(now.err.toStdString());
    REQUIRE(now.exitCode == 0);
    CHECK(now.out.contains("Applied"));
    const test::CliResult report = city.run({"report", "--unit", "19777", "--year", "2025", "--on-tree", "2025-07-01"});
    REQUIRE(report.exitCode == 0);
    CHECK(report.out.contains("19777,2025,2a,2,1,120,"));
}

TEST_CASE("A commune installation whose commune was merged moves to its new unit and keeps its years")
{
    Db db;
    REQUIRE(db.run({"init", "--unit", "19792", "--user", "Lê Thị Cúc"}).exitCode == 0);
    REQUIRE(db.run({"set", "--unit", "19792", "--year", "2024", "live_births=75"}).exitCode == 0);
    // From 01/07/2025 Xuân Phú (19792) is part of Vỹ Dạ (19777): status says so and how to go on.
    const test::CliResult told = db.run({"status", "--year", "2025", "--date", "2025-07-02"});
    REQUIRE(told.exitCode == 0);
    CHECK(told.out.contains("Phường Xuân Phú (19792) became part of 19777 Phường Vỹ Dạ on 01/07/2025"));
    CHECK(told.out.contains("init --unit CODE"));
    // The installation reports as the new unit from then on.
    REQUIRE(db.run({"init", "--unit", "19777"}).exitCode == 0);
    CHECK_FALSE(db.run({"status", "--year", "2025", "--date", "2025-07-02"}).out.contains("became part of"));
    REQUIRE(db.run({"set", "--unit", "19777", "--year", "2025", "live_births=130"}).exitCode == 0);
    // Its earlier year stays under its old code, and shows on the new unit when mapped.
    const test::CliResult history = db.run({"history", "--unit", "19792", "--year", "2024"});
    REQUIRE(history.exitCode == 0);
    CHECK(history.out.contains("live_births: - -> 75"));
    const test::CliResult mapped =
        db.run({"report", "--unit", "19777", "--year", "2024", "--on-tree", "2025-07-01", "--include-in-progress"});
    REQUIRE(mapped.exitCode == 0);
    CHECK(mapped.out.contains(",exact,"));
}
