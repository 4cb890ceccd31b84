#include "EntryRows.h"

#include "CountEdit.h"
#include "core/catalogue/Catalogue.h"
#include "core/format/MeasureText.h"
#include "core/format/Numbers.h"
#include "ui/common/StatusStyle.h"

#include <QCoreApplication>
#include <QLabel>
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
    QColor border; // invalid: the field's own
    QColor background;
    QColor text;
};

const FieldLook& lookOf(FieldState state)
{
    static const FieldLook looks[] = {
        {FieldState::Normal, "", "", QColor(), QColor(), refusedText()},
        {FieldState::Refused, "refused", "✘ ", refusedBorder(), refusedBackground(), refusedText()},
        {FieldState::HardCheck, "hard", "✘ ", refusedBorder(), refusedBackground(), refusedText()},
        {FieldState::SoftCheck, "soft", "⚠ ", warningBorder(), warningBackground(), warningText()},
    };
    for (const FieldLook& look : looks)
        if (look.state == state)
            return look;
    return looks[0]; // unreachable: every state is listed
}
} // namespace

void showFieldState(FieldRow& row, FieldState state, const QString& message)
{
    const FieldLook& look = lookOf(state);
    QString style;
    if (look.border.isValid())
        style = QStringLiteral("border: 2px solid %1; background: %2;").arg(look.border.name(), look.background.name());
    else if (row.edit->isReadOnly())
        style = QStringLiteral("background: %1;").arg(readOnlyBackground().name());
    row.edit->setProperty("checkState", QString::fromUtf8(look.key));
    row.edit->setStyleSheet(style.isEmpty() ? QString() : QStringLiteral("QLineEdit { %1 }").arg(style));
    row.message->setText(message.isEmpty() ? QString() : QString::fromUtf8(look.symbol) + message);
    row.message->setStyleSheet(QStringLiteral("color: %1;").arg(look.text.name()));
    row.message->setVisible(!message.isEmpty());
}

void showComment(FieldRow& row, const QString& comment, bool enabled)
{
    row.note->setText(comment.isEmpty() ? QString()
                                        : QCoreApplication::translate("EntryForm", "Comment: %1").arg(comment));
    row.note->setVisible(!comment.isEmpty());
    row.commentButton->setText(comment.isEmpty() ? QStringLiteral("✎") : QStringLiteral("✎*"));
    row.commentButton->setEnabled(enabled);
}

void showMeasure(MeasureRow& row, const MeasureResult& result, bool applies)
{
    const Measure& m = *row.measure;
    row.value->setText(result.value ? formatValueWithUnit(*result.value, m) : QStringLiteral("—"));
    QString fraction;
    if (result.numerator && result.denominator)
        fraction = QCoreApplication::translate("EntryForm", "%1 / %2")
                       .arg(formatSum(*result.numerator), formatSum(*result.denominator));
    row.value->setToolTip(fraction);
    row.status->setText(applies ? statusLabel(result.status)
                                : QStringLiteral("– ") + QCoreApplication::translate("EntryForm", "Not applicable"));
    row.status->setToolTip(applies ? QString() : row.name->toolTip());
    row.status->setProperty("status", measureStatuses.key(result.status));
    row.status->setStyleSheet(QStringLiteral("background: %1; padding: 1px 6px; border-radius: 3px;")
                                  .arg(statusBackground(result.status).name()));
}

} // namespace chitieu::ui
