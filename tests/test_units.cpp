// The unit tree: the built-in Thừa Thiên Huế list, other lists, and bad lists.
#include "core/Error.h"
#include "core/units/OrgUnit.h"
#include "support/TestSupport.h"

using namespace chitieu;

TEST_CASE("The built-in tree is Thừa Thiên Huế 2021")
{
    const UnitTree t = UnitTree::builtIn();
    int provinces = 0, districts = 0, communes = 0, wards = 0, towns = 0, rural = 0;
    for (const OrgUnit& u : t.units()) {
        provinces += u.level == UnitLevel::Province;
        districts += u.level == UnitLevel::District;
        communes += u.level == UnitLevel::Commune;
        wards += u.type == QStringLiteral("Phường");
        towns += u.type == QStringLiteral("Thị trấn");
        rural += u.level == UnitLevel::Commune && !u.urban;
    }
    CHECK(provinces == 1);
    CHECK(districts == 9);
    CHECK(communes == 145);
    CHECK(wards == 39);
    CHECK(towns == 8);
    CHECK(rural == 98);
    REQUIRE(t.find(QStringLiteral("46")));
    CHECK(t.find(QStringLiteral("46"))->name == QStringLiteral("Tỉnh Thừa Thiên Huế"));
    CHECK(t.find(QStringLiteral("19744"))->urban);
    CHECK(t.find(QStringLiteral("19744"))->parentCode == QStringLiteral("474"));
    CHECK(t.communesUnder(QStringLiteral("46")).size() == 145);
    CHECK(t.isWithin(QStringLiteral("19744"), QStringLiteral("46")));
    CHECK_FALSE(t.isWithin(QStringLiteral("474"), QStringLiteral("19744")));
}

TEST_CASE("The national list loads as well")
{
    const UnitTree t = UnitTree::loadCsv(test::dataFile(QStringLiteral("admin-units-vietnam-2021.csv")));
    int provinces = 0;
    for (const OrgUnit& u : t.units())
        provinces += u.level == UnitLevel::Province;
    CHECK(provinces == 63);
    CHECK(t.units().size() > 11000);
}

TEST_CASE("A bad unit list is refused with the line and the problem")
{
    const QString header = QStringLiteral("code,name,type,level,parent_code\n");
    auto error = [&](const QString& body) {
        try {
            UnitTree::fromCsv(header + body, QStringLiteral("units.csv"));
        } catch (const Error& e) {
            return e.message();
        }
        return QString();
    };
    CHECK(error(QStringLiteral("46,Tỉnh A,Tỉnh,1,\n1,Xã B,Xã,3,999\n")).contains(QStringLiteral("999")));
    CHECK(error(QStringLiteral("46,Tỉnh A,Tỉnh,1,\n46,Tỉnh A,Tỉnh,1,\n")).contains(QStringLiteral("line 3")));
    CHECK(error(QStringLiteral("46,Tỉnh A,Tỉnh,7,\n")).contains(QStringLiteral("level")));
    CHECK(error(QStringLiteral("46,Tỉnh A,Tỉnh,1\n")).contains(QStringLiteral("5 columns")));
    // A commune hangs under the province only in a list without districts (Huế from 01/07/2025).
    CHECK(error(QStringLiteral("46,Tỉnh A,Tỉnh,1,\n474,Huyện C,Huyện,2,46\n5,Xã B,Xã,3,46\n"))
              .contains(QStringLiteral("line 4: the parent 46 is not one level up")));
    CHECK(error(QStringLiteral("46,Tỉnh A,Tỉnh,1,\n5,Xã B,Xã,3,46\n")).isEmpty());
    CHECK(error(QStringLiteral("46,Tỉnh A,Tỉnh,1,\n474,Huyện C,Huyện,2,46\n5,Xã B,Xã,3,474\n6,Huyện D,Huyện,2,5\n"))
              .contains(QStringLiteral("line 5")));
    try {
        UnitTree::fromCsv(QStringLiteral("id,name\n"), QStringLiteral("units.csv"));
        FAIL("accepted");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("header")));
    }
}
