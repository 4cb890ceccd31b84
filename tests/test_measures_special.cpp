// Special measures (part 3 of the measure tests): the communes denominators of 1a/1b/17, the
// previous-year base of 11, evaluate() on hand-built totals, and exact targets.
//
// Every expected number is worked by hand from the counts entered; none is copied from output.
#include "measures_support.h"

// ---------------------------------------------------------------------------------------------
// 6. 1a, 1b, 17: over the number of communes under the unit.

TEST_CASE("1a, 1b and 17 divide by the number of communes under the district or province")
{
    test::TempWorkspace ws;
    const QList<const OrgUnit*> hue = ws->units().communesUnder(u"474"_s);
    const QList<const OrgUnit*> namDong = ws->units().communesUnder(u"483"_s);
    REQUIRE(hue.size() == 27);     // counted by hand in the CSV
    REQUIRE(namDong.size() == 10); // counted by hand in the CSV
    REQUIRE(ws->units().communesUnder(u"46"_s).size() == 145);

    // Thành phố Huế: 5 registered, 2 achieved, 3 with a play space; the rest left blank.
    for (int i = 0; i < 5; ++i)
        ws.set(hue[i]->code, Year,
               {{u"cfc_registered"_s, 1}, {u"cfc_achieved"_s, i < 2 ? 1 : 0}, {u"has_play_space"_s, i < 3 ? 1 : 0}});
    // Nam Đông: all 10 registered, 7 achieved, 6 with a play space.
    for (int i = 0; i < 10; ++i)
        ws.set(namDong[i]->code, Year,
               {{u"cfc_registered"_s, 1}, {u"cfc_achieved"_s, i < 7 ? 1 : 0}, {u"has_play_space"_s, i < 6 ? 1 : 0}});

    // 474: 5 / 27 * 100 = 18.5185; 2 / 27 * 100 = 7.4074; 3 / 27 * 100 = 11.1111
    CHECK_VALUE(compute(ws, u"1a"_s, u"474"_s), 5, 27, 18.518519, S::NotMet);
    CHECK_VALUE(compute(ws, u"1b"_s, u"474"_s), 2, 27, 7.407407, S::NotMet);
    CHECK_VALUE(compute(ws, u"17"_s, u"474"_s), 3, 27, 11.111111, S::NotMet);
    CHECK_VALUE(compute(ws, u"1a"_s, u"474"_s), 5, static_cast<double>(hue.size()), 500.0 / hue.size(), S::NotMet);

    // 483: 10 / 10 * 100 = 100 >= 100; 7 / 10 * 100 = 70 > 65; 6 / 10 * 100 = 60 >= 60
    CHECK_VALUE(compute(ws, u"1a"_s, u"483"_s), 10, 10, 100.0, S::Met);
    CHECK_VALUE(compute(ws, u"1b"_s, u"483"_s), 7, 10, 70.0, S::Met);
    CHECK_VALUE(compute(ws, u"17"_s, u"483"_s), 6, 10, 60.0, S::Met);

    // Province: (5 + 10) / 145 * 100 = 10.3448; (2 + 7) / 145 * 100 = 6.2069; (3 + 6) / 145 * 100 = 6.2069
    CHECK_VALUE(compute(ws, u"1a"_s, u"46"_s), 15, 145, 10.344828, S::NotMet);
    CHECK_VALUE(compute(ws, u"1b"_s, u"46"_s), 9, 145, 6.206897, S::NotMet);
    CHECK_VALUE(compute(ws, u"17"_s, u"46"_s), 9, 145, 6.206897, S::NotMet);

    // A district where nothing was entered: the denominator is there, the numerator is not.
    CHECK_NO_VALUE(compute(ws, u"1a"_s, u"476"_s), std::nullopt, 16.0);

    SECTION("one more registered commune in 474 moves both 474 and the province")
    {
        ws.set(hue[26]->code, Year, {{u"cfc_registered"_s, 1}});
        CHECK_VALUE(compute(ws, u"1a"_s, u"474"_s), 6, 27, 22.222222, S::NotMet);  // 6 / 27 * 100
        CHECK_VALUE(compute(ws, u"1a"_s, u"46"_s), 16, 145, 11.034483, S::NotMet); // 16 / 145 * 100
    }
    SECTION("all 27 communes of 474 registered")
    {
        for (const OrgUnit* u : hue)
            ws.set(u->code, Year, {{u"cfc_registered"_s, 1}});
        CHECK_VALUE(compute(ws, u"1a"_s, u"474"_s), 27, 27, 100.0, S::Met);        // 27 / 27 * 100
        CHECK_VALUE(compute(ws, u"1a"_s, u"46"_s), 37, 145, 25.517241, S::NotMet); // (27 + 10) / 145 * 100
    }
}

