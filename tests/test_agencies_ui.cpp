// The agencies screen: who leads and coordinates each target, their tasks and the status of
// their measures, and the jump from it to the filtered measures (split from test_dashboard).
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
TEST_CASE("The agencies screen: who leads and coordinates what, tasks, and the status of their measures")
{
    test::TempWorkspace ws;
    namDong(ws);
    // Statuses at any coverage (the setting): the one commune's figures are judged.
    InstallationSettings any = ws->settings();
    any.minCoveragePercent = 0;
    ws->saveSettings(any);
    test::ScopedClock clock(day(2024, 11, 20));
    ui::AgenciesPage page(*ws);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.unit() == "483");
    CHECK(page.year() == 2024);

    QTableWidget* m = page.matrix();
    const ui::AgencyColumns cols{18};
    REQUIRE(m->rowCount() == 17);
    REQUIRE(m->columnCount() == cols.count());
    const int syt = [&] {
        for (int r = 0; r < m->rowCount(); ++r)
            if (cell(m, r, 0, ui::AgencyCodeRole) == "syt")
                return r;
        return -1;
    }();
    REQUIRE(syt >= 0);
    CHECK(cell(m, syt, 0) == "Sở Y tế");
    QStringList leads;
    QStringList coordinates;
    for (int i = 0; i < 18; ++i) {
        if (cell(m, syt, cols.first() + i) == "L")
            leads << QString::number(i + 1);
        if (cell(m, syt, cols.first() + i) == "C")
            coordinates << QString::number(i + 1);
    }
    CHECK(leads == QStringList{"2", "3", "4", "9"});
    CHECK(coordinates == QStringList{"16"});
    // Its 13 measures at Nam Đông in 2024: 2b and 2c met, 2a not met, 10 without data.
    CHECK(cell(m, syt, cols.met()) == "2");
    CHECK(cell(m, syt, cols.notMet()) == "1");
    CHECK(cell(m, syt, cols.noData()) == "10");
    CHECK(cell(m, syt, cols.tasks()).startsWith("Chủ trì, hướng dẫn triển khai, thực hiện các chỉ tiêu 2, 3, 4, 9"));
    CHECK(cell(m, syt, cols.tasks()).endsWith("."));
    CHECK(cell(m, syt, cols.tasks()).size() < cell(m, syt, cols.tasks(), Qt::ToolTipRole).size());

    // Công an tỉnh leads 7, which Sở LĐTBXH coordinates.
    CHECK(cell(m, 0, 0, ui::AgencyCodeRole) == "sldtbxh");
    CHECK(cell(m, 0, cols.first() + 6) == "C");
    CHECK(cell(m, 0, cols.noData()) == "8"); // 1a 1b 6a 6b 7 8 10 18

    // An agency with tasks only: no counts, no measures to show.
    page.selectAgency("snv");
    CHECK(page.currentAgency() == "snv");
    CHECK(cell(m, m->currentRow(), cols.met()) == "–");
    CHECK(page.detailLabel()->text().contains("Sở Nội vụ"));
    CHECK(page.detailLabel()->text().contains("no indicator of its own"));
    CHECK_FALSE(page.showMeasuresButton()->isEnabled());

    page.selectAgency("syt");
    CHECK(page.showMeasuresButton()->isEnabled());
    CHECK(page.detailLabel()->text().contains("Leads indicators 2, 3, 4, 9. Coordinates indicators 16."));

    page.setYear(2023);
    CHECK(cell(m, syt, cols.noData()) == "13");
    CHECK(page.currentAgency() == "syt"); // the choice survives a refresh

    CHECK(ui::agencySummary(ws->catalogue(), "cat", ws->calculator().computeAll("483", 2024)).measures == 1);
}

TEST_CASE("The main window opens on the home screen, and the agencies screen jumps to the filtered measures")
{
    test::TempWorkspace ws;
    namDong(ws);
    test::ScopedClock clock(day(2024, 11, 20));
    ui::MainWindow window(*ws);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTabWidget* tabs = window.tabs();
    CHECK(tabs->widget(0) == window.dashboardPage());
    CHECK(tabs->currentWidget() == window.dashboardPage());
    CHECK(tabs->indexOf(window.agenciesPage()) > 0);
    CHECK(window.dashboardPage()->banner()->isVisible());

    ui::AgenciesPage* agencies = window.agenciesPage();
    tabs->setCurrentWidget(agencies);
    agencies->setUnit("20161");
    agencies->selectAgency("syt");
    QTest::mouseClick(agencies->showMeasuresButton(), Qt::LeftButton);
    ui::MeasuresPage* measures = window.measuresPage();
    CHECK(tabs->currentWidget() == measures);
    CHECK(measures->unit() == "20161");
    CHECK(measures->year() == 2024);
    // Only Sở Y tế's indicators: 2, 3, 4, 9 and 16 (5 indicators in 2 groups).
    QAbstractItemModel* model = measures->measuresView()->model();
    int indicators = 0;
    for (int g = 0; g < model->rowCount(); ++g)
        indicators += model->rowCount(model->index(g, 0));
    CHECK(indicators == 5);

    // From the home screen, back to every agency for the district.
    emit window.dashboardPage()->measuresRequested("483", 2024, {});
    indicators = 0;
    for (int g = 0; g < model->rowCount(); ++g)
        indicators += model->rowCount(model->index(g, 0));
    CHECK(indicators == 18);
    CHECK(measures->unit() == "483");
}

// Not run by default: writes the screens to /tmp for a person to look at.
TEST_CASE("Screenshots of the home and agencies screens", "[.screenshot]")
{
    test::TempWorkspace ws;
    configure(ws, Role::District, "474");
    int n = 0;
    for (const OrgUnit* u : ws->units().children("474")) {
        ++n;
        if (n % 3 == 0)
            continue;
        ws.set(u->code, 2024,
               {{"live_births", 80 + n},
                {"neonatal_deaths", n % 5 == 0 ? 1 : 0},
                {"children_total", 2000 + 10 * n},
                {"children_abused", n % 7 == 0 ? 1 : 0}});
        if (n < 14)
            received(ws, u->code, n < 11 ? "2024-11-14T09:00:00.000" : "2024-11-17T09:00:00.000");
    }
    ws.set("474", 2024, {{"children_special", 12}});
    test::ScopedClock clock(day(2024, 11, 20));
    // The home and agencies screens of a main window made in the language in force.
    auto shoot = [&ws](const QString& suffix) {
        ui::MainWindow window(*ws);
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(window.grab().save(QStringLiteral("/tmp/chitieu-home%1.png").arg(suffix)));
        window.tabs()->setCurrentWidget(window.agenciesPage());
        CHECK(window.grab().save(QStringLiteral("/tmp/chitieu-agencies%1.png").arg(suffix)));
    };
    shoot(QString());
    // As a Vietnamese user sees it (the program's default language).
    ui::applySavedLanguage("vi");
    shoot(QStringLiteral("-vi"));
    ui::applySavedLanguage("en");
}
