// What keeps a keystroke in the entry form from laying the whole form out again: the measures'
// value and status labels and the count fields have one size that holds every text they show,
// word-wrapped labels remember their height for a width while their text and font stay, and
// the messages under the fields follow the typing when it pauses or the field is left.
#include "core/entry/EntryFormModel.h"
#include "test_entry_support.h"
#include "ui/common/StatusStyle.h"
#include "ui/common/WrappedLabel.h"
#include "ui/entry/ChecksPanel.h"
#include "ui/entry/CountEdit.h"
#include "ui/entry/EntryForm.h"

#include <QFontMetrics>
#include <QLabel>
#include <QScrollArea>
#include <QTest>

using namespace chitieu;
using namespace chitieu::test;

TEST_CASE("The measures' value and status labels and the count fields keep one size whatever they show")
{
    test::TempWorkspace ws;
    configure(*ws, Role::Commune, "19744");
    ui::EntryForm form(*ws);
    form.setYear(2024);
    showForm(form);
    ui::MeasureRow* row = form.measureRow(QStringLiteral("2a"));
    REQUIRE(row);
    for (QWidget* w : {static_cast<QWidget*>(row->value), static_cast<QWidget*>(row->status)}) {
        CHECK(w->minimumSize() == w->maximumSize());
    }
    ui::CountEdit* field = form.field(QStringLiteral("live_births"));
    REQUIRE(field);
    CHECK(field->minimumSize() == field->maximumSize());
    // Every status text fits, with the style's padding and border.
    const QFontMetrics metrics = row->status->fontMetrics();
    for (const auto& entry : measureStatusEntries) {
        INFO(ui::statusLabel(entry.value).toStdString());
        CHECK(metrics.horizontalAdvance(ui::statusLabel(entry.value)) + 2 * 6 + 2 <= row->status->width());
    }
    CHECK(metrics.height() + 2 + 2 <= row->status->height());
    // Typing changes the texts, not the sizes.
    const QSize statusSize = row->status->size();
    const QSize valueSize = row->value->size();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("1250"));
    QCoreApplication::processEvents();
    CHECK(row->status->size() == statusSize);
    CHECK(row->value->size() == valueSize);
}

TEST_CASE("While typing, a check's message under a field waits for a pause, while the field shows its state at once")
{
    test::TempWorkspace ws;
    configure(*ws, Role::Commune, "19744");
    ws.set("19744", 2023, {{"live_births", 100}});
    ui::EntryForm form(*ws);
    form.setYear(2024);
    showForm(form);
    ui::FieldRow* row = form.fieldRow(QStringLiteral("live_births"));
    const QStringList order = form.model()->layout().fieldOrder();
    const QString next = order.value(static_cast<int>(order.indexOf(QStringLiteral("live_births"))) + 1);
    REQUIRE(row);
    REQUIRE(form.field(next));
    const auto nextTop = [&] { return form.field(next)->mapTo(form.scrollArea()->widget(), QPoint()).y(); };
    const int top = nextTop();

    // 100 -> 200, up 100 %: the field is marked at once, the fields below stay where they are.
    typeInto(form, QStringLiteral("live_births"), QStringLiteral("200"));
    QCoreApplication::processEvents();
    CHECK(row->edit->property("checkState").toString() == "soft");
    CHECK(form.checksPanel()->openSoftCount() == 1);
    CHECK(row->message->isHidden());
    CHECK(row->commentPrompt->isHidden());
    CHECK(nextTop() == top);
    // A pause: the message and the question come under the field, and the form makes room.
    QTRY_VERIFY_WITH_TIMEOUT(row->message->isVisible(), 3000);
    CHECK(row->message->text().contains(QStringLiteral("100 → 200")));
    CHECK(row->commentPrompt->isVisible());
    QCoreApplication::processEvents();
    CHECK(nextTop() > top);

    // Back within the share: the mark goes at once, the message at the next pause or when the
    // field is left.
    typeInto(form, QStringLiteral("live_births"), QStringLiteral("120"));
    CHECK(row->edit->property("checkState").toString() == "");
    CHECK(form.checksPanel()->openSoftCount() == 0);
    CHECK(row->message->isVisible());
    QTest::keyClick(row->edit, Qt::Key_Tab);
    CHECK(stored(*ws, "19744", 2024, "live_births") == 120);
    CHECK(row->message->isHidden());
    CHECK(row->commentPrompt->isHidden());
}

TEST_CASE("A wrapped label's remembered height follows its text and its font")
{
    const QString text = QStringLiteral("Số trẻ em có hoàn cảnh đặc biệt được hỗ trợ, chăm sóc để phục hồi, hòa nhập");
    ui::WrappedLabel label(text);
    QLabel plain(text);
    plain.setWordWrap(true);
    plain.setTextFormat(Qt::PlainText);
    const int narrow = label.heightForWidth(120);
    CHECK(narrow == plain.heightForWidth(120));
    CHECK(label.heightForWidth(120) == narrow); // remembered
    CHECK(label.heightForWidth(900) == plain.heightForWidth(900));
    CHECK(label.heightForWidth(900) < narrow);

    label.setText(text + QLatin1Char(' ') + text);
    plain.setText(label.text());
    CHECK(label.heightForWidth(120) == plain.heightForWidth(120));
    CHECK(label.heightForWidth(120) > narrow);

    const int before = label.heightForWidth(120);
    QFont big = label.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    label.setFont(big);
    plain.setFont(big);
    CHECK(label.heightForWidth(120) == plain.heightForWidth(120));
    CHECK(label.heightForWidth(120) > before);
}
