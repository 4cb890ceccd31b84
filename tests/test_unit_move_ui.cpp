// The desktop program offers a merged commune's installation its new unit after the change
// date, offscreen: the dialog names both units, the date, the resolution and the UNCONFIRMED
// mark where it applies; accepted, the settings serve the new unit as init --unit does and
// the earlier years stay; declined, it is not offered again at start, and File > Move to the
// new unit... still does it. Before the date, and for a district whose level ended, nothing
// is offered.
#include "support/TestSupport.h"
#include "ui/main/MainWindow.h"
#include "ui/units/UnitHistoryDialog.h"
#include "ui/units/UnitMoveDialog.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace chitieu;
using ui::MainWindow;

namespace {
const QString xuanPhu = QStringLiteral("19792"); // into Vỹ Dạ (19777) on 01/07/2025, NQ 1675/NQ-UBTVQH15
const QString vyDa = QStringLiteral("19777");

void serve(test::TempWorkspace& w, const QString& unit, Role role)
{
    InstallationSettings s = w->settings();
    s.unitCode = unit;
    s.role = role;
    s.userName = QStringLiteral("Lê Thị Cúc");
    w->saveSettings(s);
}

QDateTime on(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(8, 0));
}
} // namespace

TEST_CASE("A merged commune's installation is offered its new unit and moves when it accepts")
{
    test::ScopedClock clock(on(2025, 7, 2));
    test::TempWorkspace w;
    serve(w, xuanPhu, Role::Commune);
    w->values().apply({{xuanPhu, 2024, "live_births", 75, std::nullopt}},
                      {QStringLiteral("Lê Thị Cúc"), QStringLiteral("entry"), xuanPhu});
    MainWindow window(*w);
    REQUIRE(window.statusBar()->findChild<QLabel*>("unitEndNotice"));
    CHECK(window.moveUnitAction()->isEnabled());

    ui::UnitMoveDialog* dialog = window.offerUnitMove(MainWindow::MoveOffer::AtStart);
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    const QString text = dialog->text()->text();
    CHECK(text.contains(QStringLiteral("Phường Xuân Phú (19792) became part of Phường Vỹ Dạ (19777) on 01/07/2025")));
    CHECK(text.contains(QStringLiteral("NQ 1675/NQ-UBTVQH15")));
    CHECK_FALSE(text.contains(ui::UnitHistoryDialog::unconfirmedMark()));
    CHECK(dialog->moveButton()->text().contains(QStringLiteral("Phường Vỹ Dạ (19777)")));

    QTest::mouseClick(dialog->moveButton(), Qt::LeftButton);
    const InstallationSettings s = w->settings();
    CHECK(s.unitCode == vyDa);
    CHECK(s.role == Role::Commune);
    CHECK(s.userName == QStringLiteral("Lê Thị Cúc"));
    // Its earlier years stay under the old code.
    CHECK(w->values().value(xuanPhu, 2024, "live_births") == 75);
    // The window serves the new unit: no notice, nothing more to offer.
    CHECK_FALSE(window.statusBar()->findChild<QLabel*>("unitEndNotice"));
    CHECK(window.windowTitle().contains(vyDa));
    CHECK_FALSE(window.moveUnitAction()->isEnabled());
    CHECK(window.offerUnitMove(MainWindow::MoveOffer::Asked) == nullptr);
}

TEST_CASE("A declined move is not offered again at start but the File menu still offers it")
{
    test::ScopedClock clock(on(2025, 7, 2));
    test::TempWorkspace w;
    serve(w, xuanPhu, Role::Commune);
    {
        MainWindow window(*w);
        ui::UnitMoveDialog* dialog = window.offerUnitMove(MainWindow::MoveOffer::AtStart);
        REQUIRE(dialog);
        QTest::mouseClick(dialog->laterButton(), Qt::LeftButton);
        CHECK(w->settings().unitCode == xuanPhu);
        CHECK(w->settings().declinedMove == QStringLiteral("19792>19777"));
    }
    MainWindow again(*w);
    CHECK(again.offerUnitMove(MainWindow::MoveOffer::AtStart) == nullptr);
    REQUIRE(again.moveUnitAction()->isEnabled());
    again.moveUnitAction()->trigger();
    auto* asked = again.findChild<ui::UnitMoveDialog*>("unitMoveDialog");
    REQUIRE(asked);
    asked->accept();
    CHECK(w->settings().unitCode == vyDa);
    CHECK(w->settings().declinedMove.isEmpty());
}

TEST_CASE("A move through an UNCONFIRMED change shows the mark")
{
    // Điền Hương (19822) went into Phong Thạnh on 01/01/2025 (no source confirms it), which
    // went into Phong Phú (19828) on 01/07/2025.
    test::ScopedClock clock(on(2025, 7, 2));
    test::TempWorkspace w;
    serve(w, QStringLiteral("19822"), Role::Commune);
    MainWindow window(*w);
    ui::UnitMoveDialog* dialog = window.offerUnitMove(MainWindow::MoveOffer::AtStart);
    REQUIRE(dialog);
    CHECK(dialog->move().toCode == QStringLiteral("19828"));
    CHECK(dialog->text()->text().contains(QStringLiteral("on 01/07/2025")));
    CHECK(dialog->text()->text().contains(ui::UnitHistoryDialog::unconfirmedMark()));
    dialog->reject();
}

TEST_CASE("Nothing is offered before the change date, nor to a district whose level ended")
{
    SECTION("before the date")
    {
        test::ScopedClock clock(on(2025, 6, 30));
        test::TempWorkspace w;
        serve(w, xuanPhu, Role::Commune);
        MainWindow window(*w);
        CHECK(window.offerUnitMove(MainWindow::MoveOffer::AtStart) == nullptr);
        CHECK_FALSE(window.moveUnitAction()->isEnabled());
    }
    SECTION("a district after 01/07/2025")
    {
        test::ScopedClock clock(on(2025, 7, 2));
        test::TempWorkspace w;
        serve(w, QStringLiteral("474"), Role::District);
        MainWindow window(*w);
        CHECK(window.offerUnitMove(MainWindow::MoveOffer::AtStart) == nullptr);
        CHECK_FALSE(window.moveUnitAction()->isEnabled());
        auto* notice = window.statusBar()->findChild<QLabel*>("unitEndNotice");
        REQUIRE(notice);
        CHECK(notice->text().contains(QStringLiteral("The role of")));
    }
}
