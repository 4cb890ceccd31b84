// Consolidation (part 2 of the measure tests): district and province sums, zero and missing
// denominators, the urban/rural split of 3c/3d, and counts held above commune level. The
// communes here have reported (complete forms); most districts have only some of theirs in,
// so the arithmetic is judged at any coverage (test_rollup_coverage.cpp checks coverage).
//
// Every expected number is worked by hand from the counts entered; none is copied from output.
#include "measures_support.h"

namespace {
MeasureResult judged(test::TempWorkspace& ws, const QString& code, const QString& unit, int year = Year)
{
    return compute(ws, code, unit, year, anyCoverage);
}
} // namespace

// ---------------------------------------------------------------------------------------------
// 2. District level: counts of three communes of different sizes are summed.

namespace {
// Thị xã Hương Thủy (479): a large Phường, a middle Xã, a small Xã.
const QString Large = u"19960"_s;  // Phường Phú Bài
const QString Middle = u"19966"_s; // Xã Thủy Thanh
const QString Small = u"19990"_s;  // Xã Phú Sơn

void enterDistrict479(test::TempWorkspace& ws)
{
    ws.setComplete(Large, Year,
                   {{u"live_births"_s, 1500},
                    {u"neonatal_deaths"_s, 1},
                    {u"under5_measured"_s, 800},
                    {u"under5_stunted"_s, 40},
                    {u"children_under1"_s, 300},
                    {u"under1_fully_immunised"_s, 290},
                    {u"children_special"_s, 50},
                    {u"children_special_supported"_s, 46},
                    {u"children_total"_s, 8000},
                    {u"children_injured"_s, 40},
                    {u"births_registered"_s, 150},
                    {u"births_registered_on_time"_s, 135},
                    {u"lower_secondary_enrolled"_s, 2000},
                    {u"lower_secondary_dropouts"_s, 1}});
    ws.setComplete(Middle, Year,
                   {{u"live_births"_s, 400},
                    {u"neonatal_deaths"_s, 1},
                    {u"under5_measured"_s, 150},
                    {u"under5_stunted"_s, 20},
                    {u"children_under1"_s, 80},
                    {u"under1_fully_immunised"_s, 79},
                    {u"children_special"_s, 8},
                    {u"children_special_supported"_s, 4},
                    {u"children_total"_s, 1500},
                    {u"children_injured"_s, 12},
                    {u"births_registered"_s, 40},
                    {u"births_registered_on_time"_s, 30},
                    {u"lower_secondary_enrolled"_s, 600},
                    {u"lower_secondary_dropouts"_s, 1}});
    ws.setComplete(Small, Year,
                   {{u"live_births"_s, 100},
                    {u"neonatal_deaths"_s, 1},
                    {u"under5_measured"_s, 50},
                    {u"under5_stunted"_s, 15},
                    {u"children_under1"_s, 20},
                    {u"under1_fully_immunised"_s, 17},
                    {u"children_special"_s, 2},
                    {u"children_special_supported"_s, 2},
                    {u"children_total"_s, 500},
                    {u"children_injured"_s, 2},
                    {u"births_registered"_s, 10},
                    {u"births_registered_on_time"_s, 10},
                    {u"lower_secondary_enrolled"_s, 400},
                    {u"lower_secondary_dropouts"_s, 0}});
}

double meanOfCommuneRates(test::TempWorkspace& ws, const QString& code)
{
    double sum = 0;
    for (const QString& unit : {Large, Middle, Small}) {
        const MeasureResult r = judged(ws, code, unit);
        REQUIRE(r.value.has_value());
        sum += *r.value;
    }
    return sum / 3;
}
} // namespace

