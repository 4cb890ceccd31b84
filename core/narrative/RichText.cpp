#include "RichText.h"

#include "core/Error.h"
#include "core/Limits.h"

#include <QCoreApplication>

namespace chitieu {

namespace {

[[noreturn]] void refuse(const QString& problem, qsizetype at)
{
    throw Error(QCoreApplication::translate("RichText", "The text is not in the stored form of a report's text: %1 "
                                                        "(at character %2).")
                    .arg(problem)
                    .arg(at + 1));
}

// ---- the stored HTML subset ----

QString decodeEntity(const QString& html, qsizetype& i)
{
    const qsizetype end = html.indexOf(QLatin1Char(';'), i);
    if (end < 0 || end - i > 10)
        refuse(QCoreApplication::translate("RichText", "an \"&\" that starts no entity"), i);
    const QString name = html.mid(i + 1, end - i - 1);
    const qsizetype at = i;
    i = end + 1;
    static const QList<std::pair<QString, QString>> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},  {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},   {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")}, {QStringLiteral("nbsp"), QString(QChar(0xA0))},
    };
    for (const auto& [n, text] : named)
        if (name == n)
            return text;
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = name.startsWith(QLatin1String("#x")) ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok);
        if (ok && code > 0 && code <= 0x10FFFF)
            return QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
    }
    refuse(QCoreApplication::translate("RichText", "the unknown entity &%1;").arg(name), at);
}

class HtmlReader
{
public:
    explicit HtmlReader(const QString& html) : m_html(html) {}

    RichText read()
    {
        RichText out;
        while (skipSpace()) {
            const qsizetype at = m_i;
            const QString tag = nextTag();
            if (tag == QLatin1String("p"))
                out.blocks << inlineUntil(QStringLiteral("/p"), TextBlock::Kind::Paragraph);
            else if (tag == QLatin1String("ul") || tag == QLatin1String("ol"))
                list(out, tag);
            else
                refuse(QCoreApplication::translate("RichText", "expected <p>, <ul> or <ol>, found <%1>").arg(tag), at);
        }
        return out;
    }

private:
    // Skips white space between blocks; false at the end. Other text there is refused.
    bool skipSpace()
    {
        while (m_i < m_html.size() && m_html[m_i].isSpace())
            ++m_i;
        if (m_i < m_html.size() && m_html[m_i] != QLatin1Char('<'))
            refuse(QCoreApplication::translate("RichText", "text outside a paragraph or a list item"), m_i);
        return m_i < m_html.size();
    }

    QString nextTag()
    {
        const qsizetype end = m_html.indexOf(QLatin1Char('>'), m_i);
        if (m_html[m_i] != QLatin1Char('<') || end < 0)
            refuse(QCoreApplication::translate("RichText", "a tag that is not closed"), m_i);
        const QString tag = m_html.mid(m_i + 1, end - m_i - 1);
        static const QStringList known = {QStringLiteral("p"),   QStringLiteral("/p"),  QStringLiteral("ul"),
                                          QStringLiteral("/ul"), QStringLiteral("ol"),  QStringLiteral("/ol"),
                                          QStringLiteral("li"),  QStringLiteral("/li"), QStringLiteral("b"),
                                          QStringLiteral("/b"),  QStringLiteral("i"),   QStringLiteral("/i")};
        if (!known.contains(tag))
            refuse(QCoreApplication::translate("RichText", "the tag <%1>, which a report's text does not use").arg(tag),
                   m_i);
        m_i = end + 1;
        return tag;
    }

    void list(RichText& out, const QString& tag)
    {
        const auto kind = tag == QLatin1String("ul") ? TextBlock::Kind::Bullet : TextBlock::Kind::Numbered;
        for (;;) {
            if (!skipSpace())
                refuse(QCoreApplication::translate("RichText", "the list is not closed"), m_i);
            const qsizetype at = m_i;
            const QString next = nextTag();
            if (next == QLatin1Char('/') + tag)
                return;
            if (next != QLatin1String("li"))
                refuse(QCoreApplication::translate("RichText", "expected <li>, found <%1>").arg(next), at);
            out.blocks << inlineUntil(QStringLiteral("/li"), kind);
        }
    }

