// A commune installation that moved to its new unit keeps its key pair: the receiver, which
// trusts the key for the old unit, accepts it for the new one only when the user says so and
// the crosswalk says the old unit went whole into the new one by the file's year's tree. A
// refusal changes nothing; a key of an unrelated unit is refused as before.
#include "core/exchange/Crypto.h"
#include "core/exchange/KeyStore.h"
#include "core/store/History.h"
#include "test_exchange_support.h"

#include <QSqlQuery>

using namespace chitieu;
using namespace chitieu::exchange;
using test::at;
using test::dumpDatabase;
using test::Installation;
using test::ScopedClock;
using test::ScriptedDecisions;

namespace {
const QString xuanPhu = QStringLiteral("19792"); // merged into Vỹ Dạ on 01/07/2025 (NQ 1675/NQ-UBTVQH15)
const QString vyDa = QStringLiteral("19777");
const QString tayLoc = QStringLiteral("19750"); // merged into Phú Xuân, not Vỹ Dạ
const QString city = QStringLiteral("46");

struct Moved
{
    explicit Moved(const QString& receiverUnit = city, Role receiverRole = Role::Province)
        : receiver(receiverUnit, receiverRole, QStringLiteral("Phạm Thị Phương"))
    {}
    ScopedClock clock{at(2025, 12, 1)};
    Installation commune{xuanPhu, Role::Commune, QStringLiteral("Lê Thị Cúc")};
    Installation receiver;
    QByteArray key;

    // The receiver trusts the commune's key for `trustedFor` (recorded from an earlier file);
    // the commune then moves to Vỹ Dạ and exports its file of `year` as Vỹ Dạ.
    QString fileOfVyDa(const QString& trustedFor, int year)
    {
        key = keystore::ensureOwnKey(commune.w().db()).publicKey;
        Database::Transaction t(receiver.w().db());
        keystore::trust(receiver.w().db(), trustedFor, key, QStringLiteral("Phạm Thị Phương"));
        t.commit();
        commune.moveTo(vyDa);
        commune.enter(vyDa, year, {{"live_births", 130}, {"neonatal_deaths", 1}});
        return commune.exportFile(year, QStringLiteral("vy-da-%1.chitieu").arg(year));
    }
};
} // namespace

TEST_CASE("A moved commune's key is accepted for its new unit when the user accepts it, and recorded")
{
    Moved m;
    const QString file = m.fileOfVyDa(xuanPhu, 2025);
    // The installation kept its key pair when it moved.
    REQUIRE(keystore::ownKey(m.commune.w().db())->publicKey == m.key);
    ScriptedDecisions yes;
    yes.movedKey = true;
    const FileOutcome o = m.receiver.import(file, yes);
    INFO(o.message.toStdString());
    REQUIRE(o.result == ImportResult::Applied);
    REQUIRE(yes.movedKeyReviews.size() == 1);
    const MovedKeyReview& r = yes.movedKeyReviews.first();
    CHECK(r.unitCode == vyDa);
    CHECK(r.year == 2025);
    REQUIRE(r.moves.size() == 1);
    CHECK(r.moves.first().fromCode == xuanPhu);
    CHECK(r.moves.first().toCode == vyDa);
    CHECK(r.moves.first().date() == QDate(2025, 7, 1));
    CHECK(r.moves.first().sources().contains(QStringLiteral("NQ 1675/NQ-UBTVQH15")));
    CHECK(yes.keyQuestions == 0); // Vỹ Dạ had no key here: no other question
    CHECK(o.message.contains(QStringLiteral("The signing key of Phường Xuân Phú (19792) was accepted for")));
    CHECK(m.receiver.w().values().value(vyDa, 2025, "live_births") == 130);
    // Trusted for the new unit, and still for the old one (its earlier files).
    CHECK(keystore::trustedKey(m.receiver.w().db(), vyDa)->publicKey == m.key);
    CHECK(keystore::trustedKey(m.receiver.w().db(), xuanPhu)->publicKey == m.key);
    // The history records the acceptance, and so does the received file's row.
    QSqlQuery audit = m.receiver.w().db().exec(
        QStringLiteral("SELECT old_comment, new_comment, changed_by, year FROM audit WHERE source=? AND unit_code=?"),
        {changeSources.key(ChangeSource::MovedKey), vyDa});
    REQUIRE(audit.next());
    CHECK(audit.value(0).toString().startsWith(QStringLiteral("19792 2025-07-01 ")));
    CHECK(audit.value(1).toString() == vyDa + QLatin1Char(' ') + QString::fromLatin1(m.key.toHex()));
    CHECK(audit.value(2).toString() == QStringLiteral("Phạm Thị Phương"));
    CHECK(audit.value(3).toInt() == 2025);
    CHECK_FALSE(audit.next());
    const QString received =
        m.receiver.w()
            .db()
            .scalar(QStringLiteral("SELECT reason FROM received_files WHERE unit_code=? AND year=2025"), {vyDa})
            .toString();
    CHECK(received.contains(QStringLiteral("accepted for")));
    const QList<HistoryEntry> entries = history::changes(m.receiver.w().db(), {vyDa, 2025, {}, {}, {}, {}});
    CHECK(std::any_of(entries.cbegin(), entries.cend(),
                      [](const HistoryEntry& e) { return e.source == ChangeSource::MovedKey; }));

    // The next file of the new unit needs no question.
    m.clock.clock().set(at(2025, 12, 3));
    m.commune.enter(vyDa, 2025, {{"live_births", 131}});
    const QString next = m.commune.exportFile(2025, QStringLiteral("vy-da-2025-b.chitieu"));
    ScriptedDecisions again;
    again.changes = true;
    const FileOutcome o2 = m.receiver.import(next, again);
    INFO(o2.message.toStdString());
    CHECK(o2.result == ImportResult::Applied);
    CHECK(again.movedKeyReviews.isEmpty());
}

