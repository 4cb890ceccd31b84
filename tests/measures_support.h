#pragma once
// Shared helpers of the measure tests (test_measures_commune.cpp, test_measures_rollup.cpp):
// the communes used, and checks of a result's numerator, denominator, value and status.
//
// Units used (resources/units/admin-units-thua-thien-hue-2021.csv; the figures of 2021–2024 are
// added up on the tree of 01/07/2021, resources/units/units-hue-2021-07-01.csv, where 474 has 36
// communes, 479 10 and the province 141; the communes named here are in both trees):
//   46    Tỉnh Thừa Thiên Huế, 145 communes
//   474   Thành phố Huế: 27 communes, all Phường (19774 Kim Long, 19780 Phường Đúc, 19750 Tây Lộc,
//         19753 Thuận Lộc, 19756 Phú Hiệp ...)
//   476   Huyện Phong Điền: 16 communes (19819 Thị trấn Phong Điền + 15 Xã: 19822 Điền Hương,
//         19825 Điền Môn, 19828 Điền Lộc, 19831 Phong Bình, 19834 Điền Hòa, 19837 Phong Chương,
//         19840 Phong Hải ...)
//   477   Huyện Quảng Điền: 11 communes (19867 Thị trấn Sịa, 19870 Xã Quảng Thái, 19873 Xã Quảng Ngạn ...)
//   479   Thị xã Hương Thủy: 12 communes, 5 Phường + 7 Xã (19960 Phường Phú Bài, 19969 Phường Thủy
//         Dương, 19966 Xã Thủy Thanh, 19984 Xã Thủy Tân, 19990 Xã Phú Sơn ...)
//   483   Huyện Nam Đông: 10 communes (20161 Thị trấn Khe Tre, 20164 Xã Hương Phú, 20167, 20170,
//         20173, 20179, 20182, 20185, 20188, 20191 — all Xã but Khe Tre)
#include "core/compute/MeasureCalculator.h"
#include "support/TestSupport.h"

#include <QStringList>
#include <numeric>

using namespace chitieu;
using namespace Qt::Literals::StringLiterals;

namespace Catch {
template <> struct StringMaker<chitieu::MeasureStatus>
{
    static std::string convert(chitieu::MeasureStatus s) { return chitieu::measureStatuses.key(s).toStdString(); }
};
} // namespace Catch

namespace measures_test {

constexpr int Year = 2021;

// Communes used for the single-commune cases (types checked in "The units used here ...").
inline const QString Xa = u"19822"_s;      // Xã Điền Hương (476), rural
inline const QString Xa2 = u"19825"_s;     // Xã Điền Môn (476), rural
inline const QString Phuong = u"19774"_s;  // Phường Kim Long (474), urban
inline const QString ThiTran = u"19819"_s; // Thị trấn Phong Điền (476), urban

inline const Measure& measureOf(test::TempWorkspace& ws, const QString& code)
{
    const Measure* m = ws->catalogue().measure(code);
    INFO("measure " << code.toStdString());
    REQUIRE(m != nullptr);
    return *m;
}

// With the default rule: complete forms only, a status only at full coverage.
inline MeasureResult compute(test::TempWorkspace& ws, const QString& code, const QString& unit, int year = Year,
                             const CountingRule& rule = {})
{
    return ws->calculator().compute(measureOf(ws, code), unit, year, rule);
}

// A status at any coverage: for the cases that judge a partial figure against its target.
inline const CountingRule anyCoverage{false, 0};

// A result with a value.
inline void expectValue(const MeasureResult& r, double numerator, double denominator, double value,
                        MeasureStatus status)
{
    INFO("measure " << r.code.toStdString());
    REQUIRE(r.numerator.has_value());
    CHECK(static_cast<double>(*r.numerator) == Approx(numerator));
    REQUIRE(r.denominator.has_value());
    CHECK(static_cast<double>(*r.denominator) == Approx(denominator));
    REQUIRE(r.value.has_value());
    CHECK(*r.value == Approx(value));
    CHECK(r.status == status);
}

// A result without a value; the sides that are present are given, the others nullopt.
inline void expectNoValue(const MeasureResult& r, std::optional<double> numerator, std::optional<double> denominator,
                          MeasureStatus status = MeasureStatus::NoData)
{
    INFO("measure " << r.code.toStdString());
    CHECK_FALSE(r.value.has_value());
    CHECK(r.status == status);
    CHECK(r.numerator.has_value() == numerator.has_value());
    if (r.numerator && numerator)
        CHECK(static_cast<double>(*r.numerator) == Approx(*numerator));
    CHECK(r.denominator.has_value() == denominator.has_value());
    if (r.denominator && denominator)
        CHECK(static_cast<double>(*r.denominator) == Approx(*denominator));
}

} // namespace measures_test

using namespace measures_test;

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
