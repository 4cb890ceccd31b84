#include "Limits.h"

#include "Error.h"

#include <QCoreApplication>

namespace chitieu::limits {

namespace {
QString codeOf(char16_t c)
{
    return QStringLiteral("U+%1").arg(static_cast<int>(c), 4, 16, QLatin1Char('0')).toUpper();
}
} // namespace

QString textProblem(const QString& text, TextKind kind)
{
    const int most = kind == TextKind::Comment   ? kMaxCommentLength
                     : kind == TextKind::Section ? kMaxSectionLength
                                                 : kMaxNameLength;
    if (text.size() > most)
        return QCoreApplication::translate("Limits", "it is %1 characters long, more than the %2 allowed")
            .arg(text.size())
            .arg(most);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c))
            return QCoreApplication::translate("Limits",
                                               "it holds half of a character (%1, a lone surrogate) at position %2")
                .arg(codeOf(c))
                .arg(i + 1);
        const bool control = c < 0x20 || (c >= 0x7f && c < 0xa0);
        const bool allowed = kind != TextKind::Name && (c == u'\t' || c == u'\n');
        if (control && !allowed)
            return kind != TextKind::Name
                       ? QCoreApplication::translate("Limits",
                                                     "it holds the control character %1 at position %2 (only tabs "
                                                     "and line breaks are allowed)")
                             .arg(codeOf(c))
                             .arg(i + 1)
                       : QCoreApplication::translate(
                             "Limits", "it holds the control character %1 at position %2 (a name is one line of text)")
                             .arg(codeOf(c))
                             .arg(i + 1);
    }
    return {};
}

void checkText(const QString& text, TextKind kind, const QString& what)
{
    const QString problem = textProblem(text, kind);
    if (!problem.isEmpty())
        throw Error(QCoreApplication::translate("Limits", "%1 cannot be stored: %2.").arg(what, problem));
}

} // namespace chitieu::limits
