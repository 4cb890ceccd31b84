// Figures of one year shown on the units of another unit tree: whole units add exactly, a
// split counts with its population share (estimated, the share named), a split without a
// share makes the figure not comparable; indicator 11 compares 2025 with 2024 across the
// change of 01/07/2025. The relations used are rows of resources/units/crosswalk-hue.csv.
#include "core/compute/MappedMeasures.h"
#include "core/report/ReportModel.h"
#include "core/report/ReportText.h"
#include "core/report/ReviewModel.h"
#include "core/units/UnitMapping.h"
#include "support/TestSupport.h"

#include <cmath>

using namespace chitieu;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

MeasureResult resultOf(const QList<MeasureResult>& results, const QString& code)
{
    for (const MeasureResult& r : results)
        if (r.code == code)
            return r;
    FAIL("no result for " << code.toStdString());
    return {};
}

// Crosswalk rows of 2025: 19777, 19792 and 19963 were each kept on 01/01/2025 and merged into
// Phường Vỹ Dạ (19777) on 01/07/2025.
const QStringList vyDaParts = {"19777", "19792", "19963"};

} // namespace

TEST_CASE("A new commune made of three merged communes sums their counts exactly")
{
    test::TempWorkspace w;
    const UnitHistory h = w->unitHistory();
    const UnitMapping m = mapUnit(h, day("2021-07-01"), day("2025-07-01"), "19777");
    CHECK(m.mapping == Mapping::Exact);
    REQUIRE(m.units.size() == 1);
    QStringList parts;
    for (const MappedPart& p : m.units.first().parts) {
        parts << p.code;
        CHECK(p.weight == 1);
    }
    parts.sort();
    CHECK(parts == vyDaParts);

    const std::map<QString, qint64> births = {{"19777", 310}, {"19792", 205}, {"19963", 98}};
    for (const auto& [code, n] : births)
        w.setComplete(code, 2024, {{"live_births", n}, {"neonatal_deaths", 1}, {"child_marriages", 2}});
    w.setComplete("19780", 2024, {{"live_births", 999}}); // Phường Đúc: not part of Vỹ Dạ
    const YearCounts y = mappedCounts(w->db(), w->catalogue(), h.trees().last().tree, m, 2024);
    CHECK(y.sum("live_births") == 310 + 205 + 98);
    CHECK(y.sum("neonatal_deaths") == 3);

    const QList<MeasureResult> results = computeOnTree(w->db(), w->catalogue(), h, day("2025-07-01"), "19777", 2024);
    const MeasureResult neonatal = resultOf(results, "2a");
    CHECK(neonatal.mapping == Mapping::Exact);
    CHECK(neonatal.numerator == 3);
    CHECK(neonatal.denominator == 310 + 205 + 98);
    CHECK(neonatal.mappingShares.isEmpty());
}

TEST_CASE("Indicator 11 for 2025 against 2024 across the change of 01/07/2025")
{
    test::TempWorkspace w;
    const UnitHistory h = w->unitHistory();
    // 2024 on the tree of 01/07/2021: 4 + 3 + 1 = 8 child marriages in what is now Vỹ Dạ.
    const std::map<QString, qint64> before = {{"19777", 4}, {"19792", 3}, {"19963", 1}};
    for (const auto& [code, n] : before)
        w.setComplete(code, 2024, {{"child_marriages", n}});
    // 2025 on its own tree: the new Vỹ Dạ reports 6.
    w.setComplete("19777", 2025, {{"child_marriages", 6}});
    const QList<MeasureResult> results = computeOnTree(w->db(), w->catalogue(), h, day("2025-07-01"), "19777", 2025);
    const MeasureResult mapped = resultOf(results, "11");
    const MeasureResult& r = mapped;
    CHECK(mapped.mapping == Mapping::Exact);
    REQUIRE(r.denominator);
    CHECK(*r.denominator == 8);
    CHECK(*r.numerator == 2); // 8 - 6
    REQUIRE(r.value);
    CHECK(*r.value == Approx(25.0));
    CHECK(r.status == MeasureStatus::Met); // a fall of 25 % against the target of at least 2 %

    // The same on the old units is not comparable: the new Vỹ Dạ cannot be cut back into three.
    const MeasureResult old =
        resultOf(computeOnTree(w->db(), w->catalogue(), h, day("2021-07-01"), "19792", 2025), "11");
    CHECK(old.mapping == Mapping::NotComparable);
    CHECK_FALSE(old.value);
    CHECK(old.status == MeasureStatus::NoData);
}