    TextBlock inlineUntil(const QString& closing, TextBlock::Kind kind)
    {
        TextBlock block;
        block.kind = kind;
        int bold = 0;
        int italic = 0;
        QString text;
        auto flush = [&] {
            if (!text.isEmpty())
                block.runs << TextRun{text, bold > 0, italic > 0};
            text.clear();
        };
        while (m_i < m_html.size()) {
            const QChar c = m_html[m_i];
            if (c == QLatin1Char('&')) {
                text += decodeEntity(m_html, m_i);
                continue;
            }
            if (c != QLatin1Char('<')) {
                text += c;
                ++m_i;
                continue;
            }
            const qsizetype at = m_i;
            const QString tag = nextTag();
            flush();
            if (tag == closing) {
                if (bold > 0 || italic > 0)
                    refuse(QCoreApplication::translate("RichText", "<b> or <i> not closed"), at);
                return block;
            }
            int* depth = tag.endsWith(QLatin1Char('b')) ? &bold : tag.endsWith(QLatin1Char('i')) ? &italic : nullptr;
            if (!depth || (tag.startsWith(QLatin1Char('/')) && *depth == 0))
                refuse(QCoreApplication::translate("RichText", "<%1> where it does not belong").arg(tag), at);
            *depth += tag.startsWith(QLatin1Char('/')) ? -1 : 1;
        }
        refuse(QCoreApplication::translate("RichText", "<%1> is missing").arg(closing), m_i);
    }

    const QString& m_html;
    qsizetype m_i = 0;
};

QString runHtml(const TextRun& r)
{
    QString t = r.text.toHtmlEscaped();
    if (r.italic)
        t = QStringLiteral("<i>%1</i>").arg(t);
    if (r.bold)
        t = QStringLiteral("<b>%1</b>").arg(t);
    return t;
}

// ---- Markdown ----

bool isWordChar(const QString& s, qsizetype i)
{
    return i >= 0 && i < s.size() && s[i].isLetterOrNumber();
}

qsizetype runLength(const QString& s, qsizetype i, qsizetype to, QChar c)
{
    qsizetype n = 0;
    while (i + n < to && s[i + n] == c)
        ++n;
    return n;
}

