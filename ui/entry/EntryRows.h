#pragma once
// The widgets of one count (a field row) and of one measure (a measure row) in the entry
// form, and how a field shows its state: words and a symbol first, colour as a second cue.

#include "core/compute/MeasureResult.h"

#include <QString>
#include <optional>

class QLabel;
class QLineEdit;
class QToolButton;

namespace chitieu {
struct Measure;
}

namespace chitieu::ui {

class CountEdit;

struct FieldRow
{
    QString element;
    QLabel* label = nullptr;
    CountEdit* edit = nullptr;
    QLabel* lastYear = nullptr;
    QToolButton* commentButton = nullptr;
    QLabel* message = nullptr;          // refusal or check, under the field
    QLineEdit* commentPrompt = nullptr; // a soft check's comment, asked inline (never takes the focus)
    QLabel* note = nullptr;             // the comment, under the field
};

struct MeasureRow
{
    const Measure* measure = nullptr;
    QLabel* name = nullptr;
    QLabel* value = nullptr;
    QLabel* target = nullptr;
    QLabel* status = nullptr;
    // What the row shows now, so that a keystroke that leaves it alone costs nothing.
    std::optional<MeasureResult> shown;
    QString shownError;
};

enum class FieldState { Normal, Refused, HardCheck, SoftCheck };

// Shows the state on the field, with the property checkState ("refused", "hard", "soft", "")
// for tests and style, and the message under it.
void showFieldState(FieldRow& row, FieldState state, const QString& message);
// The state on the field only (its border, colour and checkState), never its size: while the
// user types, the messages under the fields wait for a pause (a message that appears or goes
// lays the whole form out again, and moves the fields below while the user types).
void showFieldLook(FieldRow& row, FieldState state);
void showComment(FieldRow& row, const QString& comment, bool enabled);
// The measure's value and status as core gives them ("not applicable" for 3c in an urban
// commune, for 11 in the baseline year), with a tooltip saying why.
void showMeasure(MeasureRow& row, const MeasureResult& result);
// A measure whose counts break a hard check: no value or status, the check's message instead.
void showMeasureError(MeasureRow& row, const QString& message);
// Gives the row's value and status labels one size that holds every text they can show, once:
// a label of fixed size that changes its text is repainted without laying the form out again
// (a keystroke changes a few of them, and the form's word-wrapped labels are slow to lay out).
void fixMeasureSizes(MeasureRow& row);

} // namespace chitieu::ui
