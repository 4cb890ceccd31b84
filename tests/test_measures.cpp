// Measures computed from counts: each of the 32 measures worked by hand at a commune, then
// consolidation at district and province (counts are summed, a rate is never averaged),
// zero and missing denominators, the urban/rural split of 3c/3d, the "number of communes"
// denominators of 1a/1b/17, the previous-year base of 11, and the pure evaluate().
//
// Every expected number below is worked by hand from the counts entered (the arithmetic is
// in the comment beside it); none is copied from the program's output.
//
// Units used (resources/units/admin-units-thua-thien-hue-2021.csv):
//   46    Tỉnh Thừa Thiên Huế, 145 communes
//   474   Thành phố Huế: 27 communes, all Phường (19744 Phú Thuận, 19747 Phú Bình, 19750 Tây Lộc,
//         19753 Thuận Lộc, 19756 Phú Hiệp ...)
//   476   Huyện Phong Điền: 16 communes (19819 Thị trấn Phong Điền + 15 Xã: 19822 Điền Hương,
//         19825 Điền Môn, 19828 Điền Lộc, 19831 Phong Bình, 19834 Điền Hòa, 19837 Phong Chương,
//         19840 Phong Hải ...)
//   477   Huyện Quảng Điền: 11 communes (19867 Thị trấn Sịa, 19870 Xã Quảng Thái, 19873 Xã Quảng Ngạn ...)
//   479   Thị xã Hương Thủy: 12 communes, 5 Phường + 7 Xã (19960 Phường Phú Bài, 19969 Phường Thủy
//         Dương, 19963 Xã Thủy Vân, 19981 Xã Thủy Bằng, 19990 Xã Phú Sơn ...)
//   483   Huyện Nam Đông: 10 communes (20161 Thị trấn Khe Tre, 20164 Xã Hương Phú, 20167, 20170,
//         20173, 20179, 20182, 20185, 20188, 20191 — all Xã but Khe Tre)
#include "core/compute/MeasureCalculator.h"
#include "support/TestSupport.h"

#include <QStringList>
#include <numeric>

using namespace chitieu;
using namespace Qt::Literals::StringLiterals;

namespace Catch
{
template <> struct StringMaker<chitieu::MeasureStatus> {
    static std::string convert(chitieu::MeasureStatus s) { return chitieu::statusKey(s).toStdString(); }
};
} // namespace Catch

namespace
{

constexpr int Year = 2021;

// Communes used for the single-commune cases (types checked in "The units used here ...").
const QString Xa = u"19822"_s;      // Xã Điền Hương (476), rural
const QString Xa2 = u"19825"_s;     // Xã Điền Môn (476), rural
const QString Phuong = u"19744"_s;  // Phường Phú Thuận (474), urban
const QString ThiTran = u"19819"_s; // Thị trấn Phong Điền (476), urban

const Measure& measureOf(test::TempWorkspace& ws, const QString& code)
{
    const Measure* m = ws->catalogue().measure(code);
    INFO("measure " << code.toStdString());
    REQUIRE(m != nullptr);
    return *m;
}

MeasureResult compute(test::TempWorkspace& ws, const QString& code, const QString& unit, int year = Year)
{
    return ws->calculator().compute(measureOf(ws, code), unit, year);
}

// A result with a value.
void expectValue(const MeasureResult& r, double numerator, double denominator, double value, MeasureStatus status)
{
    INFO("measure " << r.code.toStdString());
    REQUIRE(r.numerator.has_value());
    CHECK(*r.numerator == Approx(numerator));
    REQUIRE(r.denominator.has_value());
    CHECK(*r.denominator == Approx(denominator));
    REQUIRE(r.value.has_value());
    CHECK(*r.value == Approx(value));
    CHECK(r.status == status);
}

// A result without a value; the sides that are present are given, the others nullopt.
void expectNoValue(const MeasureResult& r, std::optional<double> numerator, std::optional<double> denominator,
                   MeasureStatus status = MeasureStatus::NoData)
{
    INFO("measure " << r.code.toStdString());
    CHECK_FALSE(r.value.has_value());
    CHECK(r.status == status);
    CHECK(r.numerator.has_value() == numerator.has_value());
    if (r.numerator && numerator)
        CHECK(*r.numerator == Approx(*numerator));
    CHECK(r.denominator.has_value() == denominator.has_value());
    if (r.denominator && denominator)
        CHECK(*r.denominator == Approx(*denominator));
}

} // namespace

