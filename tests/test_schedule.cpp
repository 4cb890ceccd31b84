// Deadlines by role, days left and overdue at fixed dates, a unit's own state for the year
// (not started, in progress, complete, sent, returned), the year status and the reminder.
#include "core/Error.h"
#include "core/schedule/Deadlines.h"
#include "core/schedule/UnitYearState.h"
#include "core/schedule/YearStatus.h"
#include "support/TestSupport.h"

using namespace chitieu;

namespace {
QDateTime at(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

void configure(test::TempWorkspace& ws, Role role, const QString& unit, const QString& agency = {})
{
    InstallationSettings s = ws->settings();
    s.role = role;
    s.unitCode = unit;
    s.agencyCode = agency;
    s.userName = "Hồ Thị D";
    ws->saveSettings(s);
}

void sent(test::TempWorkspace& ws, const QString& unit, int year, const QString& madeAt)
{
    ws->db().exec("INSERT INTO sent_files(unit_code, year, made_at, content_hash, file_name) VALUES(?,?,?,?,?)",
                  {unit, year, madeAt, "hash-" + madeAt, unit + ".chitieu"});
}

void received(test::TempWorkspace& ws, const QString& unit, int year, const QString& madeAt)
{
    ws->db().exec("INSERT INTO submissions(unit_code, year, made_at, received_at, form_state, content_hash) "
                  "VALUES(?,?,?,?,?,?)",
                  {unit, year, madeAt, "2024-11-19T08:00:00.000", "complete", "hash-" + unit});
    // What the file brought: counts of every commune under the unit, their forms complete.
    for (const OrgUnit* c : ws->units().communesUnder(unit))
        ws.setComplete(c->code, year, {{"live_births", 100}});
}

// id -> days left, for the status's deadlines.
std::map<QString, qint64> daysById(const YearStatus& s, bool fromBelow)
{
    std::map<QString, qint64> out;
    for (const DeadlineStatus& d : s.deadlines)
        if (d.item.fromBelow == fromBelow)
            out[d.item.id] = d.daysLeft;
    return out;
}

QStringList ids(const QList<DueItem>& items)
{
    QStringList out;
    for (const DueItem& i : items)
        out << i.id + (i.fromBelow ? "<" : "") + "@" + i.date.toString("dd/MM");
    return out;
}
} // namespace

TEST_CASE("Which deadlines concern each role, by date")
{
    const Catalogue& cat = Catalogue::builtIn();
    InstallationSettings s;
    s.communeDeadlineDay = 18;
    s.communeDeadlineMonth = 11;

    s.role = Role::Commune;
    CHECK(ids(deadlinesFor(cat, s, 2024, std::nullopt)) == QStringList{"communes@18/11"});

    s.role = Role::District;
    CHECK(ids(deadlinesFor(cat, s, 2024, UnitLevel::Commune)) ==
          QStringList{"communes<@18/11", "district-25-11@25/11", "results-30-11@30/11"});
    // 2021 adds the one-off implementation plan of 20/06/2021; the reviews are the province's.
    CHECK(ids(deadlinesFor(cat, s, 2021, UnitLevel::Commune)) ==
          QStringList{"plan-20-06@20/06", "communes<@18/11", "district-25-11@25/11", "results-30-11@30/11"});
    CHECK(ids(deadlinesFor(cat, s, 2023, UnitLevel::Commune)).size() == 3);

    for (Role r : {Role::Province, Role::Department}) {
        s.role = r;
        CHECK(ids(deadlinesFor(cat, s, 2024, UnitLevel::District)) ==
              QStringList{"district-25-11<@25/11", "results-30-11@30/11", "dolisa-05-12@05/12"});
        CHECK(ids(deadlinesFor(cat, s, 2023, UnitLevel::District)) ==
              QStringList{"district-25-11<@25/11", "results-30-11@30/11", "dolisa-05-12@05/12", "review-2023@05/12"});
        CHECK(ids(deadlinesFor(cat, s, 2025, UnitLevel::District)) ==
              QStringList{"district-25-11<@25/11", "results-30-11@30/11", "dolisa-05-12@05/12", "review-2025@05/12"});
    }
    // A province whose districts were abolished (2025) receives the communes' files directly.
    s.role = Role::Province;
    CHECK(ids(deadlinesFor(cat, s, 2024, UnitLevel::Commune)).first() == "communes<@18/11");
    s.role = Role::Unset;
    CHECK(deadlinesFor(cat, s, 2024, std::nullopt).isEmpty());
}

TEST_CASE("Days left and overdue in words")
{
    CHECK(daysLeftText(5) == "5 days left");
    CHECK(daysLeftText(1) == "1 day left");
    CHECK(daysLeftText(0) == "due today");
    CHECK(daysLeftText(-1) == "overdue by 1 day");
    CHECK(daysLeftText(-11) == "overdue by 11 days");
    const DueItem item{"district-25-11", QDate(2024, 11, 25), false, {}, {}};
    CHECK(item.daysLeft(QDate(2024, 11, 20)) == 5);
    CHECK(item.daysLeft(QDate(2024, 11, 26)) == -1);
    CHECK(item.daysLeft(QDate(2024, 12, 6)) == -11);
}

TEST_CASE("A unit's own state: not started, in progress, complete, sent, returned")
{
    test::TempWorkspace ws;
    test::ScopedClock clock(at("2024-11-18T10:00:00"));
    const QString unit = "20164";
    CHECK(unitYearState(ws->db(), unit, 2024).state == YearState::NotStarted);

    ws.set(unit, 2024, {{"live_births", 40}});
    CHECK(unitYearState(ws->db(), unit, 2024).state == YearState::InProgress);

    FormStatus::save(ws->db(), unit, 2024, FormState::Complete, "A");
    CHECK(unitYearState(ws->db(), unit, 2024).state == YearState::Complete);
    // A file of another year or another unit does not count.
    sent(ws, unit, 2023, "2024-11-18T11:00:00.000");
    sent(ws, "20161", 2024, "2024-11-18T11:00:00.000");
    CHECK(unitYearState(ws->db(), unit, 2024).state == YearState::Complete);

    sent(ws, unit, 2024, "2024-11-18T11:00:00.000");
    UnitYearState s = unitYearState(ws->db(), unit, 2024);
    CHECK(s.state == YearState::Sent);
    REQUIRE(s.sentAt);
    CHECK(s.sentAt->date() == QDate(2024, 11, 18));

    // Reopened after sending: a new file is needed.
    clock.clock().set(at("2024-11-19T09:00:00"));
    FormStatus::save(ws->db(), unit, 2024, FormState::InProgress, "A");
    CHECK(unitYearState(ws->db(), unit, 2024).state == YearState::InProgress);
    clock.clock().set(at("2024-11-20T09:00:00"));
    FormStatus::save(ws->db(), unit, 2024, FormState::Complete, "A");
    CHECK(unitYearState(ws->db(), unit, 2024).state == YearState::Complete);
    sent(ws, unit, 2024, "2024-11-20T09:30:00.000");
    s = unitYearState(ws->db(), unit, 2024);
    CHECK(s.state == YearState::Sent);
    CHECK(s.sentAt->date() == QDate(2024, 11, 20)); // the latest of the two files

    // Returned by the district after that file.
    clock.clock().set(at("2024-11-21T09:00:00"));
    FormStatus::save(ws->db(), unit, 2024, FormState::Returned, "B", "thiếu số trẻ dưới 5 tuổi");
    s = unitYearState(ws->db(), unit, 2024);
    CHECK(s.state == YearState::Returned);
    CHECK(s.form.reason == "thiếu số trẻ dưới 5 tuổi");

    // A unit with no form of its own (a district that only consolidates) is sent once a file left.
    CHECK(unitYearState(ws->db(), "483", 2024).state == YearState::NotStarted);
    sent(ws, "483", 2024, "2024-11-24T15:00:00.000");
    CHECK(unitYearState(ws->db(), "483", 2024).state == YearState::Sent);
    CHECK(yearStates.key(YearState::Sent) == "sent");
    CHECK(yearStates.text(YearState::Returned) == "Returned");
}

TEST_CASE("A district on 20/11, 26/11 and 06/12/2024: what is due and what is overdue")
{
    test::TempWorkspace ws;
    configure(ws, Role::District, "483"); // Nam Đông: 10 communes, their files due 15/11
    received(ws, "20161", 2024, "2024-11-14T09:00:00.000");
    received(ws, "20164", 2024, "2024-11-15T16:00:00.000"); // on the day: on time
    received(ws, "20167", 2024, "2024-11-18T08:00:00.000"); // late

    YearStatus s = yearStatus(*ws, 2024, QDate(2024, 11, 20));
    CHECK(daysById(s, false) == std::map<QString, qint64>{{"district-25-11", 5}, {"results-30-11", 10}});
    CHECK(daysById(s, true) == std::map<QString, qint64>{{"communes", -5}});
    REQUIRE(s.below);
    CHECK(s.below->expected() == 10);
    CHECK(s.below->onTime == 2);
    CHECK(s.below->late == 1);
    CHECK(s.below->missing == 7);
    CHECK(s.deadlines[0].overdue()); // the communes' 15/11, with 7 files missing
    REQUIRE(s.pressing().size() == 1);
    CHECK(s.pressing()[0].item.id == "district-25-11");
    CHECK(s.measures.size() == 32);

    s = yearStatus(*ws, 2024, QDate(2024, 11, 26));
    CHECK(daysById(s, false) == std::map<QString, qint64>{{"district-25-11", -1}, {"results-30-11", 4}});
    CHECK(s.pressing().size() == 2);
    CHECK(s.deadlines[1].overdue());
    CHECK_FALSE(s.deadlines[2].overdue());

    s = yearStatus(*ws, 2024, QDate(2024, 12, 6));
    CHECK(daysById(s, false) == std::map<QString, qint64>{{"district-25-11", -11}, {"results-30-11", -6}});
    CHECK(s.deadlines[2].overdue());

    // Sent on 27/11: 25/11 is done but late, 30/11 done in time; nothing is pressing any more.
    sent(ws, "483", 2024, "2024-11-27T10:00:00.000");
    s = yearStatus(*ws, 2024, QDate(2024, 12, 6));
    CHECK(s.own.state == YearState::Sent);
    CHECK(s.deadlines[1].done);
    CHECK(s.deadlines[1].doneLate);
    CHECK_FALSE(s.deadlines[1].overdue());
    CHECK(s.deadlines[2].done);
    CHECK_FALSE(s.deadlines[2].doneLate);
    CHECK(s.pressing().isEmpty());
    CHECK(reminderText(s, ws->units()).isEmpty());
    // The communes' deadline stays open while files are missing.
    CHECK(s.deadlines[0].overdue());
}

TEST_CASE("The reminder speaks when a deadline is less than 7 days away and the data is not sent")
{
    test::TempWorkspace ws;
    configure(ws, Role::District, "483");
    ws.set("483", 2024, {{"children_special", 3}}); // a value held by the district: in progress

    // 25/11 is 8, then 7 days away: not yet.
    CHECK(reminderText(yearStatus(*ws, 2024, QDate(2024, 11, 17)), ws->units()).isEmpty());
    CHECK(reminderText(yearStatus(*ws, 2024, QDate(2024, 11, 18)), ws->units()).isEmpty());

    const QString six = reminderText(yearStatus(*ws, 2024, QDate(2024, 11, 19)), ws->units());
    CHECK(six.contains("25/11/2024"));
    CHECK(six.contains("6 days left"));
    CHECK_FALSE(six.contains("30/11/2024"));
    CHECK(six.contains("Huyện Nam Đông (483) for 2024 is in progress: complete it and send it."));

    const QString late = reminderText(yearStatus(*ws, 2024, QDate(2024, 12, 6)), ws->units());
    CHECK(late.contains("25/11/2024"));
    CHECK(late.contains("overdue by 11 days"));
    CHECK(late.contains("30/11/2024"));
    CHECK(late.contains("overdue by 6 days"));

    test::ScopedClock clock(at("2024-11-19T10:00:00"));
    FormStatus::save(ws->db(), "483", 2024, FormState::Complete, "D");
    CHECK(reminderText(yearStatus(*ws, 2024, QDate(2024, 11, 20)), ws->units())
              .contains("is complete but not sent: send it."));
    FormStatus::save(ws->db(), "483", 2024, FormState::Returned, "Sở", "số liệu chưa khớp");
    CHECK(reminderText(yearStatus(*ws, 2024, QDate(2024, 11, 20)), ws->units()).contains("was returned"));
}

TEST_CASE("A commune sees its district's deadline for communes")
{
    test::TempWorkspace ws;
    configure(ws, Role::Commune, "20164");
    InstallationSettings s = ws->settings();
    s.communeDeadlineDay = 22;
    ws->saveSettings(s);
    const YearStatus st = yearStatus(*ws, 2024, QDate(2024, 11, 20));
    REQUIRE(st.deadlines.size() == 1);
    CHECK(st.deadlines[0].item.id == communeDeadlineId());
    CHECK(st.deadlines[0].item.date == QDate(2024, 11, 22));
    CHECK(st.deadlines[0].daysLeft == 2);
    CHECK_FALSE(st.below);
    CHECK(reminderText(st, ws->units()).contains("is not started: enter it, mark it complete and send it."));
}

TEST_CASE("The province and a department: districts below, 30/11 and 05/12, a department's own measures")
{
    test::TempWorkspace ws;
    configure(ws, Role::Department, "46", "syt");
    received(ws, "474", 2024, "2024-11-25T23:00:00.000");
    YearStatus s = yearStatus(*ws, 2024, QDate(2024, 12, 6));
    CHECK(daysById(s, false) == std::map<QString, qint64>{{"results-30-11", -6}, {"dolisa-05-12", -1}});
    CHECK(daysById(s, true) == std::map<QString, qint64>{{"district-25-11", -11}});
    REQUIRE(s.below);
    CHECK(s.below->onTime == 1);
    CHECK(s.below->missing == 8);
    CHECK(s.measures.size() == 13); // Sở Y tế: indicators 2, 3, 4, 9 and 16

    configure(ws, Role::Province, "46");
    s = yearStatus(*ws, 2023, QDate(2023, 11, 20));
    CHECK(daysById(s, false) ==
          std::map<QString, qint64>{{"results-30-11", 10}, {"dolisa-05-12", 15}, {"review-2023", 15}});
    CHECK(s.measures.size() == 32);
}

TEST_CASE("The year status refuses an installation without a unit and a year outside the plan")
{
    test::TempWorkspace ws;
    CHECK_THROWS_AS(yearStatus(*ws, 2024, QDate(2024, 11, 20)), Error);
    configure(ws, Role::District, "483");
    CHECK_THROWS_WITH(yearStatus(*ws, 2019, QDate(2024, 11, 20)), Catch::Contains("2019"));
    CHECK(currentReportingYear(ws->catalogue(), QDate(2024, 11, 20)) == 2024);
    CHECK(currentReportingYear(ws->catalogue(), QDate(2027, 1, 2)) == 2025);
}