TEST_CASE("A split with a share gives an estimated figure that names the share")
{
    test::TempWorkspace w;
    const UnitHistory h = w->unitHistory();
    // 2020 is on the tree of 01/01/2021; Phú Thuận (19744) gave 0.3949 of its people to Thuận
    // Hòa (19762) on 01/07/2021 (crosswalk rows 4 and 5).
    w.setComplete("19744", 2020, {{"children_under5", 1000}, {"under5_birth_registered", 990}});
    w.setComplete("19762", 2020, {{"children_under5", 2000}, {"under5_birth_registered", 1900}});
    const UnitMapping m = mapUnit(h, day("2021-01-01"), day("2021-07-01"), "19762");
    CHECK(m.mapping == Mapping::Estimated);
    REQUIRE(m.shares.size() == 1);
    CHECK(m.shares.first().machineText() == "19744 → 19762: 0.3949");
    const YearCounts y = mappedCounts(w->db(), w->catalogue(), h.trees()[1].tree, m, 2020);
    CHECK(y.sum("children_under5") == 2000 + std::llround(1000 * 0.3949));
    CHECK(y.sum("under5_birth_registered") == 1900 + std::llround(990 * 0.3949));
    for (const MeasureResult& r : computeOnTree(w->db(), w->catalogue(), h, day("2021-07-01"), "19762", 2020)) {
        CHECK(r.mapping == Mapping::Estimated);
        CHECK(r.mappingShares == QStringList{"19744 → 19762: 0.3949"});
    }
    // The whole city holds both parts of Phú Thuận: exact.
    CHECK(mapUnit(h, day("2021-01-01"), day("2021-07-01"), "474").mapping == Mapping::Exact);
}

TEST_CASE("A split without a share is not comparable rather than a guess")
{
    test::TempWorkspace w;
    // Two trees of the same units in which 19744 was split between itself and 19747, no share.
    const auto tree = [] {
        return UnitTree::fromUnits({{"46", "Tỉnh Thừa Thiên Huế", "Tỉnh", UnitLevel::Province, {}, false},
                                    {"474", "Thành phố Huế", "Thành phố", UnitLevel::District, "46", false},
                                    {"19744", "Phường Phú Thuận", "Phường", UnitLevel::Commune, "474", true},
                                    {"19747", "Phường Phú Bình", "Phường", UnitLevel::Commune, "474", true}});
    };
    UnitHistory h;
    h.addTree(day("2021-01-01"), tree());
    h.addTree(day("2024-01-01"), tree());
    const QString header = "effective_date,old_code,old_name,new_code,new_name,kind,share,source\n";
    h.setCrosswalk(
        UnitHistory::crosswalkFromCsv(header + "2024-01-01,46,Tỉnh Thừa Thiên Huế,46,Tỉnh Thừa Thiên Huế,same,,t\n"
                                               "2024-01-01,474,Thành phố Huế,474,Thành phố Huế,same,,t\n"
                                               "2024-01-01,19744,Phường Phú Thuận,19744,Phường Phú Thuận,split,,t\n"
                                               "2024-01-01,19744,Phường Phú Thuận,19747,Phường Phú Bình,split,,t\n"
                                               "2024-01-01,19747,Phường Phú Bình,19747,Phường Phú Bình,merged,,t\n",
                                      "x.csv"),
        "x.csv");
    w.setComplete("19744", 2023, {{"live_births", 100}, {"neonatal_deaths", 1}});
    w.setComplete("19747", 2023, {{"live_births", 50}, {"neonatal_deaths", 0}});
    const MeasureResult r = resultOf(computeOnTree(w->db(), w->catalogue(), h, day("2024-01-01"), "19747", 2023), "2a");
    CHECK(r.mapping == Mapping::NotComparable);
    CHECK_FALSE(r.numerator);
    CHECK_FALSE(r.value);
    CHECK(r.status == MeasureStatus::NoData);
    CHECK(mapUnit(h, day("2021-01-01"), day("2024-01-01"), "19747").notComparable == QStringList{"19744"});
    // Both parts lie in the city: its figure is whole and exact.
    const MeasureResult city =
        resultOf(computeOnTree(w->db(), w->catalogue(), h, day("2024-01-01"), "474", 2023), "2a");
    CHECK(city.mapping == Mapping::Exact);
    CHECK(city.numerator == 1);
    CHECK(city.denominator == 150);
}

