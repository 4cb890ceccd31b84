// The report models: the annual report of a unit (figures, groups, agencies, annexes), the
// mid-term and final reviews, the official header, and small-number protection.
#include "core/Error.h"
#include "core/report/OfficialHeader.h"
#include "core/report/ReportModel.h"
#include "core/report/ReviewModel.h"
#include "core/report/SmallNumbers.h"
#include "test_report_support.h"

#include <set>

using namespace chitieu;
using test::reports::fillSample;
using test::reports::fillSubmissions;

namespace {
const MeasureLine& line(const AnnualReport& r, const QString& code)
{
    return test::reports::lineOf(r, code);
}

const ReviewLine& line(const ReviewReport& r, const QString& code)
{
    for (const ReviewLine& l : r.lines)
        if (l.measure.code == code)
            return l;
    FAIL("no measure " << code.toStdString());
    return r.lines.first();
}

const UnitAnnexRow& annex(const AnnualReport& r, const QString& unit, const QString& code)
{
    for (const UnitAnnexRow& a : r.unitAnnex)
        if (a.unitCode == unit && r.lines.at(a.line).measure.code == code)
            return a;
    FAIL("no annex row " << unit.toStdString() << " " << code.toStdString());
    return r.unitAnnex.first();
}

QStringList codes(const QList<MeasureLine>& lines, const QList<int>& indices)
{
    QStringList out;
    for (int i : indices)
        out << lines.at(i).measure.code;
    return out;
}

void configure(Workspace& w, Role role, const QString& unit, const QString& agency = {})
{
    InstallationSettings s = w.settings();
    s.role = role;
    s.unitCode = unit;
    s.agencyCode = agency;
    s.userName = QStringLiteral("Nguyễn Văn A");
    w.saveSettings(s);
}

std::set<QString> hiddenCodes(const AnnualReport& r, Figures MeasureLine::*which)
{
    std::set<QString> out;
    for (const MeasureLine& l : r.lines)
        if ((l.*which).hidesAnything())
            out.insert(l.measure.code);
    return out;
}
} // namespace

TEST_CASE("The annual report holds every measure with the year before and the baseline beside")
{
    test::TempWorkspace w;
    fillSample(w);
    ReportOptions o;
    o.issued = QDate(2024, 12, 5);
    const AnnualReport r = buildAnnualReport(*w, QStringLiteral("474"), 2024, o);

    CHECK(r.unitName == QStringLiteral("Thành phố Huế"));
    CHECK(r.year == 2024);
    CHECK(r.previousYear == 2023);
    CHECK(r.baselineYear == 2020);
    REQUIRE(r.lines.size() == 32);

    const MeasureLine& a2 = line(r, QStringLiteral("2a"));
    CHECK(*a2.year.numerator == 3);
    CHECK(*a2.year.denominator == 1500);
    CHECK(*a2.year.value == Approx(2.0));
    CHECK(a2.year.status == MeasureStatus::NotMet);
    CHECK(*a2.previous.value == Approx(1000.0 / 1500.0));
    CHECK(a2.previous.status == MeasureStatus::Met);
    CHECK(*a2.baseline.value == Approx(5.0));
    CHECK(a2.lead == QStringLiteral("syt"));
    CHECK(a2.group == 1);

    CHECK(*line(r, QStringLiteral("2b")).year.value == Approx(1000.0 / 1500.0));
    CHECK(line(r, QStringLiteral("2b")).year.status == MeasureStatus::Met);
    CHECK(*line(r, QStringLiteral("4a")).year.value == Approx(137000.0 / 1430.0));
    CHECK(line(r, QStringLiteral("4a")).year.status == MeasureStatus::Met);
    CHECK(*line(r, QStringLiteral("1a")).year.value == Approx(50.0)); // 1 of the 2 communes that answered
    CHECK(*line(r, QStringLiteral("7")).year.value == Approx(0.025));
    CHECK(*line(r, QStringLiteral("11")).year.value == Approx(10.0));
    CHECK(line(r, QStringLiteral("11")).year.status == MeasureStatus::Met);
    CHECK(line(r, QStringLiteral("3a")).year.status == MeasureStatus::NoData);

    // Met: 2b, 4a, 11; not met: 1a, 2a, 7; the other 26 have no data. 3c applies: in 2024's
    // unit tree (01/07/2021) Thành phố Huế has Xã too (Phú Dương, Thủy Thanh, ...).
    CHECK(r.count(MeasureStatus::Met) == 3);
    CHECK(r.count(MeasureStatus::NotMet) == 3);
    CHECK(r.count(MeasureStatus::NotApplicable) == 0);
    CHECK(r.count(MeasureStatus::NoData) == 26);
    CHECK(line(r, QStringLiteral("3c")).year.status == MeasureStatus::NoData);
    // Every figure covers the 2 communes that reported, of the 36 of 2024's tree.
    CHECK(line(r, QStringLiteral("2a")).year.coverage.covered == 2);
    CHECK(line(r, QStringLiteral("2a")).year.coverage.expected == 36);
    // 2020 and 2023 are shown on 2024's units: 2020 mapped from its own tree, and said so.
    REQUIRE(r.coverage.treeNotes.size() == 2);
    CHECK(r.coverage.treeNotes[1] == QStringLiteral("2020: mapped exactly."));
    CHECK(line(r, QStringLiteral("2a")).baseline.mapping == Mapping::Exact);
    CHECK(*line(r, QStringLiteral("2a")).baseline.value == Approx(5.0)); // (4 + 1) / (800 + 200) x 1000
    CHECK_FALSE(r.smallNumbersProtected);
}

