// Counts typed the Vietnamese way, rates shown the Vietnamese way.
#include "core/Numbers.h"
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