// ---------------------------------------------------------------------------------------------
// 7. Indicator 11: the year before is the base.

TEST_CASE("11 compares each year with the year before, 2020 being the base of 2021")
{
    test::TempWorkspace ws;
    SECTION("a fall, at the target, both zero, zero base, a rise")
    {
        ws.set(u"19822"_s, 2020, {{u"child_marriages"_s, 50}});
        ws.set(u"19822"_s, 2021, {{u"child_marriages"_s, 48}});
        ws.set(u"19825"_s, 2020, {{u"child_marriages"_s, 50}});
        ws.set(u"19825"_s, 2021, {{u"child_marriages"_s, 49}});
        ws.set(u"19828"_s, 2020, {{u"child_marriages"_s, 0}});
        ws.set(u"19828"_s, 2021, {{u"child_marriages"_s, 0}});
        ws.set(u"19831"_s, 2020, {{u"child_marriages"_s, 0}});
        ws.set(u"19831"_s, 2021, {{u"child_marriages"_s, 2}});
        ws.set(u"19834"_s, 2020, {{u"child_marriages"_s, 20}});
        ws.set(u"19834"_s, 2021, {{u"child_marriages"_s, 25}});

        CHECK_VALUE(compute(ws, u"11"_s, u"19822"_s), 2, 50, 4.0, S::Met);       // (50 - 48) / 50 * 100 = 4
        CHECK_VALUE(compute(ws, u"11"_s, u"19825"_s), 1, 50, 2.0, S::Met);       // (50 - 49) / 50 * 100 = 2 >= 2
        CHECK_NO_VALUE(compute(ws, u"11"_s, u"19828"_s), 0.0, 0.0, S::Met);      // none either year: met, no value
        CHECK_NO_VALUE(compute(ws, u"11"_s, u"19831"_s), -2.0, 0.0);             // (0 - 2) over a base of 0: no value
        CHECK_VALUE(compute(ws, u"11"_s, u"19834"_s), -5, 20, -25.0, S::NotMet); // (20 - 25) / 20 * 100 = -25

        // District 476: 2020 50 + 50 + 0 + 0 + 20 = 120; 2021 48 + 49 + 0 + 2 + 25 = 124;
        // (120 - 124) / 120 * 100 = -3.3333
        CHECK_VALUE(compute(ws, u"11"_s, u"476"_s), -4, 120, -3.333333, S::NotMet);
        CHECK_VALUE(compute(ws, u"11"_s, u"46"_s), -4, 120, -3.333333, S::NotMet);

        // computeAll reads the year before as well.
        const QList<MeasureResult> all = ws->calculator().computeAll(u"476"_s, 2021);
        REQUIRE(all.size() == 32);
        REQUIRE(all[19].code == u"11"_s);
        CHECK_VALUE(all[19], -4, 120, -3.333333, S::NotMet);

        // 2022 against 2021: (48 - 47) / 48 * 100 = 2.0833
        ws.set(u"19822"_s, 2022, {{u"child_marriages"_s, 47}});
        CHECK_VALUE(compute(ws, u"11"_s, u"19822"_s, 2022), 1, 48, 2.083333, S::Met);
    }
    SECTION("a district whose communes fall overall though one rises")
    {
        // Huyện Quảng Điền (477): Thị trấn Sịa 30 -> 27, Xã Quảng Thái 10 -> 12, Xã Quảng Ngạn 0 -> 0.
        ws.set(u"19867"_s, 2020, {{u"child_marriages"_s, 30}});
        ws.set(u"19867"_s, 2021, {{u"child_marriages"_s, 27}});
        ws.set(u"19870"_s, 2020, {{u"child_marriages"_s, 10}});
        ws.set(u"19870"_s, 2021, {{u"child_marriages"_s, 12}});
        ws.set(u"19873"_s, 2020, {{u"child_marriages"_s, 0}});
        ws.set(u"19873"_s, 2021, {{u"child_marriages"_s, 0}});
        // (30 + 10 + 0) - (27 + 12 + 0) = 40 - 39 = 1; 1 / 40 * 100 = 2.5 >= 2
        CHECK_VALUE(compute(ws, u"11"_s, u"477"_s), 1, 40, 2.5, S::Met);
        // Commune values 10 and -20 (19873 has none): their mean -5 would not be met.
        CHECK_VALUE(compute(ws, u"11"_s, u"19867"_s), 3, 30, 10.0, S::Met);      // 3 / 30 * 100
        CHECK_VALUE(compute(ws, u"11"_s, u"19870"_s), -2, 10, -20.0, S::NotMet); // -2 / 10 * 100
    }
    SECTION("a district with no child marriage in either year is met without a value")
    {
        for (const QString& unit : {u"19867"_s, u"19870"_s})
            for (int year : {2020, 2021})
                ws.set(unit, year, {{u"child_marriages"_s, 0}});
        CHECK_NO_VALUE(compute(ws, u"11"_s, u"477"_s), 0.0, 0.0, S::Met);
    }
    SECTION("a missing year gives no data")
    {
        ws.set(u"19837"_s, 2020, {{u"child_marriages"_s, 12}}); // 2021 not entered
        ws.set(u"19840"_s, 2021, {{u"child_marriages"_s, 3}});  // 2020 not entered
        // Only units holding both years count, on both sides: no base is shown either.
        CHECK_NO_VALUE(compute(ws, u"11"_s, u"19837"_s), std::nullopt, std::nullopt);
        CHECK_NO_VALUE(compute(ws, u"11"_s, u"19840"_s), std::nullopt, std::nullopt);
        // 2020 has no year before it in the database.
        CHECK_NO_VALUE(compute(ws, u"11"_s, u"19837"_s, 2020), std::nullopt, std::nullopt);
    }
}