// The marker that closes one of `length` signs `c` opened before `from`: the same signs, as
// many; a single "_" closes only at the end of a word.
qsizetype findClose(const QString& s, qsizetype from, qsizetype to, QChar c, qsizetype length)
{
    for (qsizetype i = from; i < to; ++i) {
        if (s[i] == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        const qsizetype n = runLength(s, i, to, c);
        if (n == length && (c != QLatin1Char('_') || length > 1 || !isWordChar(s, i + 1)))
            return i;
        if (n > 0)
            i += n - 1;
    }
    return -1;
}

// *italic*, **bold**, ***both*** (or with "_").
void parseInline(const QString& s, qsizetype from, qsizetype to, bool bold, bool italic, QList<TextRun>& out)
{
    QString text;
    auto flush = [&] {
        if (!text.isEmpty())
            out << TextRun{text, bold, italic};
        text.clear();
    };
    for (qsizetype i = from; i < to;) {
        const QChar c = s[i];
        if (c == QLatin1Char('\\') && i + 1 < to) {
            text += s[i + 1];
            i += 2;
            continue;
        }
        if (c == QLatin1Char('*') || c == QLatin1Char('_')) {
            const qsizetype length = runLength(s, i, to, c);
            const bool opens = length <= 3 && (c != QLatin1Char('_') || length > 1 || !isWordChar(s, i - 1));
            const qsizetype close = opens ? findClose(s, i + length, to, c, length) : -1;
            if (close > i + length) {
                flush();
                parseInline(s, i + length, close, bold || length >= 2, italic || length != 2, out);
                i = close + length;
                continue;
            }
            text += s.mid(i, length);
            i += length;
            continue;
        }
        text += c;
        ++i;
    }
    flush();
}

TextBlock markdownBlock(TextBlock::Kind kind, const QString& text, bool allBold = false)
{
    TextBlock b;
    b.kind = kind;
    parseInline(text, 0, text.size(), allBold, false, b.runs);
    return b;
}

QString escapeMarkdown(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('*') || c == QLatin1Char('_'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

QString TextBlock::plainText() const
{
    QString out;
    for (const TextRun& r : runs)
        out += r.text;
    return out;
}

bool RichText::isEmpty() const
{
    for (const TextBlock& b : blocks)
        if (!b.plainText().trimmed().isEmpty())
            return false;
    return true;
}

void RichText::normalise()
{
    QList<TextBlock> kept;
    for (TextBlock b : blocks) {
        QList<TextRun> runs;
        for (TextRun r : b.runs) {
            r.text = r.text.normalized(QString::NormalizationForm_C);
            r.text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QChar(0x2028), QLatin1Char(' '));
            if (r.text.isEmpty())
                continue;
            if (!runs.isEmpty() && runs.last().bold == r.bold && runs.last().italic == r.italic)
                runs.last().text += r.text;
            else
                runs << r;
        }
        if (!runs.isEmpty()) {
            // No space before the first word or after the last.
            while (!runs.isEmpty() && runs.first().text.front().isSpace()) {
                runs.first().text.remove(0, 1);
                if (runs.first().text.isEmpty())
                    runs.removeFirst();
            }
            while (!runs.isEmpty() && runs.last().text.back().isSpace()) {
                runs.last().text.chop(1);
                if (runs.last().text.isEmpty())
                    runs.removeLast();
            }
        }
        b.runs = runs;
        if (!b.plainText().trimmed().isEmpty())
            kept << b;
    }
    blocks = kept;
}

RichText RichText::fromHtml(const QString& html)
{
    if (html.size() > kMaxNarrativeLength)
        refuse(QCoreApplication::translate("RichText", "%1 characters, more than the %2 a section may have")
                   .arg(html.size())
                   .arg(kMaxNarrativeLength),
               kMaxNarrativeLength);
    // No control character but tabs and line breaks, no half character: the text is printed
    // and sent as it is.
    if (const QString problem = limits::textProblem(html, limits::TextKind::Section); !problem.isEmpty())
        throw Error(QCoreApplication::translate("RichText", "The text cannot be kept: %1.").arg(problem));
    RichText out = HtmlReader(html).read();
    out.normalise();
    return out;
}

QString RichText::toHtml() const
{
    QString out;
    TextBlock::Kind open = TextBlock::Kind::Paragraph;
    auto closeList = [&] {
        if (open == TextBlock::Kind::Bullet)
            out += QStringLiteral("</ul>");
        else if (open == TextBlock::Kind::Numbered)
            out += QStringLiteral("</ol>");
        open = TextBlock::Kind::Paragraph;
    };
    for (const TextBlock& b : blocks) {
        QString inner;
        for (const TextRun& r : b.runs)
            inner += runHtml(r);
        if (b.kind == TextBlock::Kind::Paragraph) {
            closeList();
            out += QStringLiteral("<p>%1</p>").arg(inner);
            continue;
        }
        if (open != b.kind) {
            closeList();
            out += b.kind == TextBlock::Kind::Bullet ? QStringLiteral("<ul>") : QStringLiteral("<ol>");
            open = b.kind;
        }
        out += QStringLiteral("<li>%1</li>").arg(inner);
    }
    closeList();
    return out;
}

RichText RichText::fromMarkdown(const QString& markdown)
{
    RichText out;
    QStringList paragraph;
    bool afterBlank = true;
    auto flush = [&] {
        if (!paragraph.isEmpty())
            out.blocks << markdownBlock(TextBlock::Kind::Paragraph, paragraph.join(QLatin1Char(' ')));
        paragraph.clear();
    };
    QString text = markdown;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.isEmpty()) {
            flush();
            afterBlank = true;
            continue;
        }
        qsizetype digits = 0;
        while (digits < t.size() && t[digits].isDigit())
            ++digits;
        const bool bullet = t.size() > 1 && QStringLiteral("-*+").contains(t[0]) && t[1].isSpace();
        const bool numbered = digits > 0 && digits + 1 < t.size() &&
                              (t[digits] == QLatin1Char('.') || t[digits] == QLatin1Char(')')) &&
                              t[digits + 1].isSpace();
        qsizetype hashes = 0;
        while (hashes < t.size() && t[hashes] == QLatin1Char('#'))
            ++hashes;
        const bool heading = hashes > 0 && hashes <= 6 && hashes < t.size() && t[hashes].isSpace();
        if (bullet || numbered || heading) {
            flush();
            const auto kind = bullet     ? TextBlock::Kind::Bullet
                              : numbered ? TextBlock::Kind::Numbered
                                         : TextBlock::Kind::Paragraph;
            const qsizetype skip = bullet ? 2 : numbered ? digits + 2 : hashes + 1;
            out.blocks << markdownBlock(kind, t.mid(skip).trimmed(), heading);
        } else if (paragraph.isEmpty() && !afterBlank && !out.blocks.isEmpty() &&
                   out.blocks.last().kind != TextBlock::Kind::Paragraph) {
            // A line right under a list item continues it.
            TextBlock& item = out.blocks.last();
            item.runs << TextRun{QStringLiteral(" "), false, false};
            parseInline(t, 0, t.size(), false, false, item.runs);
        } else {
            paragraph << t;
        }
        afterBlank = false;
    }
    flush();
    out.normalise();
    return out;
}

