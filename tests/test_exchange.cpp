// Exchange files end to end in core: commune -> district -> province with hand-worked rates,
// the same file twice, newer wins, older refused, the user's questions, trust in keys, and
// Vietnamese text in NFD stored as NFC.
#include "core/exchange/Envelope.h"
#include "core/exchange/KeyStore.h"
#include "core/exchange/PayloadJson.h"
#include "test_exchange_support.h"

using namespace chitieu;
using namespace chitieu::exchange;
using test::at;
using test::dumpDatabase;
using test::Installation;
using test::ScopedClock;
using test::ScriptedDecisions;

namespace {
const QString commune = QStringLiteral("20164");      // Xã Hương Phú (rural), Huyện Nam Đông
const QString paperCommune = QStringLiteral("20161"); // Thị trấn Khe Tre (urban), same district
const QString district = QStringLiteral("483");
const QString province = QStringLiteral("46");

// Judged at any coverage: the round trip carries two communes of many.
const CountingRule anyCoverage{false, 0};

std::optional<double> rate(Workspace& w, const char* measure, const QString& unit, int year = 2024)
{
    return w.calculator().compute(*w.catalogue().measure(QString::fromLatin1(measure)), unit, year, anyCoverage).value;
}

MeasureStatus status(Workspace& w, const char* measure, const QString& unit, int year = 2024)
{
    return w.calculator().compute(*w.catalogue().measure(QString::fromLatin1(measure)), unit, year, anyCoverage).status;
}

void enterCommune(Installation& c)
{
    c.enter(commune, 2024,
            {{"live_births", 200},
             {"neonatal_deaths", 1},
             {"children_under1", 190},
             {"under1_fully_immunised", 185},
             {"under5_measured", 150},
             {"under5_overweight", 6},
             {"cfc_registered", 1}});
    c.w().values().apply({{commune, 2024, "live_births", 200, QStringLiteral("Theo sổ khai sinh của xã")}},
                         {QStringLiteral("Lê Thị Cúc"), QStringLiteral("entry"), commune});
}
} // namespace

