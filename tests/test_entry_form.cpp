// The entry form, offscreen, typed into with QTest: live measures, refusals, commits with
// audit, undo/redo, a pasted column, checks, complete/reopen, who may enter, the keyboard.
#include "core/entry/EntryFormModel.h"
#include "core/store/FormStatus.h"
#include "test_entry_support.h"
#include "ui/entry/ChecksPanel.h"
#include "ui/entry/CountEdit.h"
#include "ui/entry/EntryForm.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace chitieu;
using ui::EntryForm;
using namespace chitieu::test;

TEST_CASE("Typing a value changes the rate and status shown, before and after it is committed")
{
    test::TempWorkspace ws;
    configure(*ws, Role::Commune, "19744");
    EntryForm form(*ws);
    form.setYear(2024);
    showForm(form);
    CHECK(form.unit() == "19744");
    QLabel* status = form.measureRow("2a")->status;
    QLabel* value = form.measureRow("2a")->value;
    CHECK(status->text().contains(measureStatuses.text(MeasureStatus::NoData)));
    CHECK(value->text() == "—");

    enter(form, "live_births", "250");
    CHECK(stored(*ws, "19744", 2024, "live_births") == 250);
    typeInto(form, "neonatal_deaths", "1");
    // 1 / 250 x 1000 = 4 per mille, target < 1: not met, while still typing.
    CHECK(value->text() == "4 ‰");
    CHECK(status->text().contains(measureStatuses.text(MeasureStatus::NotMet)));
    CHECK(status->property("status").toString() == "not_met");
    CHECK_FALSE(stored(*ws, "19744", 2024, "neonatal_deaths").has_value());
    QTest::keyClick(form.field("neonatal_deaths"), Qt::Key_Tab);
    CHECK(stored(*ws, "19744", 2024, "neonatal_deaths") == 1);

    enter(form, "neonatal_deaths", "0");
    CHECK(value->text() == "0 ‰");
    CHECK(status->text().contains(measureStatuses.text(MeasureStatus::Met)));
    // Vietnamese grouping: "1.234" is one thousand two hundred thirty-four.
    enter(form, "live_births", "1.234");
    CHECK(stored(*ws, "19744", 2024, "live_births") == 1234);
    CHECK(form.field("live_births")->text() == "1.234");
    enter(form, "children_total", "5678");
    CHECK(form.field("children_total")->text() == "5.678"); // shown the Vietnamese way once stored
}

TEST_CASE("Invalid text is refused at the field with a message and nothing is stored")
{
    test::TempWorkspace ws;
    configure(*ws, Role::Commune, "19744");
    EntryForm form(*ws);
    form.setYear(2024);
    showForm(form);
    ui::FieldRow* row = form.fieldRow("live_births");

    enter(form, "live_births", "12,5");
    CHECK(row->edit->property("checkState").toString() == "refused");
    CHECK(row->message->isVisible());
    CHECK(row->message->text().contains("without decimals"));
    CHECK(row->edit->text() == "12,5"); // kept to be corrected
    CHECK_FALSE(stored(*ws, "19744", 2024, "live_births").has_value());

    enter(form, "live_births", "-3");
    CHECK(row->message->text().contains("negative"));
    enter(form, "live_births", "abc");
    CHECK(row->message->text().contains("1.234"));
    enter(form, "live_births", "1.23"); // not real grouping: a decimal slip
    CHECK(row->message->text().contains("1.234"));
    CHECK_FALSE(stored(*ws, "19744", 2024, "live_births").has_value());
    CHECK(ws->values().audit("19744", 2024).isEmpty());

    // Refused text blocks "Mark complete" until it is corrected.
    QTest::mouseClick(form.markCompleteButton(), Qt::LeftButton);
    CHECK(form.messageLabel()->text().contains("refused"));
    CHECK(FormStatus::load(ws->db(), "19744", 2024).state != FormState::Complete);

    enter(form, "live_births", "120");
    CHECK(row->edit->property("checkState").toString() == "");
    CHECK_FALSE(row->message->isVisible());
    CHECK(stored(*ws, "19744", 2024, "live_births") == 120);
    // Every refused figure corrected: the message about them goes too.
    CHECK_FALSE(form.messageLabel()->isVisible());
    CHECK(form.messageLabel()->text().isEmpty());
}

