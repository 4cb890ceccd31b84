// Each of the 32 measures worked by hand at one commune (part 1 of the measure tests; part 2,
// test_measures_rollup.cpp, sums up the tree; part 3, test_measures_special.cpp, covers
// 1a/1b/17, 11 and evaluate()).
//
// Every expected number below is worked by hand from the counts entered (the arithmetic is
// in the comment beside it); none is copied from the program's output.
//
#include "measures_support.h"

// ---------------------------------------------------------------------------------------------
// The unit tree facts the other cases rely on, counted by hand from the CSV.

TEST_CASE("The units used here have the types and commune counts read from the CSV")
{
    test::TempWorkspace ws;
    const UnitTree& units = ws->units();
    auto typeOf = [&](const QString& code) {
        const OrgUnit* u = units.find(code);
        REQUIRE(u != nullptr);
        return u->type;
    };
    CHECK(typeOf(Xa) == u"Xã"_s);
    CHECK(typeOf(Xa2) == u"Xã"_s);
    CHECK(typeOf(Phuong) == u"Phường"_s);
    CHECK(typeOf(ThiTran) == u"Thị trấn"_s);
    CHECK(typeOf(u"19960"_s) == u"Phường"_s);
    CHECK(typeOf(u"19969"_s) == u"Phường"_s);
    CHECK(typeOf(u"19966"_s) == u"Xã"_s);
    CHECK(typeOf(u"19981"_s) == u"Xã"_s);
    CHECK(typeOf(u"19990"_s) == u"Xã"_s);
    CHECK(typeOf(u"20161"_s) == u"Thị trấn"_s);
    CHECK(typeOf(u"20164"_s) == u"Xã"_s);
    CHECK(units.find(Phuong)->urban);
    CHECK(units.find(ThiTran)->urban);
    CHECK_FALSE(units.find(Xa)->urban);

    // Counted by hand in the CSV: 474 has 27 Phường; 476 1 Thị trấn + 15 Xã; 477 1 + 10;
    // 479 5 Phường + 7 Xã; 483 1 Thị trấn + 9 Xã; the province 98 Xã + 39 Phường + 8 Thị trấn.
    CHECK(units.communesUnder(u"474"_s).size() == 27);
    CHECK(units.communesUnder(u"476"_s).size() == 16);
    CHECK(units.communesUnder(u"477"_s).size() == 11);
    CHECK(units.communesUnder(u"479"_s).size() == 12);
    CHECK(units.communesUnder(u"483"_s).size() == 10);
    CHECK(units.communesUnder(u"46"_s).size() == 145);
    // The figures of 2021 are added up on the tree in force on its data date (01/07/2021):
    // Huế city grew by 13 communes and lost 4 wards (resources/units/units-hue-2021-07-01.csv).
    CHECK(ws->calculator().counts(u"474"_s, Year).communes() == 36);
    CHECK(ws->calculator().counts(u"46"_s, Year).communes() == 141);
    CHECK(ws->calculator().counts(u"46"_s, 2020).communes() == 145);
    CHECK(ws->calculator().counts(Xa, Year).communes() == 1);
}

// ---------------------------------------------------------------------------------------------
// 1. Each of the 32 measures by hand at one commune. Each SECTION starts from an empty database.

TEST_CASE("Indicator 1 at a commune: 1a, 1b are the commune's own flag over 1 commune")
{
    test::TempWorkspace ws;
    SECTION("1a registered")
    {
        ws.set(Xa, Year, {{u"cfc_registered"_s, 1}});
        ws.set(Xa2, Year, {{u"cfc_registered"_s, 0}});
        CHECK_VALUE(compute(ws, u"1a"_s, Xa), 1, 1, 100.0, S::Met);   // 1 / 1 * 100 = 100 >= 100
        CHECK_VALUE(compute(ws, u"1a"_s, Xa2), 0, 1, 0.0, S::NotMet); // 0 / 1 * 100 = 0
    }
    SECTION("1b achieved")
    {
        ws.set(Xa, Year, {{u"cfc_achieved"_s, 1}});
        ws.set(Xa2, Year, {{u"cfc_achieved"_s, 0}});
        CHECK_VALUE(compute(ws, u"1b"_s, Xa), 1, 1, 100.0, S::Met);   // 100 > 65
        CHECK_VALUE(compute(ws, u"1b"_s, Xa2), 0, 1, 0.0, S::NotMet); // 0
    }
}

