// Special measures (part 3 of the measure tests): the communes denominators of 1a/1b/17 (the
// communes that answered), the previous-year base of 11, evaluate() on hand-built counts, and
// exact targets.
//
// Every expected number is worked by hand from the counts entered; none is copied from output.
#include "measures_support.h"

// ---------------------------------------------------------------------------------------------
// 6. 1a, 1b, 17: over the number of communes under the unit.

TEST_CASE("1a, 1b and 17 divide by the number of communes that answered, and say how many of all they are")
{
    test::TempWorkspace ws;
    // The communes of the year's unit tree (01/07/2021), counted by hand in its CSV.
    const UnitTree tree = ws->treeOfYear(Year);
    const QList<const OrgUnit*> hue = tree.communesUnder(u"474"_s);
    const QList<const OrgUnit*> namDong = tree.communesUnder(u"483"_s);
    REQUIRE(hue.size() == 36);
    REQUIRE(namDong.size() == 10);
    REQUIRE(tree.communesUnder(u"46"_s).size() == 141);

    // Thành phố Huế: 5 communes answered: all registered, 2 achieved, 3 with a play space; the
    // other 31 have not answered.
    for (int i = 0; i < 5; ++i)
        ws.setComplete(
            hue[i]->code, Year,
            {{u"cfc_registered"_s, 1}, {u"cfc_achieved"_s, i < 2 ? 1 : 0}, {u"has_play_space"_s, i < 3 ? 1 : 0}});
    // Nam Đông: all 10 registered, 7 achieved, 6 with a play space.
    for (int i = 0; i < 10; ++i)
        ws.setComplete(
            namDong[i]->code, Year,
            {{u"cfc_registered"_s, 1}, {u"cfc_achieved"_s, i < 7 ? 1 : 0}, {u"has_play_space"_s, i < 6 ? 1 : 0}});

    // 474: among the 5 that answered, 5 / 5 * 100 = 100; 2 / 5 * 100 = 40; 3 / 5 * 100 = 60.
    // 5 of 36 is not full coverage: no status, the value stands.
    CHECK_VALUE(compute(ws, u"1a"_s, u"474"_s), 5, 5, 100.0, S::Incomplete);
    CHECK_VALUE(compute(ws, u"1b"_s, u"474"_s), 2, 5, 40.0, S::Incomplete);
    CHECK_VALUE(compute(ws, u"17"_s, u"474"_s), 3, 5, 60.0, S::Incomplete);
    const MeasureResult hue1a = compute(ws, u"1a"_s, u"474"_s);
    CHECK(hue1a.coverage.covered == 5);
    CHECK(hue1a.coverage.expected == 36);
    CHECK(hue1a.coverage.missing.size() == 31);
    // The 31 that have not answered are not counted as "no" (that would give 5 / 36 = 13.9 %).
    CHECK(*hue1a.value != Approx(500.0 / 36));
    // Judged at any coverage: 100 >= 100 met; 40 not > 65; 60 >= 60 met.
    CHECK_VALUE(compute(ws, u"1a"_s, u"474"_s, Year, anyCoverage), 5, 5, 100.0, S::Met);
    CHECK_VALUE(compute(ws, u"1b"_s, u"474"_s, Year, anyCoverage), 2, 5, 40.0, S::NotMet);
    CHECK_VALUE(compute(ws, u"17"_s, u"474"_s, Year, anyCoverage), 3, 5, 60.0, S::Met);

    // 483, every commune answered: 10 / 10 * 100 = 100 >= 100; 7 / 10 * 100 = 70 > 65; 6 / 10 * 100 = 60 >= 60
    CHECK_VALUE(compute(ws, u"1a"_s, u"483"_s), 10, 10, 100.0, S::Met);
    CHECK_VALUE(compute(ws, u"1b"_s, u"483"_s), 7, 10, 70.0, S::Met);
    CHECK_VALUE(compute(ws, u"17"_s, u"483"_s), 6, 10, 60.0, S::Met);
    CHECK(compute(ws, u"17"_s, u"483"_s).coverage.covered == 10);

    // Province, 15 of 141 answered: (5 + 10) / 15 * 100 = 100; (2 + 7) / 15 * 100 = 60; (3 + 6) / 15 * 100 = 60
    CHECK_VALUE(compute(ws, u"1a"_s, u"46"_s), 15, 15, 100.0, S::Incomplete);
    CHECK_VALUE(compute(ws, u"1b"_s, u"46"_s), 9, 15, 60.0, S::Incomplete);
    CHECK_VALUE(compute(ws, u"17"_s, u"46"_s), 9, 15, 60.0, S::Incomplete);
    CHECK(compute(ws, u"17"_s, u"46"_s).coverage.expected == 141);

    // A district where nothing was entered: no commune answered, no figure.
    CHECK_NO_VALUE(compute(ws, u"1a"_s, u"476"_s), std::nullopt, std::nullopt);
    CHECK(compute(ws, u"1a"_s, u"476"_s).coverage.expected == 16);

    SECTION("one more commune of 474 answers 1a only: 1a moves, 1b does not")
    {
        ws.setComplete(hue[35]->code, Year, {{u"cfc_registered"_s, 0}});
        CHECK_VALUE(compute(ws, u"1a"_s, u"474"_s), 5, 6, 83.333333, S::Incomplete); // 5 / 6 * 100
        CHECK_VALUE(compute(ws, u"1a"_s, u"46"_s), 15, 16, 93.75, S::Incomplete);    // 15 / 16 * 100
        CHECK_VALUE(compute(ws, u"1b"_s, u"474"_s), 2, 5, 40.0, S::Incomplete);      // unchanged
    }
    SECTION("all 36 communes of 474 registered: full coverage gives a status")
    {
        for (const OrgUnit* u : hue)
            ws.setComplete(u->code, Year, {{u"cfc_registered"_s, 1}});
        CHECK_VALUE(compute(ws, u"1a"_s, u"474"_s), 36, 36, 100.0, S::Met);       // 36 / 36 * 100
        CHECK_VALUE(compute(ws, u"1a"_s, u"46"_s), 46, 46, 100.0, S::Incomplete); // (36 + 10) / 46, 46 of 141
    }
}

