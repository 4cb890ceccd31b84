// Enums with machine keys: one table each gives the key, the words and the reading of a key,
// and an unknown key is refused with an Error that names it instead of becoming a default.
#include "core/catalogue/Catalogue.h"
#include "core/exchange/Importer.h"
#include "core/report/ReviewModel.h"
#include "core/schedule/Completeness.h"
#include "core/schedule/UnitYearState.h"
#include "core/store/FormStatus.h"
#include "core/store/InstallationSettings.h"
#include "support/TestSupport.h"

using namespace chitieu;

namespace {
enum class Colour { Red, Green };
constexpr EnumEntry<Colour> colourEntries[] = {{Colour::Red, "red", "Red"}, {Colour::Green, "green", "Green"}};
const EnumTable<Colour> colours("Test", "colour", colourEntries);

// Every value of a table reads back from its key, and keys are distinct.
template <typename E> void checkRoundTrip(const EnumTable<E>& table)
{
    QStringList keys;
    for (std::size_t i = 0; i < table.size(); ++i) {
        const E v = table.value(i);
        INFO(table.key(v).toStdString());
        CHECK(table.fromKey(table.key(v)) == v);
        CHECK_FALSE(keys.contains(table.key(v)));
        keys << table.key(v);
    }
}
} // namespace

TEST_CASE("A table gives keys and words, and refuses an unknown key by name")
{
    CHECK(colours.key(Colour::Green) == "green");
    CHECK(colours.text(Colour::Red) == "Red");
    CHECK(colours.fromKey("red") == Colour::Red);
    CHECK_FALSE(colours.find("blue").has_value());
    CHECK(colours.problem("blue") == "unknown colour \"blue\" (expected \"red\" or \"green\")");
    CHECK_THROWS_WITH(colours.fromKey("blue"), "Unknown colour \"blue\" (expected \"red\" or \"green\").");
    CHECK_THROWS_WITH(colours.fromKey(""), Catch::Contains("\"\""));
}

TEST_CASE("The program's tables read back every key they write")
{
    checkRoundTrip(measureStatuses);
    checkRoundTrip(formStates);
    checkRoundTrip(yearStates);
    checkRoundTrip(arrivals);
    checkRoundTrip(roles);
    checkRoundTrip(comparators);
    checkRoundTrip(reviewKinds);
    checkRoundTrip(directions);
    checkRoundTrip(exchange::importResults);
    checkRoundTrip(exchange::fileKinds);
    CHECK(measureStatuses.key(MeasureStatus::NotMet) == "not_met");
    CHECK(formStates.key(FormState::InProgress) == "in_progress");
    CHECK(roles.key(Role::Unset).isEmpty());
    CHECK(comparators.key(Comparator::LessOrEqual) == "<=");
    CHECK(comparators.text(Comparator::LessOrEqual) == "≤");
    CHECK(comparators.text(Comparator::GreaterOrEqual) == "≥");
    CHECK_THROWS_WITH(formStates.fromKey("lost"), Catch::Contains("form state \"lost\""));
}

TEST_CASE("An unknown role in the settings is refused by name and nothing stored changes")
{
    test::TempWorkspace w;
    w->db().exec("INSERT INTO settings(key, value) VALUES('role', 'mayor') "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    const QString before = w->db().scalar("SELECT group_concat(key || '=' || value, ';') FROM settings").toString();
    CHECK_THROWS_WITH(InstallationSettings::load(w->db()), Catch::Contains("role \"mayor\""));
    CHECK(w->db().scalar("SELECT group_concat(key || '=' || value, ';') FROM settings").toString() == before);
}