TEST_CASE("Indicator 2 at a commune: mortality per 1,000 live births")
{
    test::TempWorkspace ws;
    SECTION("2a neonatal, < 1")
    {
        ws.set(Xa, Year, {{u"live_births"_s, 1250}, {u"neonatal_deaths"_s, 1}});
        ws.set(Xa2, Year, {{u"live_births"_s, 2000}, {u"neonatal_deaths"_s, 2}});
        ws.set(Phuong, 2024, {{u"live_births"_s, 400}, {u"neonatal_deaths"_s, 2}});
        CHECK_VALUE(compute(ws, u"2a"_s, Xa), 1, 1250, 0.8, S::Met);             // 1 / 1250 * 1000 = 0.8 < 1
        CHECK_VALUE(compute(ws, u"2a"_s, Xa2), 2, 2000, 1.0, S::NotMet);         // 2 / 2000 * 1000 = 1, not < 1
        CHECK_VALUE(compute(ws, u"2a"_s, Phuong, 2024), 2, 400, 5.0, S::NotMet); // 2 / 400 * 1000 = 5
    }
    SECTION("2b under 1, <= 0.8")
    {
        ws.set(Xa, Year, {{u"live_births"_s, 2500}, {u"infant_deaths"_s, 2}});
        ws.set(Xa2, Year, {{u"live_births"_s, 2500}, {u"infant_deaths"_s, 3}});
        CHECK_VALUE(compute(ws, u"2b"_s, Xa), 2, 2500, 0.8, S::Met);     // 2 / 2500 * 1000 = 0.8 <= 0.8
        CHECK_VALUE(compute(ws, u"2b"_s, Xa2), 3, 2500, 1.2, S::NotMet); // 3 / 2500 * 1000 = 1.2
    }
    SECTION("2c under 5, < 1")
    {
        ws.set(Xa, Year, {{u"live_births"_s, 2400}, {u"under5_deaths"_s, 2}});
        ws.set(Xa2, Year, {{u"live_births"_s, 2400}, {u"under5_deaths"_s, 3}});
        CHECK_VALUE(compute(ws, u"2c"_s, Xa), 2, 2400, 0.833333, S::Met); // 2 / 2400 * 1000 = 0.8333
        CHECK_VALUE(compute(ws, u"2c"_s, Xa2), 3, 2400, 1.25, S::NotMet); // 3 / 2400 * 1000 = 1.25
    }
}

TEST_CASE("Indicator 3 at a commune: nutrition of children under 5")
{
    test::TempWorkspace ws;
    SECTION("3a stunting, < 9")
    {
        ws.set(Xa, Year, {{u"under5_measured"_s, 600}, {u"under5_stunted"_s, 45}});
        ws.set(Xa2, Year, {{u"under5_measured"_s, 600}, {u"under5_stunted"_s, 54}});
        CHECK_VALUE(compute(ws, u"3a"_s, Xa), 45, 600, 7.5, S::Met);     // 45 / 600 * 100 = 7.5
        CHECK_VALUE(compute(ws, u"3a"_s, Xa2), 54, 600, 9.0, S::NotMet); // 54 / 600 * 100 = 9, not < 9
    }
    SECTION("3b underweight, < 7")
    {
        ws.set(Xa, Year, {{u"under5_measured"_s, 600}, {u"under5_underweight"_s, 30}});
        ws.set(Xa2, Year, {{u"under5_measured"_s, 600}, {u"under5_underweight"_s, 48}});
        CHECK_VALUE(compute(ws, u"3b"_s, Xa), 30, 600, 5.0, S::Met);     // 30 / 600 * 100 = 5
        CHECK_VALUE(compute(ws, u"3b"_s, Xa2), 48, 600, 8.0, S::NotMet); // 48 / 600 * 100 = 8
    }
    SECTION("3c overweight in a Xã, < 5; a Phường or Thị trấn has no 3c")
    {
        ws.set(Xa, Year, {{u"under5_measured"_s, 600}, {u"under5_overweight"_s, 24}});
        ws.set(Xa2, Year, {{u"under5_measured"_s, 600}, {u"under5_overweight"_s, 30}});
        ws.set(Phuong, Year, {{u"under5_measured"_s, 600}, {u"under5_overweight"_s, 24}});
        CHECK_VALUE(compute(ws, u"3c"_s, Xa), 24, 600, 4.0, S::Met);     // 24 / 600 * 100 = 4
        CHECK_VALUE(compute(ws, u"3c"_s, Xa2), 30, 600, 5.0, S::NotMet); // 30 / 600 * 100 = 5, not < 5
        // An urban commune has no 3c, a rural one no 3d: not applicable, not "no data".
        CHECK_NO_VALUE(compute(ws, u"3c"_s, Phuong), std::nullopt, std::nullopt, S::NotApplicable);
        CHECK_NO_VALUE(compute(ws, u"3d"_s, Xa), std::nullopt, std::nullopt, S::NotApplicable);
    }
    SECTION("3d overweight in a Phường or Thị trấn, < 8")
    {
        ws.set(Phuong, Year, {{u"under5_measured"_s, 600}, {u"under5_overweight"_s, 42}});
        ws.set(ThiTran, Year, {{u"under5_measured"_s, 600}, {u"under5_overweight"_s, 48}});
        CHECK_VALUE(compute(ws, u"3d"_s, Phuong), 42, 600, 7.0, S::Met);     // 42 / 600 * 100 = 7
        CHECK_VALUE(compute(ws, u"3d"_s, ThiTran), 48, 600, 8.0, S::NotMet); // 48 / 600 * 100 = 8, not < 8
        CHECK_NO_VALUE(compute(ws, u"3c"_s, ThiTran), std::nullopt, std::nullopt, S::NotApplicable);
    }
}