TEST_CASE("A district's rate is its summed counts' ratio, not the mean of its communes' rates")
{
    test::TempWorkspace ws;
    enterDistrict479(ws);
    // A commune of another district holds counts too: they must not reach 479.
    ws.setComplete(Xa, Year,
                   {{u"live_births"_s, 100},
                    {u"neonatal_deaths"_s, 7},
                    {u"under5_measured"_s, 10},
                    {u"under5_stunted"_s, 10},
                    {u"children_total"_s, 100},
                    {u"children_injured"_s, 50}});

    const YearCounts t = ws->calculator().counts(u"479"_s, Year);
    CHECK(t.sum(u"live_births"_s) == 2000);     // 1500 + 400 + 100
    CHECK(t.sum(u"children_total"_s) == 10000); // 8000 + 1500 + 500
    CHECK(t.communes() == 10);                  // on the tree of 01/07/2021: two Xã went to Huế city
    // Three of ten communes: the figures say so, and wait for the others to be judged.
    CHECK(compute(ws, u"2a"_s, u"479"_s).status == S::Incomplete);
    CHECK(compute(ws, u"2a"_s, u"479"_s).coverage.covered == 3);
    CHECK(compute(ws, u"2a"_s, u"479"_s).coverage.expected == 10);

    SECTION("2a")
    {
        // (1 + 1 + 1) / (1500 + 400 + 100) * 1000 = 3 / 2000 * 1000 = 1.5
        CHECK_VALUE(judged(ws, u"2a"_s, u"479"_s), 3, 2000, 1.5, S::NotMet);
        // Commune rates 1/1500*1000 = 0.6667, 1/400*1000 = 2.5, 1/100*1000 = 10: mean 4.3889
        const double mean = meanOfCommuneRates(ws, u"2a"_s);
        CHECK(mean == Approx((1000.0 / 1500 + 2.5 + 10) / 3));
        CHECK(mean == Approx(4.388889));
        CHECK_FALSE(*judged(ws, u"2a"_s, u"479"_s).value == Approx(mean));
    }
    SECTION("3a: summing meets the target where averaging would not")
    {
        // (40 + 20 + 15) / (800 + 150 + 50) * 100 = 75 / 1000 * 100 = 7.5 < 9: met
        const MeasureResult r = judged(ws, u"3a"_s, u"479"_s);
        CHECK_VALUE(r, 75, 1000, 7.5, S::Met);
        // Commune rates 40/800 = 5, 20/150 = 13.333, 15/50 = 30: mean 16.111, which would not be met
        const double mean = meanOfCommuneRates(ws, u"3a"_s);
        CHECK(mean == Approx(16.111111));
        CHECK_FALSE(*r.value == Approx(mean));
        CHECK_FALSE(mean < 9);
    }
    SECTION("4a: summing meets the target where averaging would not")
    {
        // (290 + 79 + 17) / (300 + 80 + 20) * 100 = 386 / 400 * 100 = 96.5 > 95: met
        const MeasureResult r = judged(ws, u"4a"_s, u"479"_s);
        CHECK_VALUE(r, 386, 400, 96.5, S::Met);
        // Commune rates 96.667, 98.75, 85: mean 93.472, which would not be met
        const double mean = meanOfCommuneRates(ws, u"4a"_s);
        CHECK(mean == Approx(93.472222));
        CHECK_FALSE(*r.value == Approx(mean));
        CHECK_FALSE(mean > 95);
    }
    SECTION("6b")
    {
        // (46 + 4 + 2) / (50 + 8 + 2) * 100 = 52 / 60 * 100 = 86.667, not > 90
        const MeasureResult r = judged(ws, u"6b"_s, u"479"_s);
        CHECK_VALUE(r, 52, 60, 86.666667, S::NotMet);
        // Commune rates 92, 50, 100: mean 80.667
        const double mean = meanOfCommuneRates(ws, u"6b"_s);
        CHECK(mean == Approx(80.666667));
        CHECK_FALSE(*r.value == Approx(mean));
    }
    SECTION("9a: summing meets the target where averaging would not")
    {
        // (40 + 12 + 2) / (8000 + 1500 + 500) * 100000 = 54 / 10000 * 100000 = 540 <= 550: met
        const MeasureResult r = judged(ws, u"9a"_s, u"479"_s);
        CHECK_VALUE(r, 54, 10000, 540.0, S::Met);
        // Commune rates 500, 800, 400: mean 566.667, which would not be met
        const double mean = meanOfCommuneRates(ws, u"9a"_s);
        CHECK(mean == Approx(566.666667));
        CHECK_FALSE(*r.value == Approx(mean));
        CHECK_FALSE(mean <= 550);
    }
    SECTION("12b")
    {
        // (135 + 30 + 10) / (150 + 40 + 10) * 100 = 175 / 200 * 100 = 87.5, not >= 90
        const MeasureResult r = judged(ws, u"12b"_s, u"479"_s);
        CHECK_VALUE(r, 175, 200, 87.5, S::NotMet);
        // Commune rates 90, 75, 100: mean 88.333
        const double mean = meanOfCommuneRates(ws, u"12b"_s);
        CHECK(mean == Approx(88.333333));
        CHECK_FALSE(*r.value == Approx(mean));
    }
    SECTION("15b")
    {
        // (1 + 1 + 0) / (2000 + 600 + 400) * 100 = 2 / 3000 * 100 = 0.066667 < 0.1: met
        const MeasureResult r = judged(ws, u"15b"_s, u"479"_s);
        CHECK_VALUE(r, 2, 3000, 0.0666667, S::Met);
        // Commune rates 0.05, 0.16667, 0: mean 0.072222
        const double mean = meanOfCommuneRates(ws, u"15b"_s);
        CHECK(mean == Approx(0.0722222));
        CHECK_FALSE(*r.value == Approx(mean));
    }
}

