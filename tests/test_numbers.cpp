// The formatting module: counts typed the Vietnamese way, rates, targets and dates shown the
// same way on every screen and in every document.
#include "core/catalogue/Catalogue.h"
#include "core/format/Dates.h"
#include "core/format/FileNames.h"
#include "core/format/MeasureText.h"
#include "core/format/Numbers.h"
#include "core/format/PlainText.h"
#include "core/units/OrgUnit.h"
#include "support/TestSupport.h"

using namespace chitieu;

TEST_CASE("Vietnamese counts: '.' groups thousands")
{
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    CHECK(parseCount(QStringLiteral("1.234"), vi).value == 1234);
    CHECK(parseCount(QStringLiteral("1.234.567"), vi).value == 1234567);
    CHECK(parseCount(QStringLiteral(" 42 "), vi).value == 42);
    CHECK(parseCount(QStringLiteral("0"), vi).value == 0);
    CHECK_FALSE(parseCount(QStringLiteral(""), vi).value);
    CHECK(parseCount(QStringLiteral(""), vi).error.isEmpty());
    for (const char* bad : {"1.23", "12,5", "-3", "abc", "1e3", "1.2345", "99999999999999999999"}) {
        INFO(bad);
        const CountParse p = parseCount(QString::fromLatin1(bad), vi);
        CHECK_FALSE(p.value);
        CHECK_FALSE(p.error.isEmpty());
    }
}

TEST_CASE("Plain counts for machine files take digits only")
{
    CHECK(parsePlainCount(QStringLiteral("1234")).value == 1234);
    CHECK_FALSE(parsePlainCount(QStringLiteral("1.234")).value);
    CHECK_FALSE(parsePlainCount(QStringLiteral("-1")).value);
    CHECK_FALSE(parsePlainCount(QStringLiteral("2.5")).value);
}

TEST_CASE("Rates and counts are shown the Vietnamese way")
{
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    CHECK(formatCount(1234567, vi) == QStringLiteral("1.234.567"));
    CHECK(formatRate(1234.5, 2, vi) == QStringLiteral("1.234,5"));
    CHECK(formatRate(12.0, 2, vi) == QStringLiteral("12"));
    CHECK(formatRate(0.8, 3, vi) == QStringLiteral("0,8"));
    CHECK(machineNumber(200.0 / 3.0) == QStringLiteral("66.66666666666667"));
    CHECK(machineNumber(5) == QStringLiteral("5"));
}

TEST_CASE("A rate that rounds to zero is 0, never -0")
{
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    CHECK(formatRate(-0.001, 2, vi) == QStringLiteral("0"));
    CHECK(formatRate(-0.004, 2, QLocale::c()) == QStringLiteral("0"));
    CHECK(formatRate(-0.0, 3, vi) == QStringLiteral("0"));
    CHECK(formatRate(-0.006, 2, vi) == QStringLiteral("-0,01")); // a real loss keeps its sign
    CHECK(formatRate(-12.5, 2, vi) == QStringLiteral("-12,5"));
    CHECK(formatRate(-1500.0, 0, vi) == QStringLiteral("-1.500"));
}

TEST_CASE("Sums of counts held as numbers print as counts")
{
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    CHECK(formatSum(1250.0, vi) == QStringLiteral("1.250"));
    CHECK(formatSum(-3.0, vi) == QStringLiteral("-3")); // 11's fall when the count went up
    CHECK(formatSum(0.0, vi) == QStringLiteral("0"));
}

TEST_CASE("One decimals rule for a measure's value, and one target text")
{
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    const Catalogue& c = Catalogue::builtIn();
    const Measure& m1a = *c.measure(QStringLiteral("1a")); // >= 100 %
    const Measure& m7 = *c.measure(QStringLiteral("7"));   // < 0.01 %
    const Measure& m8 = *c.measure(QStringLiteral("8"));   // < 0.005 %
    CHECK(rateDecimals(m1a) == 2);
    CHECK(rateDecimals(m7) == 3);
    CHECK(rateDecimals(m8) == 4);
    // 5 / 6 x 100 = 83.333...; 1 / 30000 x 100 = 0.00333...
    CHECK(formatValue(Quotient{5, 6, m1a.exactFactor}, m1a, vi) == QStringLiteral("83,33"));
    CHECK(formatValue(Quotient{1, 30000, m8.exactFactor}, m8, vi) == QStringLiteral("0,0033"));
    CHECK(formatValueWithUnit(Quotient{5, 6, m1a.exactFactor}, m1a, vi) ==
          QStringLiteral("83,33 ") + m1a.unitLabel.text());
    // Rounded half away from zero from the exact quotient: 1 / 8 x 100 = 12.5 with 0 decimals...
    // 1a keeps 2: 1 / 800 x 100 = 0.125 -> 0,13 (a double 0.125 rounds the same; 0.145 would not).
    CHECK(formatValue(Quotient{1, 800, m1a.exactFactor}, m1a, vi) == QStringLiteral("0,13"));
    // 29 / 20000 x 100 = 0.145 exactly; as a double it is 0.14499999999999999, which rounds down.
    CHECK(formatValue(Quotient{29, 20000, m1a.exactFactor}, m1a, vi) == QStringLiteral("0,15"));
    CHECK(formatValue(Quotient{-29, 20000, m1a.exactFactor}, m1a, vi) == QStringLiteral("-0,15"));
    CHECK(formatValue(Quotient{-1, 300000, m1a.exactFactor}, m1a, vi) == QStringLiteral("0")); // no "-0"
    CHECK(formatValue(Quotient{123456, 1, m1a.exactFactor}, m1a, vi) == QStringLiteral("12.345.600"));
    CHECK(formatTarget(m1a, vi) == QStringLiteral("≥ 100 ") + m1a.unitLabel.text());
    CHECK(formatTarget(m8, vi) == QStringLiteral("< 0,005 ") + m8.unitLabel.text());
    CHECK(formatTargetFigure(m7, vi) == QStringLiteral("0,01"));
    CHECK(formatTargetFigure(m7, QLocale(QLocale::English, QLocale::UnitedKingdom)) == QStringLiteral("0.01"));
}