TEST_CASE("The annual report is grouped as the plan and has a section per leading agency")
{
    test::TempWorkspace w;
    const AnnualReport r = buildAnnualReport(*w, QStringLiteral("474"), 2024);
    REQUIRE(r.groups.size() == 4);
    CHECK(codes(r.lines, r.groups[0].lines) ==
          QStringList({"1a", "1b", "2a", "2b", "2c", "3a", "3b", "3c", "3d", "4a", "4b", "5"}));
    CHECK(codes(r.lines, r.groups[3].lines) == QStringList({"18"}));
    int total = 0;
    for (const ReportSection& g : r.groups)
        total += static_cast<int>(g.lines.size());
    CHECK(total == 32);

    QStringList agencies;
    for (const ReportSection& s : r.agencies)
        agencies << s.key;
    CHECK(agencies == QStringList({"sldtbxh", "syt", "sgddt", "svhtt", "stp", "cat"}));
    CHECK(codes(r.lines, r.agencies[1].lines) ==
          QStringList({"2a", "2b", "2c", "3a", "3b", "3c", "3d", "4a", "4b", "9a", "9b"}));
    CHECK(codes(r.lines, r.agencies[5].lines) == QStringList({"7"}));
    CHECK(r.agencies[1].title == QStringLiteral("Sở Y tế"));
}

TEST_CASE("The unit annex has one row per unit below per measure")
{
    test::TempWorkspace w;
    fillSample(w);
    const AnnualReport r = buildAnnualReport(*w, QStringLiteral("474"), 2024);
    REQUIRE(r.annexUnits.size() == 36); // the units below in 2024's tree
    CHECK(r.unitAnnex.size() == 36 * 32);
    const UnitAnnexRow& a = annex(r, QStringLiteral("19774"), QStringLiteral("2a"));
    CHECK(a.unitName == QStringLiteral("Phường Kim Long"));
    CHECK(*a.figures.value == Approx(3.0)); // 3 / 1000 x 1000
    const UnitAnnexRow& b = annex(r, QStringLiteral("19780"), QStringLiteral("2a"));
    CHECK(*b.figures.value == Approx(0.0));
    CHECK(b.figures.status == MeasureStatus::Met);
    // A commune has nothing below it: no annexes.
    const AnnualReport commune = buildAnnualReport(*w, QStringLiteral("19774"), 2024);
    CHECK(commune.unitAnnex.isEmpty());
    CHECK_FALSE(commune.completeness.has_value());
    // The province's annex lists its 9 districts.
    CHECK(buildAnnualReport(*w, QStringLiteral("46"), 2024).annexUnits.size() == 9);
}

