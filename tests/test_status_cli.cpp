// chitieu-cli status: the deliverables of this installation (its own and those it receives)
// with days left or overdue at a given date, its own state, and for a district or the
// province each unit below.
#include "support/CliSupport.h"
#include "support/TestSupport.h"

using namespace chitieu;
using test::runCli;
using test::runCliInProcess;

namespace {
void configure(test::TempWorkspace& ws, Role role, const QString& unit)
{
    InstallationSettings s = ws->settings();
    s.role = role;
    s.unitCode = unit;
    ws->saveSettings(s);
}

void received(test::TempWorkspace& ws, const QString& unit, const QString& madeAt)
{
    ws->db().exec("INSERT INTO submissions(unit_code, year, made_at, received_at, content_hash) VALUES(?,?,?,?,?)",
                  {unit, 2024, madeAt, "2024-11-19T08:00:00.000", "hash-" + unit});
    // What the file brought: counts of every commune under the unit in 2024's tree, their forms complete.
    const UnitTree tree = ws->treeOfYear(2024);
    for (const OrgUnit* c : tree.communesUnder(unit))
        ws.setComplete(c->code, 2024, {{"live_births", 100}});
}

// The output line that contains `needle` (empty when there is none).
QString lineWith(const QString& text, const QString& needle)
{
    for (const QString& line : text.split('\n'))
        if (line.contains(needle))
            return line;
    return {};
}

QStringList statusArgs(const test::TempWorkspace& ws, const QString& date, const QString& year = "2024")
{
    return {"--db", ws.path(), "status", "--year", year, "--date", date};
}
} // namespace