TEST_CASE("A round trip commune -> district -> province gives the province rates worked by hand")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    Installation p(province, Role::Province, QStringLiteral("Phạm Thị Phương"));

    enterCommune(c);
    FormStatus::save(c.w().db(), commune, 2024, FormState::Complete, QStringLiteral("Lê Thị Cúc"));
    const QString communeFile = c.exportFile(2024, QStringLiteral("huong-phu-2024.chitieu"));
    CHECK(c.w()
              .db()
              .scalar(QStringLiteral("SELECT COUNT(*) FROM sent_files WHERE unit_code=? AND year=2024"), {commune})
              .toInt() == 1);

    clock.clock().set(at(2024, 11, 16));
    const FileOutcome atDistrict = d.import(communeFile);
    INFO(atDistrict.message.toStdString());
    REQUIRE(atDistrict.result == ImportResult::Applied);
    CHECK(atDistrict.changed == 7);
    // A commune that sent paper forms, typed in by the district, and values the district holds itself.
    d.enter(paperCommune, 2024,
            {{"live_births", 100},
             {"neonatal_deaths", 0},
             {"children_under1", 95},
             {"under1_fully_immunised", 90},
             {"under5_measured", 80},
             {"under5_overweight", 8},
             {"cfc_registered", 1}});
    d.enter(district, 2024, {{"children_disaster_affected", 40}, {"children_disaster_relieved", 38}});
    // The district marks the paper form complete, so that it counts.
    FormStatus::save(d.w().db(), paperCommune, 2024, FormState::Complete, QStringLiteral("Trần Văn Đức"));
    clock.clock().set(at(2024, 11, 24));
    const QString districtFile = d.exportFile(2024, QStringLiteral("nam-dong-2024.chitieu"));

    clock.clock().set(at(2024, 11, 28));
    const FileOutcome atProvince = p.import(districtFile);
    INFO(atProvince.message.toStdString());
    REQUIRE(atProvince.result == ImportResult::Applied);
    CHECK(atProvince.changed == 16);

    Workspace& w = p.w();
    // 2a: (1 + 0) / (200 + 100) x 1000 = 3.33 per mille, target < 1: not met.
    CHECK(*rate(w, "2a", province) == Approx(1000.0 / 300.0));
    CHECK(status(w, "2a", province) == MeasureStatus::NotMet);
    // 4a: (185 + 90) / (190 + 95) x 100 = 275 / 285 = 96.49 %, target > 95: met.
    CHECK(*rate(w, "4a", province) == Approx(27500.0 / 285.0));
    CHECK(status(w, "4a", province) == MeasureStatus::Met);
    // 3c, rural communes only: 6 / 150 = 4 %, target < 5: met. 3d, urban: 8 / 80 = 10 %, target < 8: not met.
    CHECK(*rate(w, "3c", province) == Approx(4.0));
    CHECK(status(w, "3c", province) == MeasureStatus::Met);
    CHECK(*rate(w, "3d", province) == Approx(10.0));
    CHECK(status(w, "3d", province) == MeasureStatus::NotMet);
    // 1a: both communes that answered are registered: 2 / 2 = 100 %, on 2 of the province's 141 (2024's tree).
    CHECK(*rate(w, "1a", province) == Approx(100.0));
    const MeasureResult a1 = w.calculator().compute(*w.catalogue().measure("1a"), province, 2024);
    CHECK(a1.coverage.covered == 2);
    CHECK(a1.coverage.expected == 141);
    CHECK(a1.status == MeasureStatus::Incomplete); // at the default setting: every commune
    // 10, from the district's own counts: 38 / 40 = 95 %, target >= 100: not met.
    CHECK(*rate(w, "10", province) == Approx(95.0));
    CHECK(status(w, "10", province) == MeasureStatus::NotMet);
    // Drill-down: the district, and each commune below it.
    CHECK(*rate(w, "2a", district) == Approx(1000.0 / 300.0));
    CHECK(*rate(w, "2a", commune) == Approx(5.0));
    CHECK(*rate(w, "2a", paperCommune) == Approx(0.0));
    CHECK(status(w, "2a", paperCommune) == MeasureStatus::Met);

    // The commune's values arrive with their comment and who changed them at the commune.
    const auto stored = w.values().values(commune, 2024);
    CHECK(stored.value("live_births").comment == QStringLiteral("Theo sổ khai sinh của xã"));
    CHECK(stored.value("live_births").changedBy == QStringLiteral("Lê Thị Cúc"));
    CHECK(stored.value("live_births").source == QStringLiteral("import"));
    CHECK(stored.value("live_births").enteredByUnit == district); // the file's sender
    // Submissions: the district's file, and the commune's own file it carried; none for paper.
    CHECK(w.db().scalar(QStringLiteral("SELECT COUNT(*) FROM submissions WHERE year=2024")).toInt() == 2);
    CHECK(w.db()
              .scalar(QStringLiteral("SELECT made_at FROM submissions WHERE unit_code=?"), {commune})
              .toString()
              .startsWith(QStringLiteral("2024-11-10T09:00:00.000")));
    CHECK(FormStatus::load(w.db(), commune, 2024).state == FormState::Complete);
    CHECK(w.db().scalar(QStringLiteral("SELECT COUNT(*) FROM received_files")).toInt() == 1);
    CHECK(w.db().scalar(QStringLiteral("SELECT COUNT(*) FROM unit_keys WHERE unit_code=?"), {district}).toInt() == 1);
    // The import is in the audit trail, by the province's user.
    CHECK(w.db()
              .scalar(QStringLiteral("SELECT COUNT(*) FROM audit WHERE source='import' AND changed_by=?"),
                      {QStringLiteral("Phạm Thị Phương")})
              .toInt() == 16);
}

