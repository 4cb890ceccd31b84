// GivenKeys: the bit per (unit, year, element) with which load-values finds a row that gives a
// key a second time, and its refusal of a key outside the unit list or the catalogue.
#include "core/Error.h"
#include "core/catalogue/Catalogue.h"
#include "core/store/GivenKeys.h"
#include "core/units/OrgUnit.h"

#include <catch2/catch.hpp>

using namespace chitieu;

TEST_CASE("GivenKeys answers new only the first time a key is given")
{
    const UnitTree units = UnitTree::builtIn();
    const Catalogue& catalogue = Catalogue::builtIn();
    GivenKeys given(units, catalogue);
    const QString commune = QStringLiteral("19774");
    const QString births = QStringLiteral("live_births");
    CHECK(given.add(commune, 2024, births));
    CHECK_FALSE(given.add(commune, 2024, births));
    // Another year, element or unit is another key.
    CHECK(given.add(commune, 2023, births));
    CHECK(given.add(commune, 2024, catalogue.elements.last().code));
    CHECK(given.add(units.units().first().code, 2024, births));
    CHECK(given.add(units.units().last().code, 2024, births));
    CHECK_FALSE(given.add(units.units().last().code, 2024, births));
    CHECK_FALSE(given.add(commune, 2023, births));
}

TEST_CASE("GivenKeys refuses a unit or element the lists do not know")
{
    const UnitTree units = UnitTree::builtIn();
    GivenKeys given(units, Catalogue::builtIn());
    CHECK_THROWS_AS(given.add(QStringLiteral("99999"), 2024, QStringLiteral("live_births")), Error);
    CHECK_THROWS_AS(given.add(QStringLiteral("19774"), 2024, QStringLiteral("births_alive")), Error);
}
