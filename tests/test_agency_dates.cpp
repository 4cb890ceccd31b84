// Agencies over time: another department consolidates from a day; a report names the agency
// in force on its date; a bad change is refused with its place.
#include "core/Error.h"
#include "core/catalogue/Catalogue.h"
#include "core/report/OfficialHeader.h"
#include "core/workspace/Workspace.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace chitieu;

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
} // namespace

TEST_CASE("From a day another department consolidates, and reports name it")
{
    const Catalogue cat = Catalogue::fromJson(planWith(R"([{"agency": "syt", "from": "2025-03-01"}])"), "c.json");
    CHECK(cat.consolidatingAgencyOn(QDate(2025, 2, 28)) == QStringLiteral("sldtbxh"));
    CHECK(cat.consolidatingAgencyOn(QDate(2025, 3, 1)) == QStringLiteral("syt"));
    CHECK(Catalogue::builtIn().consolidatingAgencyOn(QDate(2025, 12, 31)) == QStringLiteral("sldtbxh"));

    QTemporaryDir dir;
    Workspace w(dir.filePath("d.sqlite"), cat);
    InstallationSettings s = w.settings();
    s.unitCode = "474";
    s.role = Role::District;
    s.userName = "Trần Văn Đức";
    w.saveSettings(s);
    const QString before = officialHeader(w, "474", QDate(2024, 12, 5), nullptr).recipients.join('\n');
    const QString after = officialHeader(w, "474", QDate(2025, 12, 5), nullptr).recipients.join('\n');
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
