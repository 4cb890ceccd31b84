#include "JsonReader.h"

#include "core/Printable.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <cmath>
#include <limits>

namespace chitieu::json {

WholeNumber wholeNumber(const QJsonValue& v, qint64 min, qint64 max)
{
    WholeNumber n;
    if (!v.isDouble()) {
        n.problem = WholeNumber::Problem::NotANumber;
        return n;
    }
    const double d = v.toDouble();
    n.shown = QString::number(d, 'g', 17);
    // Every comparison is made on the double: converting first would be undefined for a
    // number outside the integer's range.
    if (!std::isfinite(d) || d != std::floor(d))
        n.problem = WholeNumber::Problem::NotWhole;
    else if (d < static_cast<double>(min))
        n.problem = WholeNumber::Problem::Below;
    else if (d > static_cast<double>(max))
        n.problem = WholeNumber::Problem::Above;
    else
        n.value = static_cast<qint64>(d);
    return n;
}

int depth(const QByteArray& json)
{
    int level = 0;
    int deepest = 0;
    bool inString = false;
    for (int i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i; // skip the escaped character
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++level);
        } else if (c == ']' || c == '}') {
            --level;
        }
    }
    return deepest;
}

DuplicateKey duplicateKey(const QByteArray& json)
{
    // One entry per open object or array: the keys seen so far (objects only).
    struct Level
    {
        bool object = false;
        bool expectKey = false;
        QSet<QString> keys;
    };
    QList<Level> levels;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            levels.append(Level{c == '{', c == '{', {}});
        } else if (c == '}' || c == ']') {
            if (!levels.isEmpty())
                levels.removeLast();
        } else if (c == ',') {
            if (!levels.isEmpty() && levels.last().object)
                levels.last().expectKey = true;
        } else if (c == '"') {
            const qsizetype start = i;
            bool escaped = false;
            for (++i; i < json.size(); ++i) {
                if (json[i] == '\\') {
                    escaped = true;
                    ++i;
                } else if (json[i] == '"') {
                    break;
                }
            }
            if (levels.isEmpty() || !levels.last().expectKey)
                continue;
            levels.last().expectKey = false;
            const QByteArray quoted = json.mid(start, i - start + 1);
            // A key with escapes (\u0076alue is value) is read by the parser itself.
            const QString key = escaped ? QJsonDocument::fromJson("[" + quoted + "]").array().at(0).toString()
                                        : QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
            if (levels.last().keys.contains(key))
                return {key, start};
            levels.last().keys.insert(key);
        }
    }
    return {};
}

Reader::Reader(Message message, int maxTextLength) : m_message(std::move(message)), m_maxTextLength(maxTextLength) {}

void Reader::fail(const QString& place, const QString& problem) const
{
    throw Error(m_message(place, problem));
}

QString Reader::sub(const QString& place, const char* key)
{
    const QString k = QString::fromUtf8(key);
    return place.isEmpty() ? k : place + QLatin1Char('.') + k;
}

QString Reader::at(const QString& place, int index)
{
    return QStringLiteral("%1[%2]").arg(place).arg(index);
}

QJsonObject Reader::document(const QByteArray& json, int maxDepth) const
{
    const QString top = QCoreApplication::translate("Json", "the top level");
    const int levels = depth(json);
    if (levels > maxDepth)
        fail(top, QCoreApplication::translate("Json", "nested %1 levels deep, more than the %2 allowed")
                      .arg(levels)
                      .arg(maxDepth));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(error.offset);
        const int line = static_cast<int>(before.count('\n')) + 1;
        const int column = static_cast<int>(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        fail(QCoreApplication::translate("Json", "line %1, column %2").arg(line).arg(column),
             QCoreApplication::translate("Json", "not valid JSON (%1)").arg(error.errorString()));
    }
    if (!doc.isObject())
        fail(top, QCoreApplication::translate("Json", "expected an object"));
    if (const DuplicateKey twice = duplicateKey(json); twice.offset >= 0) {
        const QByteArray before = json.left(twice.offset);
        const int line = static_cast<int>(before.count('\n')) + 1;
        const int column = static_cast<int>(twice.offset - (before.lastIndexOf('\n') + 1)) + 1;
        fail(QCoreApplication::translate("Json", "line %1, column %2").arg(line).arg(column),
             QCoreApplication::translate("Json", "the key \"%1\" appears twice in the same object")
                 .arg(printable(twice.key)));
    }
    return doc.object();
}