TEST_CASE("Importing the same file twice changes nothing")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    enterCommune(c);
    const QString file = c.exportFile(2024, QStringLiteral("c.chitieu"));
    REQUIRE(d.import(file).result == ImportResult::Applied);
    const QString before = dumpDatabase(d.w().db());
    clock.clock().set(at(2024, 11, 20));
    const FileOutcome again = d.import(file);
    CHECK(again.result == ImportResult::AlreadyHad);
    CHECK(again.message.contains(QStringLiteral("already imported")));
    CHECK(dumpDatabase(d.w().db()) == before);
}

TEST_CASE("A newer file replaces the older one's values after review, and an older one never overwrites")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    enterCommune(c);
    const QString v1 = c.exportFile(2024, QStringLiteral("v1.chitieu"));
    REQUIRE(d.import(v1).result == ImportResult::Applied);

    // The commune corrects a count, removes another and adds one, and sends again.
    clock.clock().set(at(2024, 11, 12));
    c.w().values().apply({{commune, 2024, "live_births", 210, std::nullopt},
                          {commune, 2024, "under5_overweight", std::nullopt, std::nullopt},
                          {commune, 2024, "children_total", 1500, std::nullopt}},
                         {QStringLiteral("Lê Thị Cúc"), QStringLiteral("entry"), commune});
    const QString v2 = c.exportFile(2024, QStringLiteral("v2.chitieu"));

    SECTION("rejected: nothing changes")
    {
        const QString before = dumpDatabase(d.w().db());
        ScriptedDecisions no;
        const FileOutcome o = d.import(v2, no);
        CHECK(o.result == ImportResult::Refused);
        CHECK(o.message.contains(QStringLiteral("not accepted")));
        REQUIRE(no.changeReviews.size() == 1);
        CHECK(dumpDatabase(d.w().db()) == before);
    }
    SECTION("accepted: the newer values win, and the older file is then refused")
    {
        ScriptedDecisions yes;
        yes.changes = true;
        const FileOutcome o = d.import(v2, yes);
        INFO(o.message.toStdString());
        REQUIRE(o.result == ImportResult::Applied);
        REQUIRE(yes.changeReviews.size() == 1);
        const ChangeReview& review = yes.changeReviews.first();
        CHECK(review.previousMadeAt == at(2024, 11, 10));
        REQUIRE(review.changes.size() == 3);
        std::map<QString, std::pair<std::optional<qint64>, std::optional<qint64>>> byElement;
        for (const ValueChange& ch : review.changes)
            byElement[ch.element] = {ch.oldValue, ch.newValue};
        CHECK(byElement["live_births"] == std::make_pair(std::optional<qint64>(200), std::optional<qint64>(210)));
        CHECK(byElement["under5_overweight"] == std::make_pair(std::optional<qint64>(6), std::optional<qint64>()));
        CHECK(byElement["children_total"] == std::make_pair(std::optional<qint64>(), std::optional<qint64>(1500)));
        CHECK(yes.ownReviews.isEmpty());
        CHECK(d.w().values().value(commune, 2024, "live_births") == 210);
        CHECK(!d.w().values().value(commune, 2024, "under5_overweight"));

        const QString before = dumpDatabase(d.w().db());
        const FileOutcome old = d.import(v1, yes);
        CHECK(old.result == ImportResult::Older);
        CHECK(old.message.contains(QStringLiteral("newer data is kept")));
        CHECK(d.w().values().value(commune, 2024, "live_births") == 210);
        CHECK(dumpDatabase(d.w().db()) == before);
    }
}