TEST_CASE("The completeness annex says who reported on time, late or not at all")
{
    test::TempWorkspace w;
    fillSample(w); // the two communes' forms are complete: only a complete form is on time
    fillSubmissions(w);
    const AnnualReport r = buildAnnualReport(*w, QStringLiteral("474"), 2024);
    REQUIRE(r.completeness.has_value());
    CHECK(r.completeness->notComplete == 0);
    CHECK(r.completeness->expected() == 36); // 2024's tree
    CHECK(r.completeness->onTime == 1);
    CHECK(r.completeness->late == 1);
    CHECK(r.completeness->missing == 34);
    CHECK(r.unitNameOf(QStringLiteral("19780")) == QStringLiteral("Phường Phường Đúc"));
}

TEST_CASE("A report for an unknown unit or a year outside the plan is refused")
{
    test::TempWorkspace w;
    CHECK_THROWS_AS(buildAnnualReport(*w, QStringLiteral("99999"), 2024), Error);
    CHECK_THROWS_WITH(buildAnnualReport(*w, QStringLiteral("474"), 2019), Catch::Contains("2019"));
    CHECK_THROWS_AS(buildAnnualReport(*w, QStringLiteral("474"), 2026), Error);
    CHECK_NOTHROW(buildAnnualReport(*w, QStringLiteral("474"), 2020));
    CHECK_THROWS_AS(buildReview(*w, QStringLiteral("99999"), ReviewKind::MidTerm), Error);
}

TEST_CASE("The mid-term review follows each measure from 2020 to 2023")
{
    test::TempWorkspace w;
    fillSample(w);
    const ReviewReport r = buildReview(*w, QStringLiteral("474"), ReviewKind::MidTerm);
    CHECK(r.baselineYear == 2020);
    CHECK(r.firstYear == 2021);
    CHECK(r.endYear == 2023);
    CHECK(r.years() == QList<int>({2020, 2021, 2022, 2023}));
    REQUIRE(r.lines.size() == 32);

    const ReviewLine& a2 = line(r, QStringLiteral("2a"));
    REQUIRE(a2.path.size() == 4);
    CHECK(*a2.path[0].value == Approx(5.0));
    CHECK_FALSE(a2.path[1].value.has_value());
    CHECK(*a2.path[3].value == Approx(1000.0 / 1500.0));
    CHECK(a2.endStatus == MeasureStatus::Met);
    CHECK(a2.direction == Direction::Toward); // 5 -> 0,67, lower is better
    CHECK_FALSE(a2.offTrack());

    const ReviewLine& seven = line(r, QStringLiteral("7"));
    CHECK(*seven.path[0].value == Approx(0.06));
    CHECK(*seven.path[3].value == Approx(0.02));
    CHECK(seven.endStatus == MeasureStatus::NotMet);
    CHECK(seven.direction == Direction::Toward);

    QStringList off;
    for (int i : r.offTrack)
        off << r.lines.at(i).measure.code;
    CHECK(off == QStringList({"7"}));
    // On 2023's tree (01/07/2021) Thành phố Huế has Xã: 3c applies and has no data.
    CHECK(r.noData.size() == 30);
    CHECK(r.count(MeasureStatus::Met) == 1);
    CHECK(r.count(MeasureStatus::NotApplicable) == 0);
    // 2020 is mapped onto 2023's units, exactly (whole communes moved into the city).
    REQUIRE(r.treeNotes.size() == 2);
    CHECK(r.treeNotes[1] == QStringLiteral("2020: mapped exactly."));
}

TEST_CASE("The final review runs to 2025 and judges each measure on its last year")
{
    test::TempWorkspace w;
    fillSample(w);
    w.setComplete(QStringLiteral("19774"), 2025, {{"live_births", 1000}, {"neonatal_deaths", 2}});
    // Thành phố Huế (474) is no unit of 2025's tree (the district level ended on 01/07/2025):
    // its final review is refused with what to do instead.
    CHECK_THROWS_WITH(buildReview(*w, QStringLiteral("474"), ReviewKind::Final),
                      Catch::Contains("01/07/2025") && Catch::Contains("--on-tree"));
    // The province's: 2021–2024 mapped onto the 40 units of 2025, the whole province exactly.
    const ReviewReport r = buildReview(*w, QStringLiteral("46"), ReviewKind::Final);
    CHECK(r.endYear == 2025);
    const ReviewLine& a2 = line(r, QStringLiteral("2a"));
    REQUIRE(a2.path.size() == 6);
    CHECK(*a2.path[4].value == Approx(2.0)); // 2024
    CHECK(*a2.path[5].value == Approx(2.0)); // 2025: 2 / 1000
    CHECK(a2.endStatus == MeasureStatus::NotMet);
    CHECK(r.offTrack.size() == 1);
    // 7 was not met in 2023 and 2024 but has no 2025 figure: it cannot be judged.
    CHECK(line(r, QStringLiteral("7")).endStatus == MeasureStatus::NoData);
    CHECK(r.noData.size() == 31); // 3c applies to the province and has no data
}