TEST_CASE("Without acceptance the moved key is refused with what to do, and nothing stored changes")
{
    Moved m;
    const QString file = m.fileOfVyDa(xuanPhu, 2025);
    const QString before = dumpDatabase(m.receiver.w().db());
    ScriptedDecisions no;
    no.changes = true;
    const FileOutcome o = m.receiver.import(file, no);
    CHECK(o.result == ImportResult::Refused);
    CHECK(no.movedKeyReviews.size() == 1);
    CHECK(no.changeReviews.isEmpty()); // nothing else is asked once the key is refused
    CHECK(o.message.contains(QStringLiteral("signed with the key recorded for Phường Xuân Phú (19792)")));
    CHECK(o.message.contains(QStringLiteral("became part of Phường Vỹ Dạ (19777) on 01/07/2025")));
    CHECK(o.message.contains(QStringLiteral("NQ 1675/NQ-UBTVQH15")));
    CHECK(o.message.contains(crypto::fingerprint(m.key)));
    CHECK(o.message.contains(QStringLiteral("nothing was imported")));
    CHECK(dumpDatabase(m.receiver.w().db()) == before);
}

TEST_CASE("A key trusted for a unit that did not go into the file's unit is refused as before")
{
    SECTION("a unit merged elsewhere")
    {
        Moved m;
        const QString file = m.fileOfVyDa(tayLoc, 2025);
        const QString before = dumpDatabase(m.receiver.w().db());
        ScriptedDecisions yes;
        yes.movedKey = true;
        yes.newKey = true;
        yes.changes = true;
        const FileOutcome o = m.receiver.import(file, yes);
        CHECK(o.result == ImportResult::Refused);
        CHECK(yes.movedKeyReviews.isEmpty());
        CHECK(o.message.contains(QStringLiteral("signed with the key of Phường Tây Lộc (19750)")));
        CHECK(o.message.contains(QStringLiteral("One unit's key never signs another unit's file")));
        CHECK(dumpDatabase(m.receiver.w().db()) == before);
    }
    SECTION("a year whose tree is before the change")
    {
        // 2024 is reported on the tree of 01/07/2021, to Thành phố Huế: Xuân Phú had not gone
        // into Vỹ Dạ yet.
        Moved m(QStringLiteral("474"), Role::District);
        const QString file = m.fileOfVyDa(xuanPhu, 2024);
        const QString before = dumpDatabase(m.receiver.w().db());
        ScriptedDecisions yes;
        yes.movedKey = true;
        const FileOutcome o = m.receiver.import(file, yes);
        CHECK(o.result == ImportResult::Refused);
        CHECK(yes.movedKeyReviews.isEmpty());
        CHECK(o.message.contains(QStringLiteral("signed with the key of Phường Xuân Phú (19792)")));
        CHECK(dumpDatabase(m.receiver.w().db()) == before);
    }
}