// ---------------------------------------------------------------------------------------------
// 3. Province level: communes of two districts.

TEST_CASE("The province sums the counts of communes in two districts, and an uninvolved commune changes nothing")
{
    test::TempWorkspace ws;
    enterDistrict479(ws);
    // Huyện Nam Đông (483): Thị trấn Khe Tre and Xã Hương Phú.
    ws.setComplete(u"20161"_s, Year,
                   {{u"live_births"_s, 600},
                    {u"neonatal_deaths"_s, 0},
                    {u"under5_measured"_s, 400},
                    {u"under5_stunted"_s, 20},
                    {u"children_under1"_s, 60},
                    {u"under1_fully_immunised"_s, 58}});
    ws.setComplete(u"20164"_s, Year,
                   {{u"live_births"_s, 400},
                    {u"neonatal_deaths"_s, 1},
                    {u"under5_measured"_s, 100},
                    {u"under5_stunted"_s, 5},
                    {u"children_under1"_s, 40},
                    {u"under1_fully_immunised"_s, 38}});

    auto checkAll = [&] {
        // District 483: 1 / (600 + 400) * 1000 = 1, not < 1
        CHECK_VALUE(judged(ws, u"2a"_s, u"483"_s), 1, 1000, 1.0, S::NotMet);
        // Province: (3 + 0 + 1) / (2000 + 600 + 400) * 1000 = 4 / 3000 * 1000 = 1.3333
        CHECK_VALUE(judged(ws, u"2a"_s, u"46"_s), 4, 3000, 1.333333, S::NotMet);
        // District 483: (20 + 5) / (400 + 100) * 100 = 5 < 9
        CHECK_VALUE(judged(ws, u"3a"_s, u"483"_s), 25, 500, 5.0, S::Met);
        // Province: (75 + 25) / (1000 + 500) * 100 = 100 / 1500 * 100 = 6.6667
        CHECK_VALUE(judged(ws, u"3a"_s, u"46"_s), 100, 1500, 6.666667, S::Met);
        // District 483: (58 + 38) / (60 + 40) * 100 = 96
        CHECK_VALUE(judged(ws, u"4a"_s, u"483"_s), 96, 100, 96.0, S::Met);
        // Province: (386 + 96) / (400 + 100) * 100 = 482 / 500 * 100 = 96.4
        CHECK_VALUE(judged(ws, u"4a"_s, u"46"_s), 482, 500, 96.4, S::Met);
        // Thành phố Huế (474) took no part: no data there.
        CHECK_NO_VALUE(judged(ws, u"2a"_s, u"474"_s), std::nullopt, std::nullopt);
        CHECK_NO_VALUE(judged(ws, u"2a"_s, Phuong), std::nullopt, std::nullopt);
    };
    SECTION("as entered")
    {
        checkAll();
    }
    SECTION("a commune of an uninvolved district with counts of another year only")
    {
        ws.setComplete(Phuong, 2022,
                       {{u"live_births"_s, 5000},
                        {u"neonatal_deaths"_s, 9},
                        {u"under5_measured"_s, 900},
                        {u"under5_stunted"_s, 300}});
        checkAll();
        // ... which are that year's province figures: 9 / 5000 * 1000 = 1.8
        CHECK_VALUE(judged(ws, u"2a"_s, u"46"_s, 2022), 9, 5000, 1.8, S::NotMet);
    }
    SECTION("a commune of an uninvolved district with zero counts")
    {
        ws.setComplete(Phuong, Year,
                       {{u"neonatal_deaths"_s, 0},
                        {u"live_births"_s, 0},
                        {u"under5_stunted"_s, 0},
                        {u"under5_measured"_s, 0},
                        {u"children_under1"_s, 0},
                        {u"under1_fully_immunised"_s, 0}});
        CHECK_VALUE(judged(ws, u"2a"_s, u"46"_s), 4, 3000, 1.333333, S::NotMet);
        CHECK_VALUE(judged(ws, u"3a"_s, u"46"_s), 100, 1500, 6.666667, S::Met);
        CHECK_VALUE(judged(ws, u"4a"_s, u"46"_s), 482, 500, 96.4, S::Met);
        // 474 now has counts, all 0: 0 / 0 has no value
        CHECK_NO_VALUE(judged(ws, u"2a"_s, u"474"_s), 0.0, 0.0);
    }
}