TEST_CASE("The direction of a path depends on the comparator")
{
    Measure lower;
    lower.comparator = Comparator::Less;
    Measure higher;
    higher.comparator = Comparator::GreaterOrEqual;
    // Values as quotients n / d x 100.
    auto q = [](qint64 n, qint64 d) { return std::optional<Quotient>(Quotient{n, d, Decimal{100, 0}}); };
    CHECK(directionOf(lower, q(5, 100), q(3, 100)) == Direction::Toward);
    CHECK(directionOf(higher, q(5, 100), q(3, 100)) == Direction::Away);
    CHECK(directionOf(higher, q(80, 100), q(90, 100)) == Direction::Toward);
    CHECK(directionOf(higher, q(4, 100), q(4, 100)) == Direction::Unchanged);
    // The same figure from other counts has not moved: 3 / 20000 and 15 / 100000 are equal exactly.
    CHECK(directionOf(higher, q(15, 100000), q(3, 20000)) == Direction::Unchanged);
    // ... and a hair's difference is a difference: 15000 / 100000 against 15001 / 100000.
    CHECK(directionOf(higher, q(15000, 100000), q(15001, 100000)) == Direction::Toward);
    // One value, or none, is not enough to say where a measure goes.
    CHECK(directionOf(higher, std::nullopt, q(4, 100)) == Direction::NotEnoughData);
    CHECK(directionOf(higher, std::nullopt, std::nullopt) == Direction::NotEnoughData);
    CHECK(reviewKinds.fromKey(QStringLiteral("mid")) == ReviewKind::MidTerm);
    CHECK(reviewKinds.fromKey(QStringLiteral("final")) == ReviewKind::Final);
    CHECK_FALSE(reviewKinds.find(QStringLiteral("end")).has_value());
    CHECK_THROWS_WITH(reviewKinds.fromKey(QStringLiteral("end")), Catch::Contains("\"end\""));
}

