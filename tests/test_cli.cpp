// The command line from load-values to report csv, its refusals and its exit codes.
#include "core/Csv.h"
#include "core/store/FormStatus.h"
#include "support/CliSupport.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>

using namespace chitieu;
using test::runCli;

namespace {
// measure -> row of the report CSV, by column name.
std::map<QString, std::map<QString, QString>> parseReport(const QString& text)
{
    const QList<csv::Row> rows = csv::parse(text, QStringLiteral("report"));
    REQUIRE(rows.size() > 1);
    const QStringList header = rows.first().fields;
    std::map<QString, std::map<QString, QString>> out;
    for (int i = 1; i < rows.size(); ++i) {
        std::map<QString, QString> row;
        for (int c = 0; c < header.size(); ++c)
            row[header[c]] = rows[i].fields.value(c);
        out[row[QStringLiteral("measure")]] = row;
    }
    return out;
}

const char* sampleValues = "unit_code,year,element,value,comment\n"
                           "19774,2024,live_births,200,\n"
                           "19780,2024,live_births,300,\n"
                           "19750,2024,live_births,500,\"sổ khai sinh, bản chính\"\n"
                           "19774,2024,neonatal_deaths,1,\n"
                           "19780,2024,neonatal_deaths,0,\n"
                           "19750,2024,neonatal_deaths,2,\n"
                           "19774,2024,infant_deaths,0,\n"
                           "19780,2024,infant_deaths,0,\n"
                           "19750,2024,infant_deaths,0,\n"
                           "19774,2024,children_under1,190,\n"
                           "19780,2024,children_under1,290,\n"
                           "19750,2024,children_under1,480,\n"
                           "19774,2024,under1_fully_immunised,185,\n"
                           "19780,2024,under1_fully_immunised,280,\n"
                           "19750,2024,under1_fully_immunised,450,\n"
                           "19774,2024,cfc_registered,1,\n"
                           "19780,2024,cfc_registered,1,\n"
                           "19750,2024,cfc_registered,0,\n"
                           "19774,2023,child_marriages,4,\n"
                           "19780,2023,child_marriages,0,\n"
                           "19750,2023,child_marriages,6,\n"
                           "19774,2024,child_marriages,3,\n"
                           "19780,2024,child_marriages,0,\n"
                           "19750,2024,child_marriages,6,\n";
} // namespace