// ---------------------------------------------------------------------------------------------
// 4. Zero denominators and missing counts.

TEST_CASE("A zero denominator gives no value and no data, never 0 nor a crash")
{
    test::TempWorkspace ws;
    SECTION("at a commune")
    {
        ws.setComplete(Xa, Year,
                       {{u"live_births"_s, 0},
                        {u"neonatal_deaths"_s, 0},
                        {u"infant_deaths"_s, 0},
                        {u"under5_deaths"_s, 0},
                        {u"children_special"_s, 0},
                        {u"children_special_supported"_s, 0},
                        {u"children_disaster_affected"_s, 0},
                        {u"children_disaster_relieved"_s, 0},
                        {u"disabled_under5_needing"_s, 0},
                        {u"disabled_under5_accessing"_s, 0},
                        {u"children_total"_s, 0},
                        {u"children_injured"_s, 0}});
        for (const QString& code : {u"2a"_s, u"2b"_s, u"2c"_s, u"6b"_s, u"10"_s, u"16b"_s, u"9a"_s})
            CHECK_NO_VALUE(judged(ws, code, Xa), 0.0, 0.0);
    }
    SECTION("a numerator above 0 over a zero denominator")
    {
        // Inconsistent counts, but still no division: 2 / 0 has no value.
        ws.setComplete(Xa, Year, {{u"live_births"_s, 0}, {u"neonatal_deaths"_s, 2}});
        CHECK_NO_VALUE(judged(ws, u"2a"_s, Xa), 2.0, 0.0);
    }
    SECTION("at a district, where every commune has 0")
    {
        for (const QString& unit : {Large, Middle, Small})
            ws.setComplete(unit, Year, {{u"children_disaster_affected"_s, 0}, {u"children_disaster_relieved"_s, 0}});
        CHECK_NO_VALUE(judged(ws, u"10"_s, u"479"_s), 0.0, 0.0);
        CHECK_NO_VALUE(judged(ws, u"10"_s, u"46"_s), 0.0, 0.0);
    }
    SECTION("computeAll over zero counts")
    {
        ws.setComplete(Xa, Year, {{u"under5_measured"_s, 0}, {u"under5_overweight"_s, 0}, {u"under5_stunted"_s, 0}});
        const QList<MeasureResult> all = ws->calculator().computeAll(Xa, Year);
        REQUIRE(all.size() == 32);
        CHECK_NO_VALUE(all[5], 0.0, 0.0); // 3a
        CHECK_NO_VALUE(all[7], 0.0, 0.0); // 3c (a Xã)
    }
}

