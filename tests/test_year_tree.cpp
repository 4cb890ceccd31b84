// Ordinary reports stand on the unit tree in force for their year: 2020 on the tree of
// 01/01/2021, 2021–2024 on the tree of 01/07/2021, 2025 on the two-level tree of 01/07/2025.
// The expected figures come from resources/units (the trees and the crosswalk), counted here
// from the CSV files, not from the program.
#include "core/Error.h"
#include "core/report/MeasureCsv.h"
#include "core/report/ReportModel.h"
#include "core/report/ReviewModel.h"
#include "core/store/YearTree.h"
#include "support/CliSupport.h"
#include "support/TestSupport.h"
#include "test_report_support.h"

#include <QFile>

using namespace chitieu;

using test::reports::lineOf;

namespace {

// Rows of one of the built-in tree files: code -> (type, level, parent).
struct Row
{
    QString type;
    int level = 0;
    QString parent;
};

QMap<QString, Row> treeFile(const QString& day)
{
    QFile f(QStringLiteral(CHITIEU_SOURCE_DIR "/resources/units/units-hue-%1.csv").arg(day));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QMap<QString, Row> out;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList c = lines[i].trimmed().split(QLatin1Char(','));
        out.insert(c[0], Row{c[2], c[3].toInt(), c.value(4)});
    }
    return out;
}

int communesWithParent(const QMap<QString, Row>& tree, const QString& parent)
{
    int n = 0;
    for (const Row& r : tree)
        n += r.level == 3 && r.parent == parent ? 1 : 0;
    return n;
}

const MeasureResult& resultOf(const QList<MeasureResult>& results, const QString& code)
{
    for (const MeasureResult& r : results)
        if (r.code == code)
            return r;
    FAIL("no result for " << code.toStdString());
    return results.first();
}

void anyCoverage(test::TempWorkspace& w)
{
    InstallationSettings s = w->settings();
    s.minCoveragePercent = 0;
    w->saveSettings(s);
}

} // namespace

TEST_CASE("The tree of a year is the one in force on its data date")
{
    test::TempWorkspace w;
    CHECK(yeartree::of(w->db(), w->catalogue(), 2020) == QDate(2021, 1, 1));
    for (int y = 2021; y <= 2024; ++y)
        CHECK(yeartree::of(w->db(), w->catalogue(), y) == QDate(2021, 7, 1));
    CHECK(yeartree::of(w->db(), w->catalogue(), 2025) == QDate(2025, 7, 1));
}

TEST_CASE("A commune moved to another district on 01/07/2021 counts there from 2021, and where it was before")
{
    test::TempWorkspace w;
    anyCoverage(w);
    const QMap<QString, Row> early = treeFile("2021-01-01");
    const QMap<QString, Row> mid = treeFile("2021-07-01");
    // Thị trấn Thuận An (19900): Huyện Phú Vang (478) until 30/06/2021, then Thành phố Huế (474).
    REQUIRE(early["19900"].parent == "478");
    REQUIRE(mid["19900"].parent == "474");
    for (int year : {2020, 2023})
        w.setComplete("19900", year, {{"live_births", 400}, {"neonatal_deaths", 2}});
    w.setComplete("19774", 2023, {{"live_births", 600}, {"neonatal_deaths", 0}}); // Kim Long, 474 in both

    MeasureCalculator& calc = w->calculator();
    const Measure& m2a = *w->catalogue().measure("2a");
    // 2023: Huế city adds up Kim Long and Thuận An: 2 / 1000 x 1000 = 2; Phú Vang holds nothing.
    const MeasureResult hue2023 = calc.compute(m2a, "474", 2023);
    REQUIRE(hue2023.numerator);
    CHECK(*hue2023.numerator == 2);
    CHECK(*hue2023.denominator == 1000);
    CHECK(hue2023.coverage.expected == communesWithParent(mid, "474"));
    CHECK(calc.compute(m2a, "478", 2023).coverage.covered == 0);
    CHECK(calc.compute(m2a, "478", 2023).coverage.expected == communesWithParent(mid, "478"));
    // 2020: Thuận An was Phú Vang's.
    CHECK(*calc.compute(m2a, "478", 2020).numerator == 2);
    CHECK(calc.compute(m2a, "474", 2020).coverage.covered == 0);
    CHECK(calc.compute(m2a, "474", 2020).coverage.expected == communesWithParent(early, "474"));

    // The annual report of Huế city for 2023: its annex lists the units of 2023's tree, and its
    // baseline column maps 2020 onto them (Thuận An's 2020 counts are the city's now), saying so.
    const AnnualReport r = buildAnnualReport(*w, "474", 2023);
    CHECK(r.annexUnits.size() == communesWithParent(mid, "474"));
    const MeasureLine& a2 = lineOf(r, "2a");
    REQUIRE(a2.baseline.numerator);
    CHECK(*a2.baseline.numerator == 2);
    CHECK(*a2.baseline.denominator == 400);
    CHECK(a2.baseline.mapping == Mapping::Exact);
    CHECK(r.coverage.treeNotes.join(' ').contains("2020: mapped exactly."));
}

