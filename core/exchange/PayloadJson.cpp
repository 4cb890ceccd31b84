#include "PayloadJson.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Limits.h"
#include "core/Printable.h"
#include "core/catalogue/Catalogue.h"
#include "core/json/JsonReader.h"
#include "core/narrative/RichText.h"

#include <QCoreApplication>
#include <QJsonDocument>
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
    return QJsonObject{{QStringLiteral("state"), formStates.key(b.formState)},
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

QJsonArray sectionsJson(QList<FileSection> sections)
{
    std::sort(sections.begin(), sections.end(),
              [](const FileSection& a, const FileSection& b) { return a.key < b.key; });
    QJsonArray out;
    for (const FileSection& s : sections)
        out.append(QJsonObject{{QStringLiteral("key"), s.key}, {QStringLiteral("text"), s.html}});
    return out;
}

QJsonValue optionalNumber(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonArray figuresJson(QList<FileFigure> figures)
{
    std::sort(figures.begin(), figures.end(),
              [](const FileFigure& a, const FileFigure& b) { return a.measure < b.measure; });
    QJsonArray out;
    for (const FileFigure& f : figures)
        out.append(QJsonObject{{QStringLiteral("measure"), f.measure},
                               {QStringLiteral("numerator"), optionalNumber(f.numerator)},
                               {QStringLiteral("denominator"), optionalNumber(f.denominator)}});
    return out;
}

QJsonArray targetsJson(QList<FileTarget> targets)
{
    std::sort(targets.begin(), targets.end(), [](const FileTarget& a, const FileTarget& b) {
        return a.measure != b.measure ? a.measure < b.measure : a.fromYear < b.fromYear;
    });
    QJsonArray out;
    for (const FileTarget& t : targets)
        out.append(QJsonObject{{QStringLiteral("measure"), t.measure},
                               {QStringLiteral("from_year"), t.fromYear},
                               {QStringLiteral("to_year"), t.toYear},
                               {QStringLiteral("comparator"), t.comparator},
                               {QStringLiteral("target"), t.target},
                               {QStringLiteral("document"), t.document}});
    return out;
}

// The count of an element: the shared whole-number check, in words that name the element.
qint64 count(const json::Reader& r, const QJsonObject& o, const QString& place, const QString& element)
{
    const json::WholeNumber n = json::wholeNumber(r.need(o, place, "value"), 0, kMaxCount);
    const QString p = json::Reader::sub(place, "value");
    switch (n.problem) {
    case json::WholeNumber::Problem::None:
        break;
    case json::WholeNumber::Problem::NotANumber:
        r.fail(p, QCoreApplication::translate("Exchange", "the count of %1 is not a number").arg(element));
    case json::WholeNumber::Problem::NotWhole:
        r.fail(
            p,
            QCoreApplication::translate("Exchange", "the count of %1 is %2, not a whole number").arg(element, n.shown));
    case json::WholeNumber::Problem::Below:
        r.fail(p,
               QCoreApplication::translate("Exchange", "the count of %1 is %2; counts are whole numbers of 0 or more")
                   .arg(element, n.shown));
    case json::WholeNumber::Problem::Above:
        r.fail(p, QCoreApplication::translate("Exchange",
                                              "the count of %1 is %2, larger than %3, more than any real count")
                      .arg(element, n.shown)
                      .arg(kMaxCount));
    }
    return n.value;
}

// A text with the program's limits of its kind (core/Limits.h): a name is one line, a
// comment may hold line breaks and tabs; neither holds other control characters.
QString limited(const json::Reader& r, const QJsonObject& o, const QString& place, const char* key,
                limits::TextKind kind, bool allowEmpty)
{
    const QString s = r.text(o, place, key, allowEmpty);
    if (const QString problem = limits::textProblem(s, kind); !problem.isEmpty())
        r.fail(json::Reader::sub(place, key), problem);
    return s;
}

QString name(const json::Reader& r, const QJsonObject& o, const QString& place, const char* key,
             bool allowEmpty = false)
{
    return limited(r, o, place, key, limits::TextKind::Name, allowEmpty);
}

QString comment(const json::Reader& r, const QJsonObject& o, const QString& place, const char* key,
                bool allowEmpty = false)
{
    return limited(r, o, place, key, limits::TextKind::Comment, allowEmpty);
}

QDateTime dateTime(const json::Reader& r, const QJsonObject& o, const QString& place, const char* key, bool required)
{
    const QString s = r.text(o, place, key, !required);
    if (s.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        r.fail(json::Reader::sub(place, key),
               QCoreApplication::translate("Exchange",
                                           "\"%1\" is not a date and time such as 2024-11-10T09:30:00.000+07:00")
                   .arg(printable(s)));
    return t;
}

void readUnit(const json::Reader& r, const QJsonObject& o, const QString& place, UnitBlock& b)
{
    const QJsonObject u = r.object(o, place, "unit");
    const QString p = json::Reader::sub(place, "unit");
    b.code = name(r, u, p, "code");
    b.name = name(r, u, p, "name", true);
    b.level = static_cast<int>(r.integer(u, p, "level", 1, 3));
}

void readBlock(const json::Reader& r, const QJsonObject& o, const QString& place, UnitBlock& b)
{
    readUnit(r, o, place, b);
    const QJsonObject form = r.object(o, place, "form");
    const QString fp = json::Reader::sub(place, "form");
    b.formState = r.key(form, fp, "state", formStates);
    b.formStateAt = dateTime(r, form, fp, "changed_at", false);
    const QJsonArray values = r.array(o, place, "values", kMaxValues);
    QHash<QString, int> seen;
    for (int i = 0; i < values.size(); ++i) {
        const QString vp = json::Reader::at(json::Reader::sub(place, "values"), i);
        const QJsonObject vo = r.object(values[i], vp);
        FileValue v;
        v.element = name(r, vo, vp, "element");
        if (seen.contains(v.element))
            r.fail(vp, QCoreApplication::translate("Exchange", "%1 is given twice for unit %2 (also at values[%3])")
                           .arg(v.element, b.code)
                           .arg(seen.value(v.element)));
        seen.insert(v.element, i);
        v.value = count(r, vo, vp, v.element);
        v.comment = comment(r, vo, vp, "comment", true);
        v.changedAt = dateTime(r, vo, vp, "changed_at", false);
        v.changedBy = name(r, vo, vp, "changed_by", true);
        b.values << v;
    }
}

// A figure's sum: a number of 0 or more, or null for none.
std::optional<double> optionalSum(const json::Reader& r, const QJsonObject& o, const QString& place, const char* key)
{
    const QJsonValue v = r.need(o, place, key);
    if (v.isNull())
        return std::nullopt;
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0 || v.toDouble() > double(kMaxCount) * 1000)
        r.fail(json::Reader::sub(place, key),
               QCoreApplication::translate("Exchange", "expected a sum of counts or null"));
    return v.toDouble();
}

// Format 2: the deliverable, the sender's agency, its sections, figures and own targets.
void readReport(const json::Reader& r, const QJsonObject& o, Payload& p)
{
    p.agency = name(r, o, {}, "agency", true);
    p.deliverable = name(r, o, {}, "deliverable");
    p.withData = r.boolean(o, {}, "with_data");
    // A section is longer than any other text of the file: its own limit.
    const json::Reader sectionReader(
        [&r](const QString& place, const QString& problem) {
            try {
                r.fail(place, problem);
            } catch (const Error& e) {
                return e.message();
            }
            return problem;
        },
        kMaxNarrativeLength);
    const QJsonArray sections = r.array(o, {}, "sections", kMaxSections);
    QSet<QString> keys;
    for (int i = 0; i < sections.size(); ++i) {
        const QString place = json::Reader::at(QStringLiteral("sections"), i);
        const QJsonObject so = r.object(sections[i], place);
        FileSection section{name(r, so, place, "key"), sectionReader.text(so, place, "text", true)};
        if (keys.contains(section.key))
            r.fail(place, QCoreApplication::translate("Exchange", "the section %1 is given twice").arg(section.key));
        keys.insert(section.key);
        try {
            RichText::fromHtml(section.html);
        } catch (const Error& e) {
            r.fail(json::Reader::sub(place, "text"), e.message());
        }
        p.sections << section;
    }
    const QJsonArray figures = r.array(o, {}, "figures", kMaxValues);
    for (int i = 0; i < figures.size(); ++i) {
        const QString place = json::Reader::at(QStringLiteral("figures"), i);
        const QJsonObject fo = r.object(figures[i], place);
        p.figures << FileFigure{name(r, fo, place, "measure"), optionalSum(r, fo, place, "numerator"),
                                optionalSum(r, fo, place, "denominator")};
    }
    const QJsonArray targets = r.array(o, {}, "targets", kMaxTargets);
    for (int i = 0; i < targets.size(); ++i) {
        const QString place = json::Reader::at(QStringLiteral("targets"), i);
        const QJsonObject to = r.object(targets[i], place);
        FileTarget t;
        t.measure = name(r, to, place, "measure");
        t.fromYear = static_cast<int>(r.integer(to, place, "from_year", 0, 9999));
        t.toYear = static_cast<int>(r.integer(to, place, "to_year", 0, 9999));
        t.comparator = name(r, to, place, "comparator");
        if (!comparators.find(t.comparator))
            r.fail(json::Reader::sub(place, "comparator"), comparators.problem(t.comparator));
        t.target = r.number(to, place, "target");
        if (!std::isfinite(t.target) || t.target < 0)
            r.fail(json::Reader::sub(place, "target"), QCoreApplication::translate("Exchange", "expected 0 or more"));
        t.document = name(r, to, place, "document");
        p.targets << t;
    }
}

} // namespace

QString timeText(const QDateTime& t)
{
    return storedTime(t);
}

QByteArray payloadToJson(const Payload& p)
{
    QJsonObject root{
        {QStringLiteral("format_version"), p.formatVersion},
        {QStringLiteral("kind"), fileKinds.key(p.kind)},
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
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }
    if (p.formatVersion >= 2) {
        root.insert(QStringLiteral("agency"), p.agency);
        root.insert(QStringLiteral("deliverable"), p.deliverable);
        root.insert(QStringLiteral("with_data"), p.withData);
        root.insert(QStringLiteral("sections"), sectionsJson(p.sections));
        root.insert(QStringLiteral("figures"), figuresJson(p.figures));
        root.insert(QStringLiteral("targets"), targetsJson(p.targets));
    }
    if (p.withData) {
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

Payload payloadFromJson(const QByteArray& json, int envelopeVersion)
{
    const json::Reader r(
        [](const QString& place, const QString& problem) {
            return QCoreApplication::translate("Exchange",
                                               "The file's content is wrong at %1: %2. Nothing was imported from it.")
                .arg(place, problem);
        },
        limits::kMaxCommentLength);
    const QJsonObject o = r.document(json, kMaxJsonDepth);
    Payload p;
    p.formatVersion = static_cast<int>(r.integer(o, {}, "format_version", 1, 65535));
    if (p.formatVersion != envelopeVersion)
        r.fail(QStringLiteral("format_version"),
               QCoreApplication::translate("Exchange", "%1 differs from the file's header (%2)")
                   .arg(p.formatVersion)
                   .arg(envelopeVersion));
    p.kind = r.key(o, {}, "kind", fileKinds);
    const QJsonObject cat = r.object(o, {}, "catalogue");
    p.catalogueId = name(r, cat, QStringLiteral("catalogue"), "id");
    p.catalogueVersion = name(r, cat, QStringLiteral("catalogue"), "version");
    p.programVersion = name(r, o, {}, "program_version", true);
    p.madeAt = dateTime(r, o, {}, "made_at", true);
    p.madeBy = name(r, o, {}, "made_by", true);
    p.year = static_cast<int>(r.integer(o, {}, "year", 0, 9999));
    if (p.kind == FileKind::Return) {
        readUnit(r, o, {}, p.sender);
        p.returnedUnit = name(r, o, {}, "returned_unit");
        p.reason = comment(r, o, {}, "reason");
        p.returnedHash = name(r, o, {}, "returned_hash", true);
        return p;
    }
    if (p.formatVersion >= 2)
        readReport(r, o, p);
    if (!p.withData) {
        readUnit(r, o, {}, p.sender);
        return p;
    }
    readBlock(r, o, {}, p.sender);
    const QJsonArray below = r.array(o, {}, "below", kMaxUnits);
    QSet<QString> codes{p.sender.code};
    for (int i = 0; i < below.size(); ++i) {
        const QString place = json::Reader::at(QStringLiteral("below"), i);
        const QJsonObject bo = r.object(below[i], place);
        UnitBlock b;
        readBlock(r, bo, place, b);
        if (codes.contains(b.code))
            r.fail(place, QCoreApplication::translate("Exchange", "the unit %1 appears twice in the file").arg(b.code));
        codes.insert(b.code);
        b.sourceMadeAt = dateTime(r, bo, place, "source_made_at", false);
        b.sourceHash = name(r, bo, place, "source_hash", true);
        p.below << b;
    }
    return p;
}

} // namespace chitieu::exchange