TEST_CASE("Missing counts give no data")
{
    test::TempWorkspace ws;
    SECTION("nothing entered at all: all 32 measures have no value")
    {
        for (const QString& unit : {Xa, u"476"_s, u"46"_s}) {
            const QList<MeasureResult> all = ws->calculator().computeAll(unit, Year);
            REQUIRE(all.size() == 32);
            for (const MeasureResult& r : all) {
                INFO("unit " << unit.toStdString() << " measure " << r.code.toStdString());
                CHECK_FALSE(r.value.has_value());
                // A Xã has no 3d: not applicable; everything else has no data.
                CHECK(r.status == (unit == Xa && r.code == u"3d"_s ? S::NotApplicable : S::NoData));
                CHECK_FALSE(r.numerator.has_value());
            }
        }
        // No commune answered: no denominator either, and the coverage says 0 of 1, 0 of 16.
        CHECK_NO_VALUE(judged(ws, u"1a"_s, Xa), std::nullopt, std::nullopt);
        CHECK_NO_VALUE(judged(ws, u"17"_s, u"476"_s), std::nullopt, std::nullopt);
        CHECK(judged(ws, u"17"_s, u"476"_s).coverage.expected == 16);
        CHECK(judged(ws, u"17"_s, u"476"_s).coverage.missing.size() == 16);
    }
    SECTION("only the numerator entered: like for like, neither side is summed")
    {
        ws.setComplete(Xa, Year, {{u"neonatal_deaths"_s, 1}});
        CHECK_NO_VALUE(judged(ws, u"2a"_s, Xa), std::nullopt, std::nullopt);
        CHECK(judged(ws, u"2a"_s, u"476"_s).coverage.partial == QStringList{Xa});
    }
    SECTION("only the denominator entered")
    {
        ws.setComplete(Xa, Year, {{u"live_births"_s, 1000}});
        CHECK_NO_VALUE(judged(ws, u"2a"_s, Xa), std::nullopt, std::nullopt);
        CHECK_NO_VALUE(judged(ws, u"2b"_s, u"476"_s), std::nullopt, std::nullopt);
        CHECK(judged(ws, u"2b"_s, u"476"_s).coverage.partial == QStringList{Xa});
    }
    SECTION("another year's counts do not fill in")
    {
        ws.setComplete(Xa, 2022, {{u"live_births"_s, 1000}, {u"neonatal_deaths"_s, 1}});
        CHECK_NO_VALUE(judged(ws, u"2a"_s, Xa, 2021), std::nullopt, std::nullopt);
        CHECK_VALUE(judged(ws, u"2a"_s, Xa, 2022), 1, 1000, 1.0, S::NotMet); // 1 / 1000 * 1000 = 1
    }
}

// ---------------------------------------------------------------------------------------------
// 5 and 9. Urban and rural: 3c counts only Xã, 3d only Phường and Thị trấn; counts held at a
// district count in its "all" totals but in neither side of the split.