TEST_CASE("2025 is reported on the 40 units of the two-level tree, and a district of 2024 is refused with what to do")
{
    test::TempWorkspace w;
    anyCoverage(w);
    const QMap<QString, Row> last = treeFile("2025-07-01");
    const int units2025 = communesWithParent(last, "46");
    REQUIRE(units2025 == 40);
    w.setComplete("19777", 2025, {{"live_births", 500}, {"neonatal_deaths", 1}});

    const AnnualReport province = buildAnnualReport(*w, "46", 2025);
    CHECK(province.annexUnits.size() == units2025); // the communes directly, no district level
    CHECK(lineOf(province, "2a").year.coverage.expected == units2025);
    CHECK(*lineOf(province, "2a").year.numerator == 1);

    const QString before = w->db().scalar("SELECT COUNT(*) FROM audit").toString();
    try {
        buildAnnualReport(*w, "474", 2025);
        FAIL("a district report of 2025 was made");
    } catch (const Error& e) {
        CHECK(e.message().contains("474"));
        CHECK(e.message().contains("01/07/2025"));
        CHECK(e.message().contains("--on-tree"));
    }
    CHECK(w->db().scalar("SELECT COUNT(*) FROM audit").toString() == before);
    // The same on the command line: a clear refusal, exit code not 0, nothing on standard output.
    const test::CliResult cli =
        test::runCliInProcess({"--db", w.path(), "report", "--unit", "474", "--year", "2025", "--format", "csv"});
    CHECK(cli.exitCode != 0);
    CHECK(cli.out.isEmpty());
    CHECK(cli.err.contains("01/07/2025"));
    // Shown on the tree that still had it, the district's 2025 is mapped back (and says how).
    ReportOptions onTree;
    onTree.onTree = QDate(2025, 1, 1);
    CHECK_NOTHROW(buildAnnualReport(*w, "474", 2025, onTree));
}

TEST_CASE("Indicator 11 of a commune compares with the year before mapped onto it, exact or estimated and marked")
{
    test::TempWorkspace w;
    // Phường Vỹ Dạ of 2025 is Vỹ Dạ, Xuân Phú and Thủy Vân of 2024 merged (crosswalk, 01/07/2025):
    // 4 + 3 + 3 = 10 child marriages in 2024, 8 in 2025: (10 - 8) / 10 x 100 = 20 %.
    w.setComplete("19777", 2024, {{"child_marriages", 4}});
    w.setComplete("19792", 2024, {{"child_marriages", 3}});
    w.setComplete("19963", 2024, {{"child_marriages", 3}});
    w.setComplete("19777", 2025, {{"child_marriages", 8}});
    const MeasureResult vyDa = w->calculator().compute(*w->catalogue().measure("11"), "19777", 2025);
    REQUIRE(vyDa.value);
    CHECK(*vyDa.numerator == 2);
    CHECK(*vyDa.denominator == 10);
    CHECK(*vyDa.value == Approx(20.0));
    CHECK(vyDa.mapping == Mapping::Exact);

    // Tây Lộc (19750) received 0.6051 of Phú Thuận (19744) on 01/07/2021 (the crosswalk's share):
    // 2020 is estimated for it: 10 + round(20 x 0.6051) = 22 child marriages; 2021: 11.
    w.setComplete("19750", 2020, {{"child_marriages", 10}});
    w.setComplete("19744", 2020, {{"child_marriages", 20}});
    w.setComplete("19750", 2021, {{"child_marriages", 11}});
    const MeasureResult tayLoc = w->calculator().compute(*w->catalogue().measure("11"), "19750", 2021);
    CHECK(tayLoc.mapping == Mapping::Estimated);
    CHECK(tayLoc.mappingShares == QStringList{"19744 → 19750: 0.6051"});
    REQUIRE(tayLoc.denominator);
    CHECK(*tayLoc.denominator == 22);
    CHECK(*tayLoc.numerator == 11);
    // The machine CSV says so in its flags; measures not reading the year before are not marked.
    const QList<MeasureResult> all = w->calculator().computeAll("19750", 2021);
    const QString csv = measuresCsv(w->catalogue(), "19750", 2021, all);
    CHECK(csv.contains(QRegularExpression("\n19750,2021,11,[^\n]*,estimated\n")));
    CHECK(resultOf(all, "2a").mapping == Mapping::Exact);
}

