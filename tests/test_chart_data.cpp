// What the report charts show, shared by the screen and the document: round axis scales,
// whole ticks for counts, the status bars of a report and a measure's path.
#include "core/report/AxisScale.h"
#include "core/report/ChartData.h"
#include "core/report/ReviewModel.h"
#include "test_report_support.h"

#include <cmath>

using namespace chitieu;

namespace {
bool whole(double v)
{
    return std::abs(v - std::round(v)) < 1e-9;
}
} // namespace

TEST_CASE("A count scale has whole ticks from 0 that reach the longest bar")
{
    for (int most = 0; most <= 160; ++most) {
        INFO(most);
        const AxisScale s = countScale(most);
        CHECK(s.low == 0);
        CHECK(s.high >= std::max(1, most));
        CHECK(s.high - s.step < std::max(1, most)); // no empty interval past the longest bar
        CHECK(s.intervals() <= 10);
        CHECK(s.decimals() == 0);
        for (double t : s.ticks())
            CHECK(whole(t));
    }
    // 12 measures in group 4: 0, 2, ..., 12, not 0, 1.2, 2.4 ...
    const AxisScale twelve = countScale(12);
    CHECK(twelve.step == 2);
    CHECK(twelve.ticks() == QList<double>({0, 2, 4, 6, 8, 10, 12}));
    CHECK(countScale(3).ticks() == QList<double>({0, 1, 2, 3}));
    CHECK(countScale(27).ticks() == QList<double>({0, 5, 10, 15, 20, 25, 30}));
}

TEST_CASE("A rate scale has round steps of 1, 2 or 5 that cover the range")
{
    const AxisScale a = niceScale(0, 28.61);
    CHECK(a.step == 10);
    CHECK(a.ticks() == QList<double>({0, 10, 20, 30}));
    const AxisScale b = niceScale(0.45, 2.3);
    CHECK(b.step == 0.5);
    CHECK(b.low == 0);
    CHECK(b.high == 2.5);
    CHECK(b.decimals() == 1);
    const AxisScale c = niceScale(-3.2, 11.5); // 11 when marriages rose: below 0 too
    CHECK(c.low < -3.2);
    CHECK(c.high >= 11.5);
    CHECK(c.ticks().contains(0.0));
    const AxisScale tiny = niceScale(0.004, 0.012);
    CHECK(tiny.decimals() == 3);
    CHECK(tiny.low <= 0.004);
    CHECK(tiny.high >= 0.012);
    for (double lo : {0.0, 0.3, 7.0, 95.0})
        for (double span : {0.01, 1.0, 13.7, 480.0}) {
            const AxisScale s = niceScale(lo, lo + span);
            INFO(lo << " " << span);
            CHECK(s.low <= lo);
            CHECK(s.high >= lo + span);
            CHECK(s.intervals() <= 5);
            const double mantissa = s.step / std::pow(10.0, std::floor(std::log10(s.step) + 1e-9));
            CHECK((std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 || std::abs(mantissa - 5) < 1e-9));
        }
    CHECK(niceScale(5, 5).high > niceScale(5, 5).low); // one value still gets an axis
}

TEST_CASE("The status bars count each group's and each agency's measures")
{
    test::TempWorkspace w;
    test::reports::fillSample(w);
    const AnnualReport r = buildAnnualReport(*w, "474", 2024);
    const chartdata::StatusChart byGroup = chartdata::statusChart(r, chartdata::Breakdown::Group);
    CHECK(byGroup.title.contains("2024"));
    REQUIRE(byGroup.bars.size() == 4);
    // Group 1 (12 measures): met 2b, 4a; not met 1a, 2a; 3c has no data (in 2024's unit tree
    // Thành phố Huế has Xã). Group 2: met 11; not met 7.
    CHECK(byGroup.bars[0].section == "Group 1");
    CHECK(byGroup.bars[0].met == 2);
    CHECK(byGroup.bars[0].notMet == 2);
    CHECK(byGroup.bars[0].noData == 8);
    CHECK(byGroup.bars[0].notApplicable == 0);
    CHECK(byGroup.bars[0].incomplete == 0);
    CHECK(byGroup.bars[1].met == 1);
    CHECK(byGroup.bars[1].notMet == 1);
    int total = 0;
    for (const chartdata::StatusBar& b : byGroup.bars)
        total += b.total();
    CHECK(total == 32);
    CHECK(byGroup.scale.ticks() == QList<double>({0, 2, 4, 6, 8, 10, 12}));

    const chartdata::StatusChart byAgency = chartdata::statusChart(r, chartdata::Breakdown::Agency);
    CHECK(byAgency.bars.first().section == "Sở LĐTBXH");
    CHECK(byAgency.bars.last().section == "Công an tỉnh");
    CHECK(byAgency.bars.last().notMet == 1); // leads 7 only

    const ReviewReport mid = buildReview(*w, "474", ReviewKind::MidTerm);
    const chartdata::StatusChart review = chartdata::statusChart(mid, chartdata::Breakdown::Group);
    CHECK(review.title.contains("2023"));
    CHECK(review.bars[0].met == 1); // 2a met in 2023
}

TEST_CASE("A measure's path leaves out missing and protected years, and its axis holds the target")
{
    const Measure& m = *Catalogue::builtIn().measure("2a");
    QList<Figures> path(6);
    path[0].value = 5.0;
    path[3].value = 2.0;
    path[4].value = 1.5;
    path[4].hideValue = true;
    path[5].value = 0.5;
    const chartdata::TrendChart t = chartdata::trendChart(m, {2020, 2021, 2022, 2023, 2024, 2025}, path);
    CHECK(t.values == QList<QPointF>({{2020, 5.0}, {2023, 2.0}, {2025, 0.5}}));
    CHECK(t.firstYear == 2020);
    CHECK(t.lastYear == 2025);
    CHECK(t.target == 1.0);
    CHECK(t.targetName.startsWith(chartdata::targetSeriesName()));
    CHECK(t.targetName.contains("1"));
    CHECK(t.title.startsWith("2a - "));
    CHECK(t.scale.low == 0);
    CHECK(t.scale.high >= 5.0);
    CHECK(t.scale.high <= 10.0);
}
