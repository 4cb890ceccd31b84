// The main window and the first-run dialog, offscreen, on a temporary database.
#include "support/TestSupport.h"
#include "ui/main/MainWindow.h"
#include "ui/main/MeasuresModel.h"
#include "ui/main/MeasuresPage.h"
#include "ui/setup/FirstRunDialog.h"
#include "ui/setup/InstallationFields.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace chitieu;

namespace {
// The status shown for a measure code, searched through group > indicator > measure.
QString shownStatus(QAbstractItemModel* model, const QString& code, int column = ui::MeasuresModel::Status)
{
    const QModelIndexList found = model->match(model->index(0, 0), ui::MeasuresModel::MeasureCodeRole, code, 1,
                                               Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return {};
    return found.first().siblingAtColumn(column).data().toString();
}

int measureRows(QAbstractItemModel* model, const QModelIndex& parent = {})
{
    int n = 0;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        n += i.data(ui::MeasuresModel::MeasureCodeRole).isValid() ? 1 : measureRows(model, i);
    }
    return n;
}
} // namespace

TEST_CASE("The main window shows the 32 measures of the chosen unit and year")
{
    test::TempWorkspace ws;
    InstallationSettings s = ws->settings();
    s.role = Role::District;
    s.unitCode = QStringLiteral("474");
    s.userName = QStringLiteral("Hồ Thị D");
    ws->saveSettings(s);
    // Two of the 27 communes of 474 have reported: their forms are complete.
    ws.setComplete(QStringLiteral("19744"), 2024,
                   {{QStringLiteral("live_births"), 250}, {QStringLiteral("neonatal_deaths"), 0}});
    ws.setComplete(QStringLiteral("19747"), 2024,
                   {{QStringLiteral("live_births"), 250}, {QStringLiteral("neonatal_deaths"), 1}});

    ui::MainWindow window(*ws);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ui::MeasuresPage* page = window.measuresPage();
    page->setYear(2024);
    CHECK(page->unit() == QStringLiteral("474"));
    QAbstractItemModel* model = page->measuresView()->model();
    CHECK(model->rowCount() == 4); // the plan's four groups
    CHECK(measureRows(model) == 32);
    // 1 / 500 x 1000 = 2 per mille at the district, on 2 of its 27 communes: the value with its
    // coverage, and no status until every commune is in (the default setting).
    CHECK(shownStatus(model, QStringLiteral("2a")).contains(measureStatuses.text(MeasureStatus::Incomplete)));
    CHECK(shownStatus(model, QStringLiteral("2a"), ui::MeasuresModel::Value).startsWith(QStringLiteral("2 ")));
    CHECK(shownStatus(model, QStringLiteral("2a"), ui::MeasuresModel::Value).endsWith(QStringLiteral("2/27 communes")));
    // Judged at any coverage (the setting): not met (target < 1).
    s.minCoveragePercent = 0;
    ws->saveSettings(s);
    page->refresh();
    CHECK(shownStatus(model, QStringLiteral("2a")).contains(measureStatuses.text(MeasureStatus::NotMet)));
    // A third commune's form in progress is not counted until the user includes such forms.
    ws.set(QStringLiteral("19750"), 2024,
           {{QStringLiteral("live_births"), 500}, {QStringLiteral("neonatal_deaths"), 0}});
    page->refresh();
    CHECK(shownStatus(model, QStringLiteral("2a"), ui::MeasuresModel::Value).endsWith(QStringLiteral("2/27 communes")));
    page->setIncludeInProgress(true);
    // 1 / 1000 x 1000 = 1 per mille on 3 communes.
    CHECK(shownStatus(model, QStringLiteral("2a"), ui::MeasuresModel::Value).startsWith(QStringLiteral("1 ")));
    CHECK(shownStatus(model, QStringLiteral("2a"), ui::MeasuresModel::Value).endsWith(QStringLiteral("3/27 communes")));
    page->setIncludeInProgress(false);

    // Choosing a commune recomputes: 0 / 250 = 0: met.
    page->setUnit(QStringLiteral("19744"));
    CHECK(shownStatus(model, QStringLiteral("2a")).contains(measureStatuses.text(MeasureStatus::Met)));
    CHECK(shownStatus(model, QStringLiteral("3a")).contains(measureStatuses.text(MeasureStatus::NoData)));

    // Another year has no data.
    page->setYear(2023);
    CHECK(shownStatus(model, QStringLiteral("2a")).contains(measureStatuses.text(MeasureStatus::NoData)));

    // Filtering to one agency keeps its indicators: Sở Y tế leads 2, 3, 4, 9 and coordinates 16
    // (3 + 4 + 2 + 2 + 2 = 13 measures).
    page->setAgencyFilter(QStringLiteral("syt"));
    CHECK(measureRows(model) == 13);
    CHECK(window.windowTitle().contains(QStringLiteral("Hồ Thị D")));
}

TEST_CASE("The first-run dialog asks for the unit and the user's name")
{
    test::TempWorkspace ws;
    ui::FirstRunDialog dialog(ws->catalogue(), ws->units(), ws->settings());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.fields()->roleBox()->setCurrentIndex(dialog.fields()->roleBox()->findData(QStringLiteral("district")));
    CHECK(dialog.fields()->unitBox()->count() == 9);
    dialog.fields()->unitBox()->setCurrentIndex(dialog.fields()->unitBox()->findData(QStringLiteral("474")));
    dialog.fields()->nameEdit()->insert(QStringLiteral("Phan Văn E")); // QTest types ASCII only
    const InstallationSettings s = dialog.result();
    CHECK(s.role == Role::District);
    CHECK(s.unitCode == QStringLiteral("474"));
    CHECK(s.userName == QStringLiteral("Phan Văn E"));

    dialog.fields()->roleBox()->setCurrentIndex(dialog.fields()->roleBox()->findData(QStringLiteral("commune")));
    CHECK(dialog.fields()->unitBox()->count() == 145);
    dialog.fields()->roleBox()->setCurrentIndex(dialog.fields()->roleBox()->findData(QStringLiteral("department")));
    CHECK(dialog.fields()->agencyBox()->isVisible());
    dialog.fields()->agencyBox()->setCurrentIndex(dialog.fields()->agencyBox()->findData(QStringLiteral("syt")));
    CHECK(dialog.result().agencyCode == QStringLiteral("syt"));
    CHECK(dialog.result().unitCode == QStringLiteral("46"));
}

TEST_CASE("The overview opens on this year during the plan, and on the plan's last year after it")
{
    test::TempWorkspace ws;
    ws.set(QStringLiteral("19744"), 2023, {{QStringLiteral("live_births"), 100}});
    {
        test::ScopedClock clock(QDateTime(QDate(2024, 11, 20), QTime(8, 0)));
        ui::MeasuresPage page(*ws);
        CHECK(page.year() == 2024);
    }
    {
        test::ScopedClock clock(QDateTime(QDate(2026, 11, 29), QTime(8, 0)));
        ui::MeasuresPage page(*ws);
        CHECK(page.year() == 2025); // the final year, as on the home screen
    }
}
