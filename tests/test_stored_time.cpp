// Times as the database and the exchange files keep them (core/Clock.h): written with
// milliseconds and the UTC offset, read back to the same instant, also from older rows
// without an offset; nothing readable from an empty or broken text.
#include "core/Clock.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace chitieu;

TEST_CASE("A stored time reads back as the same instant with its offset")
{
    const QDateTime hue(QDate(2024, 11, 10), QTime(9, 30, 0, 125), QTimeZone(7 * 3600));
    const QString text = storedTime(hue);
    CHECK(text == QStringLiteral("2024-11-10T09:30:00.125+07:00"));
    const QDateTime back = storedTimeFrom(text);
    REQUIRE(back.isValid());
    CHECK(back == hue);
    CHECK(back.offsetFromUtc() == 7 * 3600);
    // UTC, as the command line writes it.
    const QDateTime utc = storedTimeFrom(QStringLiteral("2026-12-01T23:03:36.435Z"));
    REQUIRE(utc.isValid());
    CHECK(utc.toMSecsSinceEpoch() == QDateTime(QDate(2026, 12, 1), QTime(23, 3, 36, 435), Qt::UTC).toMSecsSinceEpoch());
}

TEST_CASE("An older stored time without an offset still reads, and nothing reads from no text")
{
    const QDateTime old = storedTimeFrom(QStringLiteral("2024-11-04T08:45:00.000"));
    REQUIRE(old.isValid());
    CHECK(old.date() == QDate(2024, 11, 4));
    CHECK(old.time() == QTime(8, 45));
    CHECK_FALSE(storedTimeFrom(QString()).isValid());
    CHECK_FALSE(storedTimeFrom(QStringLiteral("04/11/2024 08:45")).isValid());
    CHECK_FALSE(storedTimeFrom(QStringLiteral("2024-13-40T99:00:00.000")).isValid());
    CHECK(storedTime(QDateTime()).isEmpty());
}
