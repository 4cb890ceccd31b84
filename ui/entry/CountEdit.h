#pragma once
// The input of one count. It leaves undo and redo to the form (Ctrl+Z and Ctrl+Y work across
// fields, not inside one), turns a pasted column of several lines into one request, and
// asks for the next field on Enter.

#include <QKeySequence>
#include <QLineEdit>
#include <QStringList>

namespace chitieu::ui {

class CountEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit CountEdit(const QString& element, QWidget* parent = nullptr);
    const QString& element() const { return m_element; }

    // The clipboard's lines without the line break a spreadsheet adds after the last cell.
    static QStringList clipboardLines(const QString& text);
    // Shows the changes of the field's value (the form handles it, as Ctrl+M).
    static QKeySequence historyShortcut();

signals:
    void undoRequested();
    void redoRequested();
    void nextRequested();
    void columnPasted(const QStringList& lines);
    void historyRequested(); // "History of this value" (context menu, Ctrl+Shift+H)

protected:
    bool event(QEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    void contextMenuEvent(QContextMenuEvent* e) override;

private:
    void pasteFromClipboard();
    QString m_element;
};

} // namespace chitieu::ui