TEST_CASE("The annual report on the new units maps the year before and 2020 and says so")
{
    test::TempWorkspace w;
    const std::map<QString, qint64> before = {{"19777", 4}, {"19792", 3}, {"19963", 1}};
    for (const auto& [code, n] : before) {
        w.setComplete(code, 2024, {{"child_marriages", n}});
        w.setComplete(code, 2023, {{"child_marriages", n + 1}});
    }
    w.setComplete("19777", 2025, {{"child_marriages", 6}});
    ReportOptions o;
    o.onTree = day("2025-07-01");
    const AnnualReport r = buildAnnualReport(*w, "19777", 2025, o);
    CHECK(r.unitName == QStringLiteral("Phường Vỹ Dạ"));
    for (const MeasureLine& l : r.lines) {
        if (l.measure.code != QLatin1String("11"))
            continue;
        CHECK(l.year.numerator == 2);
        CHECK(l.year.denominator == 8);
        CHECK(l.previous.denominator == 5 + 4 + 2); // 2024 against 2023, both on the old wards
        CHECK(l.previous.numerator == 3);
        CHECK_FALSE(l.baseline.value); // 2020 has no year before in the plan
    }
    const QString note = reporttext::coverageSentence(r.coverage, r.level);
    CHECK(note.contains("01/07/2025"));
    CHECK(note.contains("2024: mapped exactly."));
    CHECK(note.contains("2020: mapped exactly."));
    CHECK_FALSE(note.contains("2025:")); // the report year is on its own tree

    // A unit that is not on the tree shown is refused.
    CHECK_THROWS_WITH(buildAnnualReport(*w, "19792", 2025, o), Catch::Contains("19792"));
}

TEST_CASE("The final review on the 40 new units maps every year and marks what cannot be compared")
{
    test::TempWorkspace w;
    for (int year = 2020; year <= 2024; ++year)
        for (const QString& code : vyDaParts)
            w.setComplete(code, year, {{"child_marriages", 3}});
    w.setComplete("19777", 2025, {{"child_marriages", 6}});
    ReportOptions o;
    o.onTree = day("2025-07-01");
    const ReviewReport r = buildReview(*w, "19777", ReviewKind::Final, o);
    REQUIRE(r.years().last() == 2025);
    const QString notes = r.treeNotes.join(' ');
    CHECK(notes.contains("01/07/2025"));
    for (int year = 2020; year <= 2024; ++year)
        CHECK(notes.contains(QStringLiteral("%1: mapped exactly.").arg(year)));
    for (const ReviewLine& l : r.lines)
        if (l.measure.code == QLatin1String("11")) {
            REQUIRE(l.path.last().value);
            CHECK(*l.path.last().value == Approx(100.0 / 3)); // 9 in 2024, 6 in 2025
            CHECK(l.path[1].denominator == 9);                // 2021 against 2020: 9 each year
        }

    // Xuân Phú (19792) of the older tree cannot be cut out of the new Vỹ Dạ: 2025 has no figure.
    o.onTree = day("2021-07-01");
    const ReviewReport old = buildReview(*w, "19792", ReviewKind::Final, o);
    CHECK(old.treeNotes.join(' ').contains("2025: not comparable"));
    for (const ReviewLine& l : old.lines) {
        CHECK_FALSE(l.path.last().value);
        CHECK(l.endStatus != MeasureStatus::Met);
    }
}