TEST_CASE("3c uses only the Xã and 3d only the Phường and Thị trấn, at district and province")
{
    test::TempWorkspace ws;
    // Thị xã Hương Thủy (479): two Phường and two Xã.
    ws.setComplete(u"19960"_s, Year, {{u"under5_measured"_s, 500}, {u"under5_overweight"_s, 30}}); // Phường Phú Bài
    ws.setComplete(u"19969"_s, Year, {{u"under5_measured"_s, 200}, {u"under5_overweight"_s, 14}}); // Phường Thủy Dương
    ws.setComplete(u"19966"_s, Year, {{u"under5_measured"_s, 300}, {u"under5_overweight"_s, 12}}); // Xã Thủy Thanh
    ws.setComplete(u"19984"_s, Year, {{u"under5_measured"_s, 100}, {u"under5_overweight"_s, 9}});  // Xã Thủy Tân
    // Huyện Nam Đông (483): a Thị trấn and a Xã.
    ws.setComplete(u"20161"_s, Year, {{u"under5_measured"_s, 100}, {u"under5_overweight"_s, 6}}); // Thị trấn Khe Tre
    ws.setComplete(u"20164"_s, Year, {{u"under5_measured"_s, 100}, {u"under5_overweight"_s, 3}}); // Xã Hương Phú
    // Thành phố Huế (474): a Phường (its Xã came on 01/07/2021 and hold nothing here).
    ws.setComplete(Phuong, Year, {{u"under5_measured"_s, 200}, {u"under5_overweight"_s, 10}});

    auto checkSplit = [&] {
        // 479 rural: (12 + 9) / (300 + 100) * 100 = 21 / 400 * 100 = 5.25, not < 5
        CHECK_VALUE(judged(ws, u"3c"_s, u"479"_s), 21, 400, 5.25, S::NotMet);
        // 479 urban: (30 + 14) / (500 + 200) * 100 = 44 / 700 * 100 = 6.2857 < 8
        CHECK_VALUE(judged(ws, u"3d"_s, u"479"_s), 44, 700, 6.285714, S::Met);
        // 483 rural 3 / 100 * 100 = 3; urban (Thị trấn) 6 / 100 * 100 = 6
        CHECK_VALUE(judged(ws, u"3c"_s, u"483"_s), 3, 100, 3.0, S::Met);
        CHECK_VALUE(judged(ws, u"3d"_s, u"483"_s), 6, 100, 6.0, S::Met);
        // 474 had no Xã before 01/07/2021: 3c did not apply there in 2020; in 2021 its Xã
        // hold no counts: no data. 3d 10 / 200 * 100 = 5
        CHECK_NO_VALUE(judged(ws, u"3c"_s, u"474"_s, 2020), std::nullopt, std::nullopt, S::NotApplicable);
        CHECK_NO_VALUE(judged(ws, u"3c"_s, u"474"_s), std::nullopt, std::nullopt, S::NoData);
        // The communes expected are the rural ones for 3c, the urban ones for 3d: 479 has 5 Xã, 5 Phường
        // in 2021 (Thủy Vân and Thủy Bằng went to Huế city on 01/07/2021).
        CHECK(judged(ws, u"3c"_s, u"479"_s).coverage.expected == 5);
        CHECK(judged(ws, u"3d"_s, u"479"_s).coverage.expected == 5);
        CHECK(judged(ws, u"3c"_s, u"479"_s).coverage.covered == 2);
        CHECK_VALUE(judged(ws, u"3d"_s, u"474"_s), 10, 200, 5.0, S::Met);
        // Province rural: (12 + 9 + 3) / (300 + 100 + 100) * 100 = 24 / 500 * 100 = 4.8 < 5
        CHECK_VALUE(judged(ws, u"3c"_s, u"46"_s), 24, 500, 4.8, S::Met);
        // Province urban: (30 + 14 + 6 + 10) / (500 + 200 + 100 + 200) * 100 = 60 / 1000 * 100 = 6
        CHECK_VALUE(judged(ws, u"3d"_s, u"46"_s), 60, 1000, 6.0, S::Met);
    };

    SECTION("communes only")
    {
        checkSplit();
        const YearCounts t = ws->calculator().counts(u"479"_s, Year);
        CHECK(t.sum(u"under5_overweight"_s) == 65); // 30 + 14 + 12 + 9
        CHECK(t.sum(u"under5_measured"_s) == 1100); // 500 + 200 + 300 + 100
    }
    SECTION("counts held at the district and the province themselves stay out of the split")
    {
        ws.setComplete(u"479"_s, Year, {{u"under5_measured"_s, 100}, {u"under5_overweight"_s, 50}});
        ws.setComplete(u"46"_s, Year, {{u"under5_measured"_s, 400}, {u"under5_overweight"_s, 40}});
        checkSplit();
        const YearCounts t = ws->calculator().counts(u"479"_s, Year);
        CHECK(t.sum(u"under5_overweight"_s) == 115); // 30 + 14 + 12 + 9 + 50 at the district
        CHECK(t.sum(u"under5_measured"_s) == 1200);  // 1100 + 100 at the district
        // 3a reads every unit, the district too, but none holds stunting: no figure.
        CHECK_NO_VALUE(judged(ws, u"3a"_s, u"479"_s), std::nullopt, std::nullopt);
    }
}