// ---------------------------------------------------------------------------------------------
// 7. Indicator 11: the year before is the base.

TEST_CASE("11 compares each year with the year before, 2020 being the base of 2021")
{
    test::TempWorkspace ws;
    SECTION("a fall, at the target, both zero, zero base, a rise")
    {
        ws.setComplete(u"19822"_s, 2020, {{u"child_marriages"_s, 50}});
        ws.setComplete(u"19822"_s, 2021, {{u"child_marriages"_s, 48}});
        ws.setComplete(u"19825"_s, 2020, {{u"child_marriages"_s, 50}});
        ws.setComplete(u"19825"_s, 2021, {{u"child_marriages"_s, 49}});
        ws.setComplete(u"19828"_s, 2020, {{u"child_marriages"_s, 0}});
        ws.setComplete(u"19828"_s, 2021, {{u"child_marriages"_s, 0}});
        ws.setComplete(u"19831"_s, 2020, {{u"child_marriages"_s, 0}});
        ws.setComplete(u"19831"_s, 2021, {{u"child_marriages"_s, 2}});
        ws.setComplete(u"19834"_s, 2020, {{u"child_marriages"_s, 20}});
        ws.setComplete(u"19834"_s, 2021, {{u"child_marriages"_s, 25}});

        CHECK_VALUE(compute(ws, u"11"_s, u"19822"_s), 2, 50, 4.0, S::Met);  // (50 - 48) / 50 * 100 = 4
        CHECK_VALUE(compute(ws, u"11"_s, u"19825"_s), 1, 50, 2.0, S::Met);  // (50 - 49) / 50 * 100 = 2 >= 2
        CHECK_NO_VALUE(compute(ws, u"11"_s, u"19828"_s), 0.0, 0.0, S::Met); // none either year: met, no value
        // 0 -> 2: a rise from nothing is not met, though no rate can say by how much.
        const MeasureResult rise = compute(ws, u"11"_s, u"19831"_s);
        CHECK_NO_VALUE(rise, -2.0, 0.0, S::NotMet);
        CHECK(rise.riseFromZero);
        CHECK_FALSE(compute(ws, u"11"_s, u"19828"_s).riseFromZero);
        CHECK_VALUE(compute(ws, u"11"_s, u"19834"_s), -5, 20, -25.0, S::NotMet); // (20 - 25) / 20 * 100 = -25

        // District 476: 2020 50 + 50 + 0 + 0 + 20 = 120; 2021 48 + 49 + 0 + 2 + 25 = 124;
        // (120 - 124) / 120 * 100 = -3.3333, on 5 of its 16 communes.
        CHECK_VALUE(compute(ws, u"11"_s, u"476"_s), -4, 120, -3.333333, S::Incomplete);
        CHECK_VALUE(compute(ws, u"11"_s, u"476"_s, Year, anyCoverage), -4, 120, -3.333333, S::NotMet);
        CHECK_VALUE(compute(ws, u"11"_s, u"46"_s, Year, anyCoverage), -4, 120, -3.333333, S::NotMet);
        CHECK(compute(ws, u"11"_s, u"476"_s).coverage.covered == 5);

        // computeAll reads the year before as well.
        const QList<MeasureResult> all = ws->calculator().computeAll(u"476"_s, 2021, anyCoverage);
        REQUIRE(all.size() == 32);
        REQUIRE(all[19].code == u"11"_s);
        CHECK_VALUE(all[19], -4, 120, -3.333333, S::NotMet);

        // 2022 against 2021: (48 - 47) / 48 * 100 = 2.0833
        ws.setComplete(u"19822"_s, 2022, {{u"child_marriages"_s, 47}});
        CHECK_VALUE(compute(ws, u"11"_s, u"19822"_s, 2022), 1, 48, 2.083333, S::Met);
    }
    SECTION("a district whose communes fall overall though one rises")
    {
        // Huyện Quảng Điền (477): Thị trấn Sịa 30 -> 27, Xã Quảng Thái 10 -> 12, Xã Quảng Ngạn 0 -> 0.
        ws.setComplete(u"19867"_s, 2020, {{u"child_marriages"_s, 30}});
        ws.setComplete(u"19867"_s, 2021, {{u"child_marriages"_s, 27}});
        ws.setComplete(u"19870"_s, 2020, {{u"child_marriages"_s, 10}});
        ws.setComplete(u"19870"_s, 2021, {{u"child_marriages"_s, 12}});
        ws.setComplete(u"19873"_s, 2020, {{u"child_marriages"_s, 0}});
        ws.setComplete(u"19873"_s, 2021, {{u"child_marriages"_s, 0}});
        // (30 + 10 + 0) - (27 + 12 + 0) = 40 - 39 = 1; 1 / 40 * 100 = 2.5 >= 2 (3 of 11 communes)
        CHECK_VALUE(compute(ws, u"11"_s, u"477"_s, Year, anyCoverage), 1, 40, 2.5, S::Met);
        // Commune values 10 and -20 (19873 has none): their mean -5 would not be met.
        CHECK_VALUE(compute(ws, u"11"_s, u"19867"_s), 3, 30, 10.0, S::Met);      // 3 / 30 * 100
        CHECK_VALUE(compute(ws, u"11"_s, u"19870"_s), -2, 10, -20.0, S::NotMet); // -2 / 10 * 100
    }
    SECTION("a district with no child marriage in either year is met without a value")
    {
        for (const QString& unit : {u"19867"_s, u"19870"_s})
            for (int year : {2020, 2021})
                ws.setComplete(unit, year, {{u"child_marriages"_s, 0}});
        CHECK_NO_VALUE(compute(ws, u"11"_s, u"477"_s, Year, anyCoverage), 0.0, 0.0, S::Met);
        // 2 of 11 communes: not judged at full coverage.
        CHECK_NO_VALUE(compute(ws, u"11"_s, u"477"_s), 0.0, 0.0, S::Incomplete);
    }
    SECTION("a missing year gives no data")
    {
        ws.setComplete(u"19837"_s, 2020, {{u"child_marriages"_s, 12}}); // 2021 not entered
        ws.setComplete(u"19840"_s, 2021, {{u"child_marriages"_s, 3}});  // 2020 not entered
        // Only units holding both years count, on both sides: no base is shown either.
        CHECK_NO_VALUE(compute(ws, u"11"_s, u"19837"_s), std::nullopt, std::nullopt);
        CHECK_NO_VALUE(compute(ws, u"11"_s, u"19840"_s), std::nullopt, std::nullopt);
        // 2020 has no year before it in the plan: 11 does not apply (not "no data").
        const MeasureResult baseline = compute(ws, u"11"_s, u"19837"_s, 2020);
        CHECK_NO_VALUE(baseline, std::nullopt, std::nullopt, S::NotApplicable);
        CHECK(baseline.notApplicable == NotApplicableReason::NoYearBefore);
    }
}

