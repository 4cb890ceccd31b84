#include "PlainText.h"

#include <QStringList>

namespace chitieu {

QString withoutDiacritics(const QString& text)
{
    // Decomposed, a letter with marks is the base letter followed by combining marks; đ and Đ
    // are letters of their own and do not decompose.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0111))
            out += QLatin1Char('d');
        else if (c == QChar(0x0110))
            out += QLatin1Char('D');
        else
            out += c;
    }
    return out.normalized(QString::NormalizationForm_C);
}

QString searchKey(const QString& text)
{
    return withoutDiacritics(text).toLower().simplified();
}

bool matchesSearch(const QString& text, const QString& query)
{
    const QString key = searchKey(text);
    const QStringList words = searchKey(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& w : words)
        if (!key.contains(w))
            return false;
    return true;
}

QString fileNamePart(const QString& text)
{
    const QString plain = withoutDiacritics(text);
    QStringList words;
    QString word;
    for (const QChar c : plain) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words.join(QLatin1Char('-'));
}

} // namespace chitieu