QJsonValue Reader::need(const QJsonObject& o, const QString& place, const char* key) const
{
    const QString k = QString::fromUtf8(key);
    if (!o.contains(k))
        fail(sub(place, key), QCoreApplication::translate("Json", "this entry is missing"));
    return o.value(k);
}

QJsonObject Reader::object(const QJsonValue& v, const QString& place) const
{
    if (!v.isObject())
        fail(place, QCoreApplication::translate("Json", "expected an object"));
    return v.toObject();
}

QJsonObject Reader::object(const QJsonObject& o, const QString& place, const char* key) const
{
    return object(need(o, place, key), sub(place, key));
}

QJsonArray Reader::array(const QJsonObject& o, const QString& place, const char* key, int maxSize) const
{
    const QJsonValue v = need(o, place, key);
    if (!v.isArray())
        fail(sub(place, key), QCoreApplication::translate("Json", "expected a list"));
    const QJsonArray a = v.toArray();
    if (maxSize >= 0 && a.size() > maxSize)
        fail(sub(place, key),
             QCoreApplication::translate("Json", "%1 entries, more than the %2 allowed").arg(a.size()).arg(maxSize));
    return a;
}

QString Reader::checkedText(const QJsonValue& v, const QString& place, bool allowEmpty) const
{
    if (!v.isString())
        fail(place, QCoreApplication::translate("Json", "expected a text"));
    const QString s = v.toString();
    if (m_maxTextLength > 0 && s.size() > m_maxTextLength)
        fail(place, QCoreApplication::translate("Json", "the text is %1 characters long, more than the %2 allowed")
                        .arg(s.size())
                        .arg(m_maxTextLength));
    if (!allowEmpty && s.trimmed().isEmpty())
        fail(place, QCoreApplication::translate("Json", "the text is empty"));
    return s.normalized(QString::NormalizationForm_C);
}

QString Reader::text(const QJsonObject& o, const QString& place, const char* key, bool allowEmpty) const
{
    return checkedText(need(o, place, key), sub(place, key), allowEmpty);
}

QString Reader::optionalText(const QJsonObject& o, const QString& place, const char* key) const
{
    return o.value(QString::fromUtf8(key)).isUndefined() || o.value(QString::fromUtf8(key)).isNull()
               ? QString()
               : text(o, place, key, true);
}

double Reader::number(const QJsonObject& o, const QString& place, const char* key) const
{
    const QJsonValue v = need(o, place, key);
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        fail(sub(place, key), QCoreApplication::translate("Json", "expected a number"));
    return v.toDouble();
}

qint64 Reader::integer(const QJsonObject& o, const QString& place, const char* key, qint64 min, qint64 max) const
{
    const WholeNumber n = wholeNumber(need(o, place, key), min, max);
    const QString p = sub(place, key);
    switch (n.problem) {
    case WholeNumber::Problem::None:
        break;
    case WholeNumber::Problem::NotANumber:
        fail(p, QCoreApplication::translate("Json", "expected a whole number"));
    case WholeNumber::Problem::NotWhole:
        fail(p, QCoreApplication::translate("Json", "%1 is not a whole number").arg(n.shown));
    case WholeNumber::Problem::Below:
        fail(p, QCoreApplication::translate("Json", "%1 is below %2").arg(n.shown).arg(min));
    case WholeNumber::Problem::Above:
        fail(p, QCoreApplication::translate("Json", "%1 is larger than %2").arg(n.shown).arg(max));
    }
    return n.value;
}

int Reader::integer(const QJsonObject& o, const QString& place, const char* key) const
{
    return static_cast<int>(integer(o, place, key, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

bool Reader::boolean(const QJsonObject& o, const QString& place, const char* key) const
{
    const QJsonValue v = need(o, place, key);
    if (!v.isBool())
        fail(sub(place, key), QCoreApplication::translate("Json", "expected true or false"));
    return v.toBool();
}

QStringList Reader::texts(const QJsonObject& o, const QString& place, const char* key) const
{
    QStringList out;
    const QJsonArray a = array(o, place, key);
    for (int i = 0; i < a.size(); ++i)
        out << checkedText(a[i], at(sub(place, key), i), false);
    return out;
}

QList<int> Reader::integers(const QJsonObject& o, const QString& place, const char* key) const
{
    QList<int> out;
    const QJsonArray a = array(o, place, key);
    for (int i = 0; i < a.size(); ++i) {
        const WholeNumber n = wholeNumber(a[i], std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        if (n.problem != WholeNumber::Problem::None)
            fail(at(sub(place, key), i), QCoreApplication::translate("Json", "expected a whole number"));
        out << static_cast<int>(n.value);
    }
    return out;
}

} // namespace chitieu::json
