#pragma once
// The text of a report's narrative section: plain rich text as a report needs it, paragraphs
// and bulleted or numbered lists, with bold and italic words. It is stored and sent in a
// small HTML subset (<p>, <ul>, <ol>, <li>, <b>, <i>), read back strictly (any other tag is
// refused), and read from or written as Markdown (the command line's form).

#include "core/Limits.h"

#include <QList>
#include <QString>

namespace chitieu {

struct TextRun
{
    QString text;
    bool bold = false;
    bool italic = false;

    bool operator==(const TextRun& o) const { return text == o.text && bold == o.bold && italic == o.italic; }
};

struct TextBlock
{
    enum class Kind { Paragraph, Bullet, Numbered };
    Kind kind = Kind::Paragraph;
    QList<TextRun> runs;

    QString plainText() const;
    bool operator==(const TextBlock& o) const { return kind == o.kind && runs == o.runs; }
};

class RichText
{
public:
    QList<TextBlock> blocks;

    bool isEmpty() const; // no block holds a visible character
    bool operator==(const RichText& o) const { return blocks == o.blocks; }
    bool operator!=(const RichText& o) const { return !(*this == o); }

    // The stored form: "<p>Đã tổ chức <b>12</b> lớp.</p><ul><li>…</li></ul>". Throws Error
    // naming what is wrong (an unknown tag, a tag not closed) for text that is not of it.
    static RichText fromHtml(const QString& html);
    QString toHtml() const;

    // Paragraphs apart by a blank line; "- ", "* " or "+ " starts a bulleted item and "1. " a
    // numbered one; **bold** (or __bold__), *italic* (or _italic_); a line "# Title" is a
    // bold paragraph; a backslash keeps the next character as it is.
    static RichText fromMarkdown(const QString& markdown);
    QString toMarkdown() const;

    // For cells and plain files: one line per block, "• " before a bulleted item, "1. " before
    // a numbered one.
    QStringList plainLines() const;
    // The blocks joined into one line each, the first words for lists of sections.
    QString plainText() const;

private:
    void normalise(); // runs merged, empty blocks dropped, NFC
};

// Far above a real section (a page holds about 3,000 characters); longer text is refused.
constexpr int kMaxNarrativeLength = limits::kMaxSectionLength;

} // namespace chitieu
