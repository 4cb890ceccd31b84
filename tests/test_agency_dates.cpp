// Agencies over time: another department consolidates from a day; a report names the agency
// in force on its date; a bad change is refused with its place.
#include "core/Error.h"
#include "core/catalogue/Catalogue.h"
#include "core/report/OfficialHeader.h"
#include "core/report/ReportModel.h"
#include "core/workspace/Workspace.h"
#include "support/TestSupport.h"
#include "test_report_support.h"

#include <QFile>
#include <QTemporaryDir>

using namespace chitieu;

using test::reports::lineOf;

namespace {
QByteArray planWith(const QByteArray& changes)
{
    QFile f(":/chitieu/catalogue/plan-208.json");
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    json.replace("\"consolidating_agency\": \"sldtbxh\",",
                 "\"consolidating_agency\": \"sldtbxh\",\n  \"consolidating_agency_from\": " + changes + ",");
    return json;
}

// The recipients of a district's (474) report dated 05/12/2024 and 05/12/2025 under `cat`.
std::pair<QString, QString> districtRecipients(const Catalogue& cat)
{
    QTemporaryDir dir;
    Workspace w(dir.filePath("d.sqlite"), cat);
    InstallationSettings s = w.settings();
    s.unitCode = "474";
    s.role = Role::District;
    s.userName = "Trần Văn Đức";
    w.saveSettings(s);
    return {officialHeader(w, "474", QDate(2024, 12, 5), nullptr).recipients.join('\n'),
            officialHeader(w, "474", QDate(2025, 12, 5), nullptr).recipients.join('\n')};
}
} // namespace

TEST_CASE("From a day another department consolidates, and reports name it")
{
    const Catalogue cat = Catalogue::fromJson(planWith(R"([{"agency": "syt", "from": "2025-03-01"}])"), "c.json");
    CHECK(cat.consolidatingAgencyOn(QDate(2025, 2, 28)) == QStringLiteral("sldtbxh"));
    CHECK(cat.consolidatingAgencyOn(QDate(2025, 3, 1)) == QStringLiteral("syt"));
    CHECK(Catalogue::builtIn().consolidatingAgencyOn(QDate(2025, 12, 31)) == QStringLiteral("sldtbxh"));

    const auto [before, after] = districtRecipients(cat);
    CHECK(before.contains("Sở Lao động - Thương binh và Xã hội (tổng hợp)"));
    CHECK(after.contains("Sở Y tế (tổng hợp)"));
    CHECK_FALSE(after.contains("Sở Lao động"));
}

TEST_CASE("A consolidating agency from a day must be a department, in date order")
{
    const auto refused = [](const QByteArray& changes) {
        try {
            Catalogue::fromJson(planWith(changes), "c.json");
        } catch (const Error& e) {
            return e.message();
        }
        return QString();
    };
    CHECK(refused(R"([{"agency": "nobody", "from": "2025-03-01"}])").contains("consolidating_agency_from[0]"));
    CHECK(refused(R"([{"agency": "syt", "from": "2025-13-01"}])").contains("YYYY-MM-DD"));
    CHECK(refused(R"([{"agency": "syt", "from": "2025-03-01"}, {"agency": "snv", "from": "2025-01-01"}])")
              .contains("consolidating_agency_from[1]"));
}

namespace {
// The plan with indicator 8 (child labour, led by Sở LĐTBXH) given `assigned` later assignments.
QByteArray planWithAssignments(const QByteArray& assigned)
{
    QFile f(":/chitieu/catalogue/plan-208.json");
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    const QByteArray eight = "0.005%.\",\n      \"lead\": \"sldtbxh\",\n      \"coordinators\": []\n    },";
    REQUIRE(json.count(eight) == 1);
    json.replace(eight, "0.005%.\",\n      \"lead\": \"sldtbxh\",\n      \"coordinators\": [],\n      "
                        "\"assigned_from\": " +
                            assigned + "\n    },");
    return json;
}

} // namespace

