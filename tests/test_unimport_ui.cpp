// The Exchange tab's received files: "Take back..." shows what will change and asks, applies and
// refreshes; a cancelled question changes nothing; a conflict is shown with its list.
#include "core/exchange/Unimport.h"
#include "test_exchange_support.h"
#include "ui/exchange/ExchangePage.h"
#include "ui/exchange/ExchangePrompts.h"
#include "ui/exchange/ReceivedFilesPanel.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace chitieu;
using namespace chitieu::exchange;
using test::at;
using test::dumpDatabase;
using test::Installation;
using test::ScopedClock;

namespace {
const QString commune = QStringLiteral("20164");
const QString district = QStringLiteral("483");

class Prompts : public ui::ExchangePrompts
{
public:
    bool takeBack = false;
    QList<UnimportPlan> asked;
    QStringList errors;
    bool confirmTakeBack(QWidget*, Workspace&, const UnimportPlan& plan) override
    {
        asked << plan;
        return takeBack;
    }
    void showError(QWidget*, const QString& message) override { errors << message; }
};
} // namespace

TEST_CASE("Taking back a received file from the Exchange tab")
{
    ScopedClock clock(at(2024, 11, 1));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    c.enter(commune, 2024, {{"live_births", 100}, {"neonatal_deaths", 1}});
    REQUIRE(d.import(c.exportFile(2024, QStringLiteral("huong-phu.chitieu"))).result == ImportResult::Applied);

    Prompts prompts;
    ui::ExchangePage page(d.w());
    page.setPrompts(&prompts);
    ui::ReceivedFilesPanel* panel = page.receivedFilesPanel();
    page.sections()->setCurrentWidget(panel);
    page.show();
    QTableWidget* table = panel->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, ui::ReceivedFilesPanel::File)->text() == "huong-phu.chitieu");
    CHECK(table->item(0, ui::ReceivedFilesPanel::Unit)->text().contains("Hương Phú"));
    CHECK(table->item(0, ui::ReceivedFilesPanel::ReceivedAt)->text() == "01/11/2024 09:00");
    CHECK_FALSE(panel->takeBackButton()->isEnabled()); // nothing selected yet

    // Cancelled: the question listed both values, and nothing changed.
    table->selectRow(0);
    REQUIRE(panel->takeBackButton()->isEnabled());
    const QString before = dumpDatabase(d.w().db());
    QTest::mouseClick(panel->takeBackButton(), Qt::LeftButton);
    REQUIRE(prompts.asked.size() == 1);
    CHECK(prompts.asked[0].values.size() == 2);
    CHECK(dumpDatabase(d.w().db()) == before);

    // Accepted: the values are gone, the row says so and the page tells the others.
    QSignalSpy changed(&page, &ui::ExchangePage::dataChanged);
    prompts.takeBack = true;
    QTest::mouseClick(panel->takeBackButton(), Qt::LeftButton);
    CHECK(changed.count() == 1);
    CHECK_FALSE(d.w().values().value(commune, 2024, "live_births"));
    CHECK(d.w().db().scalar("SELECT COUNT(*) FROM submissions").toInt() == 0);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, ui::ReceivedFilesPanel::State)->text() == "Taken back");
    table->selectRow(0);
    CHECK_FALSE(panel->takeBackButton()->isEnabled());
    CHECK(prompts.errors.isEmpty());
}

TEST_CASE("A file changed later is not taken back from the Exchange tab: the conflicts are shown")
{
    ScopedClock clock(at(2024, 11, 1));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    c.enter(commune, 2024, {{"live_births", 100}});
    REQUIRE(d.import(c.exportFile(2024, QStringLiteral("huong-phu.chitieu"))).result == ImportResult::Applied);
    d.w().values().apply({{commune, 2024, "live_births", 104, std::nullopt}},
                         {"Nguyễn Văn Sửa", "district_entry", district});

    Prompts prompts;
    prompts.takeBack = true;
    ui::ExchangePage page(d.w());
    page.setPrompts(&prompts);
    ui::ReceivedFilesPanel* panel = page.receivedFilesPanel();
    panel->table()->selectRow(0);
    const QString before = dumpDatabase(d.w().db());
    CHECK_FALSE(panel->takeBackSelected());
    CHECK(prompts.asked.isEmpty());
    REQUIRE(prompts.errors.size() == 1);
    CHECK(prompts.errors[0].contains("cannot be taken back"));
    CHECK(prompts.errors[0].contains("live_births"));
    CHECK(prompts.errors[0].contains("Nguyễn Văn Sửa"));
    CHECK(dumpDatabase(d.w().db()) == before);
}
