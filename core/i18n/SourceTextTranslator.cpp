#include "SourceTextTranslator.h"

#include <QFile>
#include <QSet>
#include <QXmlStreamReader>

namespace chitieu::i18n
{

namespace
{
QString keyOf(const QString& source, const QString& disambiguation)
{
    return source + QChar(0x1f) + disambiguation;
}
} // namespace

bool SourceTextTranslator::loadTs(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&f);
    QHash<QString, QString> found;
    QSet<QString> ambiguous;
    QString source;
    QString comment;
    QString translation;
    bool usable = false;
    bool seenTs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                seenTs = true;
            } else if (name == QLatin1String("message")) {
                source.clear();
                comment.clear();
                translation.clear();
                usable = xml.attributes().value(QLatin1String("numerus")) != QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                usable = usable && xml.attributes().value(QLatin1String("type")).isEmpty();
                translation = xml.readElementText(QXmlStreamReader::SkipChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && usable && !translation.isEmpty()) {
            const QString key = keyOf(source, comment);
            const auto it = found.constFind(key);
            if (it != found.constEnd() && *it != translation)
                ambiguous.insert(key);
            found.insert(key, translation);
        }
    }
    if (xml.hasError() || !seenTs)
        return false;
    for (const QString& key : std::as_const(ambiguous))
        found.remove(key);
    m_bySource = found;
    return true;
}

QString SourceTextTranslator::translate(const char* /*context*/, const char* sourceText, const char* disambiguation,
                                        int /*n*/) const
{
    if (!sourceText)
        return {};
    return m_bySource.value(keyOf(QString::fromUtf8(sourceText), QString::fromUtf8(disambiguation)));
}

} // namespace chitieu::i18n