TEST_CASE("Every accepted edit is committed at once with audit, and undo and redo work across fields")
{
    test::TempWorkspace ws;
    configure(*ws, Role::Commune, "19744");
    EntryForm form(*ws);
    form.setYear(2024);
    showForm(form);

    enter(form, "live_births", "100");
    enter(form, "live_births", "200");
    enter(form, "children_total", "900");
    CHECK(stored(*ws, "19744", 2024, "live_births") == 200);
    QList<AuditRow> audit = ws->values().audit("19744", 2024);
    REQUIRE(audit.size() == 3);
    CHECK(audit[1].oldValue == 100);
    CHECK(audit[1].newValue == 200);
    CHECK(audit[1].source == "entry");
    CHECK(audit[1].changedBy == "Lê Văn C");

    // Ctrl+Z in whichever field has the focus undoes the last edit, across fields.
    ui::CountEdit* somewhere = form.field("facilities_total");
    somewhere->setFocus();
    QTest::keyClick(somewhere, Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(stored(*ws, "19744", 2024, "children_total").has_value());
    CHECK(form.field("children_total")->text().isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(stored(*ws, "19744", 2024, "live_births") == 100);
    CHECK(form.field("live_births")->text() == "100");
    CHECK(QApplication::focusWidget() == form.field("live_births")); // undo shows where
    audit = ws->values().audit("19744", 2024);
    REQUIRE(audit.size() == 5);
    CHECK(audit[3].source == "undo");
    CHECK(audit[4].source == "undo");
    CHECK(audit[4].oldValue == 200);
    CHECK(audit[4].newValue == 100);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::ControlModifier);
    CHECK(stored(*ws, "19744", 2024, "live_births") == 200);
    CHECK(ws->values().audit("19744", 2024).last().source == "redo");

    // Typing not yet committed is undone first, without touching the database.
    typeInto(form, "live_births", "777");
    QTest::keyClick(form.field("live_births"), Qt::Key_Z, Qt::ControlModifier);
    CHECK(form.field("live_births")->text() == "200");
    CHECK(stored(*ws, "19744", 2024, "live_births") == 200);
    CHECK(ws->values().audit("19744", 2024).size() == 6);
}

TEST_CASE("An undo refused because the form was completed elsewhere leaves history and database agreeing")
{
    test::TempWorkspace ws;
    configure(*ws, Role::Commune, "19744");
    EntryForm form(*ws);
    form.setYear(2024);
    showForm(form);
    enter(form, "live_births", "100");
    enter(form, "live_births", "200");
    REQUIRE(form.undoStack()->count() == 2);
    // Another window (or an import) marks the form complete meanwhile.
    FormStatus::save(ws->db(), "19744", 2024, FormState::Complete, "Lê Văn C");
    form.undo();
    CHECK(stored(*ws, "19744", 2024, "live_births") == 200); // nothing written
    CHECK(form.undoStack()->count() == 1);                   // the refused step is gone
    CHECK(form.messageLabel()->text().contains("complete"));
}

TEST_CASE("Undo and redo in the form refuse to overwrite what another program wrote meanwhile")
{
    test::TempWorkspace ws;
    configure(*ws, Role::Commune, "19744");
    EntryForm form(*ws);
    form.setYear(2024);
    showForm(form);
    enter(form, "live_births", "100");
    REQUIRE(form.undoStack()->count() == 1);
    // The command line (another connection) writes 150 meanwhile.
    {
        Workspace other(ws.path());
        other.values().apply({{"19744", 2024, "live_births", 150, std::nullopt}},
                             {QStringLiteral("cli"), ChangeContext::cliSet, QStringLiteral("19744")});
    }
    QTest::keyClick(form.field("live_births"), Qt::Key_Z, Qt::ControlModifier);
    CHECK(stored(*ws, "19744", 2024, "live_births") == 150); // not deleted by the undo
    CHECK(form.undoStack()->count() == 0);                   // the refused step is dropped
    CHECK(form.messageLabel()->text().contains("changed by another program"));
    CHECK(form.messageLabel()->text().contains("150"));

    // Redo the same way: the form entered 300 and undid it, another program wrote 400.
    enter(form, "live_births", "300");
    form.undo();
    REQUIRE(stored(*ws, "19744", 2024, "live_births") == 150);
    {
        Workspace other(ws.path());
        other.values().apply({{"19744", 2024, "live_births", 400, std::nullopt}},
                             {QStringLiteral("cli"), ChangeContext::cliSet, QStringLiteral("19744")});
    }
    form.undoStack()->redo();
    CHECK(stored(*ws, "19744", 2024, "live_births") == 400);
    CHECK(form.messageLabel()->text().contains("400"));
}

TEST_CASE("A column pasted from a spreadsheet fills consecutive fields, whole or not at all")
{
    test::TempWorkspace ws;
    configure(*ws, Role::Commune, "19744");
    EntryForm form(*ws);
    form.setYear(2024);
    showForm(form);
    // The form's order: indicator 1 (cfc_registered, cfc_achieved), then 2 (neonatal_deaths,
    // infant_deaths, under5_deaths, live_births) ...
    QApplication::clipboard()->setText("1\r\n2\r\n3\r\n1.250\r\n");
    ui::CountEdit* start = form.field("neonatal_deaths");
    start->setFocus();
    QTest::keyClick(start, Qt::Key_V, Qt::ControlModifier);
    CHECK(stored(*ws, "19744", 2024, "neonatal_deaths") == 1);
    CHECK(stored(*ws, "19744", 2024, "infant_deaths") == 2);
    CHECK(stored(*ws, "19744", 2024, "under5_deaths") == 3);
    CHECK(stored(*ws, "19744", 2024, "live_births") == 1250);
    CHECK_FALSE(stored(*ws, "19744", 2024, "under5_stunted").has_value());
    CHECK(form.field("live_births")->text() == "1.250");
    CHECK(form.measureRow("2c")->value->text() == "2,4 ‰"); // 3 / 1250 x 1000

    // One undo takes the whole paste back.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(stored(*ws, "19744", 2024, "neonatal_deaths").has_value());
    CHECK_FALSE(stored(*ws, "19744", 2024, "live_births").has_value());

    // A bad cell refuses the paste and names its line; nothing is stored.
    QApplication::clipboard()->setText("4\n5,5\n6\n");
    start->setFocus();
    QTest::keyClick(start, Qt::Key_V, Qt::ControlModifier);
    CHECK(form.fieldRow("neonatal_deaths")->message->text().contains("Line 2"));
    CHECK_FALSE(stored(*ws, "19744", 2024, "neonatal_deaths").has_value());
    CHECK_FALSE(stored(*ws, "19744", 2024, "infant_deaths").has_value());

    // More numbers than fields left: refused, nothing stored.
    const QString last = form.model()->layout().fieldOrder().last();
    QApplication::clipboard()->setText("7\n8\n");
    form.field(last)->setFocus();
    QTest::keyClick(form.field(last), Qt::Key_V, Qt::ControlModifier);
    CHECK(form.fieldRow(last)->message->text().contains("more than the fields from here to the end of the form (1)"));
    CHECK_FALSE(stored(*ws, "19744", 2024, last).has_value());

    // A single cell pastes into the field as typed text.
    QApplication::clipboard()->setText("42\n");
    ui::CountEdit* one = form.field("children_total");
    one->setFocus();
    one->selectAll();
    QTest::keyClick(one, Qt::Key_V, Qt::ControlModifier);
    CHECK(one->text() == "42");
}

TEST_CASE("Values are there after the form and the database are closed and opened again")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("again.sqlite");
    {
        Workspace ws(path);
        configure(ws, Role::Commune, "19744");
        EntryForm form(ws);
        form.setYear(2023);
        showForm(form);
        enter(form, "children_under5", "1.500");
        enter(form, "under5_measured", "1400");
    }
    Workspace ws(path);
    EntryForm form(ws);
    form.setYear(2023);
    showForm(form);
    CHECK(form.field("children_under5")->text() == "1.500");
    CHECK(form.field("under5_measured")->text() == "1.400");
    CHECK(stored(ws, "19744", 2023, "under5_measured") == 1400);
    // And the year after shows them as last year's values.
    form.setYear(2024);
    CHECK(form.fieldRow("children_under5")->lastYear->text() == "1.500");
    CHECK(form.field("children_under5")->text().isEmpty());
}

