#include "EntryRows.h"

#include "CountEdit.h"
#include "core/catalogue/Catalogue.h"
#include "core/format/MeasureText.h"
#include "core/format/Numbers.h"
#include "core/format/ResultText.h"
#include "ui/common/StatusStyle.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace chitieu::ui {

namespace {
// How each state of a field looks: the key tests and style sheets read, a symbol before the
// message, colours as a second cue.
struct FieldLook
{
    FieldState state;
    const char* key;
    const char* symbol;
    Tone tone; // an invalid border: the field's own look
};

const FieldLook& lookOf(FieldState state)
{
    static const FieldLook looks[] = {
        {FieldState::Normal, "", "", {QColor(), QColor(), refusedTone().text}},
        {FieldState::Refused, "refused", "✘ ", refusedTone()},
        {FieldState::HardCheck, "hard", "✘ ", refusedTone()},
        {FieldState::SoftCheck, "soft", "⚠ ", warningTone()},
    };
    for (const FieldLook& look : looks)
        if (look.state == state)
            return look;
    return looks[0]; // unreachable: every state is listed
}

// A keystroke re-shows every row; only what really changes is set, because re-setting a
// style sheet re-polishes the widget and a changed label re-lays the form out.
void setStyle(QWidget* widget, const QString& style)
{
    if (widget->styleSheet() != style)
        widget->setStyleSheet(style);
}

void setKey(QWidget* widget, const char* name, const QString& value)
{
    if (widget->property(name).toString() != value || !widget->property(name).isValid())
        widget->setProperty(name, value);
}

void setTip(QWidget* widget, const QString& tip)
{
    if (widget->toolTip() != tip)
        widget->setToolTip(tip);
}

void setText(QLabel* label, const QString& text)
{
    if (label->text() != text)
        label->setText(text);
}
} // namespace

void showFieldLook(FieldRow& row, FieldState state)
{
    const FieldLook& look = lookOf(state);
    QString style;
    if (look.tone.border.isValid())
        style = QStringLiteral("border: 2px solid %1; background: %2;")
                    .arg(look.tone.border.name(), look.tone.background.name());
    else if (row.edit->isReadOnly())
        style = QStringLiteral("background: %1;").arg(readOnlyBackground().name());
    setKey(row.edit, "checkState", QString::fromUtf8(look.key));
    setStyle(row.edit, style.isEmpty() ? QString() : QStringLiteral("QLineEdit { %1 }").arg(style));
}

void showFieldState(FieldRow& row, FieldState state, const QString& message)
{
    const FieldLook& look = lookOf(state);
    showFieldLook(row, state);
    setText(row.message, message.isEmpty() ? QString() : QString::fromUtf8(look.symbol) + message);
    setStyle(row.message, QStringLiteral("color: %1;").arg(look.tone.text.name()));
    row.message->setVisible(!message.isEmpty());
    // A soft check asks for its comment under the field; a refusal or a hard check on the same
    // count comes first: the figure must be right before it is explained.
    const bool ask = state == FieldState::SoftCheck && !row.edit->isReadOnly();
    if (!ask && !row.commentPrompt->text().isEmpty())
        row.commentPrompt->clear();
    row.commentPrompt->setVisible(ask);
}

void showComment(FieldRow& row, const QString& comment, bool enabled)
{
    row.note->setText(comment.isEmpty() ? QString()
                                        : QCoreApplication::translate("EntryForm", "Comment: %1").arg(comment));
    row.note->setVisible(!comment.isEmpty());
    row.commentButton->setText(comment.isEmpty() ? QStringLiteral("✎") : QStringLiteral("✎*"));
    row.commentButton->setEnabled(enabled);
}

void showMeasure(MeasureRow& row, const MeasureResult& result)
{
    if (row.shown == result)
        return;
    row.shown = result;
    row.shownError.clear();
    const Measure& m = *row.measure;
    const QString value = formatResultValue(result, m);
    setText(row.value, value.isEmpty() ? QStringLiteral("—") : value);
    QString fraction;
    if (result.numerator && result.denominator)
        fraction = QCoreApplication::translate("EntryForm", "%1 / %2")
                       .arg(formatCount(*result.numerator), formatCount(*result.denominator));
    setTip(row.value, fraction);
    // The status and why (not applicable here, a rise from 0), as every screen says them.
    setText(row.status, statusLabel(result.status));
    const QString why = result.status == MeasureStatus::NotApplicable ? notApplicableText(result, m)
                        : result.riseFromZero                         ? riseFromZeroText()
                                                                      : QString();
    setTip(row.status, why);
    setKey(row.status, "status", measureStatuses.key(result.status));
    setStyle(row.status, QStringLiteral("background: %1; padding: 1px 6px; border-radius: 3px;")
                             .arg(statusBackground(result.status).name()));
}

void fixMeasureSizes(MeasureRow& row)
{
    QStringList statuses{QStringLiteral("✘ ") + QCoreApplication::translate("EntryForm", "Check the counts")};
    for (const auto& entry : measureStatusEntries)
        statuses << statusLabel(entry.value);
    const QFontMetrics metrics = row.status->fontMetrics();
    int width = row.status->minimumWidth();
    for (const QString& text : std::as_const(statuses))
        width = std::max(width, metrics.horizontalAdvance(text) + 2 * 6 + 2 * 1 + 8); // padding, border, room
    const int height = std::max(row.value->sizeHint().height(), metrics.height() + 2 * 1 + 2 * 1 + 2);
    row.status->setFixedSize(width, height);
    row.value->setFixedHeight(height);
}

void showMeasureError(MeasureRow& row, const QString& message)
{
    if (!row.shown && row.shownError == message && !message.isEmpty())
        return;
    row.shown.reset();
    row.shownError = message;
    setText(row.value, QStringLiteral("—"));
    setTip(row.value, message);
    setText(row.status, QStringLiteral("✘ ") + QCoreApplication::translate("EntryForm", "Check the counts"));
    setTip(row.status, message);
    setKey(row.status, "status", QStringLiteral("error"));
    setStyle(row.status, QStringLiteral("color: %1; border: 1px solid %2; padding: 1px 6px; border-radius: 3px;")
                             .arg(refusedTone().text.name(), refusedTone().border.name()));
}

} // namespace chitieu::ui