TEST_CASE("Indicator 4 at a commune: immunisation")
{
    test::TempWorkspace ws;
    SECTION("4a under 1, > 95")
    {
        ws.set(Xa, Year, {{u"children_under1"_s, 200}, {u"under1_fully_immunised"_s, 192}});
        ws.set(Xa2, Year, {{u"children_under1"_s, 200}, {u"under1_fully_immunised"_s, 190}});
        CHECK_VALUE(compute(ws, u"4a"_s, Xa), 192, 200, 96.0, S::Met);     // 192 / 200 * 100 = 96 > 95
        CHECK_VALUE(compute(ws, u"4a"_s, Xa2), 190, 200, 95.0, S::NotMet); // 190 / 200 * 100 = 95, not > 95
    }
    SECTION("4b under 5, >= 90")
    {
        ws.set(Xa, Year, {{u"children_under5"_s, 500}, {u"under5_fully_vaccinated"_s, 450}});
        ws.set(Xa2, Year, {{u"children_under5"_s, 500}, {u"under5_fully_vaccinated"_s, 440}});
        CHECK_VALUE(compute(ws, u"4b"_s, Xa), 450, 500, 90.0, S::Met);     // 450 / 500 * 100 = 90 >= 90
        CHECK_VALUE(compute(ws, u"4b"_s, Xa2), 440, 500, 88.0, S::NotMet); // 440 / 500 * 100 = 88
    }
}

TEST_CASE("Indicator 5 at a commune: sanitation of education facilities, >= 100")
{
    test::TempWorkspace ws;
    ws.set(Xa, Year, {{u"facilities_total"_s, 5}, {u"facilities_sanitation_ok"_s, 5}});
    ws.set(Xa2, Year, {{u"facilities_total"_s, 5}, {u"facilities_sanitation_ok"_s, 4}});
    CHECK_VALUE(compute(ws, u"5"_s, Xa), 5, 5, 100.0, S::Met);    // 5 / 5 * 100 = 100
    CHECK_VALUE(compute(ws, u"5"_s, Xa2), 4, 5, 80.0, S::NotMet); // 4 / 5 * 100 = 80
}