TEST_CASE("Mark complete is blocked by a hard check, allowed once it is fixed, and then the form is read-only")
{
    test::TempWorkspace ws;
    test::ScopedClock clock(QDateTime(QDate(2024, 11, 12), QTime(15, 30)));
    configure(*ws, Role::Commune, "19744");
    EntryForm form(*ws);
    form.setYear(2024);
    showForm(form);
    enter(form, "children_under5", "100");
    enter(form, "under5_measured", "120");
    CHECK(form.field("under5_measured")->property("checkState").toString() == "hard");
    CHECK(form.field("children_under5")->property("checkState").toString() == "hard");
    CHECK(form.fieldRow("under5_measured")->message->text().contains("120"));
    CHECK(form.checksPanel()->hardCount() == 1);

    QTest::mouseClick(form.markCompleteButton(), Qt::LeftButton);
    CHECK(FormStatus::load(ws->db(), "19744", 2024).state == FormState::InProgress);
    CHECK(form.messageLabel()->isVisible());
    CHECK(form.messageLabel()->text().contains("cannot be marked complete"));
    CHECK(QApplication::focusWidget() == form.field("under5_measured")); // the form shows where

    // The checks list leads to the field too.
    form.field("live_births")->setFocus();
    REQUIRE(form.checksPanel()->item(0)->data(ui::ChecksPanel::KindRole).toString() == "hard");
    emit form.checksPanel()->itemActivated(form.checksPanel()->item(0));
    CHECK(QApplication::focusWidget() == form.field("under5_measured"));

    // A measure computed from counts that break a check shows the check, not a status.
    enter(form, "under5_stunted", "250");
    enter(form, "under5_measured", "200");
    enter(form, "children_under5", "300");
    CHECK(form.checksPanel()->hardCount() == 1); // 250 stunted of 200 measured
    ui::MeasureRow* stunting = form.measureRow("3a");
    REQUIRE(stunting != nullptr);
    CHECK(stunting->status->property("status").toString() == "error");
    CHECK_FALSE(stunting->status->text().contains(measureStatuses.text(MeasureStatus::NotMet)));
    CHECK(stunting->value->text() == "—");
    CHECK(stunting->status->toolTip().contains("250"));
    CHECK(form.messageLabel()->isVisible()); // the refusal of "Mark complete" stands while the check fails
    enter(form, "under5_stunted", "25");
    CHECK(stunting->status->property("status").toString() == measureStatuses.key(MeasureStatus::NotMet));
    CHECK(stunting->value->text() == "12,5 %");
    CHECK_FALSE(form.messageLabel()->isVisible()); // nothing fails any more: the message went
    enter(form, "under5_stunted", "");
    enter(form, "children_under5", "100");

    enter(form, "under5_measured", "95");
    CHECK(form.checksPanel()->hardCount() == 0);
    CHECK(form.field("under5_measured")->property("checkState").toString() == "");
    QTest::mouseClick(form.markCompleteButton(), Qt::LeftButton);
    const FormStatus s = FormStatus::load(ws->db(), "19744", 2024);
    CHECK(s.state == FormState::Complete);
    CHECK(s.changedAt == QDateTime(QDate(2024, 11, 12), QTime(15, 30)));
    CHECK(form.stateLabel()->text().contains("12/11/2024"));

    // Read-only: typing changes nothing, undo has nothing to undo into it.
    CHECK(form.field("live_births")->isReadOnly());
    typeInto(form, "live_births", "55");
    QTest::keyClick(form.field("live_births"), Qt::Key_Tab);
    CHECK_FALSE(stored(*ws, "19744", 2024, "live_births").has_value());
    QTest::keyClick(form.field("live_births"), Qt::Key_Z, Qt::ControlModifier);
    CHECK(stored(*ws, "19744", 2024, "under5_measured") == 95);
    CHECK_FALSE(form.markCompleteButton()->isEnabled());
    CHECK(form.reopenButton()->isEnabled());
}

