#include "PayloadJson.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace chitieu::exchange {

namespace {
QJsonObject unitJson(const UnitBlock& b)
{
    return QJsonObject{
        {QStringLiteral("code"), b.code}, {QStringLiteral("name"), b.name}, {QStringLiteral("level"), b.level}};
}

QJsonObject formJson(const UnitBlock& b)
{
    return QJsonObject{{QStringLiteral("state"), formStateKey(b.formState)},
                       {QStringLiteral("changed_at"), timeText(b.formStateAt)}};
}

QJsonArray valuesJson(QList<FileValue> values)
{
    std::sort(values.begin(), values.end(),
              [](const FileValue& a, const FileValue& b) { return a.element < b.element; });
    QJsonArray out;
    for (const FileValue& v : values)
        out.append(QJsonObject{{QStringLiteral("element"), v.element},
                               {QStringLiteral("value"), v.value},
                               {QStringLiteral("comment"), v.comment},
                               {QStringLiteral("changed_at"), timeText(v.changedAt)},
                               {QStringLiteral("changed_by"), v.changedBy}});
    return out;
}

// Strict reading with the place of every problem.
class Reader
{
public:
    [[noreturn]] void fail(const QString& place, const QString& problem) const
    {
        throw Error(QCoreApplication::translate("Exchange",
                                                "The file's content is wrong at %1: %2. Nothing was imported from it.")
                        .arg(place, problem));
    }

    static QString sub(const QString& place, const QString& key)
    {
        return place.isEmpty() ? key : place + QLatin1Char('.') + key;
    }

    static QString at(const QString& place, int index) { return QStringLiteral("%1[%2]").arg(place).arg(index); }

    QJsonValue need(const QJsonObject& o, const QString& place, const QString& key) const
    {
        if (!o.contains(key))
            fail(sub(place, key), QCoreApplication::translate("Exchange", "this entry is missing"));
        return o.value(key);
    }

