#include "ValueStore.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Limits.h"
#include "core/catalogue/Catalogue.h"
#include "core/units/OrgUnit.h"

#include <QCoreApplication>

namespace chitieu {

namespace {
std::optional<qint64> variantToOptional(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QString shown(const std::optional<qint64>& v)
{
    return v ? QString::number(*v) : QCoreApplication::translate("ValueStore", "empty");
}

QString auditInsert()
{
    return QStringLiteral("INSERT INTO audit_rows(unit_code, year, element, old_value, new_value, old_comment, "
                          "new_comment, change_id) VALUES(?,?,?,?,?,?,?,?)");
}

// The history and taking back find a received file's rows by its hash (changes.file_hash):
// every batch but a load's is the hash of the received file it came from.
QString fileHashOf(const ChangeContext& context)
{
    return context.source == ChangeContext::loadValues ? QString() : context.batch;
}
} // namespace

ValueStore::ValueStore(Database& db, const Catalogue& catalogue, const UnitTree& units)
    : m_db(db), m_catalogue(catalogue), m_units(units)
{}

void ValueStore::validate(const ValueWrite& w) const
{
    const OrgUnit* unit = m_units.find(w.unitCode);
    if (!unit)
        throw Error(
            QCoreApplication::translate("ValueStore", "Unknown unit code %1: check the code against the unit list.")
                .arg(w.unitCode));
    const DataElement* element = m_catalogue.element(w.element);
    if (!element)
        throw Error(QCoreApplication::translate("ValueStore",
                                                "Unknown data element %1: see \"chitieu-cli catalogue\" for the codes.")
                        .arg(w.element));
    m_catalogue.requireYear(w.year);
    if (w.comment)
        limits::checkText(*w.comment, limits::TextKind::Comment,
                          QCoreApplication::translate("ValueStore", "The comment on %1 of %2 for %3")
                              .arg(w.element, m_units.displayName(w.unitCode))
                              .arg(w.year));
    if (!w.value)
        return;
    if (*w.value < 0)
        throw Error(QCoreApplication::translate("ValueStore", "%1 must be a whole number of 0 or more, not %2.")
                        .arg(w.element)
                        .arg(*w.value));
    if (element->max && *w.value > *element->max)
        throw Error(QCoreApplication::translate("ValueStore", "%1 can be at most %2 (it is a yes/no count), not %3.")
                        .arg(w.element)
                        .arg(*element->max)
                        .arg(*w.value));
    if (element->scope == ElementScope::Commune && unit->level != UnitLevel::Commune)
        throw Error(QCoreApplication::translate("ValueStore",
                                                "%1 is counted per commune; enter it for each commune, not for %2.")
                        .arg(w.element, m_units.displayName(w.unitCode)));
}

int ValueStore::apply(const QList<ValueWrite>& writes, const ChangeContext& context)
{
    for (const ValueWrite& w : writes)
        validate(w);
    Database::Transaction t(m_db);
    const int changed = apply(writes, context, t);
    t.commit();
    return changed;
}

int ValueStore::apply(const QList<ValueWrite>& writes, const ChangeContext& context, Database::Transaction&)
{
    for (const ValueWrite& w : writes)
        validate(w);
    const QString now = storedTime(Clock::instance().now());
    int changed = 0;
    // Prepared once per connection, bound by index: three statements per value written.
    CachedStatement select = m_db.cached(
        QStringLiteral("SELECT value, comment FROM data_values WHERE unit_code=? AND year=? AND element=?"));
    CachedStatement upsert = m_db.cached(QStringLiteral(
        "INSERT INTO data_values(unit_code, year, element, value, comment, change_id, changed_at, changed_by) "
        "VALUES(?,?,?,?,?,?,?,?) ON CONFLICT(unit_code, year, element) DO UPDATE SET value=excluded.value, "
        "comment=excluded.comment, change_id=excluded.change_id, changed_at=excluded.changed_at, "
        "changed_by=excluded.changed_by"));
    CachedStatement remove =
        m_db.cached(QStringLiteral("DELETE FROM data_values WHERE unit_code=? AND year=? AND element=?"));
    CachedStatement audit = m_db.cached(auditInsert());
    qint64 changeId = 0; // the change's row, written with its first changed value
    for (const ValueWrite& w : writes) {
        // The key in UTF-8 once, for the three statements that name it.
        const QByteArray unit = w.unitCode.toUtf8();
        const QByteArray element = w.element.toUtf8();
        select.bindUtf8(0, unit).bind(1, w.year).bindUtf8(2, element);
        const bool existed = select.next();
        const StoredState before{existed ? std::optional<qint64>(select.int64(0)) : std::nullopt,
                                 existed ? select.text(1) : QString()};
        select.finish();
        if (w.expected && !(*w.expected == before))
            throw Error(QCoreApplication::translate(
                            "ValueStore",
                            "%1 of %2 for %3 was changed by another program (it is now %4, not %5); nothing was "
                            "written. The screen shows what is stored now.")
                            .arg(w.element, m_units.displayName(w.unitCode))
                            .arg(w.year)
                            .arg(shown(before.value), shown(w.expected->value)));
        const QString newComment =
            w.value ? (w.comment ? w.comment->normalized(QString::NormalizationForm_C) : before.comment) : QString();
        if (before.value == w.value && before.comment == newComment)
            continue;
        if (!changeId)
            changeId = writeChange(context, now);
        if (w.value) {
            upsert.bindUtf8(0, unit).bind(1, w.year).bindUtf8(2, element).bind(3, *w.value).bind(4, newComment);
            upsert.bind(5, changeId);
            // NULL: as its change says; an imported value keeps its sender's time and author.
            if (w.changedAt.isEmpty() || w.changedAt == now)
                upsert.bindNull(6);
            else
                upsert.bind(6, w.changedAt);
            if (w.changedBy.isEmpty() || w.changedBy == context.user)
                upsert.bindNull(7);
            else
                upsert.bind(7, w.changedBy);
            upsert.run();
        } else {
            remove.bindUtf8(0, unit).bind(1, w.year).bindUtf8(2, element).run();
        }
        audit.bindUtf8(0, unit).bind(1, w.year).bindUtf8(2, element).bind(3, before.value).bind(4, w.value);
        audit.bind(5, before.comment).bind(6, newComment).bind(7, changeId).run();
        ++changed;
    }
    return changed;
}

qint64 ValueStore::writeChange(const ChangeContext& context, const QString& at)
{
    CachedStatement insert =
        m_db.cached(QStringLiteral("INSERT INTO changes(changed_at, changed_by, source, entered_by_unit, batch, "
                                   "file_hash) VALUES(?,?,?,?,?,?) RETURNING id"));
    insert.bind(0, at)
        .bind(1, context.user)
        .bind(2, context.source)
        .bind(3, context.enteredByUnit)
        .bind(4, context.batch)
        .bind(5, fileHashOf(context));
    if (!insert.next())
        throw Error(
            QCoreApplication::translate("ValueStore", "The change could not be recorded in %1.").arg(m_db.path()));
    const qint64 id = insert.int64(0);
    insert.run(); // to the end, so the statement is done before the next write
    return id;
}

void ValueStore::auditEvent(const QString& unitCode, int year, const QString& what, const QString& oldText,
                            const QString& newText, const ChangeContext& context, Database::Transaction&)
{
    const qint64 changeId = writeChange(context, storedTime(Clock::instance().now()));
    CachedStatement audit = m_db.cached(auditInsert());
    audit.bind(0, unitCode).bind(1, year).bind(2, what).bindNull(3).bindNull(4);
    audit.bind(5, oldText).bind(6, newText).bind(7, changeId).run();
}

QMap<QString, StoredValue> ValueStore::values(const QString& unitCode, int year)
{
    QMap<QString, StoredValue> out;
    CachedStatement q =
        m_db.cached(QStringLiteral("SELECT element, value, comment, changed_at, changed_by, source, "
                                   "entered_by_unit FROM stored_values WHERE unit_code=?1 AND year=?2"));
    q.bind(0, unitCode).bind(1, year);
    while (q.next()) {
        StoredValue v;
        v.value = q.int64(1);
        v.comment = q.text(2);
        v.changedAt = storedTimeFrom(q.text(3));
        v.changedBy = q.text(4);
        v.source = q.text(5);
        v.enteredByUnit = q.text(6);
        out.insert(q.text(0), v);
    }
    return out;
}

std::optional<qint64> ValueStore::value(const QString& unitCode, int year, const QString& element)
{
    return variantToOptional(
        m_db.scalar(QStringLiteral("SELECT value FROM data_values WHERE unit_code=? AND year=? AND element=?"),
                    {unitCode, year, element}));
}

QList<AuditRow> ValueStore::audit(const QString& unitCode, int year)
{
    QList<AuditRow> out;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT element, old_value, new_value, old_comment, new_comment, changed_by, "
                       "changed_at, source, entered_by_unit, batch, file_hash FROM audit WHERE unit_code=? AND year=? "
                       "ORDER BY id"),
        {unitCode, year});
    while (q.next()) {
        AuditRow a;
        a.unitCode = unitCode;
        a.year = year;
        a.element = q.value(0).toString();
        a.oldValue = variantToOptional(q.value(1));
        a.newValue = variantToOptional(q.value(2));
        a.oldComment = q.value(3).toString();
        a.newComment = q.value(4).toString();
        a.changedBy = q.value(5).toString();
        a.changedAt = storedTimeFrom(q.value(6).toString());
        a.source = q.value(7).toString();
        a.enteredByUnit = q.value(8).toString();
        a.batch = q.value(9).toString();
        a.fileHash = q.value(10).toString();
        out << a;
    }
    return out;
}

} // namespace chitieu
