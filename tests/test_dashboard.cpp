// The home screen and the start-up reminder, offscreen at fixed dates (the agencies screen:
// test_agencies_ui.cpp).
#include "test_dashboard_support.h"
#include "ui/agencies/AgenciesPage.h"
#include "ui/agencies/AgencyMatrix.h"
#include "ui/common/StatusStyle.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/DashboardTables.h"
#include "ui/dashboard/StartupReminder.h"
#include "ui/main/MainWindow.h"
#include "ui/main/MeasuresPage.h"
#include "ui/setup/Startup.h"

#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace chitieu;
using namespace chitieu::test;

// The catalogue's texts are in the language of the program's texts; these tests install no
// translator, so the program's words are English and the plan's Vietnamese.
TEST_CASE("The home screen of a district on 20/11, 26/11 and 06/12/2024")
{
    test::TempWorkspace ws;
    namDong(ws);
    test::ScopedClock clock(day(2024, 11, 19));
    FormStatus::save(ws->db(), "483", 2024, FormState::Complete, "Hồ Thị D");
    clock.clock().set(day(2024, 11, 20));

    ui::DashboardPage page(*ws);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.year() == 2024);

    QTableWidget* deadlines = page.deadlinesTable();
    using namespace ui::dashboard;
    // The communes' data it receives, then its own two reports, each with its own date.
    REQUIRE(deadlines->rowCount() == 3);
    CHECK(cell(deadlines, 0, 0, RowKeyRole) == "commune-data");
    CHECK(cell(deadlines, 0, 0, RowStateRole) == "overdue");
    CHECK(cell(deadlines, 0, DeadlineDate) == "15/11/2024");
    CHECK(cell(deadlines, 0, DeadlineState) == "⚠ Overdue by 5 days · 3 of 10 received");
    CHECK(cell(deadlines, 1, DeadlineWhat).endsWith("→ Ủy ban nhân dân tỉnh, through Sở LĐTBXH"));
    CHECK(cell(deadlines, 1, 0, RowKeyRole) == "district-25-11");
    CHECK(cell(deadlines, 1, 0, RowStateRole) == "soon");
    CHECK(cell(deadlines, 1, DeadlineState) == "5 days left · Not started");
    CHECK(cell(deadlines, 1, DeadlineWhat, Qt::ToolTipRole).contains("Khó khăn, vướng mắc"));
    CHECK(cell(deadlines, 2, 0, RowKeyRole) == "results-30-11");
    CHECK(cell(deadlines, 2, 0, RowStateRole) == "upcoming");
    CHECK(cell(deadlines, 2, DeadlineState).startsWith("10 days left"));
    CHECK(deadlines->item(0, DeadlineState)->background().color() == ui::overdueColour());

    // A district's own state is its consolidation of the files below, not typing.
    CHECK(page.ownStateLabel()->text() == "Receiving files");

    REQUIRE(page.unitsBox()->isVisible());
    CHECK(page.unitsBox()->title().contains("2 on time · 1 late · 0 received not complete · 7 missing"));
    QTableWidget* units = page.unitsTable();
    CHECK(units->rowCount() == 10);
    CHECK(rowsInState(units, "on_time") == 2);
    CHECK(rowsInState(units, "late") == 1);
    CHECK(rowsInState(units, "missing") == 7);
    const int late = rowOf(units, "20167");
    CHECK(cell(units, late, UnitName) == "Xã Hương Sơn");
    CHECK(cell(units, late, UnitMade) == "18/11/2024");
    CHECK(cell(units, rowOf(units, "20191"), UnitState).contains("Missing, due 15/11/2024"));

    // 1 of 10 communes: the figures stand with their coverage, without a status (the default).
    QTableWidget* measures = page.measuresTable();
    settle(page);
    CHECK(measures->rowCount() == 32);
    CHECK(cell(measures, 0, 0, RowKeyRole) == "2a");
    CHECK(cell(measures, 0, 0, RowStateRole) == "incomplete");
    CHECK(cell(measures, 0, MeasureValue).startsWith("10 "));
    CHECK(cell(measures, 0, MeasureValue).endsWith(" · 1/10 communes"));
    CHECK(measures->item(0, MeasureValue)->toolTip().contains("Missing:"));
    CHECK(rowsInState(measures, "no_data") == 29);
    CHECK(rowsInState(measures, "incomplete") == 3);
    CHECK(page.measuresBox()->title().contains("0 not met, 3 incomplete, 29 without data, 0 met"));
    // Judged at any coverage (the setting): 2a not met, 2b and 2c met and not listed.
    InstallationSettings any = ws->settings();
    any.minCoveragePercent = 0;
    ws->saveSettings(any);
    page.refresh();
    settle(page);
    CHECK(measures->rowCount() == 30);
    CHECK(cell(measures, 0, 0, RowStateRole) == "not_met");
    CHECK(rowOf(measures, "2b") == -1); // met: not listed
    CHECK(page.measuresBox()->title().contains("1 not met, 0 incomplete, 29 without data, 2 met"));

    CHECK(page.banner()->isVisible());
    CHECK(page.banner()->text().contains("25/11/2024"));
    CHECK(page.banner()->text().contains("Báo cáo tình hình triển khai Kế hoạch tại địa phương: 5 days left."));
    CHECK_FALSE(page.banner()->text().contains("enter it"));

    clock.clock().set(day(2024, 11, 26));
    page.refresh();
    CHECK(cell(deadlines, 1, 0, RowStateRole) == "overdue");
    CHECK(cell(deadlines, 1, DeadlineState).contains("Overdue by 1 day"));
    CHECK(cell(deadlines, 2, 0, RowStateRole) == "soon");
    CHECK(cell(deadlines, 2, DeadlineState) == "4 days left · In progress");

    clock.clock().set(day(2024, 12, 6));
    page.refresh();
    CHECK(rowsInState(deadlines, "overdue") == 3);
    CHECK(cell(deadlines, 1, DeadlineState).contains("Overdue by 11 days"));
    CHECK(cell(deadlines, 2, DeadlineState).contains("Overdue by 6 days"));
    CHECK(page.banner()->text().contains("30/11/2024"));

    // The data file (with the 30/11 report) sent on 27/11: only that deliverable is done.
    ws->db().exec("INSERT INTO sent_files(unit_code, year, made_at, content_hash, deliverable) VALUES('483', 2024, "
                  "'2024-11-27T10:00:00.000', 'h', 'results-30-11')");
    page.refresh();
    CHECK(cell(deadlines, 2, DeadlineState) == "✔ Sent 27/11/2024");
    CHECK(cell(deadlines, 1, 0, RowStateRole) == "overdue");
    CHECK(page.banner()->isVisible());

    // The 25/11 report sent on 27/11 too: done but late; the banner goes away.
    ws->db().exec("INSERT INTO sent_files(unit_code, year, made_at, content_hash, deliverable) VALUES('483', 2024, "
                  "'2024-11-27T11:00:00.000', 'h2', 'district-25-11')");
    page.refresh();
    CHECK(cell(deadlines, 1, 0, RowStateRole) == "done");
    CHECK(cell(deadlines, 1, DeadlineState) == "✔ Sent 27/11/2024, late");
    CHECK(cell(deadlines, 0, 0, RowStateRole) == "overdue"); // 7 communes still missing
    CHECK(page.banner()->isHidden());
    CHECK(page.reminder().isEmpty());

    // Another year: nothing received, nothing entered.
    page.setYear(2023);
    CHECK(page.unitsBox()->title().contains("0 on time · 0 late · 0 received not complete · 10 missing"));
    settle(page);
    CHECK(page.measuresTable()->rowCount() == 32);

    // Double-clicking a unit below asks for its measures.
    page.setYear(2024);
    QSignalSpy spy(&page, &ui::DashboardPage::measuresRequested);
    const int row = rowOf(units, "20161");
    const QPoint where = units->visualItemRect(units->item(row, 0)).center();
    INFO("row " << row << " at " << where.x() << "," << where.y() << " in " << units->viewport()->width() << "x"
                << units->viewport()->height());
    QTest::mouseClick(units->viewport(), Qt::LeftButton, {}, where);
    QTest::mouseDClick(units->viewport(), Qt::LeftButton, {}, where);
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toString() == "20161");
    CHECK(spy.at(0).at(1).toInt() == 2024);
}

