// Exact arithmetic (core/Exact.h): targets parsed from their decimal text, statuses decided by
// comparing integers, values printed from the exact quotient. Every expected figure is worked
// by hand in the comment beside it.
#include "core/Exact.h"
#include "core/catalogue/Catalogue.h"
#include "core/compute/MeasureCalculator.h"

#include <catch2/catch.hpp>

using namespace chitieu;

TEST_CASE("A decimal is read exactly from its text, and junk or too many digits are refused")
{
    const std::optional<Decimal> d = Decimal::parse(QStringLiteral("0.005"));
    REQUIRE(d.has_value());
    CHECK(d->digits == 5);
    CHECK(d->scale == 3);
    CHECK(d->text() == QStringLiteral("0.005"));
    CHECK(Decimal::parse(QStringLiteral("100"))->text() == QStringLiteral("100"));
    CHECK(Decimal::parse(QStringLiteral("1.5"))->digits == 15);
    CHECK(Decimal::parse(QStringLiteral("-2"))->digits == -2);
    CHECK_FALSE(Decimal::parse(QStringLiteral("1e-3")).has_value());
    CHECK_FALSE(Decimal::parse(QStringLiteral("abc")).has_value());
    CHECK_FALSE(Decimal::parse(QStringLiteral("")).has_value());
    CHECK_FALSE(Decimal::parse(QStringLiteral("0.0000001")).has_value());     // 7 decimals
    CHECK_FALSE(Decimal::parse(QStringLiteral("1234567890123")).has_value()); // 13 digits
    // A JSON number written 0.8 reads back as 8 / 10, not as the double nearest to it.
    CHECK(Decimal::fromDouble(0.8)->text() == QStringLiteral("0.8"));
}

TEST_CASE("A quotient compares exactly with a decimal and with another quotient")
{
    const Decimal hundred{100, 0};
    // 1000 / 20,000,001 x 100 = 0.00499999975..., below 0.005 by 2.5e-10: no tolerance hides it.
    const Quotient q{1000, 20000001, hundred};
    CHECK(q.compare(Decimal{5, 3}) == -1);
    // 1000 / 20,000,000 x 100 = 0.005 exactly: equal.
    CHECK(Quotient{1000, 20000000, hundred}.compare(Decimal{5, 3}) == 0);
    CHECK(Quotient{1001, 20000000, hundred}.compare(Decimal{5, 3}) == 1);
    // Counts up to 10^12 on both sides stay exact: 10^12 / (10^12 - 1) x 100 is above 100.
    CHECK(Quotient{1000000000000, 999999999999, hundred}.compare(Decimal{100, 0}) == 1);
    CHECK(Quotient{999999999999, 1000000000000, hundred}.compare(Decimal{100, 0}) == -1);
    // 3 / 20000 and 15 / 100000 are the same number.
    CHECK(Quotient{3, 20000, hundred}.compare(Quotient{15, 100000, hundred}) == 0);
    CHECK(Quotient{-1, 3, hundred}.compare(Decimal{0, 0}) == -1);
}

TEST_CASE("A value prints correctly rounded to 15 significant digits of the exact quotient")
{
    // 3 / 20000 x 100000 = 15 (a double computation gives 14.999999999999998).
    CHECK(Quotient{3, 20000, Decimal{100000, 0}}.significantText() == QStringLiteral("15"));
    CHECK(Quotient{3, 20000, Decimal{100000, 0}}.toDouble() == 15.0);
    // 7 / 100 x 100 = 7 (a double gives 7.000000000000001).
    CHECK(Quotient{7, 100, Decimal{100, 0}}.significantText() == QStringLiteral("7"));
    // 1000 / 20,000,001 x 100 = 0.004999999750000012499999...: 15 digits, the 16th is 1.
    CHECK(Quotient{1000, 20000001, Decimal{100, 0}}.significantText() == QStringLiteral("0.00499999975000001"));
    // 2 / 3 x 100 = 66.666...: rounded up at the 15th digit.
    CHECK(Quotient{2, 3, Decimal{100, 0}}.significantText() == QStringLiteral("66.6666666666667"));
    // -4 / 120 x 100 = -3.333...
    CHECK(Quotient{-4, 120, Decimal{100, 0}}.significantText() == QStringLiteral("-3.33333333333333"));
    CHECK(Quotient{0, 5, Decimal{100, 0}}.significantText() == QStringLiteral("0"));
    // For people: rounded half away from zero to the measure's decimals.
    const Quotient::Digits d = Quotient{29, 20000, Decimal{100, 0}}.fixed(2); // 0.145 exactly -> 0.15
    CHECK_FALSE(d.negative);
    CHECK(d.integer == QStringLiteral("0"));
    CHECK(d.decimals == QStringLiteral("15"));
}

TEST_CASE("Measure 8 at 1000 of 20,000,001 children is met, where a 1e-9 tolerance made it not met")
{
    const Measure* m8 = Catalogue::builtIn().measure(QStringLiteral("8"));
    REQUIRE(m8 != nullptr);
    // The measure's own elements, so that the test follows the catalogue's names.
    REQUIRE(m8->numerator.elements.size() == 1);
    REQUIRE(m8->denominator.elements.size() == 1);
    YearCounts y;
    y.year = 2024;
    y.units << UnitCounts{QStringLiteral("c"), true, false, true, {}, {}};
    y.units[0].values.insert(m8->numerator.elements.first(), 1000);
    y.units[0].values.insert(m8->denominator.elements.first(), 20000001);
    const YearCounts none;
    const MeasureResult r = MeasureCalculator::evaluate(*m8, y, &none);
    CHECK(r.status == MeasureStatus::Met); // 0.00499999975 < 0.005
    REQUIRE(r.exact.has_value());
    CHECK(r.exact->significantText() == QStringLiteral("0.00499999975000001"));
    // At exactly 0.005 it is not below the target.
    y.units[0].values.insert(m8->denominator.elements.first(), 20000000);
    CHECK(MeasureCalculator::evaluate(*m8, y, &none).status == MeasureStatus::NotMet);
}
