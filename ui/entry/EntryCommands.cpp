#include "EntryCommands.h"

#include "core/Error.h"

#include <QCoreApplication>

namespace chitieu::ui {

EntryCommand::EntryCommand(EntryFormModel& model, QList<EntryChange> changes, const QString& text, ErrorHandler onError)
    : QUndoCommand(text), m_model(model), m_changes(std::move(changes)), m_unitCode(model.unitCode()),
      m_year(model.year()), m_onError(std::move(onError))
{}

void EntryCommand::undo()
{
    write(false);
}

void EntryCommand::redo()
{
    if (m_committed) {
        m_committed = false; // pushed after the edit was stored
        return;
    }
    write(true);
}

void EntryCommand::write(bool forward)
{
    QList<EntryEdit> edits;
    for (const EntryChange& c : m_changes)
        edits << EntryEdit{c.element, forward ? c.newValue : c.oldValue, forward ? c.newComment : c.oldComment,
                           forward ? StoredState{c.oldValue, c.oldComment} : StoredState{c.newValue, c.newComment}};
    try {
        if (m_model.unitCode() != m_unitCode || m_model.year() != m_year)
            throw Error(QCoreApplication::translate("EntryCommand", "This change belongs to another form; it was not "
                                                                    "undone."));
        m_model.commit(edits, forward ? ChangeContext::redo : ChangeContext::undo);
    } catch (const Error& e) {
        // Nothing was written: drop the command, so that the history never claims a state the
        // database does not hold (QUndoStack deletes an obsolete command after undo/redo).
        setObsolete(true);
        if (m_onError)
            m_onError(e.message());
    }
}

} // namespace chitieu::ui