TEST_CASE("Values this installation entered itself are only overwritten when the user says so")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    enterCommune(c);
    const QString file = c.exportFile(2024, QStringLiteral("c.chitieu"));
    // The district typed the commune's paper form before its file came.
    d.enter(commune, 2024, {{"live_births", 205}, {"neonatal_deaths", 1}});
    const QString before = dumpDatabase(d.w().db());

    ScriptedDecisions decisions;
    decisions.changes = true;
    const FileOutcome refused = d.import(file, decisions);
    CHECK(refused.result == ImportResult::Refused);
    CHECK(refused.message.contains(QStringLiteral("entered on this computer")));
    REQUIRE(decisions.ownReviews.size() == 1);
    const QList<ValueChange> own = decisions.ownReviews.first().ownChanges();
    REQUIRE(own.size() == 1); // neonatal_deaths is the same in the file
    CHECK(own.first().element == QStringLiteral("live_births"));
    CHECK(own.first().oldValue == 205);
    CHECK(own.first().newValue == 200);
    CHECK(dumpDatabase(d.w().db()) == before);

    decisions.ownValues = true;
    REQUIRE(d.import(file, decisions).result == ImportResult::Applied);
    CHECK(d.w().values().value(commune, 2024, "live_births") == 200);
}

TEST_CASE("A file signed with another key is refused until the new key is accepted, which is audited")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    enterCommune(c);
    REQUIRE(d.import(c.exportFile(2024, QStringLiteral("c.chitieu"))).result == ImportResult::Applied);
    const auto firstKey = keystore::trustedKey(d.w().db(), commune);
    REQUIRE(firstKey);
    CHECK(firstKey->publicKey == keystore::ownKey(c.w().db())->publicKey);

    // The commune reinstalled the program: a new database, a new key.
    Installation reinstalled(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    reinstalled.enter(commune, 2024, {{"live_births", 200}, {"neonatal_deaths", 1}});
    clock.clock().set(at(2024, 11, 14));
    const QString newFile = reinstalled.exportFile(2024, QStringLiteral("new-key.chitieu"));
    const QString before = dumpDatabase(d.w().db());

    ScriptedDecisions decisions;
    decisions.changes = true;
    const FileOutcome refused = d.import(newFile, decisions);
    CHECK(refused.result == ImportResult::Refused);
    CHECK(refused.message.contains(QStringLiteral("signed with another key")));
    CHECK(refused.message.contains(crypto::fingerprint(firstKey->publicKey)));
    CHECK(decisions.keyQuestions == 1);
    CHECK(decisions.changeReviews.isEmpty()); // nothing else is asked once the key is refused
    CHECK(dumpDatabase(d.w().db()) == before);

    decisions.newKey = true;
    const FileOutcome accepted = d.import(newFile, decisions);
    INFO(accepted.message.toStdString());
    REQUIRE(accepted.result == ImportResult::Applied);
    CHECK(keystore::trustedKey(d.w().db(), commune)->publicKey == keystore::ownKey(reinstalled.w().db())->publicKey);
    QSqlQuery audit = d.w().db().exec(
        QStringLiteral("SELECT old_comment, new_comment, changed_by FROM audit WHERE source='key' AND unit_code=?"),
        {commune});
    REQUIRE(audit.next());
    CHECK(audit.value(0).toString() == QString::fromLatin1(firstKey->publicKey.toHex()));
    CHECK(audit.value(1).toString() == QString::fromLatin1(keystore::ownKey(reinstalled.w().db())->publicKey.toHex()));
    CHECK(audit.value(2).toString() == QStringLiteral("Trần Văn Đức"));
}

TEST_CASE("A valid file with Vietnamese text in NFD is accepted and stored in NFC")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    enterCommune(c);
    const QString comment = QStringLiteral("Theo sổ khai sinh của xã");
    const QString person = QStringLiteral("Lê Thị Cúc");
    auto nfd = [](const QString& s) { return s.normalized(QString::NormalizationForm_D); };
    REQUIRE(nfd(comment) != comment);

    // As a macOS keyboard would write it: every text decomposed.
    Payload p = buildSubmission(c.w(), commune, 2024);
    p.madeBy = nfd(person);
    p.sender.name = nfd(p.sender.name);
    for (FileValue& v : p.sender.values) {
        v.comment = nfd(v.comment);
        v.changedBy = nfd(v.changedBy);
    }
    const QByteArray json = payloadToJson(p);
    REQUIRE(json.contains(nfd(comment).toUtf8()));
    REQUIRE(!json.contains(comment.toUtf8()));
    const QString path = test::writeFile(c.file(nfd(QStringLiteral("Hương Phú.chitieu"))),
                                         seal(json, keystore::ensureOwnKey(c.w().db()), kFormatVersion));

    const FileOutcome o = d.import(path);
    INFO(o.message.toStdString());
    REQUIRE(o.result == ImportResult::Applied);
    const StoredValue v = d.w().values().values(commune, 2024).value("live_births");
    CHECK(v.comment == comment);
    CHECK(v.changedBy == person);
    CHECK(d.w().db().scalar(QStringLiteral("SELECT file_name FROM received_files")).toString() ==
          QStringLiteral("Hương Phú.chitieu"));
}

