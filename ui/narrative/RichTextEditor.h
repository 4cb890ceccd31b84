#pragma once
// An editor for a report's section: paragraphs, bulleted and numbered lists, bold and italic
// (Ctrl+B, Ctrl+I, and the buttons above the text), nothing else, so that what is typed is
// what the stored text (core/narrative/RichText) holds. Pasted text keeps only that.

#include "core/narrative/RichText.h"

#include <QWidget>

class QTextDocument;
class QTextEdit;
class QToolButton;

namespace chitieu::ui {

class RichTextEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RichTextEditor(QWidget* parent = nullptr);

    RichText text() const;
    // Replaces the text without signalling an edit.
    void setText(const RichText& text);
    // Inserts text at the cursor, as its own paragraphs (a quotation).
    void insert(const RichText& text);

    QTextEdit* edit() const { return m_edit; }
    QToolButton* boldButton() const { return m_bold; }
    QToolButton* bulletButton() const { return m_bullets; }

signals:
    void edited(); // the user changed the text

private:
    void toggleList(bool numbered);

    QTextEdit* m_edit;
    QToolButton* m_bold;
    QToolButton* m_italic;
    QToolButton* m_bullets;
    QToolButton* m_numbers;
    bool m_loading = false;
};

// The text of a QTextDocument as stored rich text: its blocks, lists and bold and italic runs.
RichText richTextOf(const QTextDocument& document);

} // namespace chitieu::ui