TEST_CASE("Indicator 6 at a commune: children in special circumstances")
{
    test::TempWorkspace ws;
    SECTION("6a share of all children, < 1.5")
    {
        ws.set(Xa, Year, {{u"children_total"_s, 2500}, {u"children_special"_s, 30}});
        ws.set(Xa2, Year, {{u"children_total"_s, 2500}, {u"children_special"_s, 45}});
        CHECK_VALUE(compute(ws, u"6a"_s, Xa), 30, 2500, 1.2, S::Met);     // 30 / 2500 * 100 = 1.2
        CHECK_VALUE(compute(ws, u"6a"_s, Xa2), 45, 2500, 1.8, S::NotMet); // 45 / 2500 * 100 = 1.8
    }
    SECTION("6b of them supported, > 90")
    {
        ws.set(Xa, Year, {{u"children_special"_s, 30}, {u"children_special_supported"_s, 28}});
        ws.set(Xa2, Year, {{u"children_special"_s, 30}, {u"children_special_supported"_s, 27}});
        CHECK_VALUE(compute(ws, u"6b"_s, Xa), 28, 30, 93.333333, S::Met); // 28 / 30 * 100 = 93.33
        CHECK_VALUE(compute(ws, u"6b"_s, Xa2), 27, 30, 90.0, S::NotMet);  // 27 / 30 * 100 = 90, not > 90
    }
}

TEST_CASE("Indicators 7 and 8 at a commune: abuse and child labour")
{
    test::TempWorkspace ws;
    SECTION("7 abused, < 0.01")
    {
        ws.set(Xa, Year, {{u"children_total"_s, 2500}, {u"children_abused"_s, 0}});
        ws.set(Xa2, Year, {{u"children_total"_s, 2500}, {u"children_abused"_s, 1}});
        CHECK_VALUE(compute(ws, u"7"_s, Xa), 0, 2500, 0.0, S::Met);      // 0 / 2500: a value of 0, met
        CHECK_VALUE(compute(ws, u"7"_s, Xa2), 1, 2500, 0.04, S::NotMet); // 1 / 2500 * 100 = 0.04
    }
    SECTION("8 child labour 5-17, < 0.005")
    {
        ws.set(Xa, Year, {{u"population_5_17"_s, 4000}, {u"child_labour_5_17"_s, 0}});
        ws.set(Xa2, Year, {{u"population_5_17"_s, 4000}, {u"child_labour_5_17"_s, 1}});
        CHECK_VALUE(compute(ws, u"8"_s, Xa), 0, 4000, 0.0, S::Met);       // 0 / 4000 = 0
        CHECK_VALUE(compute(ws, u"8"_s, Xa2), 1, 4000, 0.025, S::NotMet); // 1 / 4000 * 100 = 0.025
    }
}

TEST_CASE("Indicator 9 at a commune: injuries per 100,000 children")
{
    test::TempWorkspace ws;
    SECTION("9a injured, <= 550")
    {
        ws.set(Xa, Year, {{u"children_total"_s, 2000}, {u"children_injured"_s, 11}});
        ws.set(Xa2, Year, {{u"children_total"_s, 2000}, {u"children_injured"_s, 12}});
        CHECK_VALUE(compute(ws, u"9a"_s, Xa), 11, 2000, 550.0, S::Met);     // 11 / 2000 * 100000 = 550 <= 550
        CHECK_VALUE(compute(ws, u"9a"_s, Xa2), 12, 2000, 600.0, S::NotMet); // 12 / 2000 * 100000 = 600
    }
    SECTION("9b injury deaths, < 15")
    {
        ws.set(Xa, Year, {{u"children_total"_s, 10000}, {u"children_injury_deaths"_s, 1}});
        ws.set(Xa2, Year, {{u"children_total"_s, 10000}, {u"children_injury_deaths"_s, 2}});
        CHECK_VALUE(compute(ws, u"9b"_s, Xa), 1, 10000, 10.0, S::Met);     // 1 / 10000 * 100000 = 10
        CHECK_VALUE(compute(ws, u"9b"_s, Xa2), 2, 10000, 20.0, S::NotMet); // 2 / 10000 * 100000 = 20
    }
}

TEST_CASE("Indicator 10 at a commune: disaster relief, >= 100")
{
    test::TempWorkspace ws;
    ws.set(Xa, Year, {{u"children_disaster_affected"_s, 120}, {u"children_disaster_relieved"_s, 120}});
    ws.set(Xa2, Year, {{u"children_disaster_affected"_s, 120}, {u"children_disaster_relieved"_s, 114}});
    CHECK_VALUE(compute(ws, u"10"_s, Xa), 120, 120, 100.0, S::Met);    // 120 / 120 * 100 = 100
    CHECK_VALUE(compute(ws, u"10"_s, Xa2), 114, 120, 95.0, S::NotMet); // 114 / 120 * 100 = 95
}