TEST_CASE("Counts held for a unit that had ceased to exist are named, not silently left out")
{
    test::TempWorkspace w;
    anyCoverage(w);
    // Phường Phú Thuận (19744) ended on 01/07/2021; counts typed for it in 2023 are in no figure.
    w.setComplete("19744", 2023, {{"live_births", 300}, {"neonatal_deaths", 1}});
    w.setComplete("19774", 2023, {{"live_births", 700}, {"neonatal_deaths", 1}});
    const AnnualReport r = buildAnnualReport(*w, "474", 2023);
    CHECK(*lineOf(r, "2a").year.denominator == 700);
    const QString notes = r.coverage.treeNotes.join(' ');
    CHECK(notes.contains("19744"));
    CHECK(notes.contains("01/07/2021"));
    // Another district's report does not name it.
    CHECK_FALSE(buildAnnualReport(*w, "476", 2023).coverage.treeNotes.join(' ').contains("19744"));
    // The commune's own figures are still its counts.
    CHECK(*w->calculator().compute(*w->catalogue().measure("2a"), "19744", 2023).denominator == 300);
}

TEST_CASE("The final review of the province stands on 2025's units, every earlier year mapped and said so")
{
    test::TempWorkspace w;
    anyCoverage(w);
    w.setComplete("19774", 2024, {{"live_births", 1000}, {"neonatal_deaths", 3}});
    w.setComplete("19780", 2024, {{"live_births", 500}, {"neonatal_deaths", 0}});
    w.setComplete("19774", 2025, {{"live_births", 1000}, {"neonatal_deaths", 2}});
    const ReviewReport r = buildReview(*w, "46", ReviewKind::Final);
    const ReviewLine* a2 = nullptr;
    for (const ReviewLine& l : r.lines)
        if (l.measure.code == "2a")
            a2 = &l;
    REQUIRE(a2);
    REQUIRE(a2->path.size() == 6);
    // 2024 on 2025's units: each commune of 2024 counts on its own, so the province adds up as in
    // its own year: 3 / 1500 x 1000 = 2.
    REQUIRE(a2->path[4].value);
    CHECK(*a2->path[4].value == Approx(2.0));
    CHECK(*a2->path[5].value == Approx(2.0));
    const QString notes = r.treeNotes.join(' ');
    CHECK(notes.contains("01/07/2025"));
    CHECK(notes.contains("2024: mapped exactly."));
    CHECK(notes.contains("2020: mapped exactly."));
}

TEST_CASE("The province's status of 2025 lists the 40 units by their 2025 names and expects no district report")
{
    test::TempWorkspace w;
    w.serve(Role::Province, "46", "Lê Thị C");
    const test::CliResult r =
        test::runCliInProcess({"--db", w.path(), "status", "--year", "2025", "--date", "2025-12-06"});
    INFO(r.out.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("Units below: 40 "));
    // 19753 was Phường Thuận Lộc until 30/06/2025 and is Phường Phú Xuân in 2025's tree.
    REQUIRE(treeFile("2025-07-01").contains("19753"));
    CHECK(r.out.contains(QRegularExpression("\n  19753 +Phường Phú Xuân ")));
    // The district level had ended: the districts' report of 25/11 is not expected in 2025 ...
    CHECK_FALSE(r.out.contains("district-25-11"));
    // ... but it is in 2024, from the 9 districts.
    const test::CliResult before =
        test::runCliInProcess({"--db", w.path(), "status", "--year", "2024", "--date", "2024-12-06"});
    CHECK(before.out.contains("0 of 9 received"));
}