// ---------------------------------------------------------------------------------------------
// 8. The pure part, with totals built by hand.

TEST_CASE("evaluate works on hand-built totals, without a database")
{
    const Catalogue& c = Catalogue::builtIn();
    auto m = [&](const char* code) -> const Measure& {
        const Measure* p = c.measure(QString::fromLatin1(code));
        REQUIRE(p != nullptr);
        return *p;
    };
    const Totals none;

    SECTION("1b over the number of communes: exactly 65 % is not above 65")
    {
        Totals t;
        t.communes = 20;
        t.all.insert(u"cfc_achieved"_s, 13);
        CHECK_VALUE(MeasureCalculator::evaluate(m("1b"), t, none), 13, 20, 65.0, S::NotMet); // 13 / 20 * 100 = 65
        t.all.insert(u"cfc_achieved"_s, 14);
        CHECK_VALUE(MeasureCalculator::evaluate(m("1b"), t, none), 14, 20, 70.0, S::Met); // 14 / 20 * 100 = 70
        t.communes = 0;
        CHECK_NO_VALUE(MeasureCalculator::evaluate(m("1b"), t, none), 14.0, 0.0);
    }
    SECTION("2a and 2b at their boundaries")
    {
        Totals t;
        t.all.insert(u"live_births"_s, 1000);
        t.all.insert(u"neonatal_deaths"_s, 1);
        t.all.insert(u"infant_deaths"_s, 1);
        CHECK_VALUE(MeasureCalculator::evaluate(m("2a"), t, none), 1, 1000, 1.0, S::NotMet); // 1 ‰ is not < 1
        CHECK_VALUE(MeasureCalculator::evaluate(m("2b"), t, none), 1, 1000, 1.0, S::NotMet); // 1 ‰ > 0.8
        t.all.insert(u"live_births"_s, 1250);
        CHECK_VALUE(MeasureCalculator::evaluate(m("2b"), t, none), 1, 1250, 0.8, S::Met); // 1 / 1250 * 1000 = 0.8
    }
    SECTION("3c and 3d read the rural and urban totals only")
    {
        Totals t;
        t.all.insert(u"under5_overweight"_s, 100);
        t.all.insert(u"under5_measured"_s, 1000);
        t.rural.insert(u"under5_overweight"_s, 4);
        t.rural.insert(u"under5_measured"_s, 100);
        t.urban.insert(u"under5_overweight"_s, 9);
        t.urban.insert(u"under5_measured"_s, 100);
        CHECK_VALUE(MeasureCalculator::evaluate(m("3c"), t, none), 4, 100, 4.0, S::Met);    // 4 / 100 * 100
        CHECK_VALUE(MeasureCalculator::evaluate(m("3d"), t, none), 9, 100, 9.0, S::NotMet); // 9 / 100 * 100
        // 3a has no stunting count yet; with one it reads every unit: 100 / 1000 * 100 = 10, not < 9
        CHECK_NO_VALUE(MeasureCalculator::evaluate(m("3a"), t, none), std::nullopt, 1000.0);
        t.all.insert(u"under5_stunted"_s, 100);
        CHECK_VALUE(MeasureCalculator::evaluate(m("3a"), t, none), 100, 1000, 10.0, S::NotMet);
        // Without rural totals 3c has nothing to read.
        t.rural.clear();
        CHECK_NO_VALUE(MeasureCalculator::evaluate(m("3c"), t, none), std::nullopt, std::nullopt);
    }
    SECTION("4b at exactly 90 % is met")
    {
        Totals t;
        t.all.insert(u"children_under5"_s, 200);
        t.all.insert(u"under5_fully_vaccinated"_s, 180);
        CHECK_VALUE(MeasureCalculator::evaluate(m("4b"), t, none), 180, 200, 90.0, S::Met); // 180 / 200 * 100 = 90
    }
    SECTION("11 from the two years' totals")
    {
        Totals now;
        Totals before;
        before.all.insert(u"child_marriages"_s, 50);
        now.all.insert(u"child_marriages"_s, 49);
        CHECK_VALUE(MeasureCalculator::evaluate(m("11"), now, before), 1, 50, 2.0, S::Met); // (50 - 49) / 50 * 100
        now.all.insert(u"child_marriages"_s, 52);
        CHECK_VALUE(MeasureCalculator::evaluate(m("11"), now, before), -2, 50, -4.0, S::NotMet); // (50 - 52) / 50 * 100
        before.all.insert(u"child_marriages"_s, 0);
        now.all.insert(u"child_marriages"_s, 0);
        CHECK_NO_VALUE(MeasureCalculator::evaluate(m("11"), now, before), 0.0, 0.0, S::Met);
        now.all.insert(u"child_marriages"_s, 1);
        CHECK_NO_VALUE(MeasureCalculator::evaluate(m("11"), now, before), -1.0, 0.0);
        // Without the year before nothing is computed.
        CHECK_NO_VALUE(MeasureCalculator::evaluate(m("11"), now, none), std::nullopt, std::nullopt);
    }
}

