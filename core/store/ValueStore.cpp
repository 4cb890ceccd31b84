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

// The writes of one apply() are staged here, then written set-wise: one statement each for
// what they replace, the check of what they expect, their audit rows, the values and the
// removals, whatever the number of writes (three statements a value before: the per-value
// steps were most of a load's time, tests/bench/PROFILE.md). Keyed like data_values: a key
// given a second time starts a new stage, so each write still sees the one before it.
// Temporary: it belongs to the connection and leaves nothing in the file.
QString stageTable()
{
    return QStringLiteral(
        "CREATE TEMP TABLE IF NOT EXISTS value_writes(unit_code TEXT NOT NULL, year INTEGER NOT NULL, "
        "element TEXT NOT NULL, seq INTEGER NOT NULL, value INTEGER, comment TEXT, expected INTEGER NOT NULL, "
        "expected_value INTEGER, expected_comment TEXT, changed_at TEXT, changed_by TEXT, old_value INTEGER, "
        "old_comment TEXT NOT NULL DEFAULT '', new_comment TEXT NOT NULL DEFAULT '', differs INTEGER NOT NULL "
        "DEFAULT 0, PRIMARY KEY(unit_code, year, element)) WITHOUT ROWID");
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
    if (writes.isEmpty())
        return 0;
    const QString now = storedTime(Clock::instance().now());
    m_db.run(stageTable());
    m_db.run(QStringLiteral("DELETE FROM temp.value_writes")); // a stage an error left behind
    CachedStatement stage = m_db.cached(QStringLiteral(
        "INSERT INTO temp.value_writes(unit_code, year, element, seq, value, comment, expected, expected_value, "
        "expected_comment, changed_at, changed_by, new_comment, differs) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT DO NOTHING"));
    auto staged = [&](qsizetype i) {
        const ValueWrite& w = writes[i];
        stage.bind(0, w.unitCode).bind(1, w.year).bind(2, w.element).bind(3, qint64(i)).bind(4, w.value);
        const QString comment = w.value && w.comment ? w.comment->normalized(QString::NormalizationForm_C) : QString();
        if (w.value && w.comment)
            stage.bind(5, comment);
        else
            stage.bindNull(5); // keeps the stored comment; a removed value has none
        stage.bind(6, w.expected ? 1 : 0);
        if (w.expected)
            stage.bind(7, w.expected->value).bind(8, w.expected->comment);
        else
            stage.bindNull(7).bindNull(8);
        // NULL: as its change says; an imported value keeps its sender's time and author.
        if (w.changedAt.isEmpty() || w.changedAt == now)
            stage.bindNull(9);
        else
            stage.bind(9, w.changedAt);
        if (w.changedBy.isEmpty() || w.changedBy == context.user)
            stage.bindNull(10);
        else
            stage.bind(10, w.changedBy);
        // As if nothing were stored (the comment '' then): writeStage corrects the keys that are.
        stage.bind(11, comment).bind(12, w.value ? 1 : 0);
        return stage.run() == 1;
    };
    qint64 changeId = 0; // the change's row, written with the first stage that changes a value
    int changed = 0;
    for (qsizetype i = 0; i < writes.size(); ++i)
        if (!staged(i)) { // its key is staged already
            changed += writeStage(writes, context, now, changeId);
            if (!staged(i))
                throw Error(QCoreApplication::translate("ValueStore", "The write of %1 could not be prepared in %2.")
                                .arg(writes[i].element, m_db.path()));
        }
    changed += writeStage(writes, context, now, changeId);
    return changed;
}

int ValueStore::writeStage(const QList<ValueWrite>& writes, const ChangeContext& context, const QString& now,
                           qint64& changeId)
{
    // What each write replaces where a value is stored, its new comment (a write without one
    // keeps the stored one) and whether it changes anything; the other keys were staged as
    // replacing nothing.
    m_db.run(QStringLiteral(
        "UPDATE temp.value_writes AS w SET old_value = v.value, old_comment = v.comment, new_comment = CASE WHEN "
        "w.value IS NULL THEN '' ELSE COALESCE(w.comment, v.comment) END, differs = NOT (v.value IS w.value AND "
        "v.comment IS CASE WHEN w.value IS NULL THEN '' ELSE COALESCE(w.comment, v.comment) END) FROM data_values "
        "AS v WHERE v.unit_code = w.unit_code AND v.year = w.year AND v.element = w.element"));
    CachedStatement unexpected =
        m_db.cached(QStringLiteral("SELECT seq, old_value FROM temp.value_writes WHERE expected AND NOT (old_value IS "
                                   "expected_value AND old_comment IS expected_comment) ORDER BY seq LIMIT 1"));
    if (unexpected.next()) {
        const ValueWrite& w = writes[unexpected.int64(0)];
        const std::optional<qint64> stored =
            unexpected.isNull(1) ? std::nullopt : std::optional<qint64>(unexpected.int64(1));
        unexpected.finish();
        throw Error(QCoreApplication::translate(
                        "ValueStore",
                        "%1 of %2 for %3 was changed by another program (it is now %4, not %5); nothing was "
                        "written. The screen shows what is stored now.")
                        .arg(w.element, m_units.displayName(w.unitCode))
                        .arg(w.year)
                        .arg(shown(stored), shown(w.expected->value)));
    }
    const int changed = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM temp.value_writes WHERE differs")).toInt();
    if (changed > 0) {
        if (!changeId)
            changeId = writeChange(context, now);
        m_db.run(QStringLiteral("INSERT INTO audit_rows(unit_code, year, element, old_value, new_value, old_comment, "
                                "new_comment, change_id) SELECT unit_code, year, element, old_value, value, "
                                "old_comment, new_comment, ?1 FROM temp.value_writes WHERE differs ORDER BY seq"),
                 {changeId});
        m_db.run(QStringLiteral(
                     "INSERT INTO data_values(unit_code, year, element, value, comment, change_id, changed_at, "
                     "changed_by) SELECT unit_code, year, element, value, new_comment, ?1, changed_at, changed_by "
                     "FROM temp.value_writes WHERE differs AND value IS NOT NULL ON CONFLICT(unit_code, year, "
                     "element) DO UPDATE SET value=excluded.value, comment=excluded.comment, "
                     "change_id=excluded.change_id, changed_at=excluded.changed_at, changed_by=excluded.changed_by"),
                 {changeId});
        m_db.run(QStringLiteral("DELETE FROM data_values WHERE (unit_code, year, element) IN (SELECT unit_code, year, "
                                "element FROM temp.value_writes WHERE differs AND value IS NULL)"));
    }
    m_db.run(QStringLiteral("DELETE FROM temp.value_writes"));
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