TEST_CASE("Small-number protection hides counts of 1 to 4 and the rates built on them, and nothing else")
{
    SECTION("11: a fall that gives away a small count this year")
    {
        const Measure& marriages = *Catalogue::builtIn().measure(QStringLiteral("11"));
        Figures f;
        f.numerator = 10; // 12 last year, 2 this year: 12 - 10 = 2 must not be readable
        f.denominator = 12;
        f.value = 10.0 / 12.0 * 100;
        protectSmallNumbers(f, marriages);
        CHECK(f.hideNumerator);
        CHECK(f.hideValue);
        CHECK_FALSE(f.hideDenominator);
        Figures large;
        large.numerator = 10; // 30 last year, 20 this year: nothing small
        large.denominator = 30;
        large.value = 10.0 / 30.0 * 100;
        protectSmallNumbers(large, marriages);
        CHECK_FALSE(large.hidesAnything());
    }
    SECTION("one measure")
    {
        const Measure& abused = *Catalogue::builtIn().measure(QStringLiteral("7"));
        auto figures = [](double n, double d) {
            Figures f;
            f.numerator = n;
            f.denominator = d;
            f.value = n / d * 100;
            f.status = MeasureStatus::NotMet;
            return f;
        };
        Figures f = figures(3, 5000);
        protectSmallNumbers(f, abused);
        CHECK(f.hideNumerator);
        CHECK_FALSE(f.hideDenominator);
        CHECK(f.hideValue);
        CHECK(f.status == MeasureStatus::NotMet); // the assessment stays

        for (double shown : {0.0, 5.0, 12.0}) {
            Figures g = figures(shown, 5000);
            protectSmallNumbers(g, abused);
            CHECK_FALSE(g.hidesAnything());
        }
        Figures small = figures(0, 4); // 0 of 4 children: the rate is built on 4
        protectSmallNumbers(small, abused);
        CHECK_FALSE(small.hideNumerator);
        CHECK(small.hideDenominator);
        CHECK(small.hideValue);

        // 11: a change of two marriages either way.
        Figures rise = figures(-2, 10);
        protectSmallNumbers(rise, *Catalogue::builtIn().measure(QStringLiteral("11")));
        CHECK(rise.hideNumerator);
        // 1a counts communes, not children: never hidden.
        Figures communes = figures(1, 3);
        protectSmallNumbers(communes, *Catalogue::builtIn().measure(QStringLiteral("1a")));
        CHECK_FALSE(communes.hidesAnything());
        CHECK(isSmallCount(1));
        CHECK(isSmallCount(4));
        CHECK_FALSE(isSmallCount(0));
        CHECK_FALSE(isSmallCount(5));
    }
    SECTION("a whole report")
    {
        test::TempWorkspace w;
        fillSample(w);
        ReportOptions o;
        o.protectSmallNumbers = true;
        const AnnualReport r = buildAnnualReport(*w, QStringLiteral("474"), 2024, o);
        CHECK(r.smallNumbersProtected);
        // 2024: 2a (3 deaths), 2b (1 death), 7 (2 abused), 11 (a fall of 1); 1a counts communes.
        CHECK(hiddenCodes(r, &MeasureLine::year) == std::set<QString>{"2a", "2b", "7", "11"});
        CHECK(hiddenCodes(r, &MeasureLine::previous) == std::set<QString>{"2a", "7"}); // 1 death, 1 abused
        CHECK(hiddenCodes(r, &MeasureLine::baseline) == std::set<QString>{"7"});       // 5 deaths shown, 3 abused not
        const MeasureLine& a2 = line(r, QStringLiteral("2a"));
        CHECK(a2.year.hideNumerator);
        CHECK_FALSE(a2.year.hideDenominator);
        CHECK(a2.year.hideValue);
        CHECK(*a2.year.value == Approx(2.0)); // hidden when printed, still known to the model
        const MeasureLine& m11 = line(r, QStringLiteral("11"));
        CHECK(m11.year.hideNumerator);
        CHECK_FALSE(m11.year.hideDenominator); // 10 marriages the year before

        // The annex: 19774 had 3 neonatal deaths (hidden), 19780 none (shown).
        CHECK(annex(r, QStringLiteral("19774"), QStringLiteral("2a")).figures.hideValue);
        CHECK_FALSE(annex(r, QStringLiteral("19780"), QStringLiteral("2a")).figures.hidesAnything());
        CHECK(annex(r, QStringLiteral("19780"), QStringLiteral("2b")).figures.hideNumerator);
        int hiddenRows = 0;
        for (const UnitAnnexRow& a : r.unitAnnex)
            hiddenRows += a.figures.hidesAnything() ? 1 : 0;
        CHECK(hiddenRows == 4); // 19774: 2a, 7, 11 (4 marriages, then 3); 19780: 2b

        // Without the option nothing is hidden.
        const AnnualReport open = buildAnnualReport(*w, QStringLiteral("474"), 2024);
        CHECK(hiddenCodes(open, &MeasureLine::year).empty());
    }
}