TEST_CASE("Indicator 11 at a commune: fall in child marriages from the year before, >= 2")
{
    test::TempWorkspace ws;
    ws.set(Xa, 2020, {{u"child_marriages"_s, 50}});
    ws.set(Xa, 2021, {{u"child_marriages"_s, 48}});
    ws.set(Xa2, 2020, {{u"child_marriages"_s, 40}});
    ws.set(Xa2, 2021, {{u"child_marriages"_s, 40}});
    CHECK_VALUE(compute(ws, u"11"_s, Xa), 2, 50, 4.0, S::Met);     // (50 - 48) / 50 * 100 = 4
    CHECK_VALUE(compute(ws, u"11"_s, Xa2), 0, 40, 0.0, S::NotMet); // (40 - 40) / 40 * 100 = 0
}

TEST_CASE("Indicator 12 at a commune: birth registration")
{
    test::TempWorkspace ws;
    SECTION("12a under 5 registered, >= 100")
    {
        ws.set(Xa, Year, {{u"children_under5"_s, 500}, {u"under5_birth_registered"_s, 500}});
        ws.set(Xa2, Year, {{u"children_under5"_s, 500}, {u"under5_birth_registered"_s, 495}});
        CHECK_VALUE(compute(ws, u"12a"_s, Xa), 500, 500, 100.0, S::Met);    // 500 / 500 * 100 = 100
        CHECK_VALUE(compute(ws, u"12a"_s, Xa2), 495, 500, 99.0, S::NotMet); // 495 / 500 * 100 = 99
    }
    SECTION("12b registered on time, >= 90")
    {
        ws.set(Xa, Year, {{u"births_registered"_s, 50}, {u"births_registered_on_time"_s, 45}});
        ws.set(Xa2, Year, {{u"births_registered"_s, 50}, {u"births_registered_on_time"_s, 44}});
        CHECK_VALUE(compute(ws, u"12b"_s, Xa), 45, 50, 90.0, S::Met);     // 45 / 50 * 100 = 90 >= 90
        CHECK_VALUE(compute(ws, u"12b"_s, Xa2), 44, 50, 88.0, S::NotMet); // 44 / 50 * 100 = 88
    }
}

TEST_CASE("Indicator 13 at a commune: 5-year-olds")
{
    test::TempWorkspace ws;
    SECTION("13a in kindergarten, > 99")
    {
        ws.set(Xa, Year, {{u"children_age5"_s, 200}, {u"age5_in_kindergarten"_s, 199}});
        ws.set(Xa2, Year, {{u"children_age5"_s, 200}, {u"age5_in_kindergarten"_s, 198}});
        CHECK_VALUE(compute(ws, u"13a"_s, Xa), 199, 200, 99.5, S::Met);     // 199 / 200 * 100 = 99.5
        CHECK_VALUE(compute(ws, u"13a"_s, Xa2), 198, 200, 99.0, S::NotMet); // 198 / 200 * 100 = 99, not > 99
    }
    SECTION("13b completed the programme, > 90")
    {
        ws.set(Xa, Year, {{u"children_age5"_s, 200}, {u"age5_completed_programme"_s, 182}});
        ws.set(Xa2, Year, {{u"children_age5"_s, 200}, {u"age5_completed_programme"_s, 180}});
        CHECK_VALUE(compute(ws, u"13b"_s, Xa), 182, 200, 91.0, S::Met);     // 182 / 200 * 100 = 91
        CHECK_VALUE(compute(ws, u"13b"_s, Xa2), 180, 200, 90.0, S::NotMet); // 180 / 200 * 100 = 90, not > 90
    }
}

TEST_CASE("Indicator 14 at a commune: grade 1 entry and primary completion")
{
    test::TempWorkspace ws;
    SECTION("14a 6-year-olds in grade 1, >= 100")
    {
        ws.set(Xa, Year, {{u"children_age6"_s, 150}, {u"age6_in_grade1"_s, 150}});
        ws.set(Xa2, Year, {{u"children_age6"_s, 150}, {u"age6_in_grade1"_s, 147}});
        CHECK_VALUE(compute(ws, u"14a"_s, Xa), 150, 150, 100.0, S::Met);    // 150 / 150 * 100 = 100
        CHECK_VALUE(compute(ws, u"14a"_s, Xa2), 147, 150, 98.0, S::NotMet); // 147 / 150 * 100 = 98
    }
    SECTION("14b primary completion, >= 100")
    {
        ws.set(Xa, Year, {{u"primary_final_grade_pupils"_s, 125}, {u"primary_completed"_s, 125}});
        ws.set(Xa2, Year, {{u"primary_final_grade_pupils"_s, 125}, {u"primary_completed"_s, 120}});
        CHECK_VALUE(compute(ws, u"14b"_s, Xa), 125, 125, 100.0, S::Met);    // 125 / 125 * 100 = 100
        CHECK_VALUE(compute(ws, u"14b"_s, Xa2), 120, 125, 96.0, S::NotMet); // 120 / 125 * 100 = 96
    }
}