TEST_CASE("status for a district at 20/11, 26/11 and 06/12/2024: each deliverable on its own")
{
    test::TempWorkspace ws;
    configure(ws, Role::District, "483");
    received(ws, "20161", "2024-11-14T09:00:00.000");
    received(ws, "20164", "2024-11-15T16:00:00.000");
    received(ws, "20167", "2024-11-18T08:00:00.000");

    const test::CliResult r = runCli(statusArgs(ws, "2024-11-20"));
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith("Huyện Nam Đông (483), year 2024, on 20/11/2024"));
    // Overdue lines start with "!"; the communes' data is received, not made here.
    CHECK(lineWith(r.out, "15/11/2024  ").startsWith("! 15/11/2024  commune-data "));
    CHECK(lineWith(r.out, "15/11/2024  ").contains("3 of 10 received, overdue by 5 days"));
    CHECK(lineWith(r.out, "missing:").contains("20170"));
    CHECK_FALSE(lineWith(r.out, "missing:").contains("20161"));
    CHECK(lineWith(r.out, "25/11/2024  ").startsWith("  25/11/2024  district-25-11 "));
    CHECK(lineWith(r.out, "25/11/2024  ").contains("not started, 5 days left"));
    CHECK(lineWith(r.out, "30/11/2024  ").startsWith("  30/11/2024  results-30-11 "));
    CHECK(lineWith(r.out, "30/11/2024  ").contains("in progress, 10 days left")); // 3 files received
    CHECK(lineWith(r.out, "still to do:").contains("Difficulties and obstacles"));
    CHECK_FALSE(r.out.contains("05/12/2024")); // the consolidating agency's deliverable
    CHECK_FALSE(r.out.contains("20/06/"));     // the 2021 plan is not due in 2024
    CHECK(r.out.contains(
        "Units below: 10 (files due 15/11/2024): 2 on time, 1 late, 0 received not complete, 7 missing."));
    CHECK(lineWith(r.out, "  20161 ").contains("On time"));
    CHECK(lineWith(r.out, "  20161 ").contains("made 14/11/2024"));
    CHECK(lineWith(r.out, "  20164 ").contains("On time"));
    CHECK(lineWith(r.out, "  20167 ").contains("Late"));
    CHECK(lineWith(r.out, "  20191 ").contains("Missing"));
    CHECK(r.out.contains("Measures: 0 met, 0 not met, 0 incomplete, 32 without data."));
    // Less than 7 days to 25/11 and nothing sent: the reminder names the report, not typing.
    CHECK(r.out.contains("25/11/2024 — Report on the implementation of the plan in the locality: 5 days left."));
    CHECK_FALSE(r.out.contains("enter it, mark it complete"));

    const test::CliResult r26 = runCliInProcess(statusArgs(ws, "2024-11-26"));
    REQUIRE(r26.exitCode == 0);
    CHECK(lineWith(r26.out, "25/11/2024  ").startsWith("! 25/11/2024  district-25-11 "));
    CHECK(lineWith(r26.out, "25/11/2024  ").contains("overdue by 1 day "));
    CHECK(lineWith(r26.out, "30/11/2024  ").contains("4 days left"));

    const test::CliResult r6 = runCliInProcess(statusArgs(ws, "2024-12-06"));
    REQUIRE(r6.exitCode == 0);
    CHECK(lineWith(r6.out, "25/11/2024  ").contains("overdue by 11 days"));
    CHECK(lineWith(r6.out, "30/11/2024  ").startsWith("! 30/11/2024  "));
    CHECK(lineWith(r6.out, "30/11/2024  ").contains("overdue by 6 days"));

    // The results report with the data sent on 27/11: that one is done; the 25/11 report,
    // which was not sent, stays overdue.
    ws->db().exec("INSERT INTO sent_files(unit_code, year, made_at, content_hash, deliverable) VALUES('483', 2024, "
                  "'2024-11-27T10:00:00.000', 'h', 'results-30-11')");
    const test::CliResult one = runCliInProcess(statusArgs(ws, "2024-12-06"));
    CHECK(lineWith(one.out, "30/11/2024  ").startsWith("  30/11/2024  results-30-11    sent 27/11/2024 "));
    CHECK(lineWith(one.out, "25/11/2024  ").startsWith("! 25/11/2024  district-25-11 "));
    CHECK(lineWith(one.out, "25/11/2024  ").contains("overdue by 11 days"));

    // The 25/11 report sent on 27/11 too: done, and late.
    ws->db().exec("INSERT INTO sent_files(unit_code, year, made_at, content_hash, deliverable) VALUES('483', 2024, "
                  "'2024-11-27T11:00:00.000', 'h2', 'district-25-11')");
    const test::CliResult both = runCliInProcess(statusArgs(ws, "2024-12-06"));
    CHECK(lineWith(both.out, "25/11/2024  ").startsWith("  25/11/2024  district-25-11   sent 27/11/2024, late"));
    CHECK_FALSE(both.out.contains("Report on the implementation of the plan in the locality: overdue"));
}