    QJsonObject object(const QJsonObject& o, const QString& place, const QString& key) const
    {
        const QJsonValue v = need(o, place, key);
        if (!v.isObject())
            fail(sub(place, key), QCoreApplication::translate("Exchange", "expected an object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonObject& o, const QString& place, const QString& key, int maxSize) const
    {
        const QJsonValue v = need(o, place, key);
        if (!v.isArray())
            fail(sub(place, key), QCoreApplication::translate("Exchange", "expected a list"));
        const QJsonArray a = v.toArray();
        if (a.size() > maxSize)
            fail(sub(place, key),
                 QCoreApplication::translate("Exchange", "%1 entries, more than the %2 a file may have")
                     .arg(a.size())
                     .arg(maxSize));
        return a;
    }

    QString text(const QJsonObject& o, const QString& place, const QString& key, bool allowEmpty) const
    {
        const QJsonValue v = need(o, place, key);
        if (!v.isString())
            fail(sub(place, key), QCoreApplication::translate("Exchange", "expected a text"));
        const QString s = v.toString();
        if (s.size() > kMaxTextLength)
            fail(sub(place, key),
                 QCoreApplication::translate("Exchange", "the text is %1 characters long, more than the %2 allowed")
                     .arg(s.size())
                     .arg(kMaxTextLength));
        if (!allowEmpty && s.trimmed().isEmpty())
            fail(sub(place, key), QCoreApplication::translate("Exchange", "the text is empty"));
        return s.normalized(QString::NormalizationForm_C);
    }

    qint64 integer(const QJsonObject& o, const QString& place, const QString& key, qint64 min, qint64 max) const
    {
        const QJsonValue v = need(o, place, key);
        if (!v.isDouble())
            fail(sub(place, key), QCoreApplication::translate("Exchange", "expected a whole number"));
        const double d = v.toDouble();
        const QString shown = QString::number(d, 'g', 17);
        if (!std::isfinite(d) || d != std::floor(d))
            fail(sub(place, key), QCoreApplication::translate("Exchange", "%1 is not a whole number").arg(shown));
        if (d < static_cast<double>(min))
            fail(sub(place, key), QCoreApplication::translate("Exchange", "%1 is below %2").arg(shown).arg(min));
        if (d > static_cast<double>(max))
            fail(sub(place, key), QCoreApplication::translate("Exchange", "%1 is larger than %2").arg(shown).arg(max));
        return static_cast<qint64>(d);
    }

    qint64 count(const QJsonObject& o, const QString& place, const QString& element) const
    {
        const QString key = QStringLiteral("value");
        const QJsonValue v = need(o, place, key);
        if (!v.isDouble())
            fail(sub(place, key),
                 QCoreApplication::translate("Exchange", "the count of %1 is not a number").arg(element));
        const double d = v.toDouble();
        const QString shown = QString::number(d, 'g', 17);
        if (!std::isfinite(d) || d != std::floor(d))
            fail(sub(place, key), QCoreApplication::translate("Exchange", "the count of %1 is %2, not a whole number")
                                      .arg(element, shown));
        if (d < 0)
            fail(sub(place, key),
                 QCoreApplication::translate("Exchange", "the count of %1 is %2; counts are whole numbers of 0 or more")
                     .arg(element, shown));
        if (d > static_cast<double>(kMaxCount))
            fail(sub(place, key), QCoreApplication::translate(
                                      "Exchange", "the count of %1 is %2, larger than %3, more than any real count")
                                      .arg(element, shown)
                                      .arg(kMaxCount));
        return static_cast<qint64>(d);
    }

    QDateTime dateTime(const QJsonObject& o, const QString& place, const QString& key, bool required) const
    {
        const QString s = text(o, place, key, !required);
        if (s.isEmpty())
            return {};
        const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid())
            fail(sub(place, key), QCoreApplication::translate(
                                      "Exchange", "\"%1\" is not a date and time such as 2024-11-10T09:30:00.000+07:00")
                                      .arg(s));
        return t;
    }

    void unit(const QJsonObject& o, const QString& place, UnitBlock& b) const
    {
        const QJsonObject u = object(o, place, QStringLiteral("unit"));
        const QString p = sub(place, QStringLiteral("unit"));
        b.code = text(u, p, QStringLiteral("code"), false);
        b.name = text(u, p, QStringLiteral("name"), true);
        b.level = static_cast<int>(integer(u, p, QStringLiteral("level"), 1, 3));
    }

    void block(const QJsonObject& o, const QString& place, UnitBlock& b) const
    {
        unit(o, place, b);
        const QJsonObject form = object(o, place, QStringLiteral("form"));
        const QString fp = sub(place, QStringLiteral("form"));
        const QString state = text(form, fp, QStringLiteral("state"), false);
        b.formState = formStateFromKey(state);
        if (formStateKey(b.formState) != state)
            fail(sub(fp, QStringLiteral("state")),
                 QCoreApplication::translate("Exchange", "unknown form state \"%1\"").arg(state));
        b.formStateAt = dateTime(form, fp, QStringLiteral("changed_at"), false);
        const QJsonArray values = array(o, place, QStringLiteral("values"), kMaxValues);
        QHash<QString, int> seen;
        for (int i = 0; i < values.size(); ++i) {
            const QString vp = at(sub(place, QStringLiteral("values")), i);
            if (!values[i].isObject())
                fail(vp, QCoreApplication::translate("Exchange", "expected an object"));
            const QJsonObject vo = values[i].toObject();
            FileValue v;
            v.element = text(vo, vp, QStringLiteral("element"), false);
            if (seen.contains(v.element))
                fail(vp, QCoreApplication::translate("Exchange", "%1 is given twice for unit %2 (also at values[%3])")
                             .arg(v.element, b.code)
                             .arg(seen.value(v.element)));
            seen.insert(v.element, i);
            v.value = count(vo, vp, v.element);
            v.comment = text(vo, vp, QStringLiteral("comment"), true);
            v.changedAt = dateTime(vo, vp, QStringLiteral("changed_at"), false);
            v.changedBy = text(vo, vp, QStringLiteral("changed_by"), true);
            b.values << v;
        }
    }
};
} // namespace

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODateWithMs) : QString();
}

QString fileKindKey(FileKind kind)
{
    return kind == FileKind::Return ? QStringLiteral("return") : QStringLiteral("submission");
}

