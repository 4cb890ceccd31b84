// Completeness and timeliness at a fixed clock, and the return of a submission from a district
// to its commune and back.
#include "core/Csv.h"
#include "core/exchange/Returns.h"
#include "core/schedule/Completeness.h"
#include "test_exchange_support.h"

using namespace chitieu;
using namespace chitieu::exchange;
using test::at;
using test::dumpDatabase;
using test::Installation;
using test::ScopedClock;

namespace {
const QString district = QStringLiteral("483");

std::map<QString, Arrival> arrivalsOf(const Completeness& c)
{
    std::map<QString, Arrival> out;
    for (const UnitArrival& a : c.units)
        out[a.unitCode] = a.arrival;
    return out;
}

// Units sending their files, each from its own installation, at the time given.
class Senders
{
public:
    explicit Senders(ScopedClock& clock) : m_clock(clock) {}
    // A unit's file: a commune's counts (its form complete unless AsItIs, nothing at all when
    // empty); a district's holds every commune under it, complete.
    QString send(const QString& unit, Role role, const QDateTime& madeAt,
                 Installation::Form form = Installation::Form::MarkComplete, bool empty = false)
    {
        m_clock.clock().set(madeAt);
        m_installations.push_back(std::make_unique<Installation>(unit, role, QStringLiteral("Người gửi")));
        Installation& sender = *m_installations.back();
        for (const OrgUnit* c : sender.w().units().communesUnder(unit)) {
            if (empty)
                break;
            sender.enter(c->code, 2024, {{"live_births", 100}});
            if (c->code != unit)
                FormStatus::save(sender.w().db(), c->code, 2024, FormState::Complete, QStringLiteral("Người gửi"));
        }
        return sender.exportFile(2024, unit + QStringLiteral(".chitieu"), form);
    }
    // The last sender makes another of its deliverables (a report without data) at `madeAt`.
    QString sendAlso(const QString& deliverable, const QDateTime& madeAt)
    {
        m_clock.clock().set(madeAt);
        Installation& sender = *m_installations.back();
        const QString unit = sender.w().settings().unitCode;
        return exchange::exportDeliverable(
                   sender.w(), unit, deliverable, 2024,
                   sender.file(unit + QLatin1Char('-') + deliverable + QStringLiteral(".chitieu")))
            .path;
    }

private:
    ScopedClock& m_clock;
    std::vector<std::unique_ptr<Installation>> m_installations;
};
} // namespace

TEST_CASE("Completeness of a district's communes: on time, late and missing at a fixed clock")
{
    ScopedClock clock(at(2024, 11, 1));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    // The district's own deadline for its communes: 15/11 (the default).
    Senders senders(clock);
    const QString early = senders.send("20161", Role::Commune, at(2024, 11, 1));
    const QString lastMinute = senders.send("20164", Role::Commune, at(2024, 11, 15, 23));
    const QString late = senders.send("20167", Role::Commune, QDateTime(QDate(2024, 11, 16), QTime(0, 30)));
    // On time, but not complete: one form in progress, one empty. Neither is on time.
    const QString inProgress = senders.send("20170", Role::Commune, at(2024, 11, 2), Installation::Form::AsItIs);
    const QString empty = senders.send("20173", Role::Commune, at(2024, 11, 2), Installation::Form::AsItIs, true);
    clock.clock().set(at(2024, 11, 28)); // imported well after: the date made counts, not the import
    for (const QString& f : {early, lastMinute, late, inProgress, empty})
        REQUIRE(d.import(f).result == ImportResult::Applied);

    Completeness c = completeness(d.w().db(), d.w().catalogue(), d.w().units(), district, 2024);
    CHECK(c.expected() == 10);
    CHECK(c.onTime == 2);
    CHECK(c.late == 1);
    CHECK(c.notComplete == 2);
    CHECK(c.missing == 5);
    CHECK(c.percent(c.onTime) == Approx(20.0));
    CHECK(c.percent(c.late) == Approx(10.0));
    CHECK(c.percent(c.missing) == Approx(50.0));
    auto a = arrivalsOf(c);
    CHECK(a["20161"] == Arrival::OnTime);
    CHECK(a["20164"] == Arrival::OnTime);
    CHECK(a["20167"] == Arrival::Late);
    CHECK(a["20170"] == Arrival::NotComplete);
    CHECK(a["20173"] == Arrival::NotComplete);
    CHECK(a["20179"] == Arrival::Missing);
    for (const UnitArrival& u : c.units) {
        CHECK(u.deadline == QDate(2024, 11, 15));
        // Received complete, in progress and empty are told apart.
        if (u.unitCode == "20161")
            CHECK(receiptText(u) == "Received, complete");
        if (u.unitCode == "20170")
            CHECK(receiptText(u) == "Received, in progress");
        if (u.unitCode == "20173")
            CHECK(receiptText(u) == "Received, empty");
    }

    const QList<csv::Row> rows =
        csv::parse(QString::fromUtf8(completenessCsv(c, d.w().units(), d.w().catalogue()).mid(3)), "csv");
    REQUIRE(rows.size() == 11);
    CHECK(rows[0].fields.join(',') ==
          "unit_code,unit_name,deadline,made_at,received_at,state,form_state,returned,received");
    QMap<QString, QStringList> byCode;
    for (const csv::Row& r : rows)
        byCode.insert(r.fields.value(0), r.fields);
    CHECK(byCode["20167"][1] == "Xã Hương Sơn");
    CHECK(byCode["20167"][2] == "2024-11-15");
    CHECK(byCode["20167"][3].startsWith("2024-11-16T00:30:00"));
    CHECK(byCode["20167"][4].startsWith("2024-11-28T09:00:00"));
    CHECK(byCode["20167"][5] == "late");
    CHECK(byCode["20167"][8] == "complete");
    CHECK(byCode["20170"][5] == "not_complete");
    CHECK(byCode["20170"][8] == "in_progress");
    CHECK(byCode["20173"][8] == "empty");
    CHECK(byCode["20179"][5] == "missing");
    CHECK(byCode["20179"][3].isEmpty());
    CHECK(byCode["20179"][8].isEmpty());

    // The district moves its deadline to 20/11: the late commune is on time.
    InstallationSettings s = d.w().settings();
    s.communeDeadlineDay = 20;
    d.w().saveSettings(s);
    c = completeness(d.w().db(), d.w().catalogue(), d.w().units(), district, 2024);
    CHECK(c.onTime == 3);
    CHECK(c.late == 0);
}