TEST_CASE("From load-values to the district report, matching a hand computation")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    const QString values = test::writeFile(dir.filePath(QStringLiteral("values.csv")), sampleValues);

    const auto init = runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--unit"),
                              QStringLiteral("474"), QStringLiteral("--user"), QStringLiteral("Nguyễn Văn A")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const auto load = runCli({QStringLiteral("--db"), db, QStringLiteral("load-values"), values});
    INFO(load.err.toStdString());
    REQUIRE(load.exitCode == 0);
    CHECK(load.out.contains(QStringLiteral("24")));

    auto reportOf = [&](const QString& unit, QStringList extra) {
        QStringList args{QStringLiteral("--db"),
                         db,
                         QStringLiteral("report"),
                         QStringLiteral("--unit"),
                         unit,
                         QStringLiteral("--year"),
                         QStringLiteral("2024"),
                         QStringLiteral("--format"),
                         QStringLiteral("csv")};
        const auto r = runCli(args + extra);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return parseReport(r.out);
    };
    // Loaded values are forms in progress: by default no commune counts, and nothing is a guess.
    auto rows = reportOf(QStringLiteral("474"), {});
    CHECK(rows.size() == 32);
    CHECK(rows[QStringLiteral("2a")][QStringLiteral("value")].isEmpty());
    CHECK(rows[QStringLiteral("2a")][QStringLiteral("status")] == QStringLiteral("no_data"));
    CHECK(rows[QStringLiteral("2a")][QStringLiteral("units_covered")] == QStringLiteral("0"));
    CHECK(rows[QStringLiteral("2a")][QStringLiteral("units_expected")] == QStringLiteral("36")); // 2024's tree

    // Counting them on request, and judging at any coverage (3 of the 36 communes answered).
    rows = reportOf(QStringLiteral("474"),
                    {QStringLiteral("--include-in-progress"), QStringLiteral("--min-coverage"), QStringLiteral("0")});
    CHECK(rows.size() == 32);
    // 2a: (1 + 0 + 2) / (200 + 300 + 500) x 1000 = 3 per mille, target < 1.
    CHECK(rows[QStringLiteral("2a")][QStringLiteral("numerator")] == QStringLiteral("3"));
    CHECK(rows[QStringLiteral("2a")][QStringLiteral("denominator")] == QStringLiteral("1000"));
    CHECK(rows[QStringLiteral("2a")][QStringLiteral("value")] == QStringLiteral("3"));
    CHECK(rows[QStringLiteral("2a")][QStringLiteral("status")] == QStringLiteral("not_met"));
    CHECK(rows[QStringLiteral("2a")][QStringLiteral("comparator")] == QStringLiteral("<"));
    CHECK(rows[QStringLiteral("2a")][QStringLiteral("units_covered")] == QStringLiteral("3"));
    CHECK(rows[QStringLiteral("2a")][QStringLiteral("units_expected")] == QStringLiteral("36")); // 2024's tree
    CHECK(rows[QStringLiteral("2a")][QStringLiteral("flags")].contains(QStringLiteral("includes_in_progress")));
    // 2b: 0 / 1000 = 0, target <= 0.8: met.
    CHECK(rows[QStringLiteral("2b")][QStringLiteral("value")].toDouble() == Approx(0.0));
    CHECK(rows[QStringLiteral("2b")][QStringLiteral("status")] == QStringLiteral("met"));
    // 4a: (185 + 280 + 450) / (190 + 290 + 480) x 100 = 915 / 960 x 100 = 95.3125 > 95: met.
    // (The mean of the commune rates, 95.89, would be another figure.)
    CHECK(rows[QStringLiteral("4a")][QStringLiteral("value")] == QStringLiteral("95.3125"));
    CHECK(rows[QStringLiteral("4a")][QStringLiteral("status")] == QStringLiteral("met"));
    // 1a: 2 registered of the 3 communes that answered: 66.666...%, not met; the 24 others
    // are not counted as "no".
    CHECK(rows[QStringLiteral("1a")][QStringLiteral("denominator")] == QStringLiteral("3"));
    CHECK(rows[QStringLiteral("1a")][QStringLiteral("value")].toDouble() == Approx(200.0 / 3.0));
    CHECK(rows[QStringLiteral("1a")][QStringLiteral("status")] == QStringLiteral("not_met"));
    // 11: (10 - 9) / 10 x 100 = 10 % fewer child marriages, target >= 2: met.
    CHECK(rows[QStringLiteral("11")][QStringLiteral("value")] == QStringLiteral("10"));
    CHECK(rows[QStringLiteral("11")][QStringLiteral("status")] == QStringLiteral("met"));
    // Nothing entered for 3a: no value.
    CHECK(rows[QStringLiteral("3a")][QStringLiteral("value")].isEmpty());
    CHECK(rows[QStringLiteral("3a")][QStringLiteral("status")] == QStringLiteral("no_data"));

    // At the default coverage (all communes) the same figures stand, without a status.
    rows = reportOf(QStringLiteral("474"), {QStringLiteral("--include-in-progress")});
    CHECK(rows[QStringLiteral("2a")][QStringLiteral("value")] == QStringLiteral("3"));
    CHECK(rows[QStringLiteral("2a")][QStringLiteral("status")] == QStringLiteral("incomplete"));

    // The province: the same 3 communes of its 141 in 2024's tree.
    rows = reportOf(QStringLiteral("46"),
                    {QStringLiteral("--include-in-progress"), QStringLiteral("--min-coverage"), QStringLiteral("0")});
    CHECK(rows[QStringLiteral("1a")][QStringLiteral("value")].toDouble() == Approx(200.0 / 3.0));
    CHECK(rows[QStringLiteral("2a")][QStringLiteral("value")] == QStringLiteral("3"));
    CHECK(rows[QStringLiteral("2a")][QStringLiteral("units_expected")] == QStringLiteral("141"));

    // A coverage that is not a percentage is a usage error.
    const auto bad = runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--unit"),
                             QStringLiteral("474"), QStringLiteral("--year"), QStringLiteral("2024"),
                             QStringLiteral("--min-coverage"), QStringLiteral("120")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--min-coverage")));

    // -o writes a file.
    const QString out = dir.filePath(QStringLiteral("r.csv"));
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--unit"), QStringLiteral("474"),
                  QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--format"), QStringLiteral("csv"),
                  QStringLiteral("-o"), out})
              .exitCode == 0);
    CHECK(QFile::exists(out));
}

