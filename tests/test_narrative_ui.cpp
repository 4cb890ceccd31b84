// The Reports to write and Own targets tabs, offscreen: typing a section stores it with its
// history and a version can be restored; a unit's own target is set from the form and a bad
// one is refused with nothing stored.
#include "core/narrative/NarrativeStore.h"
#include "core/targets/UnitTargets.h"
#include "support/TestSupport.h"
#include "ui/narrative/NarrativePage.h"
#include "ui/narrative/RichTextEditor.h"
#include "ui/targets/TargetsPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>

using namespace chitieu;

namespace {
QString stored(test::TempWorkspace& ws, const QString& section)
{
    const auto sections =
        NarrativeStore(ws->db(), ws->catalogue(), ws->units()).sections("483", {}, 2024, "results-30-11");
    return sections.contains(section) ? sections.value(section).text.plainText() : QString();
}
} // namespace

TEST_CASE("A district writes a section of its results report: stored, with history, restorable")
{
    test::TempWorkspace ws;
    ws.serve(Role::District, "483", "Trần Văn Đức");
    test::ScopedClock clock(QDateTime(QDate(2024, 11, 20), QTime(9, 0)));
    ui::NarrativePage page(*ws);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.setYear(2024);
    CHECK_FALSE(page.setDeliverable("dolisa-05-12")); // the consolidating agency's, not a district's
    REQUIRE(page.setDeliverable("results-30-11"));
    ui::RichTextEditor* results = page.editor("results");
    REQUIRE(results);
    REQUIRE(page.editor("difficulties"));

    results->edit()->setFocus(); // QTest types ASCII only
    QTest::keyClicks(results->edit(), QStringLiteral("Da to chuc 12 lop tap huan."));
    REQUIRE(page.saveNow());
    CHECK(stored(ws, "results") == "Da to chuc 12 lop tap huan.");
    CHECK(stored(ws, "difficulties").isEmpty());

    clock.clock().set(QDateTime(QDate(2024, 11, 21), QTime(9, 0)));
    QTest::keyClicks(results->edit(), QStringLiteral(" Them mot cau."));
    REQUIRE(page.saveNow());
    CHECK(stored(ws, "results") == "Da to chuc 12 lop tap huan. Them mot cau.");

    const QList<NarrativeChange> versions = page.history("results");
    REQUIRE(versions.size() == 2);
    int first = -1;
    for (int i = 0; i < versions.size(); ++i)
        if (versions[i].newText.plainText() == "Da to chuc 12 lop tap huan.")
            first = i;
    REQUIRE(first >= 0);
    CHECK(versions[first].changedBy == "Trần Văn Đức");
    REQUIRE(page.restore("results", first));
    CHECK(stored(ws, "results") == "Da to chuc 12 lop tap huan.");
    CHECK(page.history("results").size() == 3); // the restore is a change of its own
}

TEST_CASE("The Own targets tab sets a target and refuses a bad one with nothing stored")
{
    test::TempWorkspace ws;
    ws.serve(Role::District, "483", "Trần Văn Đức");
    ui::TargetsPage page(*ws);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    UnitTargetStore store(ws->db(), ws->catalogue(), ws->units());
    REQUIRE(store.list("483").isEmpty());

    page.measureBox()->setCurrentIndex(page.measureBox()->findData("2a"));
    page.comparatorBox()->setCurrentIndex(page.comparatorBox()->findData("<"));
    page.fromYearBox()->setValue(2024);
    page.documentEdit()->setText("45/KH-UBND");

    page.targetEdit()->setText("abc");
    CHECK_FALSE(page.setTarget());
    CHECK(page.messageLabel()->text().contains("\"abc\" is not a number"));
    CHECK(store.list("483").isEmpty());

    page.targetEdit()->setText("15");
    page.documentEdit()->clear();
    CHECK_FALSE(page.setTarget());
    CHECK(page.messageLabel()->text().contains("number and symbol of the document"));
    CHECK(store.list("483").isEmpty());

    page.documentEdit()->setText("45/KH-UBND");
    REQUIRE(page.setTarget());
    const QList<UnitTarget> targets = store.list("483");
    REQUIRE(targets.size() == 1);
    CHECK(targets[0].measure == "2a");
    CHECK(targets[0].target == Approx(15));
    CHECK(targets[0].fromYear == 2024);
    CHECK(targets[0].document == "45/KH-UBND");
    CHECK(page.table()->rowCount() == 1);
}
