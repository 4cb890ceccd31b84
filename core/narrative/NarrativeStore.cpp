#include "NarrativeStore.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Limits.h"
#include "core/catalogue/Catalogue.h"
#include "core/units/OrgUnit.h"

#include <QCoreApplication>

namespace chitieu {

namespace {
const QString keyWhere = QStringLiteral("unit_code=? AND agency=? AND year=? AND deliverable=? AND section=?");

QVariantList binds(const NarrativeKey& k)
{
    return {k.unitCode, k.agency, k.year, k.deliverable, k.section};
}

// A stored text that no longer reads is a fault of the database: said, never shown as empty.
RichText stored(const QVariant& html, const NarrativeKey& k)
{
    try {
        return RichText::fromHtml(html.toString());
    } catch (const Error& e) {
        throw Error(QCoreApplication::translate("Narratives", "The stored text of %1 / %2 / %3 / %4 is damaged: %5")
                        .arg(k.unitCode, k.deliverable, k.section)
                        .arg(k.year)
                        .arg(e.message()));
    }
}
} // namespace

NarrativeStore::NarrativeStore(Database& db, const Catalogue& catalogue, const UnitTree& units)
    : m_db(db), m_catalogue(catalogue), m_units(units)
{}

void NarrativeStore::validate(const NarrativeKey& k) const
{
    if (!m_units.find(k.unitCode))
        throw Error(QCoreApplication::translate("Narratives", "The unit %1 is not in the unit list.").arg(k.unitCode));
    if (!k.agency.isEmpty() && !m_catalogue.agency(k.agency))
        throw Error(QCoreApplication::translate("Narratives", "The agency %1 is not in the catalogue.").arg(k.agency));
    const Deliverable& d = m_catalogue.requireDeliverable(k.deliverable);
    m_catalogue.requireYear(k.year, false);
    if (!d.isDue(k.year))
        throw Error(QCoreApplication::translate("Narratives", "The deliverable %1 is due in %2 only, not in %3.")
                        .arg(d.id)
                        .arg(d.year.value_or(0))
                        .arg(k.year));
    if (!d.narrativeParts().contains(k.section))
        throw Error(
            QCoreApplication::translate("Narratives", "The deliverable %1 has no section %2. Its sections are: %3.")
                .arg(d.id, k.section, d.narrativeParts().join(QStringLiteral(", "))));
}

bool NarrativeStore::save(const NarrativeKey& key, const RichText& text, const ChangeContext& context)
{
    validate(key);
    Database::Transaction t(m_db);
    const bool changed = save(key, text, context, t);
    t.commit();
    return changed;
}

bool NarrativeStore::save(const NarrativeKey& key, const RichText& text, const ChangeContext& context,
                          Database::Transaction&, const QDateTime& changedAt)
{
    validate(key);
    const std::optional<StoredNarrative> old = get(key);
    const RichText before = old ? old->text : RichText();
    if (before == text)
        return false;
    limits::checkText(text.toHtml(), limits::TextKind::Section,
                      QCoreApplication::translate("Narratives", "The section %1").arg(key.section));
    const QString now = Clock::instance().now().toString(Qt::ISODateWithMs);
    const QString when = changedAt.isValid() ? changedAt.toString(Qt::ISODateWithMs) : now;
    if (text.isEmpty())
        m_db.run(QStringLiteral("DELETE FROM narratives WHERE ") + keyWhere, binds(key));
    else
        m_db.run(QStringLiteral("INSERT INTO narratives(unit_code, agency, year, deliverable, section, text, "
                                "changed_at, changed_by, source) VALUES(?,?,?,?,?,?,?,?,?) ON CONFLICT(unit_code, "
                                "agency, year, deliverable, section) DO UPDATE SET text=excluded.text, "
                                "changed_at=excluded.changed_at, changed_by=excluded.changed_by, "
                                "source=excluded.source"),
                 binds(key) + QVariantList{text.toHtml(), when, context.user, context.source});
    m_db.run(QStringLiteral("INSERT INTO narrative_history(unit_code, agency, year, deliverable, section, old_text, "
                            "new_text, changed_by, changed_at, source) VALUES(?,?,?,?,?,?,?,?,?,?)"),
             binds(key) + QVariantList{before.toHtml(), text.toHtml(), context.user, now, context.source});
    return true;
}

std::optional<StoredNarrative> NarrativeStore::get(const NarrativeKey& key)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT text, changed_at, changed_by, source FROM narratives WHERE ") + keyWhere, binds(key));
    if (!q.next())
        return std::nullopt;
    return StoredNarrative{stored(q.value(0), key), storedTimeFrom(q.value(1).toString()), q.value(2).toString(),
                           q.value(3).toString()};
}

QMap<QString, StoredNarrative> NarrativeStore::sections(const QString& unitCode, const QString& agency, int year,
                                                        const QString& deliverable)
{
    QMap<QString, StoredNarrative> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT section, text, changed_at, changed_by, source FROM narratives "
                                           "WHERE unit_code=? AND agency=? AND year=? AND deliverable=?"),
                            {unitCode, agency, year, deliverable});
    while (q.next()) {
        const NarrativeKey key{unitCode, agency, year, deliverable, q.value(0).toString()};
        out.insert(key.section, {stored(q.value(1), key), storedTimeFrom(q.value(2).toString()), q.value(3).toString(),
                                 q.value(4).toString()});
    }
    return out;
}

QDateTime NarrativeStore::lastChange(const QString& unitCode, const QString& agency, int year,
                                     const QString& deliverable)
{
    // The history holds removals too: a section emptied after sending is a change.
    return storedTimeFrom(
        m_db.scalar(QStringLiteral("SELECT MAX(changed_at) FROM narrative_history WHERE unit_code=? AND "
                                   "agency=? AND year=? AND deliverable=? AND source <> 'import'"),
                    {unitCode, agency, year, deliverable})
            .toString());
}

QList<NarrativeChange> NarrativeStore::history(const NarrativeKey& key)
{
    QList<NarrativeChange> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT old_text, new_text, changed_by, changed_at, source FROM "
                                           "narrative_history WHERE ") +
                                keyWhere + QStringLiteral(" ORDER BY id"),
                            binds(key));
    while (q.next())
        out << NarrativeChange{stored(q.value(0), key), stored(q.value(1), key), q.value(2).toString(),
                               storedTimeFrom(q.value(3).toString()), q.value(4).toString()};
    return out;
}

} // namespace chitieu
