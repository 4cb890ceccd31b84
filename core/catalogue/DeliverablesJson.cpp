// Reading plan sections II and IV of the catalogue: the tasks and solutions, the narrative
// sections and the deliverables. Every role is one of the enumeration, every reference is
// declared; a problem names the file and the place (deliverables[5].reporters[1]).
#include "CatalogueJsonParts.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

namespace chitieu::cataloguejson {

namespace {

using json::Reader;

enum class Guide { None, PlanTasks };
constexpr EnumEntry<Guide> guideEntries[] = {{Guide::None, "none"}, {Guide::PlanTasks, "plan_tasks"}};
const EnumTable<Guide> guides("Catalogue", QT_TRANSLATE_NOOP("Keys", "guide"), guideEntries);
constexpr EnumEntry<bool> recurrenceEntries[] = {{true, "yearly"}, {false, "once"}};
const EnumTable<bool> recurrences("Catalogue", QT_TRANSLATE_NOOP("Keys", "recurrence"), recurrenceEntries);

// A list of texts, each one read by `read` with its own place (reporters[1]).
template <typename Read>
void eachText(const Reader& r, const QJsonObject& o, const QString& place, const char* key, Read read)
{
    const QJsonArray a = r.array(o, place, key);
    for (int i = 0; i < a.size(); ++i) {
        const QString p = Reader::at(Reader::sub(place, key), i);
        if (!a[i].isString())
            r.fail(p, QCoreApplication::translate("Catalogue", "expected a text"));
        read(a[i].toString(), p);
    }
}

template <typename E> E roleOf(const Reader& r, const EnumTable<E>& table, const QString& key, const QString& place)
{
    const auto role = table.find(key);
    if (!role)
        r.fail(place, table.problem(key));
    return *role;
}

Deliverable readDeliverable(const Reader& r, const QJsonObject& o, const QString& place)
{
    Deliverable d;
    d.id = r.text(o, place, "id");
    d.name = localText(r, o, place, "name");
    d.title = localText(r, o, place, "title");
    d.documentWord = r.text(o, place, "document_word");
    d.documentSymbol = r.text(o, place, "document_symbol");
    eachText(r, o, place, "reporters",
             [&](const QString& key, const QString& p) { d.reporters << roleOf(r, reporterRoles, key, p); });
    if (d.reporters.isEmpty())
        r.fail(Reader::sub(place, "reporters"),
               QCoreApplication::translate("Catalogue", "a deliverable needs at least one reporter role"));
    d.reportersText = localText(r, o, place, "reporters");
    d.to = r.key(o, place, "to", recipientRoles);
    if (!r.need(o, place, "via").isNull())
        d.via = r.key(o, place, "via", recipientRoles);
    d.yearly = r.key(o, place, "recurrence", recurrences);
    const QJsonValue year = r.need(o, place, "year");
    if (!year.isNull())
        d.year = r.integer(o, place, "year");
    if (!d.yearly && !d.year)
        r.fail(place, QCoreApplication::translate("Catalogue", "a deliverable due once needs a year"));
    d.dateSetByRecipient = r.boolean(o, place, "date_set_by_recipient");
    const bool noDate = r.need(o, place, "day").isNull() && r.need(o, place, "month").isNull();
    if (d.dateSetByRecipient != noDate)
        r.fail(place, QCoreApplication::translate("Catalogue", "give a day and a month, or null for both with "
                                                               "\"date_set_by_recipient\": true"));
    if (!noDate) {
        d.day = r.integer(o, place, "day");
        d.month = r.integer(o, place, "month");
        if (!QDate::isValid(2024, d.month, d.day))
            r.fail(place, QCoreApplication::translate("Catalogue", "%1/%2 is not a date").arg(d.day).arg(d.month));
    }
    d.parts = r.texts(o, place, "parts");
    d.dataFile = r.boolean(o, place, "data_file");
    if (!r.need(o, place, "review").isNull())
        d.review = r.key(o, place, "review", reviewKinds);
    d.gathers = r.texts(o, place, "gathers");
    d.note = r.optionalText(o, place, "note");
    return d;
}

// Every part is known, every gathered deliverable declared, each id declared once.
void checkDeliverables(const Reader& r, const Catalogue& c)
{
    QSet<QString> ids;
    for (const Deliverable& d : c.deliverables)
        ids.insert(d.id);
    QSet<QString> seen;
    for (int i = 0; i < c.deliverables.size(); ++i) {
        const Deliverable& d = c.deliverables[i];
        const QString place = Reader::at(QStringLiteral("deliverables"), i);
        if (seen.contains(d.id))
            r.fail(place, QCoreApplication::translate("Catalogue", "the deliverable %1 is declared twice").arg(d.id));
        seen.insert(d.id);
        for (int p = 0; p < d.parts.size(); ++p)
            if (d.parts[p] != figuresPart && d.parts[p] != targetsPart && !c.narrativeSection(d.parts[p]))
                r.fail(Reader::at(Reader::sub(place, "parts"), p),
                       QCoreApplication::translate("Catalogue",
                                                   "the part %1 is neither \"figures\", \"targets\" nor a declared "
                                                   "narrative section")
                           .arg(d.parts[p]));
        for (int g = 0; g < d.gathers.size(); ++g)
            if (!ids.contains(d.gathers[g]))
                r.fail(
                    Reader::at(Reader::sub(place, "gathers"), g),
                    QCoreApplication::translate("Catalogue", "the deliverable %1 is not declared").arg(d.gathers[g]));
        if (d.via && (d.via == d.to || d.via == PlanRole::ProvinceCommittee))
            r.fail(Reader::sub(place, "via"),
                   QCoreApplication::translate("Catalogue", "\"via\" must be a role that passes the report on to "
                                                            "\"to\""));
    }
}

} // namespace

void readReporting(const Reader& r, const QJsonObject& root, Catalogue& c)
{
    const QString top;
    c.consolidatingAgency = r.text(root, top, "consolidating_agency");
    const Agency* consolidating = c.agency(c.consolidatingAgency);
    if (!consolidating)
        r.fail(QStringLiteral("consolidating_agency"),
               QCoreApplication::translate("Catalogue", "the agency %1 is not declared").arg(c.consolidatingAgency));
    if (root.contains(QStringLiteral("consolidating_agency_from"))) {
        const QJsonArray changes = r.array(root, top, "consolidating_agency_from");
        for (int i = 0; i < changes.size(); ++i) {
            const QString place = Reader::at(QStringLiteral("consolidating_agency_from"), i);
            const QJsonObject o = r.object(changes[i], place);
            AgencyFrom a{r.text(o, place, "agency"), QDate::fromString(r.text(o, place, "from"), Qt::ISODate)};
            const Agency* agency = c.agency(a.agency);
            if (!agency || !agency->isDepartment())
                r.fail(place, QCoreApplication::translate("Catalogue", "the agency %1 is not a declared department")
                                  .arg(a.agency));
            if (!a.from.isValid() || (!c.consolidatingFrom.isEmpty() && a.from <= c.consolidatingFrom.last().from))
                r.fail(place, QCoreApplication::translate("Catalogue", "expected a date written YYYY-MM-DD, after "
                                                                       "the one before it"));
            c.consolidatingFrom << a;
        }
    }
    const QJsonObject body = r.object(root, top, "receiving_body");
    const QString bodyPlace = QStringLiteral("receiving_body");
    c.receivingBody = localText(r, body, bodyPlace, "name");
    c.receivingBodyShort = localText(r, body, bodyPlace, "short");
    if (root.contains(QStringLiteral("receiving_body_from"))) {
        const QJsonArray changes = r.array(root, top, "receiving_body_from");
        for (int i = 0; i < changes.size(); ++i) {
            const QString place = Reader::at(QStringLiteral("receiving_body_from"), i);
            const QJsonObject o = r.object(changes[i], place);
            const ReceiverFrom change{QDate::fromString(r.text(o, place, "from"), Qt::ISODate),
                                      localText(r, o, place, "name"), localText(r, o, place, "short")};
            if (!change.from.isValid() ||
                (!c.receivingBodyFrom.isEmpty() && change.from <= c.receivingBodyFrom.last().from))
                r.fail(place, QCoreApplication::translate("Catalogue", "expected a date written YYYY-MM-DD, after "
                                                                       "the one before it"));
            c.receivingBodyFrom << change;
        }
    }

    const QJsonArray tasks = r.array(root, top, "plan_tasks");
    for (int i = 0; i < tasks.size(); ++i) {
        const QString place = Reader::at(QStringLiteral("plan_tasks"), i);
        const QJsonObject o = r.object(tasks[i], place);
        c.planTasks.append({r.text(o, place, "number"), static_cast<int>(r.integer(o, place, "level", 1, 2)),
                            localText(r, o, place, "title")});
    }
    const QJsonArray sections = r.array(root, top, "narrative_sections");
    for (int i = 0; i < sections.size(); ++i) {
        const QString place = Reader::at(QStringLiteral("narrative_sections"), i);
        const QJsonObject o = r.object(sections[i], place);
        NarrativeSection s{r.text(o, place, "key"), localText(r, o, place, "title"),
                           r.key(o, place, "guide", guides) == Guide::PlanTasks};
        if (s.key == figuresPart || s.key == targetsPart || c.narrativeSection(s.key))
            r.fail(place, QCoreApplication::translate("Catalogue", "the section key %1 is taken").arg(s.key));
        c.narrativeSections.append(s);
    }
    const QJsonArray deliverables = r.array(root, top, "deliverables");
    for (int i = 0; i < deliverables.size(); ++i) {
        const QString place = Reader::at(QStringLiteral("deliverables"), i);
        c.deliverables.append(readDeliverable(r, r.object(deliverables[i], place), place));
    }
    checkDeliverables(r, c);
}

} // namespace chitieu::cataloguejson