// ---------------------------------------------------------------------------------------------
// 8. The pure part, with counts built by hand.

namespace {
// Communes of a district, each with its own counts; all complete.
YearCounts district(const QList<ElementValues>& communes, bool urban = false)
{
    YearCounts y;
    y.year = Year;
    y.aggregated = true;
    for (int i = 0; i < communes.size(); ++i)
        y.units << UnitCounts{QStringLiteral("c%1").arg(i), true, urban, true, communes[i], {}};
    return y;
}

YearCounts commune(const ElementValues& values, bool urban = false)
{
    YearCounts y = district({values}, urban);
    y.aggregated = false;
    return y;
}
} // namespace

TEST_CASE("evaluate works on hand-built counts, without a database")
{
    const Catalogue& c = Catalogue::builtIn();
    auto m = [&](const char* code) -> const Measure& {
        const Measure* p = c.measure(QString::fromLatin1(code));
        REQUIRE(p != nullptr);
        return *p;
    };
    const YearCounts none;

    SECTION("1b over the communes that answered: exactly 65 % is not above 65")
    {
        QList<ElementValues> communes;
        for (int i = 0; i < 20; ++i)
            communes << ElementValues{{u"cfc_achieved"_s, i < 13 ? 1 : 0}};
        // 13 / 20 * 100 = 65
        CHECK_VALUE(MeasureCalculator::evaluate(m("1b"), district(communes), &none), 13, 20, 65.0, S::NotMet);
        communes[13] = {{u"cfc_achieved"_s, 1}};
        CHECK_VALUE(MeasureCalculator::evaluate(m("1b"), district(communes), &none), 14, 20, 70.0, S::Met);
        CHECK_NO_VALUE(MeasureCalculator::evaluate(m("1b"), district({}), &none), std::nullopt, std::nullopt);
    }
    SECTION("2a and 2b at their boundaries")
    {
        ElementValues v{{u"live_births"_s, 1000}, {u"neonatal_deaths"_s, 1}, {u"infant_deaths"_s, 1}};
        CHECK_VALUE(MeasureCalculator::evaluate(m("2a"), commune(v), &none), 1, 1000, 1.0, S::NotMet); // not < 1
        CHECK_VALUE(MeasureCalculator::evaluate(m("2b"), commune(v), &none), 1, 1000, 1.0, S::NotMet); // 1 > 0.8
        v.insert(u"live_births"_s, 1250);
        CHECK_VALUE(MeasureCalculator::evaluate(m("2b"), commune(v), &none), 1, 1250, 0.8, S::Met); // 1 / 1250 * 1000
    }
    SECTION("3c and 3d read the rural and the urban communes only")
    {
        YearCounts y = district({{{u"under5_overweight"_s, 4}, {u"under5_measured"_s, 100}}}, false);
        y.units << UnitCounts{u"u"_s, true, true, true, {{u"under5_overweight"_s, 9}, {u"under5_measured"_s, 100}}, {}};
        CHECK_VALUE(MeasureCalculator::evaluate(m("3c"), y, &none), 4, 100, 4.0, S::Met);    // 4 / 100 * 100
        CHECK_VALUE(MeasureCalculator::evaluate(m("3d"), y, &none), 9, 100, 9.0, S::NotMet); // 9 / 100 * 100
        // 3a reads both kinds, but only once stunting is there: without it, neither side is summed.
        CHECK_NO_VALUE(MeasureCalculator::evaluate(m("3a"), y, &none), std::nullopt, std::nullopt);
        for (UnitCounts& u : y.units)
            u.values.insert(u"under5_stunted"_s, 10);
        CHECK_VALUE(MeasureCalculator::evaluate(m("3a"), y, &none), 20, 200, 10.0, S::NotMet); // (10 + 10) / 200
        // Without a rural commune 3c does not apply.
        y.units.removeFirst();
        const MeasureResult r = MeasureCalculator::evaluate(m("3c"), y, &none);
        CHECK_NO_VALUE(r, std::nullopt, std::nullopt, S::NotApplicable);
        CHECK(r.notApplicable == NotApplicableReason::NoRuralCommune);
    }
    SECTION("4b at exactly 90 % is met")
    {
        const YearCounts y = commune({{u"children_under5"_s, 200}, {u"under5_fully_vaccinated"_s, 180}});
        CHECK_VALUE(MeasureCalculator::evaluate(m("4b"), y, &none), 180, 200, 90.0, S::Met); // 180 / 200 * 100 = 90
    }
    SECTION("11 from the two years' counts")
    {
        YearCounts before = commune({{u"child_marriages"_s, 50}});
        YearCounts now = commune({{u"child_marriages"_s, 49}});
        CHECK_VALUE(MeasureCalculator::evaluate(m("11"), now, &before), 1, 50, 2.0, S::Met); // (50 - 49) / 50 * 100
        now = commune({{u"child_marriages"_s, 52}});
        CHECK_VALUE(MeasureCalculator::evaluate(m("11"), now, &before), -2, 50, -4.0, S::NotMet); // (50 - 52) / 50
        before = commune({{u"child_marriages"_s, 0}});
        now = commune({{u"child_marriages"_s, 0}});
        CHECK_NO_VALUE(MeasureCalculator::evaluate(m("11"), now, &before), 0.0, 0.0, S::Met);
        now = commune({{u"child_marriages"_s, 1}});
        const MeasureResult rise = MeasureCalculator::evaluate(m("11"), now, &before);
        CHECK_NO_VALUE(rise, -1.0, 0.0, S::NotMet);
        CHECK(rise.riseFromZero);
        // Without a year before in the plan, 11 does not apply.
        CHECK_NO_VALUE(MeasureCalculator::evaluate(m("11"), now, nullptr), std::nullopt, std::nullopt,
                       S::NotApplicable);
        // A year before without the count: no data.
        CHECK_NO_VALUE(MeasureCalculator::evaluate(m("11"), now, &none), std::nullopt, std::nullopt);
    }
}