TEST_CASE("The home screen of a commune and of a department")
{
    test::TempWorkspace ws;
    test::ScopedClock clock(day(2024, 11, 20));
    configure(ws, Role::Commune, "20164");
    {
        ui::DashboardPage page(*ws);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        REQUIRE(page.deadlinesTable()->rowCount() == 1);
        CHECK(cell(page.deadlinesTable(), 0, 0, RowStateRole) == "overdue"); // 15/11
        CHECK(page.unitsBox()->isHidden());
        CHECK(cell(page.deadlinesTable(), 0, 0, RowKeyRole) == "commune-data");
        CHECK(page.ownStateLabel()->text() == "Not started");
        CHECK(page.banner()->text().contains("overdue by 5 days"));
    }
    configure(ws, Role::Department, "46", "syt");
    ui::DashboardPage page(*ws);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    // Only its own 30/11 results report to Sở LĐTBXH; the districts' files are not its business.
    REQUIRE(page.deadlinesTable()->rowCount() == 1);
    CHECK(cell(page.deadlinesTable(), 0, 0, RowKeyRole) == "results-30-11");
    CHECK(cell(page.deadlinesTable(), 0, ui::dashboard::DeadlineDate) == "30/11/2024");
    CHECK(page.unitsBox()->isHidden());
    CHECK(page.ownStateLabel()->text() == "To do");
    settle(page);
    CHECK(page.measuresTable()->rowCount() == 13); // Sở Y tế's measures, all without data
    CHECK(page.measuresBox()->title().contains("Sở Y tế"));
}