TEST_CASE("A completed form is reopened only with a reason, which is stored")
{
    test::TempWorkspace ws;
    configure(*ws, Role::Commune, "19744");
    ws.set("19744", 2024, {{"live_births", 80}});
    FormStatus::save(ws->db(), "19744", 2024, FormState::Complete, "Lê Văn C");
    EntryForm form(*ws);
    form.setYear(2024);
    showForm(form);
    CHECK(form.field("live_births")->isReadOnly());
    CHECK(form.bannerLabel()->text().contains("can only be read"));

    AskLog ask;
    form.setTextAsker(ask.asker());
    QTest::mouseClick(form.reopenButton(), Qt::LeftButton); // cancelled
    CHECK(FormStatus::load(ws->db(), "19744", 2024).state == FormState::Complete);
    ask.answer = QString("   ");
    QTest::mouseClick(form.reopenButton(), Qt::LeftButton); // blank reason: refused
    CHECK(FormStatus::load(ws->db(), "19744", 2024).state == FormState::Complete);
    CHECK(form.messageLabel()->text().contains("reason"));
    ask.answer = QString("Trạm y tế sửa số trẻ đẻ sống");
    QTest::mouseClick(form.reopenButton(), Qt::LeftButton);
    const FormStatus s = FormStatus::load(ws->db(), "19744", 2024);
    CHECK(s.state == FormState::InProgress);
    CHECK(s.reason == "Trạm y tế sửa số trẻ đẻ sống");
    CHECK(form.bannerLabel()->text().contains("Trạm y tế sửa số trẻ đẻ sống"));
    CHECK_FALSE(form.field("live_births")->isReadOnly());
    enter(form, "live_births", "82");
    CHECK(stored(*ws, "19744", 2024, "live_births") == 82);
}