TEST_CASE("Indicator 15 at a commune: lower secondary")
{
    test::TempWorkspace ws;
    SECTION("15a completion, >= 90")
    {
        ws.set(Xa, Year, {{u"lower_secondary_final_grade_pupils"_s, 120}, {u"lower_secondary_completed"_s, 108}});
        ws.set(Xa2, Year, {{u"lower_secondary_final_grade_pupils"_s, 120}, {u"lower_secondary_completed"_s, 96}});
        CHECK_VALUE(compute(ws, u"15a"_s, Xa), 108, 120, 90.0, S::Met);    // 108 / 120 * 100 = 90 >= 90
        CHECK_VALUE(compute(ws, u"15a"_s, Xa2), 96, 120, 80.0, S::NotMet); // 96 / 120 * 100 = 80
    }
    SECTION("15b dropout, < 0.1")
    {
        ws.set(Xa, Year, {{u"lower_secondary_enrolled"_s, 2000}, {u"lower_secondary_dropouts"_s, 1}});
        ws.set(Xa2, Year, {{u"lower_secondary_enrolled"_s, 2000}, {u"lower_secondary_dropouts"_s, 2}});
        CHECK_VALUE(compute(ws, u"15b"_s, Xa), 1, 2000, 0.05, S::Met);    // 1 / 2000 * 100 = 0.05
        CHECK_VALUE(compute(ws, u"15b"_s, Xa2), 2, 2000, 0.1, S::NotMet); // 2 / 2000 * 100 = 0.1, not < 0.1
    }
}

TEST_CASE("Indicator 16 at a commune: disabled children reaching education and rehabilitation")
{
    test::TempWorkspace ws;
    SECTION("16a all ages, >= 80")
    {
        ws.set(Xa, Year, {{u"disabled_needing"_s, 10}, {u"disabled_accessing"_s, 8}});
        ws.set(Xa2, Year, {{u"disabled_needing"_s, 10}, {u"disabled_accessing"_s, 7}});
        CHECK_VALUE(compute(ws, u"16a"_s, Xa), 8, 10, 80.0, S::Met);     // 8 / 10 * 100 = 80 >= 80
        CHECK_VALUE(compute(ws, u"16a"_s, Xa2), 7, 10, 70.0, S::NotMet); // 7 / 10 * 100 = 70
    }
    SECTION("16b under 5, >= 60")
    {
        ws.set(Xa, Year, {{u"disabled_under5_needing"_s, 5}, {u"disabled_under5_accessing"_s, 3}});
        ws.set(Xa2, Year, {{u"disabled_under5_needing"_s, 5}, {u"disabled_under5_accessing"_s, 2}});
        CHECK_VALUE(compute(ws, u"16b"_s, Xa), 3, 5, 60.0, S::Met);     // 3 / 5 * 100 = 60 >= 60
        CHECK_VALUE(compute(ws, u"16b"_s, Xa2), 2, 5, 40.0, S::NotMet); // 2 / 5 * 100 = 40
    }
}

TEST_CASE("Indicators 17 and 18 at a commune: play space and participation")
{
    test::TempWorkspace ws;
    SECTION("17 play space, over 1 commune, >= 60")
    {
        ws.set(Xa, Year, {{u"has_play_space"_s, 1}});
        ws.set(Xa2, Year, {{u"has_play_space"_s, 0}});
        CHECK_VALUE(compute(ws, u"17"_s, Xa), 1, 1, 100.0, S::Met);   // 1 / 1 * 100 = 100
        CHECK_VALUE(compute(ws, u"17"_s, Xa2), 0, 1, 0.0, S::NotMet); // 0 / 1 * 100 = 0
    }
    SECTION("18 participation, > 85")
    {
        ws.set(Xa, Year, {{u"children_total"_s, 2500}, {u"children_participation_reached"_s, 2150}});
        ws.set(Xa2, Year, {{u"children_total"_s, 2500}, {u"children_participation_reached"_s, 2125}});
        CHECK_VALUE(compute(ws, u"18"_s, Xa), 2150, 2500, 86.0, S::Met);     // 2150 / 2500 * 100 = 86
        CHECK_VALUE(compute(ws, u"18"_s, Xa2), 2125, 2500, 85.0, S::NotMet); // 2125 / 2500 * 100 = 85, not > 85
    }
}

