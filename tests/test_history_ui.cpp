// The History tab offscreen: opened from a field of the entry form (shortcut and context menu)
// on that value's changes, typed and undone; its filters; saved as CSV.
#include "core/Csv.h"
#include "core/store/History.h"
#include "test_entry_support.h"
#include "ui/common/Choices.h"
#include "ui/history/HistoryPage.h"
#include "ui/main/MainWindow.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QTabWidget>
#include <QTableWidget>

using namespace chitieu;
using namespace chitieu::test;

namespace {
QStringList column(QTableWidget* t, int c)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r)
        out << t->item(r, c)->text();
    return out;
}
} // namespace

TEST_CASE("Ctrl+Shift+H and the context menu of a field show the history of its value")
{
    ScopedClock clock(QDateTime(QDate(2024, 11, 5), QTime(9, 30)));
    TempWorkspace ws;
    configure(*ws, Role::Commune, "19744", "Lê Văn C");
    ws->values().apply({{"19747", 2024, "live_births", 7, std::nullopt}}, {"Lê Văn C", "entry", "19744"});
    ui::MainWindow window(*ws);
    showForm(window);
    ui::EntryForm* form = window.entryPage();
    window.tabs()->setCurrentWidget(form);
    form->setYear(2024);
    enter(*form, "live_births", "120");
    enter(*form, "live_births", "125");
    form->undo();
    REQUIRE(stored(*ws, "19744", 2024, "live_births") == 120);

    form->field("live_births")->setFocus();
    QTest::keyClick(form->field("live_births"), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    ui::HistoryPage* page = window.historyPage();
    REQUIRE(window.tabs()->currentWidget() == page);
    CHECK(page->unitBox()->currentData().toString() == "19744");
    CHECK(page->yearBox()->currentData().toInt() == 2024);
    CHECK(page->elementBox()->currentData().toString() == "live_births");
    QTableWidget* table = page->table();
    REQUIRE(table->rowCount() == 3); // newest first; the other commune's value is not shown
    CHECK(column(table, 4) == QStringList{"125", "120", "–"});
    CHECK(column(table, 5) == QStringList{"120", "125", "120"});
    CHECK(column(table, 8) == QStringList{changeSources.text(ChangeSource::Undo),
                                          changeSources.text(ChangeSource::Entry),
                                          changeSources.text(ChangeSource::Entry)});
    CHECK(column(table, 7) == QStringList{"Lê Văn C", "Lê Văn C", "Lê Văn C"});
    CHECK(table->item(0, 0)->text() == "05/11/2024 09:30");

    // The context menu of another field offers the same.
    window.tabs()->setCurrentWidget(form);
    enter(*form, "neonatal_deaths", "2");
    ui::CountEdit* field = form->field("neonatal_deaths");
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, QPoint(5, 5), field->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(field, &menuEvent);
    QMenu* menu = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* m = qobject_cast<QMenu*>(w); m && m->isVisible())
            menu = m;
    REQUIRE(menu);
    QAction* action = menu->findChild<QAction*>("valueHistory");
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    action->trigger();
    menu->close();
    REQUIRE(window.tabs()->currentWidget() == page);
    CHECK(page->elementBox()->currentData().toString() == "neonatal_deaths");
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 5)->text() == "2");
}

TEST_CASE("The History tab filters by unit, person and dates, and saves what it shows as CSV")
{
    ScopedClock clock(QDateTime(QDate(2024, 11, 5), QTime(9, 30)));
    TempWorkspace ws;
    configure(*ws, Role::District, "474", "Trần Văn Đức");
    auto set = [&](const QString& unit, qint64 v, const QString& who) {
        ws->values().apply({{unit, 2024, "live_births", v, std::nullopt}}, {who, "district_entry", "474"});
    };
    set("19744", 10, "Trần Văn Đức");
    clock.clock().set(QDateTime(QDate(2024, 11, 6), QTime(9, 30)));
    set("19747", 20, "Phạm Thị D");
    clock.clock().set(QDateTime(QDate(2024, 11, 7), QTime(9, 30)));
    set("19744", 11, "Phạm Thị D");

    ui::HistoryPage page(*ws);
    QString saved;
    page.setFileAsker([&](const QString& suggested) {
        saved = ws.file(suggested);
        return saved;
    });
    page.show();
    QTableWidget* table = page.table();
    CHECK(table->rowCount() == 3);
    REQUIRE(ui::selectData(page.personBox(), QStringLiteral("Phạm Thị D")));
    CHECK(table->rowCount() == 2);
    REQUIRE(ui::selectData(page.unitBox(), QStringLiteral("19744")));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 5)->text() == "11");
    page.personBox()->setCurrentIndex(0);
    page.fromEdit()->setDate(QDate(2024, 11, 6));
    CHECK(table->rowCount() == 1);
    page.fromEdit()->setDate(QDate(2024, 11, 5));
    page.toEdit()->setDate(QDate(2024, 11, 5));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 5)->text() == "10");

    page.exportCsv();
    CHECK(saved.endsWith("history-19744.csv"));
    const QList<csv::Row> rows = csv::readFile(saved);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].fields.value(1) == "19744");
    CHECK(rows[1].fields.value(5) == "10");
    CHECK(page.messageLabel()->text().contains(saved));
}