TEST_CASE("A district enters for its commune, and the values are marked as entered by the district")
{
    test::TempWorkspace ws;
    configure(*ws, Role::District, "474", "Hồ Thị D");
    EntryForm form(*ws);
    form.setYear(2024);
    showForm(form);
    // The communes of Thành phố Huế in the tree of 2024 (from 01/07/2021: 13 joined, 4 went).
    CHECK(form.unitBox()->count() == 36);
    form.setUnit("19747");
    CHECK(form.unit() == "19747");
    CHECK(form.bannerLabel()->text().contains("entered by the district"));
    enter(form, "live_births", "310");
    const StoredValue v = ws->values().values("19747", 2024).value("live_births");
    CHECK(v.value == 310);
    CHECK(v.enteredByUnit == "474");
    CHECK(v.source == "district_entry");
    CHECK(v.changedBy == "Hồ Thị D");
    CHECK(ws->values().audit("19747", 2024).last().source == "district_entry");
    CHECK(form.field("live_births")->toolTip().contains("474"));

    // A commune of another district is only shown.
    form.setUnit("19822");
    CHECK(form.field("live_births")->isReadOnly());
    CHECK(form.bannerLabel()->text().contains("19822"));
}

TEST_CASE("A commune installation cannot enter for another commune")
{
    test::TempWorkspace ws;
    configure(*ws, Role::Commune, "19744");
    ws.set("19747", 2024, {{"live_births", 90}});
    EntryForm form(*ws);
    form.setYear(2024);
    showForm(form);
    CHECK(form.unitBox()->count() == 1);
    form.setUnit("19747");
    CHECK(form.unit() == "19747");
    CHECK(form.field("live_births")->text() == "90"); // read, not written
    CHECK(form.field("live_births")->isReadOnly());
    CHECK(form.bannerLabel()->text().contains("19747"));
    CHECK_FALSE(form.markCompleteButton()->isEnabled());
    typeInto(form, "live_births", "5");
    QTest::keyClick(form.field("live_births"), Qt::Key_Tab);
    CHECK(stored(*ws, "19747", 2024, "live_births") == 90);
    CHECK(ws->values().audit("19747", 2024).size() == 1); // only the fixture's row
}

TEST_CASE("A province installation enters no commune's form")
{
    test::TempWorkspace ws;
    configure(*ws, Role::Province, "46");
    EntryForm form(*ws);
    showForm(form);
    CHECK(form.unitBox()->count() == 0);
    CHECK(form.field("live_births")->isReadOnly());
    CHECK(form.bannerLabel()->text().contains("only reads"));
    CHECK_FALSE(form.markCompleteButton()->isEnabled());
    form.setUnit("19744"); // chosen on the measures page: shown, not entered
    CHECK(form.unit() == "19744");
    CHECK(form.field("live_births")->isReadOnly());
}