QByteArray payloadToJson(const Payload& p)
{
    QJsonObject root{
        {QStringLiteral("format_version"), p.formatVersion},
        {QStringLiteral("kind"), fileKindKey(p.kind)},
        {QStringLiteral("catalogue"),
         QJsonObject{{QStringLiteral("id"), p.catalogueId}, {QStringLiteral("version"), p.catalogueVersion}}},
        {QStringLiteral("program_version"), p.programVersion},
        {QStringLiteral("made_at"), timeText(p.madeAt)},
        {QStringLiteral("made_by"), p.madeBy},
        {QStringLiteral("year"), p.year},
        {QStringLiteral("unit"), unitJson(p.sender)},
    };
    if (p.kind == FileKind::Return) {
        root.insert(QStringLiteral("returned_unit"), p.returnedUnit);
        root.insert(QStringLiteral("reason"), p.reason);
        root.insert(QStringLiteral("returned_hash"), p.returnedHash);
    } else {
        root.insert(QStringLiteral("form"), formJson(p.sender));
        root.insert(QStringLiteral("values"), valuesJson(p.sender.values));
        QList<UnitBlock> below = p.below;
        std::sort(below.begin(), below.end(), [](const UnitBlock& a, const UnitBlock& b) { return a.code < b.code; });
        QJsonArray blocks;
        for (const UnitBlock& b : below)
            blocks.append(QJsonObject{{QStringLiteral("unit"), unitJson(b)},
                                      {QStringLiteral("form"), formJson(b)},
                                      {QStringLiteral("source_made_at"), timeText(b.sourceMadeAt)},
                                      {QStringLiteral("source_hash"), b.sourceHash},
                                      {QStringLiteral("values"), valuesJson(b.values)}});
        root.insert(QStringLiteral("below"), blocks);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

int jsonDepth(const QByteArray& json)
{
    int depth = 0;
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
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

Payload payloadFromJson(const QByteArray& json, int envelopeVersion)
{
    const Reader r;
    // Depth first: the JSON parser itself recurses, so deep junk must not reach it.
    const int depth = jsonDepth(json);
    if (depth > kMaxJsonDepth)
        throw Error(QCoreApplication::translate(
                        "Exchange",
                        "The file's content is nested %1 levels deep; an exchange file has at most %2. It is damaged "
                        "or not made by Chỉ Tiêu Trẻ Em, and nothing was imported.")
                        .arg(depth)
                        .arg(kMaxJsonDepth));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(QCoreApplication::translate(
                        "Exchange",
                        "The file's content is not valid JSON (%1 at byte %2): it was not made by Chỉ Tiêu Trẻ Em. "
                        "Nothing was imported.")
                        .arg(error.errorString())
                        .arg(error.offset));
    if (!doc.isObject())
        r.fail(QStringLiteral("/"), QCoreApplication::translate("Exchange", "expected an object"));
    const QJsonObject o = doc.object();
    Payload p;
    p.formatVersion = static_cast<int>(r.integer(o, {}, QStringLiteral("format_version"), 1, 65535));
    if (p.formatVersion != envelopeVersion)
        r.fail(QStringLiteral("format_version"),
               QCoreApplication::translate("Exchange", "%1 differs from the file's header (%2)")
                   .arg(p.formatVersion)
                   .arg(envelopeVersion));
    const QString kind = r.text(o, {}, QStringLiteral("kind"), false);
    if (kind == QLatin1String("return"))
        p.kind = FileKind::Return;
    else if (kind != QLatin1String("submission"))
        r.fail(QStringLiteral("kind"),
               QCoreApplication::translate("Exchange", "unknown kind of file \"%1\"").arg(kind));
    const QJsonObject cat = r.object(o, {}, QStringLiteral("catalogue"));
    p.catalogueId = r.text(cat, QStringLiteral("catalogue"), QStringLiteral("id"), false);
    p.catalogueVersion = r.text(cat, QStringLiteral("catalogue"), QStringLiteral("version"), false);
    p.programVersion = r.text(o, {}, QStringLiteral("program_version"), true);
    p.madeAt = r.dateTime(o, {}, QStringLiteral("made_at"), true);
    p.madeBy = r.text(o, {}, QStringLiteral("made_by"), true);
    p.year = static_cast<int>(r.integer(o, {}, QStringLiteral("year"), 0, 9999));
    if (p.kind == FileKind::Return) {
        r.unit(o, {}, p.sender);
        p.returnedUnit = r.text(o, {}, QStringLiteral("returned_unit"), false);
        p.reason = r.text(o, {}, QStringLiteral("reason"), false);
        p.returnedHash = r.text(o, {}, QStringLiteral("returned_hash"), true);
        return p;
    }
    r.block(o, {}, p.sender);
    const QJsonArray below = r.array(o, {}, QStringLiteral("below"), kMaxUnits);
    QSet<QString> codes{p.sender.code};
    for (int i = 0; i < below.size(); ++i) {
        const QString place = Reader::at(QStringLiteral("below"), i);
        if (!below[i].isObject())
            r.fail(place, QCoreApplication::translate("Exchange", "expected an object"));
        const QJsonObject bo = below[i].toObject();
        UnitBlock b;
        r.block(bo, place, b);
        if (codes.contains(b.code))
            r.fail(place, QCoreApplication::translate("Exchange", "the unit %1 appears twice in the file").arg(b.code));
        codes.insert(b.code);
        b.sourceMadeAt = r.dateTime(bo, place, QStringLiteral("source_made_at"), false);
        b.sourceHash = r.text(bo, place, QStringLiteral("source_hash"), true);
        p.below << b;
    }
    return p;
}

} // namespace chitieu::exchange
