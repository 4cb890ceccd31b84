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

QString fieldStateKey(FieldState state)
{
    switch (state) {
    case FieldState::Refused:
        return QStringLiteral("refused");
    case FieldState::HardCheck:
        return QStringLiteral("hard");
    case FieldState::SoftCheck:
        return QStringLiteral("soft");
    case FieldState::Normal:
        break;
    }
    return {};
}

void showFieldState(FieldRow& row, FieldState state, const QString& message)
{
    QString style;
    QString symbol;
    switch (state) {
    case FieldState::Refused:
    case FieldState::HardCheck:
        style = QStringLiteral("border: 2px solid #b3261e; background: #fdecea;");
        symbol = QStringLiteral("✘ ");
        break;
    case FieldState::SoftCheck:
        style = QStringLiteral("border: 2px solid #b86e00; background: #fff4e0;");
        symbol = QStringLiteral("⚠ ");
        break;
    case FieldState::Normal:
        break;
    }
    row.edit->setProperty("checkState", fieldStateKey(state));
    if (row.edit->isReadOnly() && state == FieldState::Normal)
        style = QStringLiteral("background: #efefef;");
    row.edit->setStyleSheet(style.isEmpty() ? QString() : QStringLiteral("QLineEdit { %1 }").arg(style));
    row.message->setText(message.isEmpty() ? QString() : symbol + message);
    row.message->setStyleSheet(state == FieldState::SoftCheck ? QStringLiteral("color: #7a4800;")
                                                              : QStringLiteral("color: #8c1d18;"));
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
    row.status->setProperty("status", statusKey(result.status));
    row.status->setStyleSheet(QStringLiteral("background: %1; padding: 1px 6px; border-radius: 3px;")
                                  .arg(statusBackground(result.status).name()));
}

} // namespace chitieu::ui
