// Where a whole unit went through Huế's changes (core/units/UnitMove), read against the
// built-in crosswalk: kept or merged whole it is followed change by change; a split, a day
// before the change, or a unit still itself gives none; the move offered to an installation
// needs a unit of the same level (not a district whose level ended).
#include "core/units/UnitMove.h"

#include <catch2/catch.hpp>

using namespace chitieu;

TEST_CASE("A whole unit is followed through every change up to a day")
{
    const UnitHistory& h = UnitHistory::builtIn();
    // Xuân Phú: kept on 01/07/2021 and 01/01/2025, merged into Vỹ Dạ on 01/07/2025.
    const auto xuanPhu = wholeUnitMove(h, QStringLiteral("19792"), QDate(2025, 11, 30));
    REQUIRE(xuanPhu);
    CHECK(xuanPhu->toCode == QStringLiteral("19777"));
    CHECK(xuanPhu->toName == QStringLiteral("Phường Vỹ Dạ"));
    CHECK(xuanPhu->fromName == QStringLiteral("Phường Xuân Phú"));
    CHECK(xuanPhu->steps.size() == 3);
    CHECK(xuanPhu->date() == QDate(2025, 7, 1));
    CHECK(xuanPhu->sources().contains(QStringLiteral("NQ 1675/NQ-UBTVQH15")));
    CHECK_FALSE(xuanPhu->unconfirmed());
    // The day before the change it is still itself.
    CHECK_FALSE(wholeUnitMove(h, QStringLiteral("19792"), QDate(2025, 6, 30)));
    // Điền Hương: into Phong Thạnh on 01/01/2025 (UNCONFIRMED), which went into Phong Phú.
    const auto dienHuong = wholeUnitMove(h, QStringLiteral("19822"), QDate(2025, 7, 1));
    REQUIRE(dienHuong);
    CHECK(dienHuong->toCode == QStringLiteral("19828"));
    CHECK(dienHuong->unconfirmed());
    const auto between = wholeUnitMove(h, QStringLiteral("19822"), QDate(2025, 3, 1));
    REQUIRE(between);
    CHECK(between->toCode == QStringLiteral("19825"));
    CHECK(between->date() == QDate(2025, 1, 1));
    // Split: Phú Thuận (01/07/2021), Thành phố Huế's district (01/07/2025).
    CHECK_FALSE(wholeUnitMove(h, QStringLiteral("19744"), QDate(2024, 11, 30)));
    CHECK_FALSE(wholeUnitMove(h, QStringLiteral("474"), QDate(2025, 11, 30)));
    // Vỹ Dạ kept its code: no move. A code the history does not know: none.
    CHECK_FALSE(wholeUnitMove(h, QStringLiteral("19777"), QDate(2025, 11, 30)));
    CHECK_FALSE(wholeUnitMove(h, QStringLiteral("99999"), QDate(2025, 11, 30)));
}

TEST_CASE("The move offered to an installation keeps its level")
{
    const UnitHistory& h = UnitHistory::builtIn();
    const auto commune = offeredMove(h, QStringLiteral("19792"), QDate(2025, 7, 2));
    REQUIRE(commune);
    CHECK(commune->toCode == QStringLiteral("19777"));
    CHECK_FALSE(offeredMove(h, QStringLiteral("19792"), QDate(2025, 6, 30)));
    // A district after 01/07/2025: its level ended, no move.
    CHECK_FALSE(offeredMove(h, QStringLiteral("474"), QDate(2025, 7, 2)));
}