TEST_CASE("Counts held at a district count in its and the province's figures when they hold the whole measure")
{
    test::TempWorkspace ws;
    ws.setComplete(Large, Year, {{u"live_births"_s, 1500}, {u"neonatal_deaths"_s, 1}});
    ws.setComplete(Middle, Year, {{u"live_births"_s, 400}, {u"neonatal_deaths"_s, 1}});
    ws.setComplete(Small, Year, {{u"live_births"_s, 100}, {u"neonatal_deaths"_s, 1}});
    // A district hospital's births and neonatal deaths, in no commune.
    ws.set(u"479"_s, Year, {{u"live_births"_s, 500}, {u"neonatal_deaths"_s, 1}});
    ws.setComplete(u"20161"_s, Year, {{u"live_births"_s, 1000}, {u"neonatal_deaths"_s, 0}});

    // 479: (1 + 1 + 1 + 1) / (1500 + 400 + 100 + 500) * 1000 = 4 / 2500 * 1000 = 1.6
    CHECK_VALUE(judged(ws, u"2a"_s, u"479"_s), 4, 2500, 1.6, S::NotMet);
    // Its coverage counts communes only: 3 of 12.
    CHECK(judged(ws, u"2a"_s, u"479"_s).coverage.covered == 3);
    // Province: (4 + 0) / (2500 + 1000) * 1000 = 4 / 3500 * 1000 = 1.142857
    CHECK_VALUE(judged(ws, u"2a"_s, u"46"_s), 4, 3500, 1.142857, S::NotMet);
    // The district's own counts are not in a commune of it, nor in another district.
    CHECK_VALUE(judged(ws, u"2a"_s, Large), 1, 1500, 0.666667, S::Met); // 1 / 1500 * 1000
    CHECK_VALUE(judged(ws, u"2a"_s, u"483"_s), 0, 1000, 0.0, S::Met);   // 0 / 1000

    SECTION("a count held at the province without the other side of the measure is left out and listed")
    {
        ws.set(u"46"_s, Year, {{u"live_births"_s, 500}}); // births known only at the province
        // Province unchanged: 4 / 3500 * 1000; the province's own births are partial for 2a.
        const MeasureResult r = judged(ws, u"2a"_s, u"46"_s);
        CHECK_VALUE(r, 4, 3500, 1.142857, S::NotMet);
        CHECK(r.coverage.partial == QStringList{u"46"_s});
        CHECK_VALUE(judged(ws, u"2a"_s, u"479"_s), 4, 2500, 1.6, S::NotMet);
    }
}
