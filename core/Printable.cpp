#include "Printable.h"

namespace chitieu {

namespace {
bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c < 0xa0) // C0, DEL, C1 controls
           || c == 0x2028 || c == 0x2029       // line and paragraph separators
           || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069) // direction marks, embeddings, overrides and isolates
           || c == 0xfeff;              // byte-order mark
}
} // namespace

QString printable(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool pair =
            QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode());
        if (pair) {
            out += text.at(i);
            out += text.at(++i);
        } else if (c == u'\n') {
            out += QLatin1String("\\n");
        } else if (c == u'\r') {
            out += QLatin1String("\\r");
        } else if (c == u'\t') {
            out += QLatin1String("\\t");
        } else if (needsEscape(c) || QChar::isSurrogate(c)) {
            out += QStringLiteral("\\u%1").arg(static_cast<int>(c), 4, 16, QLatin1Char('0'));
        } else {
            out += text.at(i);
        }
    }
    return out;
}

} // namespace chitieu