TEST_CASE("The official header follows the issuing body and Decree 30/2020")
{
    CHECK(official::dateWords(QDate(2024, 2, 5)) == QStringLiteral("ngày 05 tháng 02 năm 2024"));
    CHECK(official::dateWords(QDate(2021, 6, 9)) == QStringLiteral("ngày 09 tháng 6 năm 2021"));
    CHECK(official::dateWords(QDate(2024, 12, 25)) == QStringLiteral("ngày 25 tháng 12 năm 2024"));
    CHECK(official::abbreviation(QStringLiteral("Sở Y tế")) == QStringLiteral("SYT"));
    CHECK(official::abbreviation(QStringLiteral("Sở LĐTBXH")) == QStringLiteral("SLĐTBXH"));
    CHECK(official::abbreviation(QStringLiteral("Sở GD&ĐT")) == QStringLiteral("SGDĐT"));
    CHECK(official::abbreviation(QStringLiteral("Công an tỉnh")) == QStringLiteral("CAT"));

    test::TempWorkspace w;
    const QDate day(2024, 12, 5);
    SECTION("a district's People's Committee")
    {
        configure(*w, Role::District, QStringLiteral("474"));
        const OfficialHeader h = officialHeader(*w, QStringLiteral("474"), day);
        CHECK(h.superior.isEmpty());
        CHECK(h.issuer == QStringLiteral("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ"));
        CHECK(h.number.endsWith(QStringLiteral("/BC-UBND")));
        CHECK(h.placeDateLine() == QStringLiteral("Huế, ngày 05 tháng 12 năm 2024"));
        CHECK(h.recipients.first() == QStringLiteral("- UBND tỉnh (b/c);"));
        CHECK(h.recipients.last() == QStringLiteral("- Lưu: VT."));
        CHECK(h.signatureTitle == QStringList({"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"}));
    }
    SECTION("a department")
    {
        configure(*w, Role::Department, QStringLiteral("46"), QStringLiteral("syt"));
        const OfficialHeader h = officialHeader(*w, QStringLiteral("46"), day);
        CHECK(h.superior == QStringLiteral("UBND TỈNH THỪA THIÊN HUẾ"));
        CHECK(h.issuer == QStringLiteral("SỞ Y TẾ"));
        CHECK(h.number.endsWith(QStringLiteral("/BC-SYT")));
        CHECK(h.place == QStringLiteral("Thừa Thiên Huế"));
        CHECK(h.recipients.contains(QStringLiteral("- Sở Lao động - Thương binh và Xã hội (tổng hợp);")));
        CHECK(h.signatureTitle == QStringList({"GIÁM ĐỐC"}));
    }
    SECTION("not set up: the reported unit's committee")
    {
        const OfficialHeader h = officialHeader(*w, QStringLiteral("19774"), day);
        CHECK(h.issuer == QStringLiteral("ỦY BAN NHÂN DÂN\nPHƯỜNG KIM LONG"));
        CHECK(h.place == QStringLiteral("Kim Long"));
        CHECK(h.recipients.first() == QStringLiteral("- UBND Thành phố Huế (b/c);"));
    }
}

TEST_CASE("A report filtered to one agency holds only the indicators it leads or coordinates")
{
    test::TempWorkspace w;
    fillSample(w);
    ReportOptions o;
    o.agency = QStringLiteral("syt"); // Sở Y tế leads 2, 3, 4, 9 and coordinates 16
    const AnnualReport r = buildAnnualReport(*w, QStringLiteral("474"), 2024, o);
    QStringList shown;
    for (const MeasureLine& l : r.lines)
        shown << l.measure.code;
    CHECK(shown == QStringList{"2a", "2b", "2c", "3a", "3b", "3c", "3d", "4a", "4b", "9a", "9b", "16a", "16b"});
    // The figures are the same as in the full report, and the annex follows the lines.
    const AnnualReport all = buildAnnualReport(*w, QStringLiteral("474"), 2024);
    CHECK(*line(r, QStringLiteral("2a")).year.value == Approx(*line(all, QStringLiteral("2a")).year.value));
    CHECK(r.unitAnnex.size() == 36 * 13);
    CHECK(*annex(r, QStringLiteral("19774"), QStringLiteral("2a")).figures.value == Approx(3.0)); // 3 / 1000 x 1000
    // Sections: the groups that hold its indicators, and its own lead section plus SGD&ĐT's 16.
    CHECK(codes(r.lines, r.groups[0].lines) == QStringList{"2a", "2b", "2c", "3a", "3b", "3c", "3d", "4a", "4b"});

    ReportOptions review;
    review.agency = QStringLiteral("stp"); // Sở Tư pháp: 12
    const ReviewReport rv = buildReview(*w, QStringLiteral("474"), ReviewKind::MidTerm, review);
    REQUIRE(rv.lines.size() == 2);
    CHECK(rv.lines[0].measure.code == QStringLiteral("12a"));
    CHECK(rv.lines[1].measure.code == QStringLiteral("12b"));

    ReportOptions unknown;
    unknown.agency = QStringLiteral("nobody");
    CHECK_THROWS_AS(buildAnnualReport(*w, QStringLiteral("474"), 2024, unknown), Error);
}