// ---------------------------------------------------------------------------------------------
// Exact targets: 3 injury deaths among 20,000 children is exactly 15 per 100,000, which is not
// "dưới 15" (< 15), although binary floating point gives 3.0 / 20000.0 * 100000.0 =
// 14.999999999999998. The comparison is exact (integers), and the value is 15.

TEST_CASE("9b at exactly 15 per 100,000 is not below 15")
{
    test::TempWorkspace ws;
    ws.setComplete(Xa, Year, {{u"children_total"_s, 20000}, {u"children_injury_deaths"_s, 3}});
    const MeasureResult r = compute(ws, u"9b"_s, Xa);
    REQUIRE(r.value.has_value());
    CHECK(*r.value == 15.0);      // 3 / 20000 * 100000 = 15 exactly, not 14.999999999999998
    CHECK(r.status == S::NotMet); // 15 is not < 15
    REQUIRE(r.exact.has_value());
    CHECK(r.exact->significantText() == u"15"_s);
}

TEST_CASE("11 at a district counts only the communes that hold both years")
{
    test::TempWorkspace ws;
    // Phường Kim Long: 10 child marriages in 2023 and 10 in 2024 (no fall).
    // Phường Phường Đúc: 5 in 2023 and nothing entered yet for 2024.
    ws.setComplete(Phuong, 2023, {{u"child_marriages"_s, 10}});
    ws.setComplete(Phuong, 2024, {{u"child_marriages"_s, 10}});
    ws.setComplete(u"19780"_s, 2023, {{u"child_marriages"_s, 5}});
    // Only Kim Long holds both years: (10 - 10) / 10 x 100 = 0 %, not met. Summing the years
    // separately would give (15 - 10) / 15 = 33 %, met, from a commune that has not reported.
    CHECK_VALUE(compute(ws, u"11"_s, u"474"_s, 2024, anyCoverage), 0.0, 10.0, 0.0, S::NotMet);
    CHECK_VALUE(ws->calculator().computeAll(u"474"_s, 2024, anyCoverage).at(19), 0.0, 10.0, 0.0, S::NotMet);
    // Phường Đúc has not reported 2024: left out and listed as missing, not as partial.
    const Coverage c = compute(ws, u"11"_s, u"474"_s, 2024).coverage;
    CHECK(c.missing.contains(u"19780"_s));
    CHECK(c.partial.isEmpty());
    CHECK(c.covered == 1);
    // Once Phường Đúc reports 4: (15 - 14) / 15 x 100 = 6.67 %, met.
    ws.setComplete(u"19780"_s, 2024, {{u"child_marriages"_s, 4}});
    CHECK_VALUE(compute(ws, u"11"_s, u"474"_s, 2024, anyCoverage), 1.0, 15.0, 100.0 / 15.0, S::Met);
    CHECK(compute(ws, u"11"_s, u"474"_s, 2024).coverage.covered == 2);
}