// ---------------------------------------------------------------------------------------------
// Exact targets: 3 injury deaths among 20,000 children is exactly 15 per 100,000, which is not
// "dưới 15" (< 15), although binary floating point gives 3.0 / 20000.0 * 100000.0 =
// 14.999999999999998. The comparison treats values within a relative 1e-9 as the target.

TEST_CASE("9b at exactly 15 per 100,000 is not below 15")
{
    test::TempWorkspace ws;
    ws.set(Xa, Year, {{u"children_total"_s, 20000}, {u"children_injury_deaths"_s, 3}});
    const MeasureResult r = compute(ws, u"9b"_s, Xa);
    REQUIRE(r.value.has_value());
    CHECK(*r.value == Approx(15.0)); // 3 / 20000 * 100000 = 15
    CHECK(r.status == S::NotMet);    // 15 is not < 15
}

TEST_CASE("11 at a district counts only the communes that hold both years")
{
    test::TempWorkspace ws;
    // Phường Phú Thuận: 10 child marriages in 2023 and 10 in 2024 (no fall).
    // Phường Phú Bình: 5 in 2023 and nothing entered yet for 2024.
    ws.set(Phuong, 2023, {{u"child_marriages"_s, 10}});
    ws.set(Phuong, 2024, {{u"child_marriages"_s, 10}});
    ws.set(u"19747"_s, 2023, {{u"child_marriages"_s, 5}});
    // Only Phú Thuận holds both years: (10 - 10) / 10 x 100 = 0 %, not met. Summing the years
    // separately would give (15 - 10) / 15 = 33 %, met, from a commune that has not reported.
    CHECK_VALUE(compute(ws, u"11"_s, u"474"_s, 2024), 0.0, 10.0, 0.0, S::NotMet);
    CHECK_VALUE(ws->calculator().computeAll(u"474"_s, 2024).at(19), 0.0, 10.0, 0.0, S::NotMet);
    // Once Phú Bình reports 4: (15 - 14) / 15 x 100 = 6.67 %, met.
    ws.set(u"19747"_s, 2024, {{u"child_marriages"_s, 4}});
    CHECK_VALUE(compute(ws, u"11"_s, u"474"_s, 2024), 1.0, 15.0, 100.0 / 15.0, S::Met);
}