QString RichText::toMarkdown() const
{
    QStringList out;
    int number = 0;
    TextBlock::Kind previous = TextBlock::Kind::Paragraph;
    for (const TextBlock& b : blocks) {
        QString line;
        for (const TextRun& r : b.runs) {
            QString t = escapeMarkdown(r.text);
            const QString marker = QString(r.bold && r.italic ? 3 : r.bold ? 2 : r.italic ? 1 : 0, QLatin1Char('*'));
            t = marker + t + marker;
            line += t;
        }
        number = b.kind == TextBlock::Kind::Numbered ? (previous == TextBlock::Kind::Numbered ? number + 1 : 1) : 0;
        if (b.kind == TextBlock::Kind::Bullet) {
            line.prepend(QStringLiteral("- "));
        } else if (b.kind == TextBlock::Kind::Numbered) {
            line.prepend(QStringLiteral("%1. ").arg(number));
        } else {
            // A paragraph that would read as a list item or a heading keeps its first sign.
            static const QString markers = QStringLiteral("-+#");
            qsizetype digits = 0;
            while (digits < line.size() && line[digits].isDigit())
                ++digits;
            if (!line.isEmpty() && markers.contains(line[0]))
                line.prepend(QLatin1Char('\\'));
            else if (digits > 0 && digits < line.size() &&
                     (line[digits] == QLatin1Char('.') || line[digits] == QLatin1Char(')')))
                line.insert(digits, QLatin1Char('\\'));
        }
        // Paragraphs and the first item of a list stand apart; the items of a list follow each other.
        if (!out.isEmpty() && !(b.kind != TextBlock::Kind::Paragraph && b.kind == previous))
            out << QString();
        out << line;
        previous = b.kind;
    }
    return out.join(QLatin1Char('\n'));
}

QStringList RichText::plainLines() const
{
    QStringList out;
    int number = 0;
    for (const TextBlock& b : blocks) {
        number = b.kind == TextBlock::Kind::Numbered ? number + 1 : 0;
        const QString text = b.plainText();
        if (b.kind == TextBlock::Kind::Bullet)
            out << QStringLiteral("• ") + text;
        else if (b.kind == TextBlock::Kind::Numbered)
            out << QStringLiteral("%1. %2").arg(number).arg(text);
        else
            out << text;
    }
    return out;
}

QString RichText::plainText() const
{
    return plainLines().join(QLatin1Char('\n'));
}

} // namespace chitieu