TEST_CASE("The home screen's measures are added up beside it, the last asked for shown, a failure said")
{
    test::TempWorkspace ws;
    namDong(ws);
    test::ScopedClock clock(day(2024, 11, 20));
    ui::DashboardPage page(*ws);
    // Made, not yet back from their thread: the rest is there, the measures are announced.
    CHECK(page.measuresPending());
    CHECK(page.measuresBox()->title().contains("being added up"));
    CHECK(page.measuresTable()->rowCount() == 0);
    CHECK(page.deadlinesTable()->rowCount() == 3);
    settle(page);
    CHECK(page.measuresTable()->rowCount() == 32);
    CHECK(page.status().measures.size() == 32);
    CHECK(page.status().measures == ws->calculator().computeAll("483", 2024, CountingRule{}));

    // Two years asked for in a row: only the last one's measures are shown, whichever
    // thread ends first. 2023 has no counts; 2024 has those of Nam Đông's one commune.
    page.setYear(2023);
    page.setYear(2024);
    settle(page);
    CHECK(page.status().year == 2024);
    const QString of2024 = QStringLiteral("0 not met, 3 incomplete, 29 without data, 0 met");
    CHECK(page.measuresBox()->title().contains(of2024));
    test::runEventsUntil([] { return false; }, 300); // the 2023 thread's result, if it comes late, is dropped
    CHECK(page.measuresBox()->title().contains(of2024));
    page.setYear(2023);
    settle(page);
    CHECK(page.measuresBox()->title().contains("0 not met, 0 incomplete, 32 without data, 0 met"));

    // The measures' own connection cannot open the file (moved away under the running
    // program): said where they would be, the rest of the screen stays.
    const int deadlines = page.deadlinesTable()->rowCount();
    const QString moved = ws.file("moved.sqlite");
    REQUIRE(QFile::rename(ws.path(), moved));
    page.refresh();
    settle(page);
    CHECK(page.measuresBox()->title().startsWith("The measures could not be added up: "));
    CHECK(page.measuresBox()->title().contains("test.sqlite"));
    CHECK(page.measuresTable()->rowCount() == 0);
    CHECK(page.deadlinesTable()->rowCount() == deadlines);
    REQUIRE(QFile::rename(moved, ws.path()));
    page.refresh();
    settle(page);
    CHECK(page.measuresTable()->rowCount() == 32);
}

TEST_CASE("The home screen says when no unit is set up")
{
    test::TempWorkspace ws;
    ui::DashboardPage page(*ws);
    CHECK(page.banner()->text().contains("no unit of its own"));
    CHECK(page.deadlinesTable()->rowCount() == 0);
}

namespace {
// Whether a home screen made now, as at start, shows a reminder (closed again at once).
bool remindsAtStart(test::TempWorkspace& ws)
{
    const ui::DashboardPage home(*ws);
    QMessageBox* box = ui::showStartupReminder(home, nullptr);
    if (box)
        box->close();
    return box != nullptr;
}
} // namespace

TEST_CASE("The start-up reminder is a message that does not block")
{
    test::TempWorkspace ws;
    test::ScopedClock clock(day(2024, 11, 20));
    CHECK_FALSE(remindsAtStart(ws)); // no unit yet
    namDong(ws);

    const ui::DashboardPage home(*ws);
    QPointer<QMessageBox> box = ui::showStartupReminder(home, nullptr);
    REQUIRE(box);
    CHECK(home.banner()->text() == QStringLiteral("⚠ ") + box->text()); // Home's text, not computed again
    CHECK(box->isVisible());
    CHECK_FALSE(box->isModal());
    CHECK(box->text().contains("25/11/2024"));
    CHECK(box->text().contains("5 days left"));
    CHECK(box->text().contains("Báo cáo tình hình triển khai Kế hoạch tại địa phương"));
    CHECK(box->text().contains("still to do"));
    CHECK_FALSE(box->text().contains("enter it"));
    box->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(box.isNull());

    // 10/11: 25/11 is 15 days away (the communes' 15/11 is theirs, not this unit's).
    clock.clock().set(day(2024, 11, 10));
    CHECK_FALSE(remindsAtStart(ws));
    // Sent: nothing to say even when overdue.
    clock.clock().set(day(2024, 12, 6));
    ws->db().exec("INSERT INTO sent_files(unit_code, year, made_at, content_hash, deliverable) VALUES('483', 2024, "
                  "'2024-11-24T10:00:00.000', 'h', 'district-25-11')");
    CHECK(remindsAtStart(ws)); // the 30/11 report is still to send
    ws->db().exec("INSERT INTO sent_files(unit_code, year, made_at, content_hash, deliverable) VALUES('483', 2024, "
                  "'2024-11-24T10:00:00.000', 'h', 'results-30-11')");
    CHECK_FALSE(remindsAtStart(ws));
}

