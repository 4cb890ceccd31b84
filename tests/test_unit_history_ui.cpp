// File > Administrative units over the years... offscreen: each change with its act, the units
// merged or split with their shares, the UNCONFIRMED mark on the rows no source confirms, and
// the tree of a chosen year; a district installation is told on the main window that its role
// ended.
#include "core/Csv.h"
#include "support/TestSupport.h"
#include "ui/main/MainWindow.h"
#include "ui/units/UnitHistoryDialog.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QStatusBar>
#include <QTreeWidget>

using namespace chitieu;

namespace {
// Rows of resources/units/crosswalk-hue.csv with the UNCONFIRMED mark: the old units of each.
QSet<QString> unconfirmedOldUnits()
{
    QFile f(":/chitieu/units/crosswalk-hue.csv");
    REQUIRE(f.open(QIODevice::ReadOnly));
    QSet<QString> codes;
    for (const csv::Row& r : csv::parse(QString::fromUtf8(f.readAll()), "crosswalk").mid(1))
        if (r.fields[7].startsWith("UNCONFIRMED"))
            codes.insert(r.fields[1]);
    return codes;
}

int countTree(QTreeWidgetItem* item, const std::function<bool(QTreeWidgetItem*)>& match)
{
    int n = match(item) ? 1 : 0;
    for (int i = 0; i < item->childCount(); ++i)
        n += countTree(item->child(i), match);
    return n;
}
} // namespace

TEST_CASE("The history of units shows each change, its shares and the UNCONFIRMED rows")
{
    test::TempWorkspace w;
    ui::UnitHistoryDialog d(*w);
    QTreeWidget* changes = d.changes();
    REQUIRE(changes->topLevelItemCount() == 3);
    CHECK(changes->topLevelItem(0)->text(0).startsWith("01/07/2021"));
    CHECK(changes->topLevelItem(0)->text(3).contains("1264/NQ-UBTVQH14"));
    CHECK(changes->topLevelItem(2)->text(0).startsWith("01/07/2025"));
    // Phú Thuận split with its shares, written as numbers are in the program's language.
    const QString point = QLocale().decimalPoint();
    bool phuThuan = false;
    for (int i = 0; i < changes->topLevelItem(0)->childCount(); ++i) {
        const QString text = changes->topLevelItem(0)->child(i)->text(0);
        if (text.startsWith("19744 Phường Phú Thuận")) {
            phuThuan = true;
            CHECK(text.contains("0" + point + "6051"));
            CHECK(text.contains("0" + point + "3949"));
        }
    }
    CHECK(phuThuan);
    // The change of 01/01/2025 is marked, and each of its unconfirmed old units.
    QTreeWidgetItem* change2025 = changes->topLevelItem(1);
    CHECK(change2025->text(1) == ui::UnitHistoryDialog::unconfirmedMark());
    const QSet<QString> unconfirmed = unconfirmedOldUnits();
    QSet<QString> marked;
    for (int i = 0; i < change2025->childCount(); ++i)
        if (change2025->child(i)->text(3).startsWith(ui::UnitHistoryDialog::unconfirmedMark()))
            marked.insert(change2025->child(i)->text(2));
    CHECK(marked == unconfirmed);
    CHECK_FALSE(changes->topLevelItem(0)->text(1) == ui::UnitHistoryDialog::unconfirmedMark());

    // The tree of a year: 2025 has 40 units under the city, 2024 marks Phong Điền's units.
    d.year()->setCurrentIndex(d.year()->findData(2025));
    REQUIRE(d.tree()->topLevelItemCount() == 1);
    CHECK(d.tree()->topLevelItem(0)->childCount() == 40);
    d.year()->setCurrentIndex(d.year()->findData(2024));
    QSet<QString> markedUnits;
    countTree(d.tree()->topLevelItem(0), [&](QTreeWidgetItem* item) {
        if (item->text(2) == ui::UnitHistoryDialog::unconfirmedMark())
            markedUnits.insert(item->text(1));
        return false;
    });
    CHECK(markedUnits == unconfirmed);
    d.year()->setCurrentIndex(d.year()->findData(2020));
    CHECK(countTree(d.tree()->topLevelItem(0), [](QTreeWidgetItem* i) { return i->text(1) == "19744"; }) == 1);
}

TEST_CASE("The main window tells a district installation that its role ended")
{
    test::ScopedClock clock(QDateTime(QDate(2025, 7, 2), QTime(8, 0)));
    test::TempWorkspace w;
    w.serve(Role::District, "474", "Trần Văn Đức");
    ui::MainWindow window(*w);
    auto* notice = window.statusBar()->findChild<QLabel*>("unitEndNotice");
    REQUIRE(notice);
    CHECK(notice->text().contains("(474)"));
    CHECK(notice->text().contains("01/07/2025"));
    CHECK(window.findChild<QAction*>("unitHistoryAction"));

    test::ScopedClock before(QDateTime(QDate(2025, 6, 30), QTime(8, 0)));
    ui::MainWindow earlier(*w);
    CHECK_FALSE(earlier.statusBar()->findChild<QLabel*>("unitEndNotice"));
}
