// The entry form's editing: typing, committing, pasting a column, undo/redo, comments,
// marking complete and reopening. Construction and display are in EntryForm.cpp.
#include "ChecksPanel.h"
#include "CountEdit.h"
#include "EntryCommands.h"
#include "EntryForm.h"
#include "core/Error.h"
#include "core/catalogue/Catalogue.h"
#include "core/entry/EntryFormModel.h"
#include "core/format/Numbers.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QScrollArea>
#include <QUndoStack>

namespace chitieu::ui {

namespace {
QString elementName(const EntryFormModel& model, const QString& code)
{
    const DataElement* e = model.catalogue().element(code);
    return e ? e->name.text() : code;
}

} // namespace

void EntryForm::onTyped(const QString& element, const QString& text)
{
    if (m_showing || !m_model->isOpen() || m_model->isReadOnly())
        return;
    if (text == storedText(element)) {
        m_model->clearPending(element);
    } else {
        const CountParse parsed = parseCount(text);
        if (parsed.error.isEmpty()) {
            m_model->setPending(element, parsed.value); // empty text: the value would be removed
            m_refused.remove(element);
        } else {
            m_model->clearPending(element); // half-typed or wrong: measures keep the stored value
        }
    }
    refreshDerived(Refresh::WhileTyping);
}

void EntryForm::commitField(const QString& element)
{
    FieldRow* row = m_fields.value(element);
    if (!row || !m_model->isOpen() || m_model->isReadOnly())
        return;
    const CountParse parsed = parseCount(row->edit->text());
    if (!parsed.error.isEmpty()) {
        m_refused.insert(element, parsed.error); // nothing is stored; the text stays to be corrected
        refreshDerived();
        return;
    }
    m_refused.remove(element);
    if (parsed.value == m_model->value(element)) {
        m_model->clearPending(element);
        if (row->edit->text() != storedText(element))
            row->edit->setText(storedText(element)); // "1234" reads "1.234"
        refreshDerived();
        return;
    }
    m_model->clearPending(element);
    try {
        const QList<EntryChange> changes = m_model->commit({{element, parsed.value, std::nullopt}});
        pushChanges(changes, tr("Change “%1”").arg(elementName(*m_model, element)));
    } catch (const Error& e) {
        m_refused.insert(element, e.message());
        refreshDerived();
        return;
    }
    // A soft check now asks for its comment under the field (showFieldState), without a
    // dialog: the focus goes on to the next count and the next figures typed go there.
}

void EntryForm::pushChanges(const QList<EntryChange>& changes, const QString& text)
{
    if (changes.isEmpty())
        return;
    m_undo->push(
        new EntryCommand(*m_model, changes, text, [this](const QString& message) { showMessage(message, true); }));
}

void EntryForm::saveInlineComment(const QString& element)
{
    FieldRow* row = m_fields.value(element);
    if (!row || m_model->isReadOnly() || !m_model->value(element))
        return;
    const QString text = row->commentPrompt->text().trimmed();
    if (text.isEmpty())
        return; // nothing written: the check stays in the list, it never blocks
    try {
        pushChanges(m_model->commit({{element, m_model->value(element), text}}),
                    tr("Comment on “%1”").arg(elementName(*m_model, element)));
    } catch (const Error& e) {
        showMessage(e.message(), true);
        return;
    }
    focusNext(element, 1); // back to the counts, after the one explained
}

void EntryForm::pasteColumn(const QString& element, const QStringList& lines)
{
    if (m_model->isReadOnly())
        return;
    const int start = static_cast<int>(m_order.indexOf(element));
    const int room = static_cast<int>(m_order.size()) - start;
    if (lines.size() > room) {
        m_refused.insert(element, tr("The pasted column has %1 numbers, more than the fields from here to the end "
                                     "of the form (%2). Nothing was pasted.")
                                      .arg(lines.size())
                                      .arg(room));
        refreshDerived();
        return;
    }
    QList<EntryEdit> edits;
    for (int i = 0; i < lines.size(); ++i) {
        const CountParse parsed = parseCount(lines[i]);
        if (!parsed.error.isEmpty()) {
            m_refused.insert(element, tr("Line %1 of the pasted column, “%2”: %3 Nothing was pasted.")
                                          .arg(i + 1)
                                          .arg(lines[i].trimmed(), parsed.error));
            refreshDerived();
            return;
        }
        edits << EntryEdit{m_order[start + i], parsed.value, std::nullopt}; // a blank cell empties its field
    }
    try {
        const QList<EntryChange> changes = m_model->commit(edits);
        pushChanges(changes, tr("Paste %1 values").arg(lines.size()));
    } catch (const Error& e) {
        m_refused.insert(element, e.message() + QLatin1Char(' ') + tr("Nothing was pasted."));
        refreshDerived();
        return;
    }
    m_refused.remove(element);
    refreshDerived();
    focusField(m_order[std::min(start + static_cast<int>(lines.size()), static_cast<int>(m_order.size()) - 1)]);
}

void EntryForm::undo()
{
    // First undo what is being typed in the current field, then committed edits.
    if (auto* edit = qobject_cast<CountEdit*>(QApplication::focusWidget());
        edit && m_fields.contains(edit->element()) && edit->text() != storedText(edit->element())) {
        edit->setText(storedText(edit->element()));
        m_refused.remove(edit->element());
        m_model->clearPending(edit->element());
        refreshDerived();
        return;
    }
    if (!m_undo->canUndo())
        return;
    m_undoing = true;
    m_undo->undo();
    m_undoing = false;
}

void EntryForm::redo()
{
    if (!m_undo->canRedo())
        return;
    m_undoing = true;
    m_undo->redo();
    m_undoing = false;
}

void EntryForm::showHistory(const QString& elementCode)
{
    QString element = elementCode;
    if (element.isEmpty()) {
        auto* edit = qobject_cast<CountEdit*>(QApplication::focusWidget());
        if (!edit || !m_fields.contains(edit->element()))
            return;
        element = edit->element();
    }
    commitField(element); // a typed value first, so that it is in the history shown
    emit historyRequested(unit(), year(), element);
}

void EntryForm::editComment(const QString& elementCode)
{
    QString element = elementCode;
    if (element.isEmpty()) {
        auto* edit = qobject_cast<CountEdit*>(QApplication::focusWidget());
        if (!edit || !m_fields.contains(edit->element()))
            return;
        element = edit->element();
    }
    if (m_model->isReadOnly())
        return;
    commitField(element); // a typed value first, so the comment goes with it
    if (FieldRow* row = m_fields.value(element); row && row->commentPrompt->isVisible()) {
        row->commentPrompt->setFocus(Qt::ShortcutFocusReason); // a soft check's question is already open
        return;
    }
    if (!m_model->value(element)) {
        showMessage(tr("Enter a value for “%1” before adding a comment.").arg(elementName(*m_model, element)), true);
        return;
    }
    const std::optional<QString> answer =
        m_ask(tr("Comment"), tr("Comment on “%1” (empty removes it):").arg(elementName(*m_model, element)),
              m_model->comment(element));
    if (!answer)
        return;
    try {
        pushChanges(m_model->commit({{element, m_model->value(element), answer->trimmed()}}),
                    tr("Comment on “%1”").arg(elementName(*m_model, element)));
    } catch (const Error& e) {
        showMessage(e.message(), true);
    }
    focusField(element);
}

void EntryForm::markComplete()
{
    if (auto* edit = qobject_cast<CountEdit*>(QApplication::focusWidget()); edit && m_fields.contains(edit->element()))
        commitField(edit->element());
    if (!m_refused.isEmpty()) {
        showMessage(tr("Some typed figures were refused and are not stored: correct or clear them first."), true,
                    MessageAbout::Refused);
        for (const QString& e : std::as_const(m_order))
            if (m_refused.contains(e)) {
                focusField(e);
                break;
            }
        return;
    }
    try {
        m_model->markComplete();
    } catch (const Error& e) {
        const QList<HardViolation> hard = m_model->hardViolations();
        showMessage(e.message(), true, hard.isEmpty() ? MessageAbout::Other : MessageAbout::HardChecks);
        if (!hard.isEmpty())
            focusField(hard.first().rule.smaller.value(0));
        return;
    }
    m_undo->clear(); // a completed form is read-only: nothing to undo into it
    showAll();
    showMessage(tr("The form is marked complete."), false);
}

void EntryForm::reopen()
{
    const std::optional<QString> reason =
        m_ask(tr("Reopen the form"), tr("Why is the form reopened? The reason is kept with the form."), QString());
    if (!reason)
        return;
    try {
        m_model->reopen(*reason);
    } catch (const Error& e) {
        showMessage(e.message(), true);
        return;
    }
    showAll();
    showMessage(tr("The form is open for changes again."), false);
    if (!m_order.isEmpty())
        focusField(m_order.first());
}

void EntryForm::focusNext(const QString& element, int step)
{
    const int i = static_cast<int>(m_order.indexOf(element)) + step;
    if (i >= 0 && i < m_order.size())
        focusField(m_order[i]);
}

void EntryForm::focusField(const QString& element)
{
    CountEdit* edit = field(element);
    if (!edit)
        return;
    edit->setFocus(Qt::TabFocusReason);
    edit->selectAll();
    m_scroll->ensureWidgetVisible(edit);
}

} // namespace chitieu::ui