TEST_CASE("load-values refuses a file with any bad row and stores nothing from it")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    REQUIRE(test::runCliInProcess({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    const QByteArray good = "19774,2024,live_births,200\n";
    struct Bad
    {
        const char* row;
        const char* mentions;
    };
    const Bad bad[] = {
        {"99999,2024,live_births,1", "99999"},             // unknown unit
        {"19774,2024,births_alive,1", "births_alive"},     // unknown element
        {"19774,2019,live_births,1", "2019"},              // year before the baseline
        {"19774,2026,live_births,1", "2026"},              // year after the plan
        {"19774,2024,live_births,-5", "-5"},               // negative
        {"19774,2024,live_births,1.5", "1.5"},             // not whole
        {"19774,2024,live_births,abc", "abc"},             // not a number
        {"19774,2024,live_births", "columns"},             // too few columns
        {"19774,2024,live_births,200", "line 2"},          // duplicate of line 2
        {" 19774 , 2024 , live_births ,7", "line 2"},      // the same key with spaces
        {"474,2024,cfc_registered,1", "474"},              // a per-commune flag for a district
        {"19774,2024,cfc_registered,3", "cfc_registered"}, // a yes/no flag above 1
    };
    for (const Bad& b : bad) {
        INFO(b.row);
        const QString file = test::writeFile(dir.filePath(QStringLiteral("bad.csv")),
                                             "unit_code,year,element,value\n" + good + QByteArray(b.row) + "\n");
        const auto r = test::runCliInProcess({QStringLiteral("--db"), db, QStringLiteral("load-values"), file});
        CHECK(r.exitCode == 1);
        CHECK((r.err.contains(QStringLiteral("line 3")) || QByteArray(b.mentions) == "line 2"));
        CHECK(r.err.contains(QString::fromUtf8(b.mentions)));
        // The good row before the bad one was not stored either.
        const auto report =
            test::runCliInProcess({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--unit"),
                                   QStringLiteral("19774"), QStringLiteral("--year"), QStringLiteral("2024")});
        CHECK(parseReport(report.out)[QStringLiteral("2a")][QStringLiteral("denominator")].isEmpty());
    }
}

TEST_CASE("Wrong usage exits with 2, refused input with 1")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    // Only init creates a database: a mistyped path is refused, not answered from an empty file.
    const auto missing =
        test::runCliInProcess({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--unit"),
                               QStringLiteral("474"), QStringLiteral("--year"), QStringLiteral("2024")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(db));
    REQUIRE(test::runCliInProcess({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    CHECK(test::runCliInProcess({}).exitCode == 2);
    CHECK(test::runCliInProcess({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(test::runCliInProcess(
              {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024")})
              .exitCode == 2);
    CHECK(test::runCliInProcess({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--unit"),
                                 QStringLiteral("474"), QStringLiteral("--year"), QStringLiteral("2024"),
                                 QStringLiteral("--format"), QStringLiteral("docx")})
              .exitCode == 2);
    CHECK(test::runCliInProcess({QStringLiteral("--db"), db, QStringLiteral("set"), QStringLiteral("--unit"),
                                 QStringLiteral("19774"), QStringLiteral("--year"), QStringLiteral("2024"),
                                 QStringLiteral("live_births")})
              .exitCode == 2);
    const auto badRole = test::runCliInProcess(
        {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("admin")});
    CHECK(badRole.exitCode == 2);
    CHECK(badRole.err.contains(QStringLiteral("--role must be commune, district, province or department")));
    const auto refused = test::runCliInProcess(
        {QStringLiteral("--db"), db, QStringLiteral("set"), QStringLiteral("--unit"), QStringLiteral("19774"),
         QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("live_births=-4")});
    CHECK(refused.exitCode == 1);
    CHECK_FALSE(refused.err.isEmpty());
    CHECK(test::runCliInProcess({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--unit"),
                                 QStringLiteral("00000"), QStringLiteral("--year"), QStringLiteral("2024")})
              .exitCode == 1);
    CHECK(test::runCliInProcess({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--units"),
                                 QStringLiteral("/no/such/units.csv")})
              .exitCode == 1);
    CHECK(test::runCliInProcess({QStringLiteral("--version")}).out.contains(QStringLiteral("chitieu-cli")));
}

TEST_CASE("set enters counts, init loads another unit list, catalogue lists the plan")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    REQUIRE(test::runCliInProcess({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    CHECK(test::runCliInProcess({QStringLiteral("--db"), db, QStringLiteral("set"), QStringLiteral("--unit"),
                                 QStringLiteral("19774"), QStringLiteral("--year"), QStringLiteral("2024"),
                                 QStringLiteral("live_births=400"), QStringLiteral("neonatal_deaths=2")})
              .exitCode == 0);
    auto rows = parseReport(
        test::runCliInProcess({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--unit"),
                               QStringLiteral("19774"), QStringLiteral("--year"), QStringLiteral("2024")})
            .out);
    CHECK(rows[QStringLiteral("2a")][QStringLiteral("value")].toDouble() == Approx(5.0)); // 2 / 400 x 1000

    const auto national =
        test::runCliInProcess({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--units"),
                               test::dataFile(QStringLiteral("admin-units-vietnam-2021.csv")), QStringLiteral("--unit"),
                               QStringLiteral("01")});
    INFO(national.err.toStdString());
    CHECK(national.exitCode == 0);

    const auto cat =
        test::runCliInProcess({QStringLiteral("catalogue"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(cat.exitCode == 0);
    CHECK(csv::parse(cat.out, QStringLiteral("catalogue")).size() == 33); // header + 32 measures
    CHECK(test::runCliInProcess({QStringLiteral("catalogue")}).out.contains(QStringLiteral("district-25-11")));
}

TEST_CASE("set and load-values refuse to change a form marked complete")
{
    test::TempWorkspace ws;
    ws.set(QStringLiteral("19774"), 2024, {{QStringLiteral("live_births"), 100}});
    FormStatus::save(ws->db(), QStringLiteral("19774"), 2024, FormState::Complete, QStringLiteral("Lê Văn C"));
    const auto r = test::runCliInProcess({QStringLiteral("--db"), ws.path(), QStringLiteral("set"),
                                          QStringLiteral("--unit"), QStringLiteral("19774"), QStringLiteral("--year"),
                                          QStringLiteral("2024"), QStringLiteral("live_births=999")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("complete")));
    CHECK(ws->values().value(QStringLiteral("19774"), 2024, QStringLiteral("live_births")) == 100);
    const QString file = test::writeFile(ws.file(QStringLiteral("v.csv")), "19774,2024,live_births,5\n");
    CHECK(test::runCliInProcess({QStringLiteral("--db"), ws.path(), QStringLiteral("load-values"), file}).exitCode ==
          1);
    CHECK(ws->values().value(QStringLiteral("19774"), 2024, QStringLiteral("live_births")) == 100);
    // Another year of the same commune is open.
    CHECK(test::runCliInProcess({QStringLiteral("--db"), ws.path(), QStringLiteral("set"), QStringLiteral("--unit"),
                                 QStringLiteral("19774"), QStringLiteral("--year"), QStringLiteral("2023"),
                                 QStringLiteral("live_births=90")})
              .exitCode == 0);
}