TEST_CASE("Dates read day first, and a missing date or time is empty")
{
    CHECK(formatDate(QDate(2024, 12, 5)) == QStringLiteral("05/12/2024"));
    CHECK(formatDate(QDate()).isEmpty());
    const QDateTime t(QDate(2024, 11, 10), QTime(9, 30, 15));
    CHECK(formatDateTime(t) == QStringLiteral("10/11/2024 09:30"));
    CHECK(formatDateTime(std::optional<QDateTime>(t)) == QStringLiteral("10/11/2024 09:30"));
    CHECK(formatDateTime(std::optional<QDateTime>()).isEmpty());
    CHECK(formatDate(std::optional<QDateTime>(t)) == QStringLiteral("10/11/2024"));
    CHECK(formatDate(std::optional<QDateTime>()).isEmpty());
}

TEST_CASE("Documents are Vietnamese unless the program runs in English")
{
    const QLocale before;
    QLocale::setDefault(QLocale::c());
    CHECK(documentLocale().language() == QLocale::Vietnamese);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(documentLocale().language() == QLocale::English);
    QLocale::setDefault(before);
}

TEST_CASE("Vietnamese names are found without their marks, and become plain file names")
{
    CHECK(withoutDiacritics(QStringLiteral("Quảng Thái")) == QStringLiteral("Quang Thai"));
    CHECK(withoutDiacritics(QStringLiteral("Đông Ba, Thừa Thiên Huế")) == QStringLiteral("Dong Ba, Thua Thien Hue"));
    CHECK(withoutDiacritics(QStringLiteral("Ưu đãi Ơn")) == QStringLiteral("Uu dai On"));
    CHECK(searchKey(QStringLiteral("  Quảng   Thái ")) == QStringLiteral("quang thai"));

    CHECK(matchesSearch(QStringLiteral("Quảng Thái – Huyện Quảng Điền (19870)"), QStringLiteral("quang thai")));
    CHECK(matchesSearch(QStringLiteral("Quảng Thái – Huyện Quảng Điền (19870)"), QStringLiteral("QUẢNG thái")));
    CHECK(matchesSearch(QStringLiteral("Quảng Thái – Huyện Quảng Điền (19870)"), QStringLiteral("thai dien")));
    CHECK(matchesSearch(QStringLiteral("Quảng Thái – Huyện Quảng Điền (19870)"), QStringLiteral("19870")));
    CHECK_FALSE(matchesSearch(QStringLiteral("Quảng Thái – Huyện Quảng Điền (19870)"), QStringLiteral("quang tho")));
    CHECK(matchesSearch(QStringLiteral("Phú Hội"), QString()));

    CHECK(fileNamePart(QStringLiteral("Huyện Quảng Điền")) == QStringLiteral("Huyen-Quang-Dien"));
    CHECK(fileNamePart(QStringLiteral("Thành phố Huế")) == QStringLiteral("Thanh-pho-Hue"));
    CHECK(fileNamePart(QStringLiteral("Sở LĐTBXH / Đội 1")) == QStringLiteral("So-LDTBXH-Doi-1"));
    CHECK(fileNamePart(QStringLiteral("  ")).isEmpty());
}

TEST_CASE("Files are suggested readable names: the unit's name without marks, its code, the year")
{
    const UnitTree units = UnitTree::builtIn();
    const OrgUnit& quangThai = *units.find(QStringLiteral("19870"));
    const OrgUnit& quangDien = *units.find(quangThai.parentCode);
    CHECK(unitFilePart(quangThai) == QStringLiteral("Quang-Thai"));
    CHECK(unitFilePart(quangDien) == QStringLiteral("Quang-Dien"));
    CHECK(exchangeFileName(quangThai, 2025) == QStringLiteral("Quang-Thai-19870-2025.chitieu"));
    CHECK(returnFileName(quangThai, 2025) == QStringLiteral("Returned-Quang-Thai-19870-2025.chitieu"));
    CHECK(documentFileName(DocumentKind::AnnualReport, quangDien, 2025, QStringLiteral("pdf")) ==
          QStringLiteral("Report-Quang-Dien-2025.pdf"));
    CHECK(documentFileName(DocumentKind::MidTermReview, quangDien, 2023, QStringLiteral("xlsx")) ==
          QStringLiteral("Mid-term-review-Quang-Dien-2023.xlsx"));
    CHECK(unitFilePart(*units.find(QStringLiteral("474"))) == QStringLiteral("Hue")); // Thành phố Huế
    CHECK(unitFilePart(*units.find(QStringLiteral("46"))) == QStringLiteral("Thua-Thien-Hue"));
}
