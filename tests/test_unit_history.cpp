// Dated unit trees and their crosswalk: Huế's four built-in trees pass the checks of
// resources/units/check.py; a new database holds them once; the tree of a year follows the
// catalogue's data date; a bad crosswalk or tree is refused with its line and nothing stored
// changes.
#include "core/Csv.h"
#include "core/Error.h"
#include "core/format/Dates.h"
#include "core/store/UnitHistoryStore.h"
#include "core/units/UnitEnd.h"
#include "core/units/UnitHistory.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QSqlQuery>

using namespace chitieu;

namespace {

QString resource(const QString& name)
{
    QFile f(QStringLiteral(":/chitieu/units/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

int count(const UnitTree& t, UnitLevel level)
{
    return static_cast<int>(
        std::count_if(t.units().cbegin(), t.units().cend(), [&](const OrgUnit& u) { return u.level == level; }));
}

QDate day(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

// What the database holds of the history, as text, to see that a refusal changed nothing.
QString dump(Database& db)
{
    QString out;
    for (const char* sql : {"SELECT * FROM unit_trees ORDER BY from_date", "SELECT * FROM unit_versions ORDER BY id",
                            "SELECT * FROM unit_tree_members ORDER BY from_date, position",
                            "SELECT * FROM unit_crosswalk ORDER BY effective_date, position"}) {
        QSqlQuery q = db.exec(QString::fromLatin1(sql));
        while (q.next())
            for (int i = 0; q.value(i).isValid(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
}

// The built-in crosswalk with line `line` (1-based, the header is line 1) replaced.
QString crosswalkWithLine(int line, const QString& replacement)
{
    QStringList lines = resource(QStringLiteral("crosswalk-hue.csv")).split(QLatin1Char('\n'));
    lines[line - 1] = replacement;
    return lines.join(QLatin1Char('\n'));
}

QString messageOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

} // namespace

TEST_CASE("Each built-in tree of Huế loads and passes the checks")
{
    // The counts of the resolutions (resources/units/SOURCES.md): 145 communes in 2021, 141
    // after NQ 1264, 133 after NQ 1314, 40 after NQ 1675 with no district level.
    const QList<std::tuple<const char*, int, int>> expected = {
        {"2021-01-01", 9, 145}, {"2021-07-01", 9, 141}, {"2025-01-01", 9, 133}, {"2025-07-01", 0, 40}};
    UnitHistory h;
    for (const auto& [date, districts, communes] : expected) {
        const QString name = QStringLiteral("units-hue-%1.csv").arg(QLatin1String(date));
        const UnitTree t = UnitTree::fromCsv(resource(name), name);
        UnitHistory::checkTree(t, name);
        CHECK(count(t, UnitLevel::Province) == 1);
        CHECK(count(t, UnitLevel::District) == districts);
        CHECK(count(t, UnitLevel::Commune) == communes);
        h.addTree(day(date), t);
    }
    const QList<CrosswalkRow> rows =
        UnitHistory::crosswalkFromCsv(resource(QStringLiteral("crosswalk-hue.csv")), QStringLiteral("crosswalk"));
    h.setCrosswalk(rows, QStringLiteral("crosswalk")); // throws on any failed check
    CHECK(h.changeInto(day("2021-07-01")).size() == 159);
    CHECK(h.changeInto(day("2025-01-01")).size() == 152);
    CHECK(h.changeInto(day("2025-07-01")).size() == 179);
    // The 11 rows of Phong Điền that no source confirms keep their mark.
    const QList<CrosswalkRow> into2025 = h.changeInto(day("2025-01-01"));
    CHECK(std::count_if(into2025.cbegin(), into2025.cend(), [](const CrosswalkRow& r) { return r.unconfirmed(); }) ==
          11);
    // Phú Thuận (19744) was split in 2021 with its population shares.
    const QList<CrosswalkRow> into2021 = h.changeInto(day("2021-07-01"));
    qint64 phuThuan = 0;
    for (const CrosswalkRow& r : into2021)
        if (r.oldCode == QLatin1String("19744")) {
            CHECK(r.kind == ChangeKind::Split);
            phuThuan += shareMillionths(*r.share);
        }
    CHECK(phuThuan == 1000000);
    CHECK(UnitHistory::builtIn().trees().size() == 4);
    CHECK(UnitHistory::builtIn().crosswalk().size() == rows.size());
}

TEST_CASE("A new database holds Huế's trees once and gives each year the tree of its data date")
{
    test::TempWorkspace w;
    const UnitHistory h = w->unitHistory();
    REQUIRE(h.trees().size() == 4);
    CHECK(h.crosswalk().size() == UnitHistory::builtIn().crosswalk().size());
    for (int i = 0; i < 4; ++i) {
        const UnitTree& stored = h.trees()[i].tree;
        const UnitTree& builtIn = UnitHistory::builtIn().trees()[i].tree;
        REQUIRE(stored.units().size() == builtIn.units().size());
        for (int u = 0; u < stored.units().size(); ++u) {
            CHECK(stored.units()[u].code == builtIn.units()[u].code);
            CHECK(stored.units()[u].name == builtIn.units()[u].name);
            CHECK(stored.units()[u].parentCode == builtIn.units()[u].parentCode);
        }
    }
    // A unit that did not change is stored once for all the trees that hold it.
    const int members = w->db().scalar("SELECT COUNT(*) FROM unit_tree_members").toInt();
    const int versions = w->db().scalar("SELECT COUNT(*) FROM unit_versions").toInt();
    CHECK(members == 155 + 151 + 143 + 41);
    QSet<QString> distinct; // the units as the tree files write them, each different row once
    for (const char* date : {"2021-01-01", "2021-07-01", "2025-01-01", "2025-07-01"})
        for (const csv::Row& r : csv::parse(resource(QStringLiteral("units-hue-%1.csv").arg(date)), "t").mid(1))
            distinct.insert(r.fields.join('|'));
    CHECK(versions == distinct.size());
    CHECK(versions < members);
    CHECK(w->db().scalar("SELECT COUNT(*) FROM unit_versions WHERE code = '19750'").toInt() == 2); // Tây Lộc grew

    // 30/11 of each year (plan 208): 2020 on the first tree, 2021-2024 on that of 01/07/2021.
    const std::map<int, const char*> trees = {
        {2020, "2021-01-01"}, {2021, "2021-07-01"}, {2024, "2021-07-01"}, {2025, "2025-07-01"}};
    for (const auto& [year, from] : trees) {
        QDate treeFrom;
        w->treeOfYear(year, &treeFrom);
        CHECK(treeFrom == day(from));
    }
    CHECK(w->treeOfYear(2020).find("19744"));
    CHECK_FALSE(w->treeOfYear(2024).find("19744")); // Phú Thuận ended on 01/07/2021
    CHECK(count(w->treeOfYear(2025), UnitLevel::District) == 0);
    CHECK(w->treeOfYear(2025).find("46")->name == QStringLiteral("Thành phố Huế"));
    // The installation's own unit list is still the 2021 one: old years keep their codes.
    CHECK(w->units().find("19744"));
}

TEST_CASE("A bad crosswalk is refused with its line and nothing stored changes")
{
    test::TempWorkspace w;
    const QString before = dump(w->db());
    const auto refused = [&](const QString& text) {
        return messageOf(
            [&] { unithistory::saveCrosswalk(w->db(), UnitHistory::crosswalkFromCsv(text, "bad.csv"), "bad.csv"); });
    };
    SECTION("a unit missing from the tree on one side")
    {
        // Line 2: the province kept its code; here it points at a unit the new tree lacks.
        const QString m = refused(crosswalkWithLine(
            2, "2021-07-01,46,Tỉnh Thừa Thiên Huế,99999,Tỉnh Thừa Thiên Huế,same,,unchanged; codes [DV-v20211101]"));
        CHECK(m.contains("bad.csv, line 2"));
        CHECK(m.contains("99999"));
    }
    SECTION("a unit of the older tree without a row")
    {
        QStringList lines = resource(QStringLiteral("crosswalk-hue.csv")).split('\n');
        const int row = static_cast<int>(lines.indexOf(QRegularExpression("^2025-01-01,19753,.*")));
        REQUIRE(row > 0);
        lines.removeAt(row);
        const QString m = refused(lines.join('\n'));
        CHECK(m.contains("no row for these units of the tree of 2021-07-01: 19753"));
    }
    SECTION("shares of a split over 1")
    {
        // Lines 4 and 5: Phú Thuận 0.6051 to Tây Lộc, 0.3949 to Thuận Hòa.
        const QString line5 = resource(QStringLiteral("crosswalk-hue.csv")).split('\n')[4];
        REQUIRE(line5.contains(",0.3949,"));
        QString over = line5;
        over.replace(",0.3949,", ",0.4949,");
        const QString m = refused(crosswalkWithLine(5, over));
        CHECK(m.contains("bad.csv, line 5"));
        CHECK(m.contains("more than 1"));
        CHECK(m.contains("19744"));
    }
    SECTION("a share that is no share")
    {
        QString line5 = resource(QStringLiteral("crosswalk-hue.csv")).split('\n')[4];
        line5.replace(",0.3949,", ",1.5,");
        const QString m = messageOf([&] { UnitHistory::crosswalkFromCsv(crosswalkWithLine(5, line5), "bad.csv"); });
        CHECK(m.contains("bad.csv, line 5"));
        CHECK(m.contains("at most 1"));
    }
    SECTION("a change into a tree that is not loaded")
    {
        const QString m = refused("effective_date,old_code,old_name,new_code,new_name,kind,share,source\n"
                                  "2026-01-01,46,Thành phố Huế,46,Thành phố Huế,same,,test\n");
        CHECK(m.contains("bad.csv, line 2"));
        CHECK(m.contains("units load"));
    }
    CHECK(dump(w->db()) == before);
}

TEST_CASE("A tree is added after the others and its crosswalk after it")
{
    test::TempWorkspace w;
    const QString before = dump(w->db());
    const UnitTree last = UnitHistory::builtIn().trees().last().tree;
    // Not before or on the last tree's day.
    const QString early = messageOf([&] { unithistory::addTree(w->db(), day("2025-07-01"), last, "t.csv", "x"); });
    CHECK(early.contains("date order"));
    // A tree of two provinces is no tree of one city.
    QList<OrgUnit> two = last.units();
    two << OrgUnit{"48", "Thành phố Đà Nẵng", "Thành phố Trung ương", UnitLevel::Province, {}, false};
    const QString roots =
        messageOf([&] { unithistory::addTree(w->db(), day("2026-01-01"), UnitTree::fromUnits(two), "two.csv", "x"); });
    CHECK(roots.contains("two.csv"));
    CHECK(roots.contains("exactly one unit without a parent"));
    CHECK(dump(w->db()) == before);

    unithistory::addTree(w->db(), day("2026-01-01"), last, "t.csv", "x");
    // Every unit kept: one row each, and no new unit version.
    QString text = "effective_date,old_code,old_name,new_code,new_name,kind,share,source\n";
    for (const OrgUnit& u : last.units())
        text += QStringLiteral("2026-01-01,%1,%2,%1,%2,same,,test\n").arg(u.code, u.name);
    unithistory::saveCrosswalk(w->db(), UnitHistory::crosswalkFromCsv(text, "x.csv"), "x.csv");
    const UnitHistory h = w->unitHistory();
    REQUIRE(h.trees().size() == 5);
    CHECK(h.changeInto(day("2026-01-01")).size() == last.units().size());
    CHECK(h.treeOn(day("2026-06-30"))->from == day("2026-01-01"));
    CHECK(h.treeOn(day("2025-12-31"))->from == day("2025-07-01"));
}

TEST_CASE("Communes hang under the province only in a tree without districts")
{
    const QString mixed = "code,name,type,level,parent_code\n46,Thành phố Huế,Thành phố Trung ương,1,\n"
                          "474,Quận Thuận Hóa,Quận,2,46\n19777,Phường Vỹ Dạ,Phường,3,46\n";
    const QString m = messageOf([&] { UnitTree::fromCsv(mixed, "mixed.csv"); });
    CHECK(m.contains("mixed.csv, line 4"));
    CHECK(m.contains("not one level up"));
    const UnitTree flat = UnitTree::fromCsv("code,name,type,level,parent_code\n46,Thành phố Huế,Thành phố Trung "
                                            "ương,1,\n19777,Phường Vỹ Dạ,Phường,3,46\n",
                                            "flat.csv");
    CHECK(flat.communesUnder("46").size() == 1);
}

TEST_CASE("The catalogue's data date chooses the tree and must be a day of every year")
{
    CHECK(Catalogue::builtIn().dataDate(2025) == QDate(2025, 11, 30));
    QFile f(":/chitieu/catalogue/plan-208.json");
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    json.replace("\"data_date\": \"11-30\"", "\"data_date\": \"02-29\"");
    const QString m = messageOf([&] { Catalogue::fromJson(json, "c.json"); });
    CHECK(m.contains("data_date"));
    CHECK(m.contains("MM-DD"));
}

TEST_CASE("A district is told its role ended, a merged commune what it became")
{
    const UnitHistory& h = UnitHistory::builtIn();
    CHECK_FALSE(unitEnd(h, "474", day("2025-06-30"))); // Quận Thuận Hóa until the district level ended
    const std::optional<UnitEnd> district = unitEnd(h, "474", day("2025-07-01"));
    REQUIRE(district);
    CHECK(district->ended == day("2025-07-01"));
    CHECK(district->levelEnded);
    const QString advice = district->advice(formatDate(district->ended));
    CHECK(advice.contains("01/07/2025"));
    CHECK(advice.contains("chitieu-cli export --unit 474"));
    // Xuân Phú (19792) was merged into Vỹ Dạ (19777) on 01/07/2025.
    const std::optional<UnitEnd> commune = unitEnd(h, "19792", day("2025-11-30"));
    REQUIRE(commune);
    CHECK_FALSE(commune->levelEnded);
    CHECK(commune->successorText() == QStringLiteral("19777 Phường Vỹ Dạ"));
    CHECK(commune->advice(formatDate(commune->ended)).contains("19777 Phường Vỹ Dạ"));
    // Phú Thuận (19744) was split in 2021 between Tây Lộc and Thuận Hòa.
    const std::optional<UnitEnd> split = unitEnd(h, "19744", day("2022-01-01"));
    REQUIRE(split);
    CHECK(split->successors.size() == 2);
    CHECK_FALSE(unitEnd(h, "19777", day("2025-11-30")));
}