TEST_CASE("Soft checks ask for a comment inline, keep the focus on the counts, and do not block")
{
    test::TempWorkspace ws;
    configure(*ws, Role::Commune, "19744");
    ws.set("19744", 2023, {{"live_births", 100}, {"children_total", 1000}, {"children_under5", 100}});
    EntryForm form(*ws);
    form.setYear(2024);
    AskLog ask;
    form.setTextAsker(ask.asker());
    showForm(form);
    CHECK(form.fieldRow("live_births")->lastYear->text() == "100");
    CHECK(form.fieldRow("children_total")->lastYear->text() == "1.000");

    enter(form, "live_births", "130"); // 30 %: no question
    QCoreApplication::processEvents();
    CHECK(form.fieldRow("live_births")->commentPrompt->isHidden());
    enter(form, "live_births", "200"); // 100 %: asks under the field, no dialog
    QCoreApplication::processEvents();
    CHECK(ask.prompts.isEmpty());
    QLineEdit* prompt = form.fieldRow("live_births")->commentPrompt;
    CHECK(prompt->isVisible());
    CHECK(form.fieldRow("live_births")->message->text().contains("100 → 200"));
    CHECK(stored(*ws, "19744", 2024, "live_births") == 200); // stored all the same
    CHECK(form.field("live_births")->property("checkState").toString() == "soft");
    CHECK(form.checksPanel()->openSoftCount() == 1);
    // The keyboard stays in the next count: what is typed next goes there, not into a comment.
    const QString next = form.model()->layout().fieldOrder().value(
        static_cast<int>(form.model()->layout().fieldOrder().indexOf("live_births")) + 1);
    CHECK(QApplication::focusWidget() == form.field(next));
    QTest::keyClicks(QApplication::focusWidget(), "7");
    CHECK(form.field(next)->text() == "7");
    CHECK(prompt->text().isEmpty());
    QTest::keyClick(form.field(next), Qt::Key_Escape);
    form.field(next)->clear();
    QTest::keyClick(form.field(next), Qt::Key_Tab);
    CHECK_FALSE(stored(*ws, "19744", 2024, next).has_value());

    // The comment written under the field answers the check; the focus goes on after it.
    prompt->setFocus(Qt::MouseFocusReason);
    prompt->insert(QStringLiteral("Thêm khu tái định cư")); // QTest types ASCII only
    QTest::keyClick(prompt, Qt::Key_Return);
    CHECK(ws->values().values("19744", 2024).value("live_births").comment == "Thêm khu tái định cư");
    CHECK(form.fieldRow("live_births")->note->text().contains("Thêm khu tái định cư"));
    CHECK(prompt->isHidden());
    CHECK(form.checksPanel()->openSoftCount() == 0);
    CHECK(QApplication::focusWidget() == form.field(next));
    QTest::keyClick(form.field("live_births"), Qt::Key_Z, Qt::ControlModifier);
    CHECK(ws->values().values("19744", 2024).value("live_births").comment.isEmpty());
    CHECK(prompt->isVisible());

    // Ctrl+M in a field whose check waits for a comment goes to the question under it.
    enter(form, "children_total", "1600");
    ui::CountEdit* total = form.field("children_total");
    total->setFocus();
    QTest::keyClick(total, Qt::Key_M, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == form.fieldRow("children_total")->commentPrompt);
    CHECK(ask.prompts.isEmpty());
    qobject_cast<QLineEdit*>(QApplication::focusWidget())->insert(QStringLiteral("Sáp nhập thôn"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter);
    CHECK(ws->values().values("19744", 2024).value("children_total").comment == "Sáp nhập thôn");
    CHECK(form.checksPanel()->openSoftCount() == 1); // live_births waits again after the undo

    // While a hard check fails on a count, its comment is not asked: the figure comes first.
    enter(form, "children_under5", "400"); // up 300 %: a soft check
    CHECK(form.fieldRow("children_under5")->commentPrompt->isVisible());
    enter(form, "children_under1", "500"); // more than the under-5s: a hard check on the same count
    CHECK(form.field("children_under5")->property("checkState").toString() == "hard");
    CHECK(form.fieldRow("children_under5")->commentPrompt->isHidden());
    enter(form, "children_under1", "");
    CHECK(form.fieldRow("children_under5")->commentPrompt->isVisible());
    enter(form, "children_under5", "");

    // Ctrl+M on any other value opens the comment box.
    ask.answer = QString("Sổ khai sinh xã");
    ui::CountEdit* births = form.field("live_births");
    prompt->setText("bỏ dở");
    births->setFocus();
    QTest::keyClick(births, Qt::Key_M, Qt::ControlModifier); // the question under it first
    CHECK(QApplication::focusWidget() == prompt);
    enter(form, "children_total", "1000"); // back to last year's count: nothing to explain
    CHECK(form.fieldRow("children_total")->commentPrompt->isHidden());
    ui::CountEdit* totalAgain = form.field("children_total");
    totalAgain->setFocus();
    QTest::keyClick(totalAgain, Qt::Key_M, Qt::ControlModifier);
    REQUIRE(ask.prompts.size() == 1);
    CHECK(ws->values().values("19744", 2024).value("children_total").comment == "Sổ khai sinh xã");
    // A comment is undone like a value.
    QTest::keyClick(totalAgain, Qt::Key_Z, Qt::ControlModifier);
    CHECK(ws->values().values("19744", 2024).value("children_total").comment == "Sáp nhập thôn");
    CHECK(ws->values().audit("19744", 2024).last().source == "undo");

    // An empty field takes no comment.
    ui::CountEdit* empty = form.field("children_abused");
    empty->setFocus();
    QTest::keyClick(empty, Qt::Key_M, Qt::ControlModifier);
    CHECK(form.messageLabel()->text().contains("before adding a comment"));

    // Soft checks never block "Mark complete".
    QTest::mouseClick(form.markCompleteButton(), Qt::LeftButton);
    CHECK(FormStatus::load(ws->db(), "19744", 2024).state == FormState::Complete);
}

namespace {
// Counts the style changes (a style sheet set again re-polishes the widget) of a widget.
class StyleChanges : public QObject
{
public:
    explicit StyleChanges(QWidget* w) { w->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject*, QEvent* e) override
    {
        if (e->type() == QEvent::StyleChange)
            ++count;
        return false;
    }
};
} // namespace

TEST_CASE("A keystroke restyles only the field and the measures it changes, and unchanged checks stay as they are")
{
    test::TempWorkspace ws;
    configure(*ws, Role::Commune, "19744");
    EntryForm form(*ws);
    form.setYear(2024);
    showForm(form);
    enter(form, "live_births", "250");
    enter(form, "neonatal_deaths", "1");
    enter(form, "infant_deaths", "5");
    StyleChanges otherField(form.field("children_total"));
    StyleChanges otherMeasure(form.measureRow("1a")->status);
    StyleChanges ownMeasure(form.measureRow("2a")->status);

    // 1 / 2500 x 1000 = 0.4 per mille: 2a goes from not met to met; no other field or
    // measure row is restyled.
    typeInto(form, "live_births", "2500");
    CHECK(form.measureRow("2a")->status->property("status").toString() == "met");
    CHECK(ownMeasure.count > 0);
    CHECK(otherField.count == 0);
    CHECK(otherMeasure.count == 0);

    // Committing what was typed changes no check: the list keeps its items.
    QListWidgetItem* firstCheck = form.checksPanel()->item(0);
    REQUIRE(firstCheck != nullptr);
    const QString firstText = firstCheck->text();
    QTest::keyClick(form.field("live_births"), Qt::Key_Tab);
    CHECK(stored(*ws, "19744", 2024, "live_births") == 2500);
    CHECK(form.checksPanel()->item(0) == firstCheck);
    CHECK(firstCheck->text() == firstText);

    // More neonatal deaths than deaths under 1 breaks a hard check: the field and the list show it.
    typeInto(form, "neonatal_deaths", "3000");
    CHECK(form.field("neonatal_deaths")->property("checkState").toString() == "hard");
    CHECK(form.checksPanel()->item(0)->data(ui::ChecksPanel::KindRole).toString() == "hard");
    CHECK(otherField.count == 0);
}