TEST_CASE("The installation key is made once and kept")
{
    test::TempWorkspace ws;
    CHECK(!keystore::ownKey(ws->db()));
    const KeyPair k = keystore::ensureOwnKey(ws->db());
    CHECK(k.publicKey.size() == kPublicKeyBytes);
    CHECK(k.secretKey.size() == kSecretKeyBytes);
    CHECK(keystore::ensureOwnKey(ws->db()).publicKey == k.publicKey);
    const QByteArray message("CHITIEU1 test");
    CHECK(crypto::verify(message, crypto::sign(message, k.secretKey), k.publicKey));
    CHECK(!crypto::verify(message + "!", crypto::sign(message, k.secretKey), k.publicKey));
    CHECK(crypto::fingerprint(k.publicKey).size() == 39); // 8 groups of 4 and 7 spaces
}

TEST_CASE("A value changed by another program while the user reviews a file stops the import")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    enterCommune(c);
    REQUIRE(d.import(c.exportFile(2024, QStringLiteral("v1.chitieu"))).result == ImportResult::Applied);
    clock.clock().set(at(2024, 11, 12));
    c.enter(commune, 2024, {{"live_births", 210}});
    const QString v2 = c.exportFile(2024, QStringLiteral("v2.chitieu"));

    // While the review is open, someone types a value at the district (another window, the CLI).
    class EditingMeanwhile : public ScriptedDecisions
    {
    public:
        explicit EditingMeanwhile(Installation& at) : m_at(at) {}
        bool acceptChanges(const ChangeReview& r) override
        {
            m_at.enter(commune, 2024, {{"neonatal_deaths", 3}});
            return ScriptedDecisions::acceptChanges(r);
        }

    private:
        Installation& m_at;
    } decisions(d);
    decisions.changes = true;
    decisions.ownValues = true;
    const FileOutcome o = d.import(v2, decisions);
    CHECK(o.result == ImportResult::Refused);
    CHECK(o.message.contains(QStringLiteral("changed while this file was being reviewed")));
    CHECK(d.w().values().value(commune, 2024, "neonatal_deaths") == 3); // the typed value is kept
    CHECK(d.w().values().value(commune, 2024, "live_births") == 200);   // the file was not applied
}

TEST_CASE("Files travel one level up: the province refuses a commune's file sent straight to it")
{
    test::ScopedClock clock(test::at(2024, 11, 10));
    test::Installation communeDesk("19780", Role::Commune, "Cán bộ xã");
    test::Installation provinceDesk("46", Role::Province, "Sở LĐTBXH");
    communeDesk.enter("19780", 2024, {{"live_births", 50}, {"neonatal_deaths", 0}});
    const QString file = communeDesk.exportFile(2024, "19780.chitieu");
    const QString before = test::dumpDatabase(provinceDesk.w().db());
    const exchange::FileOutcome r = provinceDesk.import(file);
    CHECK(r.result == exchange::ImportResult::Refused);
    CHECK(r.message.contains("not directly under"));
    CHECK(r.message.contains("Thành phố Huế")); // where it should go first
    CHECK(test::dumpDatabase(provinceDesk.w().db()) == before);
}
