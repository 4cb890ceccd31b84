#pragma once
// Undo commands of the entry form.
//
// Ownership: a command lives in the EntryForm's QUndoStack and holds a reference to the
// form's EntryFormModel, which the form owns and which outlives the stack. The stack is
// cleared whenever the model opens another unit or year and when the form is completed, so
// a command never applies to a form it was not made on (it also checks, and refuses).
//
// The edit is committed before its command is pushed (a refused edit never reaches the
// stack), so the first redo() does nothing. Later undo() and redo() write again, through the
// model, with the audit source "undo" or "redo".

#include "core/entry/EntryFormModel.h"

#include <QUndoCommand>
#include <functional>

namespace chitieu::ui {

class EntryCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString& message)>;

    EntryCommand(EntryFormModel& model, QList<EntryChange> changes, const QString& text, ErrorHandler onError);

    void undo() override;
    void redo() override;

    const QList<EntryChange>& changes() const { return m_changes; }

private:
    void write(bool forward);

    EntryFormModel& m_model;
    QList<EntryChange> m_changes;
    QString m_unitCode;
    int m_year = 0;
    bool m_committed = true;
    ErrorHandler m_onError;
};

} // namespace chitieu::ui