#define CHECK_VALUE(result, num, den, val, status)                                                                     \
    do {                                                                                                               \
        INFO("expected at line " << __LINE__);                                                                         \
        expectValue((result), (num), (den), (val), (status));                                                          \
    } while (false)

#define CHECK_NO_VALUE(...)                                                                                            \
    do {                                                                                                               \
        INFO("expected at line " << __LINE__);                                                                         \
        expectNoValue(__VA_ARGS__);                                                                                    \
    } while (false)

using S = MeasureStatus;

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
    CHECK(typeOf(u"19963"_s) == u"Xã"_s);
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
    CHECK(ws->calculator().totals(u"474"_s, Year).communes == 27);
    CHECK(ws->calculator().totals(u"46"_s, Year).communes == 145);
    CHECK(ws->calculator().totals(Xa, Year).communes == 1);
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
        CHECK_VALUE(compute(ws, u"3c"_s, Xa), 24, 600, 4.0, S::Met);              // 24 / 600 * 100 = 4
        CHECK_VALUE(compute(ws, u"3c"_s, Xa2), 30, 600, 5.0, S::NotMet);          // 30 / 600 * 100 = 5, not < 5
        CHECK_NO_VALUE(compute(ws, u"3c"_s, Phuong), std::nullopt, std::nullopt); // urban: no rural counts
        CHECK_NO_VALUE(compute(ws, u"3d"_s, Xa), std::nullopt, std::nullopt);     // rural: no urban counts
    }
    SECTION("3d overweight in a Phường or Thị trấn, < 8")
    {
        ws.set(Phuong, Year, {{u"under5_measured"_s, 600}, {u"under5_overweight"_s, 42}});
        ws.set(ThiTran, Year, {{u"under5_measured"_s, 600}, {u"under5_overweight"_s, 48}});
        CHECK_VALUE(compute(ws, u"3d"_s, Phuong), 42, 600, 7.0, S::Met);     // 42 / 600 * 100 = 7
        CHECK_VALUE(compute(ws, u"3d"_s, ThiTran), 48, 600, 8.0, S::NotMet); // 48 / 600 * 100 = 8, not < 8
        CHECK_NO_VALUE(compute(ws, u"3c"_s, ThiTran), std::nullopt, std::nullopt);
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
    CHECK_NO_VALUE(all[1], std::nullopt, 1.0);          // 1b: not entered
    CHECK_VALUE(all[2], 1, 1250, 0.8, S::Met);          // 2a: 1 / 1250 * 1000 = 0.8
    CHECK_VALUE(all[3], 1, 1250, 0.8, S::Met);          // 2b: 1 / 1250 * 1000 = 0.8 <= 0.8
    CHECK_VALUE(all[4], 2, 1250, 1.6, S::NotMet);       // 2c: 2 / 1250 * 1000 = 1.6
    CHECK_VALUE(all[5], 45, 600, 7.5, S::Met);          // 3a: 45 / 600 * 100
    CHECK_NO_VALUE(all[6], std::nullopt, 600.0);        // 3b: no underweight count
    CHECK_VALUE(all[7], 24, 600, 4.0, S::Met);          // 3c: 24 / 600 * 100, a Xã
    CHECK_NO_VALUE(all[8], std::nullopt, std::nullopt); // 3d: a Xã has no urban counts
    CHECK_VALUE(all[16], 12, 2000, 600.0, S::NotMet);   // 9a: 12 / 2000 * 100000 = 600
    CHECK_VALUE(all[19], 2, 50, 4.0, S::Met);           // 11: (50 - 48) / 50 * 100
    CHECK_NO_VALUE(all[31], std::nullopt, 2000.0);      // 18: no participation count

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

// ---------------------------------------------------------------------------------------------
// 2. District level: counts of three communes of different sizes are summed.

namespace
{
// Thị xã Hương Thủy (479): a large Phường, a middle Xã, a small Xã.
const QString Large = u"19960"_s;  // Phường Phú Bài
const QString Middle = u"19963"_s; // Xã Thủy Vân
const QString Small = u"19990"_s;  // Xã Phú Sơn

void enterDistrict479(test::TempWorkspace& ws)
{
    ws.set(Large, Year,
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
    ws.set(Middle, Year,
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
    ws.set(Small, Year,
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
        const MeasureResult r = compute(ws, code, unit);
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
    ws.set(Xa, Year,
           {{u"live_births"_s, 100},
            {u"neonatal_deaths"_s, 7},
            {u"under5_measured"_s, 10},
            {u"under5_stunted"_s, 10},
            {u"children_total"_s, 100},
            {u"children_injured"_s, 50}});

    const Totals t = ws->calculator().totals(u"479"_s, Year);
    CHECK(t.all.value(u"live_births"_s) == 2000);     // 1500 + 400 + 100
    CHECK(t.all.value(u"children_total"_s) == 10000); // 8000 + 1500 + 500
    CHECK(t.communes == 12);

    SECTION("2a")
    {
        // (1 + 1 + 1) / (1500 + 400 + 100) * 1000 = 3 / 2000 * 1000 = 1.5
        CHECK_VALUE(compute(ws, u"2a"_s, u"479"_s), 3, 2000, 1.5, S::NotMet);
        // Commune rates 1/1500*1000 = 0.6667, 1/400*1000 = 2.5, 1/100*1000 = 10: mean 4.3889
        const double mean = meanOfCommuneRates(ws, u"2a"_s);
        CHECK(mean == Approx((1000.0 / 1500 + 2.5 + 10) / 3));
        CHECK(mean == Approx(4.388889));
        CHECK_FALSE(*compute(ws, u"2a"_s, u"479"_s).value == Approx(mean));
    }
    SECTION("3a: summing meets the target where averaging would not")
    {
        // (40 + 20 + 15) / (800 + 150 + 50) * 100 = 75 / 1000 * 100 = 7.5 < 9: met
        const MeasureResult r = compute(ws, u"3a"_s, u"479"_s);
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
        const MeasureResult r = compute(ws, u"4a"_s, u"479"_s);
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
        const MeasureResult r = compute(ws, u"6b"_s, u"479"_s);
        CHECK_VALUE(r, 52, 60, 86.666667, S::NotMet);
        // Commune rates 92, 50, 100: mean 80.667
        const double mean = meanOfCommuneRates(ws, u"6b"_s);
        CHECK(mean == Approx(80.666667));
        CHECK_FALSE(*r.value == Approx(mean));
    }
    SECTION("9a: summing meets the target where averaging would not")
    {
        // (40 + 12 + 2) / (8000 + 1500 + 500) * 100000 = 54 / 10000 * 100000 = 540 <= 550: met
        const MeasureResult r = compute(ws, u"9a"_s, u"479"_s);
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
        const MeasureResult r = compute(ws, u"12b"_s, u"479"_s);
        CHECK_VALUE(r, 175, 200, 87.5, S::NotMet);
        // Commune rates 90, 75, 100: mean 88.333
        const double mean = meanOfCommuneRates(ws, u"12b"_s);
        CHECK(mean == Approx(88.333333));
        CHECK_FALSE(*r.value == Approx(mean));
    }
    SECTION("15b")
    {
        // (1 + 1 + 0) / (2000 + 600 + 400) * 100 = 2 / 3000 * 100 = 0.066667 < 0.1: met
        const MeasureResult r = compute(ws, u"15b"_s, u"479"_s);
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
    ws.set(u"20161"_s, Year,
           {{u"live_births"_s, 600},
            {u"neonatal_deaths"_s, 0},
            {u"under5_measured"_s, 400},
            {u"under5_stunted"_s, 20},
            {u"children_under1"_s, 60},
            {u"under1_fully_immunised"_s, 58}});
    ws.set(u"20164"_s, Year,
           {{u"live_births"_s, 400},
            {u"neonatal_deaths"_s, 1},
            {u"under5_measured"_s, 100},
            {u"under5_stunted"_s, 5},
            {u"children_under1"_s, 40},
            {u"under1_fully_immunised"_s, 38}});

    auto checkAll = [&] {
        // District 483: 1 / (600 + 400) * 1000 = 1, not < 1
        CHECK_VALUE(compute(ws, u"2a"_s, u"483"_s), 1, 1000, 1.0, S::NotMet);
        // Province: (3 + 0 + 1) / (2000 + 600 + 400) * 1000 = 4 / 3000 * 1000 = 1.3333
        CHECK_VALUE(compute(ws, u"2a"_s, u"46"_s), 4, 3000, 1.333333, S::NotMet);
        // District 483: (20 + 5) / (400 + 100) * 100 = 5 < 9
        CHECK_VALUE(compute(ws, u"3a"_s, u"483"_s), 25, 500, 5.0, S::Met);
        // Province: (75 + 25) / (1000 + 500) * 100 = 100 / 1500 * 100 = 6.6667
        CHECK_VALUE(compute(ws, u"3a"_s, u"46"_s), 100, 1500, 6.666667, S::Met);
        // District 483: (58 + 38) / (60 + 40) * 100 = 96
        CHECK_VALUE(compute(ws, u"4a"_s, u"483"_s), 96, 100, 96.0, S::Met);
        // Province: (386 + 96) / (400 + 100) * 100 = 482 / 500 * 100 = 96.4
        CHECK_VALUE(compute(ws, u"4a"_s, u"46"_s), 482, 500, 96.4, S::Met);
        // Thành phố Huế (474) took no part: no data there.
        CHECK_NO_VALUE(compute(ws, u"2a"_s, u"474"_s), std::nullopt, std::nullopt);
        CHECK_NO_VALUE(compute(ws, u"2a"_s, Phuong), std::nullopt, std::nullopt);
    };
    SECTION("as entered")
    {
        checkAll();
    }
    SECTION("a commune of an uninvolved district with counts of another year only")
    {
        ws.set(Phuong, 2022,
               {{u"live_births"_s, 5000},
                {u"neonatal_deaths"_s, 9},
                {u"under5_measured"_s, 900},
                {u"under5_stunted"_s, 300}});
        checkAll();
        // ... which are that year's province figures: 9 / 5000 * 1000 = 1.8
        CHECK_VALUE(compute(ws, u"2a"_s, u"46"_s, 2022), 9, 5000, 1.8, S::NotMet);
    }
    SECTION("a commune of an uninvolved district with zero counts")
    {
        ws.set(Phuong, Year,
               {{u"neonatal_deaths"_s, 0},
                {u"live_births"_s, 0},
                {u"under5_stunted"_s, 0},
                {u"under5_measured"_s, 0},
                {u"children_under1"_s, 0},
                {u"under1_fully_immunised"_s, 0}});
        CHECK_VALUE(compute(ws, u"2a"_s, u"46"_s), 4, 3000, 1.333333, S::NotMet);
        CHECK_VALUE(compute(ws, u"3a"_s, u"46"_s), 100, 1500, 6.666667, S::Met);
        CHECK_VALUE(compute(ws, u"4a"_s, u"46"_s), 482, 500, 96.4, S::Met);
        // 474 now has counts, all 0: 0 / 0 has no value
        CHECK_NO_VALUE(compute(ws, u"2a"_s, u"474"_s), 0.0, 0.0);
    }
}

// ---------------------------------------------------------------------------------------------
// 4. Zero denominators and missing counts.

TEST_CASE("A zero denominator gives no value and no data, never 0 nor a crash")
{
    test::TempWorkspace ws;
    SECTION("at a commune")
    {
        ws.set(Xa, Year,
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
            CHECK_NO_VALUE(compute(ws, code, Xa), 0.0, 0.0);
    }
    SECTION("a numerator above 0 over a zero denominator")
    {
        // Inconsistent counts, but still no division: 2 / 0 has no value.
        ws.set(Xa, Year, {{u"live_births"_s, 0}, {u"neonatal_deaths"_s, 2}});
        CHECK_NO_VALUE(compute(ws, u"2a"_s, Xa), 2.0, 0.0);
    }
    SECTION("at a district, where every commune has 0")
    {
        for (const QString& unit : {Large, Middle, Small})
            ws.set(unit, Year, {{u"children_disaster_affected"_s, 0}, {u"children_disaster_relieved"_s, 0}});
        CHECK_NO_VALUE(compute(ws, u"10"_s, u"479"_s), 0.0, 0.0);
        CHECK_NO_VALUE(compute(ws, u"10"_s, u"46"_s), 0.0, 0.0);
    }
    SECTION("computeAll over zero counts")
    {
        ws.set(Xa, Year, {{u"under5_measured"_s, 0}, {u"under5_overweight"_s, 0}, {u"under5_stunted"_s, 0}});
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
                CHECK(r.status == S::NoData);
                CHECK_FALSE(r.numerator.has_value());
            }
        }
        // The commune-count denominators exist even without data: 1 commune, 16 in 476.
        CHECK_NO_VALUE(compute(ws, u"1a"_s, Xa), std::nullopt, 1.0);
        CHECK_NO_VALUE(compute(ws, u"17"_s, u"476"_s), std::nullopt, 16.0);
    }
    SECTION("only the numerator entered")
    {
        ws.set(Xa, Year, {{u"neonatal_deaths"_s, 1}});
        CHECK_NO_VALUE(compute(ws, u"2a"_s, Xa), 1.0, std::nullopt);
    }
    SECTION("only the denominator entered")
    {
        ws.set(Xa, Year, {{u"live_births"_s, 1000}});
        CHECK_NO_VALUE(compute(ws, u"2a"_s, Xa), std::nullopt, 1000.0);
        CHECK_NO_VALUE(compute(ws, u"2b"_s, u"476"_s), std::nullopt, 1000.0);
    }
    SECTION("another year's counts do not fill in")
    {
        ws.set(Xa, 2022, {{u"live_births"_s, 1000}, {u"neonatal_deaths"_s, 1}});
        CHECK_NO_VALUE(compute(ws, u"2a"_s, Xa, 2021), std::nullopt, std::nullopt);
        CHECK_VALUE(compute(ws, u"2a"_s, Xa, 2022), 1, 1000, 1.0, S::NotMet); // 1 / 1000 * 1000 = 1
    }
}

// ---------------------------------------------------------------------------------------------
// 5 and 9. Urban and rural: 3c counts only Xã, 3d only Phường and Thị trấn; counts held at a
// district count in its "all" totals but in neither side of the split.

TEST_CASE("3c uses only the Xã and 3d only the Phường and Thị trấn, at district and province")
{
    test::TempWorkspace ws;
    // Thị xã Hương Thủy (479): two Phường and two Xã.
    ws.set(u"19960"_s, Year, {{u"under5_measured"_s, 500}, {u"under5_overweight"_s, 30}}); // Phường Phú Bài
    ws.set(u"19969"_s, Year, {{u"under5_measured"_s, 200}, {u"under5_overweight"_s, 14}}); // Phường Thủy Dương
    ws.set(u"19963"_s, Year, {{u"under5_measured"_s, 300}, {u"under5_overweight"_s, 12}}); // Xã Thủy Vân
    ws.set(u"19981"_s, Year, {{u"under5_measured"_s, 100}, {u"under5_overweight"_s, 9}});  // Xã Thủy Bằng
    // Huyện Nam Đông (483): a Thị trấn and a Xã.
    ws.set(u"20161"_s, Year, {{u"under5_measured"_s, 100}, {u"under5_overweight"_s, 6}}); // Thị trấn Khe Tre
    ws.set(u"20164"_s, Year, {{u"under5_measured"_s, 100}, {u"under5_overweight"_s, 3}}); // Xã Hương Phú
    // Thành phố Huế (474): only Phường.
    ws.set(Phuong, Year, {{u"under5_measured"_s, 200}, {u"under5_overweight"_s, 10}});

    auto checkSplit = [&] {
        // 479 rural: (12 + 9) / (300 + 100) * 100 = 21 / 400 * 100 = 5.25, not < 5
        CHECK_VALUE(compute(ws, u"3c"_s, u"479"_s), 21, 400, 5.25, S::NotMet);
        // 479 urban: (30 + 14) / (500 + 200) * 100 = 44 / 700 * 100 = 6.2857 < 8
        CHECK_VALUE(compute(ws, u"3d"_s, u"479"_s), 44, 700, 6.285714, S::Met);
        // 483 rural 3 / 100 * 100 = 3; urban (Thị trấn) 6 / 100 * 100 = 6
        CHECK_VALUE(compute(ws, u"3c"_s, u"483"_s), 3, 100, 3.0, S::Met);
        CHECK_VALUE(compute(ws, u"3d"_s, u"483"_s), 6, 100, 6.0, S::Met);
        // 474 has no Xã: no 3c; 3d 10 / 200 * 100 = 5
        CHECK_NO_VALUE(compute(ws, u"3c"_s, u"474"_s), std::nullopt, std::nullopt);
        CHECK_VALUE(compute(ws, u"3d"_s, u"474"_s), 10, 200, 5.0, S::Met);
        // Province rural: (12 + 9 + 3) / (300 + 100 + 100) * 100 = 24 / 500 * 100 = 4.8 < 5
        CHECK_VALUE(compute(ws, u"3c"_s, u"46"_s), 24, 500, 4.8, S::Met);
        // Province urban: (30 + 14 + 6 + 10) / (500 + 200 + 100 + 200) * 100 = 60 / 1000 * 100 = 6
        CHECK_VALUE(compute(ws, u"3d"_s, u"46"_s), 60, 1000, 6.0, S::Met);
    };

    SECTION("communes only")
    {
        checkSplit();
        const Totals t = ws->calculator().totals(u"479"_s, Year);
        CHECK(t.all.value(u"under5_overweight"_s) == 65);   // 30 + 14 + 12 + 9
        CHECK(t.urban.value(u"under5_overweight"_s) == 44); // 30 + 14
        CHECK(t.rural.value(u"under5_overweight"_s) == 21); // 12 + 9
        CHECK(t.all.value(u"under5_measured"_s) == 1100);   // 500 + 200 + 300 + 100
    }
    SECTION("counts held at the district and the province themselves stay out of the split")
    {
        ws.set(u"479"_s, Year, {{u"under5_measured"_s, 100}, {u"under5_overweight"_s, 50}});
        ws.set(u"46"_s, Year, {{u"under5_measured"_s, 400}, {u"under5_overweight"_s, 40}});
        checkSplit();
        const Totals t = ws->calculator().totals(u"479"_s, Year);
        CHECK(t.all.value(u"under5_overweight"_s) == 115); // 30 + 14 + 12 + 9 + 50 at the district
        CHECK(t.urban.value(u"under5_overweight"_s) == 44);
        CHECK(t.rural.value(u"under5_overweight"_s) == 21);
        CHECK(t.all.value(u"under5_measured"_s) == 1200); // 1100 + 100 at the district
    }
}

TEST_CASE("A count held at a district counts in the district's and the province's totals")
{
    test::TempWorkspace ws;
    ws.set(Large, Year, {{u"live_births"_s, 1500}, {u"neonatal_deaths"_s, 1}});
    ws.set(Middle, Year, {{u"live_births"_s, 400}, {u"neonatal_deaths"_s, 1}});
    ws.set(Small, Year, {{u"live_births"_s, 100}, {u"neonatal_deaths"_s, 1}});
    ws.set(u"479"_s, Year, {{u"live_births"_s, 500}}); // births known only at the district
    ws.set(u"20161"_s, Year, {{u"live_births"_s, 1000}, {u"neonatal_deaths"_s, 0}});

    // 479: 3 / (1500 + 400 + 100 + 500) * 1000 = 3 / 2500 * 1000 = 1.2
    CHECK_VALUE(compute(ws, u"2a"_s, u"479"_s), 3, 2500, 1.2, S::NotMet);
    // Province: (3 + 0) / (2500 + 1000) * 1000 = 3 / 3500 * 1000 = 0.857143 < 1
    CHECK_VALUE(compute(ws, u"2a"_s, u"46"_s), 3, 3500, 0.857143, S::Met);
    // The district's own count is not in a commune of it, nor in another district.
    CHECK_VALUE(compute(ws, u"2a"_s, Large), 1, 1500, 0.666667, S::Met); // 1 / 1500 * 1000
    CHECK_VALUE(compute(ws, u"2a"_s, u"483"_s), 0, 1000, 0.0, S::Met);   // 0 / 1000

    SECTION("and one held at the province counts in the province only")
    {
        ws.set(u"46"_s, Year, {{u"live_births"_s, 500}});
        // Province: 3 / (3500 + 500) * 1000 = 3 / 4000 * 1000 = 0.75
        CHECK_VALUE(compute(ws, u"2a"_s, u"46"_s), 3, 4000, 0.75, S::Met);
        CHECK_VALUE(compute(ws, u"2a"_s, u"479"_s), 3, 2500, 1.2, S::NotMet);
    }
}

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
        CHECK_NO_VALUE(compute(ws, u"11"_s, u"19837"_s), std::nullopt, 12.0);
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