TEST_CASE("The home screen shown again is refreshed only when something stored or the day changed")
{
    test::TempWorkspace ws;
    namDong(ws);
    test::ScopedClock clock(day(2024, 11, 20));
    ui::DashboardPage page(*ws);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QTableWidget* deadlines = page.deadlinesTable();
    using namespace ui::dashboard;
    REQUIRE(deadlines->rowCount() == 3);
    CHECK(cell(deadlines, 2, DeadlineState).startsWith("10 days left"));

    // Nothing changed: the same items, not made again.
    const QTableWidgetItem* before = deadlines->item(2, DeadlineState);
    page.hide();
    page.show();
    CHECK(deadlines->item(2, DeadlineState) == before);

    // Another day: shown with it.
    page.hide();
    clock.clock().set(day(2024, 11, 26));
    page.show();
    CHECK(cell(deadlines, 2, DeadlineState).startsWith("4 days left"));

    // A file sent meanwhile (stored by another screen): shown with it.
    page.hide();
    ws->db().exec("INSERT INTO sent_files(unit_code, year, made_at, content_hash, deliverable) VALUES('483', 2024, "
                  "'2024-11-25T10:00:00.000', 'h', 'results-30-11')");
    page.show();
    CHECK(cell(deadlines, 2, DeadlineState) == "✔ Sent 25/11/2024");
}

namespace {
// Each row of the home screen's three lists as tall as its wrapped text at the columns' widths
// of now (sizing the rows to their contents again changes none), and at least one row that
// wraps, so that the check means something.
void checkRowsFitTheirText(ui::DashboardPage& page)
{
    // The rows are sized once the event loop has laid the tables out, and the header may resize
    // its sections a turn later: a few turns of the loop in a row with no sizing due.
    auto sizingDue = [&page] {
        for (QTableWidget* t : {page.deadlinesTable(), page.unitsTable(), page.measuresTable()})
            if (const auto* sizer = t->findChild<QTimer*>(QStringLiteral("rowSizer")); sizer && sizer->isActive())
                return true;
        return false;
    };
    settle(page);
    int quietTurns = 0;
    for (int turn = 0; turn < 500 && quietTurns < 5; ++turn) {
        QCoreApplication::processEvents();
        quietTurns = sizingDue() ? 0 : quietTurns + 1;
    }
    REQUIRE(quietTurns == 5);
    bool anyWraps = false;
    for (QTableWidget* t : {page.deadlinesTable(), page.unitsTable(), page.measuresTable()}) {
        INFO(t->accessibleName().toStdString());
        REQUIRE(t->rowCount() > 0);
        QList<int> shown;
        for (int r = 0; r < t->rowCount(); ++r)
            shown << t->rowHeight(r);
        t->resizeRowsToContents();
        for (int r = 0; r < t->rowCount(); ++r) {
            INFO("row " << r);
            CHECK(shown[r] == t->rowHeight(r));
            anyWraps = anyWraps || shown[r] > 2 * t->fontMetrics().lineSpacing();
        }
    }
    CHECK(anyWraps);
}
} // namespace

TEST_CASE("The home screen's rows fit their wrapped text when shown, made narrower and refreshed")
{
    test::TempWorkspace ws;
    namDong(ws);
    test::ScopedClock clock(day(2024, 11, 20));
    ui::DashboardPage page(*ws);
    page.resize(1000, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    checkRowsFitTheirText(page);

    // Narrower: the stretched columns lose width and the texts wrap onto more lines.
    const int before = page.measuresTable()->rowHeight(0);
    page.resize(700, 700);
    checkRowsFitTheirText(page);
    CHECK(page.measuresTable()->rowHeight(0) > before);

    // Refreshed while shown, at the same widths: new rows with other texts (another day, and
    // a commune's counts that move measures from "no data" to another list).
    page.hide();
    clock.clock().set(day(2024, 11, 26));
    ws.set("20164", 2024, {{"live_births", 80}, {"neonatal_deaths", 0}, {"infant_deaths", 1}, {"under5_deaths", 2}});
    page.show();
    CHECK(cell(page.deadlinesTable(), 2, ui::dashboard::DeadlineState).startsWith("4 days left"));
    checkRowsFitTheirText(page);
}