TEST_CASE("Completeness of the province's districts: the data with the results report, the 25/11 report on its own")
{
    ScopedClock clock(at(2024, 11, 1));
    Installation p(QStringLiteral("46"), Role::Province, QStringLiteral("Phạm Thị Phương"));
    Senders senders(clock);
    const QString namDong = senders.send(district, Role::District, at(2024, 11, 27));
    const QString namDongReport = senders.sendAlso(QStringLiteral("district-25-11"), at(2024, 11, 27));
    const QString aLuoi = senders.send("481", Role::District, at(2024, 11, 20));
    const QString aLuoiReport = senders.sendAlso(QStringLiteral("district-25-11"), at(2024, 11, 20));
    clock.clock().set(at(2024, 12, 1));
    for (const QString& f : {namDong, namDongReport, aLuoi, aLuoiReport})
        REQUIRE(p.import(f).result == ImportResult::Applied);

    // The data files go with the 30/11 results report: both on time.
    Completeness c = completeness(p.w().db(), p.w().catalogue(), p.w().units(), "46", 2024);
    CHECK(c.expected() == 9);
    CHECK(c.onTime == 2);
    CHECK(c.late == 0);
    CHECK(c.missing == 7);
    CHECK(arrivalsOf(c)[district] == Arrival::OnTime);
    CHECK(c.units.first().deadline == QDate(2024, 11, 30));

    // The implementation report is tracked against its own 25/11.
    c = completeness(p.w().db(), p.w().catalogue(), p.w().units(), "46", 2024, "district-25-11");
    CHECK(c.onTime == 1);
    CHECK(c.late == 1);
    CHECK(arrivalsOf(c)[district] == Arrival::Late);
    CHECK(arrivalsOf(c)["481"] == Arrival::OnTime);
    CHECK(c.units.first().deadline == QDate(2024, 11, 25));
}

