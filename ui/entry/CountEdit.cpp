#include "CountEdit.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>

namespace chitieu::ui {

namespace {
bool isUndo(const QKeyEvent* e)
{
    return e->matches(QKeySequence::Undo);
}

bool isRedo(const QKeyEvent* e)
{
    return e->matches(QKeySequence::Redo) ||
           (e->key() == Qt::Key_Y && (e->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier);
}
} // namespace

QKeySequence CountEdit::historyShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H);
}

CountEdit::CountEdit(const QString& element, QWidget* parent) : QLineEdit(parent), m_element(element)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setObjectName(QStringLiteral("field_") + element);
    setAccessibleName(element);
    // Room for "1.234.567" in the current font, whatever its size.
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("8.888.888")) + 16);
    setMaximumWidth(minimumWidth() * 3 / 2);
}

QStringList CountEdit::clipboardLines(const QString& text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = t.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines;
}

bool CountEdit::event(QEvent* e)
{
    // Claim the undo/redo keys so they reach keyPressEvent even when the line edit would
    // not (Ctrl+Y is not a line-edit key on every platform).
    if (e->type() == QEvent::ShortcutOverride) {
        const auto* ke = static_cast<QKeyEvent*>(e);
        if (isUndo(ke) || isRedo(ke) || ke->matches(QKeySequence::Paste)) {
            e->accept();
            return true;
        }
    }
    return QLineEdit::event(e);
}

void CountEdit::keyPressEvent(QKeyEvent* e)
{
    if (isUndo(e)) {
        emit undoRequested();
        return;
    }
    if (isRedo(e)) {
        emit redoRequested();
        return;
    }
    if (e->matches(QKeySequence::Paste)) {
        pasteFromClipboard();
        return;
    }
    if (e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) {
        QLineEdit::keyPressEvent(e); // commits (editingFinished)
        emit nextRequested();
        return;
    }
    QLineEdit::keyPressEvent(e);
}

void CountEdit::contextMenuEvent(QContextMenuEvent* e)
{
    QMenu* menu = createStandardContextMenu();
    // The menu's own undo and paste would bypass the form: route them through it.
    for (QAction* a : menu->actions()) {
        if (a->objectName() == QLatin1String("edit-paste")) {
            disconnect(a, &QAction::triggered, nullptr, nullptr);
            connect(a, &QAction::triggered, this, &CountEdit::pasteFromClipboard);
        } else if (a->objectName() == QLatin1String("edit-undo")) {
            disconnect(a, &QAction::triggered, nullptr, nullptr);
            a->setEnabled(true);
            connect(a, &QAction::triggered, this, &CountEdit::undoRequested);
        } else if (a->objectName() == QLatin1String("edit-redo")) {
            disconnect(a, &QAction::triggered, nullptr, nullptr);
            a->setEnabled(true);
            connect(a, &QAction::triggered, this, &CountEdit::redoRequested);
        }
    }
    menu->addSeparator();
    QAction* history = menu->addAction(tr("&History of this value"), this, &CountEdit::historyRequested);
    history->setObjectName(QStringLiteral("valueHistory"));
    history->setShortcut(historyShortcut());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(e->globalPos());
}

void CountEdit::pasteFromClipboard()
{
    if (isReadOnly())
        return;
    const QStringList lines = clipboardLines(QApplication::clipboard()->text());
    if (lines.size() > 1)
        emit columnPasted(lines);
    else if (lines.size() == 1)
        insert(lines.first().trimmed());
}

} // namespace chitieu::ui
