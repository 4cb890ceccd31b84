#include "RichTextEditor.h"

#include <QHBoxLayout>
#include <QMimeData>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>
#include <QToolButton>
#include <QVBoxLayout>

namespace chitieu::ui {

namespace {
// Pasted text keeps paragraphs, lists, bold and italic, and nothing else (fonts, colours, tables).
class PlainRichEdit : public QTextEdit
{
public:
    using QTextEdit::QTextEdit;

protected:
    void insertFromMimeData(const QMimeData* source) override
    {
        if (source->hasHtml()) {
            QTextDocument pasted;
            pasted.setHtml(source->html());
            textCursor().insertHtml(richTextOf(pasted).toHtml());
            return;
        }
        QTextEdit::insertFromMimeData(source);
    }
};

QToolButton* button(const QString& text, const QString& tip, const QKeySequence& keys = {})
{
    auto* b = new QToolButton;
    b->setText(text);
    b->setToolTip(keys.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
    b->setCheckable(true);
    b->setFocusPolicy(Qt::TabFocus);
    if (!keys.isEmpty())
        b->setShortcut(keys);
    return b;
}
} // namespace

RichText richTextOf(const QTextDocument& document)
{
    RichText out;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        TextBlock b;
        if (const QTextList* list = block.textList()) {
            const QTextListFormat::Style style = list->format().style();
            const bool bullet = style == QTextListFormat::ListDisc || style == QTextListFormat::ListCircle ||
                                style == QTextListFormat::ListSquare;
            b.kind = bullet ? TextBlock::Kind::Bullet : TextBlock::Kind::Numbered;
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.isValid())
                continue;
            const QTextCharFormat format = f.charFormat();
            b.runs << TextRun{f.text(), format.fontWeight() >= QFont::Bold, format.fontItalic()};
        }
        out.blocks << b;
    }
    // Through the stored form: runs merged, empty blocks dropped, as the store keeps them.
    return RichText::fromHtml(out.toHtml());
}

RichTextEditor::RichTextEditor(QWidget* parent) : QWidget(parent)
{
    m_edit = new PlainRichEdit;
    m_edit->setAcceptRichText(true);
    m_edit->setTabChangesFocus(true);
    m_bold = button(tr("B"), tr("Bold"), QKeySequence::Bold);
    QFont f = m_bold->font();
    f.setBold(true);
    m_bold->setFont(f);
    m_italic = button(tr("I"), tr("Italic"), QKeySequence::Italic);
    f.setBold(false);
    f.setItalic(true);
    m_italic->setFont(f);
    m_bullets = button(tr("• List"), tr("Bulleted list"));
    m_numbers = button(tr("1. List"), tr("Numbered list"));

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    for (QToolButton* b : {m_bold, m_italic, m_bullets, m_numbers})
        bar->addWidget(b);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_edit);

    connect(m_bold, &QToolButton::clicked, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontWeight(on ? QFont::Bold : QFont::Normal);
        m_edit->mergeCurrentCharFormat(format);
    });
    connect(m_italic, &QToolButton::clicked, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontItalic(on);
        m_edit->mergeCurrentCharFormat(format);
    });
    connect(m_bullets, &QToolButton::clicked, this, [this] { toggleList(false); });
    connect(m_numbers, &QToolButton::clicked, this, [this] { toggleList(true); });
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, [this](const QTextCharFormat& format) {
        m_bold->setChecked(format.fontWeight() >= QFont::Bold);
        m_italic->setChecked(format.fontItalic());
    });
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, [this] {
        const QTextList* list = m_edit->textCursor().currentList();
        const bool numbered = list && list->format().style() == QTextListFormat::ListDecimal;
        m_bullets->setChecked(list && !numbered);
        m_numbers->setChecked(numbered);
    });
    connect(m_edit, &QTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
}

void RichTextEditor::toggleList(bool numbered)
{
    QTextCursor cursor = m_edit->textCursor();
    const QTextListFormat::Style wanted = numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    if (QTextList* list = cursor.currentList(); list && list->format().style() == wanted) {
        // The same list again: the paragraph leaves it.
        list->remove(cursor.block());
        QTextBlockFormat plain = cursor.blockFormat();
        plain.setIndent(0);
        cursor.setBlockFormat(plain);
    } else {
        QTextListFormat format;
        format.setStyle(wanted);
        cursor.createList(format);
    }
    m_edit->setFocus();
}

RichText RichTextEditor::text() const
{
    return richTextOf(*m_edit->document());
}

void RichTextEditor::setText(const RichText& text)
{
    m_loading = true;
    m_edit->setHtml(text.toHtml());
    m_edit->document()->setModified(false);
    m_loading = false;
}

void RichTextEditor::insert(const RichText& text)
{
    QTextCursor cursor = m_edit->textCursor();
    if (!cursor.block().text().isEmpty())
        cursor.insertBlock();
    cursor.insertHtml(text.toHtml());
    m_edit->setTextCursor(cursor);
    emit edited();
}

} // namespace chitieu::ui