TEST_CASE("status for the province lists what it receives, its 05/12 report and the reviews")
{
    test::TempWorkspace ws;
    configure(ws, Role::Province, "46");
    received(ws, "474", "2024-11-25T17:00:00.000");
    received(ws, "476", "2024-12-01T08:00:00.000");

    const test::CliResult r = runCliInProcess(statusArgs(ws, "2024-12-06"));
    INFO(r.out.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(lineWith(r.out, "25/11/2024  ").startsWith("! 25/11/2024  district-25-11 "));
    CHECK(lineWith(r.out, "25/11/2024  ").contains("0 of 9 received"));
    // The results report comes from the 9 districts and the departments.
    CHECK(lineWith(r.out, "30/11/2024  ").startsWith("! 30/11/2024  results-30-11 "));
    CHECK(lineWith(r.out, "30/11/2024  ").contains("2 of 20 received, overdue by 6 days"));
    CHECK(lineWith(r.out, "05/12/2024  ").startsWith("! 05/12/2024  dolisa-05-12 "));
    CHECK(lineWith(r.out, "05/12/2024  ").contains("not started, overdue by 1 day "));
    CHECK_FALSE(r.out.contains("15/11/2024"));
    CHECK(r.out.contains(
        "Units below: 9 (files due 30/11/2024): 1 on time, 1 late, 0 received not complete, 7 missing."));
    CHECK(lineWith(r.out, "  474 ").contains("On time"));
    CHECK(lineWith(r.out, "  476 ").contains("Late"));
    CHECK(lineWith(r.out, "  483 ").contains("Missing"));

    const test::CliResult early = runCliInProcess(statusArgs(ws, "2024-11-20"));
    CHECK(lineWith(early.out, "05/12/2024  ").contains("15 days left"));
    CHECK_FALSE(early.out.contains(" — ")); // 05/12 is 15 days away: no reminder yet

    // 2023 has the mid-term review on 05/12/2023: made here and received from below.
    const test::CliResult y2023 = runCliInProcess(statusArgs(ws, "2023-11-20", "2023"));
    CHECK(y2023.out.count("05/12/2023  review-2023") == 2);
    CHECK(y2023.out.count("05/12/2023  ") == 3);
}

TEST_CASE("status for a commune shows only its own data and report, due at its district's date")
{
    test::TempWorkspace ws;
    configure(ws, Role::Commune, "20164");
    const test::CliResult r = runCliInProcess(statusArgs(ws, "2024-11-10"));
    REQUIRE(r.exitCode == 0);
    CHECK(lineWith(r.out, "15/11/2024  ").startsWith("  15/11/2024  commune-data "));
    CHECK(lineWith(r.out, "15/11/2024  ").contains("not started, 5 days left"));
    CHECK(r.out.contains("This unit's data for 2024: Not started"));
    CHECK_FALSE(r.out.contains("25/11/2024"));
    CHECK_FALSE(r.out.contains("Units below"));
}

TEST_CASE("status for a department shows only its own results report")
{
    test::TempWorkspace ws;
    InstallationSettings s = ws->settings();
    s.role = Role::Department;
    s.unitCode = "46";
    s.agencyCode = "syt";
    ws->saveSettings(s);
    const test::CliResult r = runCliInProcess(statusArgs(ws, "2024-11-20"));
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(lineWith(r.out, "30/11/2024  ").startsWith("  30/11/2024  results-30-11 "));
    CHECK(r.out.count("/2024  ") == 1); // one deliverable, its own
    CHECK_FALSE(r.out.contains("25/11/2024"));
    CHECK_FALSE(r.out.contains("05/12/2024"));
    CHECK_FALSE(r.out.contains("Units below"));
}

TEST_CASE("status without --date uses the injected clock and leaves it as it was")
{
    test::TempWorkspace ws;
    configure(ws, Role::District, "483");
    test::ScopedClock clock(QDateTime(QDate(2024, 11, 26), QTime(8, 0)));
    const test::CliResult r = runCliInProcess({"--db", ws.path(), "status", "--year", "2024"});
    REQUIRE(r.exitCode == 0);
    CHECK(lineWith(r.out, "25/11/2024  ").contains("overdue by 1 day "));
    runCliInProcess(statusArgs(ws, "2024-12-06"));
    CHECK(Clock::instance().today() == QDate(2024, 11, 26));
}

TEST_CASE("status refuses a bad date, a missing year, a year outside the plan and a database without a unit")
{
    test::TempWorkspace ws;
    const test::CliResult noUnit = runCliInProcess(statusArgs(ws, "2024-11-20"));
    CHECK(noUnit.exitCode == 1);
    CHECK(noUnit.err.contains("init --unit"));

    configure(ws, Role::District, "483");
    const test::CliResult badDate = runCliInProcess(statusArgs(ws, "20/11/2024"));
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains("YYYY-MM-DD"));
    CHECK(runCliInProcess({"--db", ws.path(), "status"}).exitCode == 2);
    CHECK(runCliInProcess({"--db", ws.path(), "status", "--year", "2024", "extra"}).exitCode == 2);
    const test::CliResult outside = runCliInProcess(statusArgs(ws, "2024-11-20", "2030"));
    CHECK(outside.exitCode == 1);
    CHECK(outside.err.contains("2030"));
}