TEST_CASE("A district returns a commune's file, and the commune's form reopens with the reason")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation c(QStringLiteral("20164"), Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    c.enter("20164", 2024, {{"live_births", 200}});
    FormStatus::save(c.w().db(), "20164", 2024, FormState::Complete, "Lê Thị Cúc");
    REQUIRE(d.import(c.exportFile(2024, "c.chitieu")).result == ImportResult::Applied);

    // Refused returns: nothing to return, no reason, a unit not below.
    clock.clock().set(at(2024, 11, 16));
    CHECK_THROWS_WITH(returnSubmission(d.w(), "20167", 2024, "x", d.file("r.chitieu")),
                      Catch::Contains("There is no file from"));
    CHECK_THROWS_WITH(returnSubmission(d.w(), "20164", 2024, "   ", d.file("r.chitieu")), Catch::Contains("Write why"));
    CHECK_THROWS_WITH(returnSubmission(d.w(), "20047", 2024, "x", d.file("r.chitieu")),
                      Catch::Contains("is not directly under"));
    CHECK(!QFileInfo::exists(d.file("r.chitieu")));

    const QString reason = QStringLiteral("Số trẻ dưới 1 tuổi chưa khớp với sổ tiêm chủng");
    const QString path = d.file("return.chitieu");
    returnSubmission(d.w(), "20164", 2024, reason, path);
    CHECK(d.w()
              .db()
              .scalar("SELECT status || '|' || status_reason FROM submissions WHERE unit_code='20164'")
              .toString() == "returned|" + reason);
    bool returnedShown = false;
    for (const UnitArrival& a : completeness(d.w().db(), d.w().catalogue(), d.w().units(), district, 2024).units)
        returnedShown = returnedShown || (a.unitCode == "20164" && a.returned);
    CHECK(returnedShown);

    // Another commune can't use it.
    Installation other(QStringLiteral("20167"), Role::Commune, QStringLiteral("Hồ Văn Sơn"));
    CHECK(other.import(path).message.contains("This return is for unit"));

    clock.clock().set(at(2024, 11, 17));
    const FileOutcome o = c.import(path);
    INFO(o.message.toStdString());
    REQUIRE(o.result == ImportResult::Applied);
    CHECK(o.kind == FileKind::Return);
    CHECK(o.message.contains(reason));
    FormStatus s = FormStatus::load(c.w().db(), "20164", 2024);
    CHECK(s.state == FormState::Returned);
    CHECK(s.reason == reason);
    CHECK(s.changedBy == "Trần Văn Đức");
    // The commune now trusts the district's key.
    CHECK(c.w().db().scalar("SELECT COUNT(*) FROM unit_keys WHERE unit_code='483'").toInt() == 1);
    const QString before = dumpDatabase(c.w().db());
    CHECK(c.import(path).result == ImportResult::AlreadyHad);
    CHECK(dumpDatabase(c.w().db()) == before);

    // The commune corrects its form, completes it and sends again; the district accepts it.
    clock.clock().set(at(2024, 11, 18));
    c.enter("20164", 2024, {{"live_births", 195}});
    FormStatus::save(c.w().db(), "20164", 2024, FormState::Complete, "Lê Thị Cúc");
    test::ScriptedDecisions yes;
    yes.changes = true;
    REQUIRE(d.import(c.exportFile(2024, "c2.chitieu"), yes).result == ImportResult::Applied);
    CHECK(d.w().db().scalar("SELECT status FROM submissions WHERE unit_code='20164'").toString() == "accepted");
    CHECK(FormStatus::load(d.w().db(), "20164", 2024).state == FormState::Complete);

    // An old return copied again no longer reopens the completed form: it is older.
    Installation c2(QStringLiteral("20164"), Role::Commune, QStringLiteral("Lê Thị Cúc"));
    FormStatus::save(c2.w().db(), "20164", 2024, FormState::Complete, "Lê Thị Cúc");
    const FileOutcome stale = c2.import(path);
    CHECK(stale.result == ImportResult::Older);
    CHECK(FormStatus::load(c2.w().db(), "20164", 2024).state == FormState::Complete);
}

TEST_CASE("A return signed by another key than the district's is refused at the commune")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation c(QStringLiteral("20164"), Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    Installation impostor(district, Role::District, QStringLiteral("Ai đó"));
    c.enter("20164", 2024, {{"live_births", 200}});
    const QString file = c.exportFile(2024, "c.chitieu");
    REQUIRE(d.import(file).result == ImportResult::Applied);
    REQUIRE(impostor.import(file).result == ImportResult::Applied);
    clock.clock().set(at(2024, 11, 16));
    returnSubmission(d.w(), "20164", 2024, "Sai số liệu", d.file("r1.chitieu"));
    REQUIRE(c.import(d.file("r1.chitieu")).result == ImportResult::Applied);
    returnSubmission(impostor.w(), "20164", 2024, "Gửi lại ngay", impostor.file("r2.chitieu"));
    const QString before = dumpDatabase(c.w().db());
    const FileOutcome o = c.import(impostor.file("r2.chitieu"));
    CHECK(o.result == ImportResult::Refused);
    CHECK(o.message.contains("signed with another key"));
    CHECK(dumpDatabase(c.w().db()) == before);
}

TEST_CASE("Every export is recorded in sent_files")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation c(QStringLiteral("20164"), Role::Commune, QStringLiteral("Lê Thị Cúc"));
    c.enter("20164", 2024, {{"live_births", 200}});
    c.exportFile(2024, "a.chitieu");
    clock.clock().set(at(2024, 11, 11));
    c.exportFile(2024, "b.chitieu");
    QSqlQuery q = c.w().db().exec("SELECT file_name, made_at, length(content_hash) FROM sent_files ORDER BY id");
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == "a.chitieu");
    CHECK(q.value(1).toString().startsWith("2024-11-10T09:00:00.000"));
    CHECK(q.value(2).toInt() == 64);
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == "b.chitieu");
    CHECK(!q.next());
    // Only this installation's own unit can be exported.
    CHECK_THROWS_WITH(exportSubmission(c.w(), "20167", 2024, c.file("x.chitieu")),
                      Catch::Contains("can only make the file of"));
}