TEST_CASE("From a day another agency leads an indicator: reports and a department's measures follow the year")
{
    // Child affairs moved to Sở Y tế in 2025: from 01/03/2025 it leads indicator 8.
    const Catalogue cat = Catalogue::fromJson(
        planWithAssignments(R"([{"from": "2025-03-01", "lead": "syt", "coordinators": ["sldtbxh"]}])"), "c.json");
    CHECK(cat.indicatorOn(8, QDate(2025, 2, 28))->lead == "sldtbxh");
    CHECK(cat.indicatorOn(8, QDate(2025, 3, 1))->lead == "syt");
    CHECK(cat.indicatorOn(8, QDate(2025, 3, 1))->coordinators == QStringList{"sldtbxh"});
    CHECK_FALSE(cat.indicatorsOfAgency("syt", QDate(2024, 11, 30)).contains(8));
    CHECK(cat.indicatorsOfAgency("syt", QDate(2025, 11, 30)).contains(8));
    CHECK(cat.indicatorsOfAgency("sldtbxh", QDate(2025, 11, 30)).contains(8)); // now coordinating

    QTemporaryDir dir;
    Workspace w(dir.filePath("d.sqlite"), cat);
    // The report of each year names the lead in force on its data date, and groups it so.
    const AnnualReport y2024 = buildAnnualReport(w, "46", 2024);
    const AnnualReport y2025 = buildAnnualReport(w, "46", 2025);
    CHECK(lineOf(y2024, "8").lead == "sldtbxh");
    CHECK(lineOf(y2025, "8").lead == "syt");
    CHECK(lineOf(y2025, "8").leadName == cat.agency("syt")->shortName.text());
    // Sở Y tế's own report of 2025 holds indicator 8; of 2024 it does not.
    ReportOptions health;
    health.agency = "syt";
    bool in2024 = false;
    for (const MeasureLine& l : buildAnnualReport(w, "46", 2024, health).lines)
        in2024 = in2024 || l.measure.indicator == 8;
    CHECK_FALSE(in2024);
    CHECK(lineOf(buildAnnualReport(w, "46", 2025, health), "8").lead == "syt");
}

TEST_CASE("A later assignment names declared agencies, in date order")
{
    const auto refused = [](const QByteArray& assigned) {
        try {
            Catalogue::fromJson(planWithAssignments(assigned), "c.json");
        } catch (const Error& e) {
            return e.message();
        }
        return QString();
    };
    CHECK(refused(R"([{"from": "2025-03-01", "lead": "nobody", "coordinators": []}])").contains("nobody"));
    CHECK(refused(R"([{"from": "2025-03-01", "lead": "syt", "coordinators": ["ghost"]}])").contains("ghost"));
    CHECK(refused(R"([{"from": "2025-3-1", "lead": "syt", "coordinators": []}])").contains("YYYY-MM-DD"));
    CHECK(refused(R"([{"from": "2025-03-01", "lead": "syt", "coordinators": []},
                      {"from": "2025-01-01", "lead": "snv", "coordinators": []}])")
              .contains("assigned_from[1]"));
    CHECK(refused(R"([{"from": "2025-03-01", "lead": "syt", "coordinators": []}])").isEmpty());
}

TEST_CASE("From a day another body receives the reports, and a document of that date names it")
{
    QFile f(":/chitieu/catalogue/plan-208.json");
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    const QByteArray anchor = "\"consolidating_agency\": \"sldtbxh\",";
    REQUIRE(json.count(anchor) == 1);
    // Thừa Thiên Huế became Thành phố Huế on 01/01/2025: its People's Committee receives.
    json.replace(anchor, anchor + R"(
  "receiving_body_from": [{"from": "2025-01-01",
    "name_vi": "Ủy ban nhân dân thành phố Huế", "name_en": "Huế City People's Committee",
    "short_vi": "UBND thành phố Huế", "short_en": "Huế City People's Committee"}],)");
    const Catalogue cat = Catalogue::fromJson(json, "c.json");
    CHECK(cat.receivingBodyOn(QDate(2024, 12, 31)).shortName.vi == "UBND tỉnh");
    CHECK(cat.receivingBodyOn(QDate(2025, 1, 1)).shortName.vi == "UBND thành phố Huế");

    const auto [before, after] = districtRecipients(cat);
    CHECK(before.contains("- UBND tỉnh (b/c);"));
    CHECK(after.contains("- UBND thành phố Huế (b/c);"));
    CHECK_FALSE(after.contains("UBND tỉnh"));

    // Out of order, refused with its place.
    QByteArray bad = json;
    bad.replace(R"("from": "2025-01-01")", R"("from": "2025-13-01")");
    try {
        Catalogue::fromJson(bad, "c.json");
        FAIL("a bad date was accepted");
    } catch (const Error& e) {
        CHECK(e.message().contains("receiving_body_from[0]"));
    }
}