TEST_CASE("computeAll gives the 32 measures in the plan's order, the same as compute one by one")
{
    test::TempWorkspace ws;
    ws.set(Xa, 2020, {{u"child_marriages"_s, 50}});
    ws.set(Xa, Year,
           {{u"cfc_registered"_s, 1},
            {u"live_births"_s, 1250},
            {u"neonatal_deaths"_s, 1},
            {u"infant_deaths"_s, 1},
            {u"under5_deaths"_s, 2},
            {u"under5_measured"_s, 600},
            {u"under5_stunted"_s, 45},
            {u"under5_overweight"_s, 24},
            {u"children_total"_s, 2000},
            {u"children_injured"_s, 12},
            {u"child_marriages"_s, 48}});
    const QList<MeasureResult> all = ws->calculator().computeAll(Xa, Year);
    QStringList codes;
    for (const MeasureResult& r : all)
        codes << r.code;
    CHECK(codes == QStringList{u"1a"_s,  u"1b"_s,  u"2a"_s,  u"2b"_s,  u"2c"_s,  u"3a"_s,  u"3b"_s,  u"3c"_s,
                               u"3d"_s,  u"4a"_s,  u"4b"_s,  u"5"_s,   u"6a"_s,  u"6b"_s,  u"7"_s,   u"8"_s,
                               u"9a"_s,  u"9b"_s,  u"10"_s,  u"11"_s,  u"12a"_s, u"12b"_s, u"13a"_s, u"13b"_s,
                               u"14a"_s, u"14b"_s, u"15a"_s, u"15b"_s, u"16a"_s, u"16b"_s, u"17"_s,  u"18"_s});
    REQUIRE(all.size() == 32);
    CHECK_VALUE(all[0], 1, 1, 100.0, S::Met);           // 1a: 1 / 1 * 100
    CHECK_NO_VALUE(all[1], std::nullopt, std::nullopt); // 1b: not entered, so the commune does not answer
    CHECK_VALUE(all[2], 1, 1250, 0.8, S::Met);          // 2a: 1 / 1250 * 1000 = 0.8
    CHECK_VALUE(all[3], 1, 1250, 0.8, S::Met);          // 2b: 1 / 1250 * 1000 = 0.8 <= 0.8
    CHECK_VALUE(all[4], 2, 1250, 1.6, S::NotMet);       // 2c: 2 / 1250 * 1000 = 1.6
    CHECK_VALUE(all[5], 45, 600, 7.5, S::Met);          // 3a: 45 / 600 * 100
    CHECK_NO_VALUE(all[6], std::nullopt, std::nullopt); // 3b: no underweight count, so no side is summed
    CHECK_VALUE(all[7], 24, 600, 4.0, S::Met);          // 3c: 24 / 600 * 100, a Xã
    CHECK_NO_VALUE(all[8], std::nullopt, std::nullopt, S::NotApplicable); // 3d: a Xã is not urban
    CHECK_VALUE(all[16], 12, 2000, 600.0, S::NotMet);                     // 9a: 12 / 2000 * 100000 = 600
    CHECK_VALUE(all[19], 2, 50, 4.0, S::Met);                             // 11: (50 - 48) / 50 * 100
    CHECK_NO_VALUE(all[31], std::nullopt, std::nullopt);                  // 18: no participation count

    const Catalogue& c = ws->catalogue();
    for (int i = 0; i < all.size(); ++i) {
        const MeasureResult one = ws->calculator().compute(c.measures[i], Xa, Year);
        INFO("measure " << one.code.toStdString());
        CHECK(one.code == all[i].code);
        CHECK(one.status == all[i].status);
        CHECK(one.value == all[i].value);
        CHECK(one.numerator == all[i].numerator);
        CHECK(one.denominator == all[i].denominator);
    }
}
