// Tables keyed by names the program knows (core/KnownKey.h) read like QHash<QString>: found by a
// QString, one key per text whichever QString object holds it, and a hash that tells the
// national list's codes apart.
#include "core/KnownKey.h"
#include "core/units/OrgUnit.h"
#include "support/TestSupport.h"

#include <QSet>

using namespace chitieu;

TEST_CASE("Counts keyed by element name are found by a QString and give their keys back as texts")
{
    ElementValues values;
    values.insert(QStringLiteral("live_births"), 100);
    values[QStringLiteral("infant_deaths")] += 2;
    // Another QString object with the same text is the same key.
    const QString built = QStringLiteral("live_") + QStringLiteral("births");
    values.insert(built, 120);
    CHECK(values.size() == 2);
    CHECK(values.value(QStringLiteral("live_births")) == 120);
    CHECK(values.value(QStringLiteral("infant_deaths")) == 2);
    CHECK_FALSE(values.contains(QStringLiteral("live_birth")));
    CHECK(values.value(QStringLiteral("under5_deaths"), -1) == -1);
    QStringList keys;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        keys << it.key();
    keys.sort();
    CHECK(keys == QStringList{"infant_deaths", "live_births"});
}

TEST_CASE("Every code of the national unit list is its own key")
{
    const UnitTree national = UnitTree::loadCsv(test::dataFile("admin-units-vietnam-2021.csv"));
    QHash<KnownKey, int> index;
    for (int i = 0; i < national.units().size(); ++i)
        index.insert(national.units()[i].code, i);
    REQUIRE(national.units().size() == 11371);
    CHECK(index.size() == national.units().size());
    for (int i = 0; i < national.units().size(); ++i)
        CHECK(index.value(national.units()[i].code, -1) == i);
    CHECK(national.find(QStringLiteral("19744"))->name == QStringLiteral("Phường Phú Thuận"));
    CHECK(national.find(QStringLiteral("00001"))->name == QStringLiteral("Phường Phúc Xá"));
    CHECK(national.find(QStringLiteral("99999")) == nullptr);
    CHECK(national.children(QStringLiteral("001")).size() == 14);
}

TEST_CASE("The same text hashes alike, and the codes of the national list hash apart")
{
    const size_t seed = 0x9e3779b97f4a7c15ull;
    CHECK(qHash(KnownKey(QStringLiteral("neonatal_deaths")), seed) ==
          qHash(KnownKey(QStringLiteral("neonatal_") + QStringLiteral("deaths")), seed));
    const UnitTree national = UnitTree::loadCsv(test::dataFile("admin-units-vietnam-2021.csv"));
    QSet<size_t> hashes;
    for (const OrgUnit& u : national.units())
        hashes.insert(qHash(KnownKey(u.code), seed));
    CHECK(hashes.size() == national.units().size());
}
