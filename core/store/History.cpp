#include "History.h"

#include "Database.h"
#include "core/Clock.h"
#include "core/Csv.h"

namespace chitieu::history {

namespace {
std::optional<qint64> optionalValue(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QString text(const std::optional<qint64>& v)
{
    return v ? QString::number(*v) : QString();
}
} // namespace

QList<HistoryEntry> changes(Database& db, const HistoryFilter& f)
{
    QString sql = QStringLiteral(
        "SELECT a.id, a.unit_code, a.year, a.element, a.old_value, a.new_value, a.old_comment, a.new_comment, "
        "a.changed_by, a.changed_at, a.source, a.file_hash, "
        "(SELECT r.file_name FROM received_files r WHERE a.file_hash <> '' AND r.content_hash = a.file_hash "
        "AND r.result = 'applied' ORDER BY r.id DESC LIMIT 1) "
        "FROM audit a WHERE 1 = 1");
    QVariantList binds;
    auto add = [&](const char* condition, const QVariant& value) {
        sql += QLatin1String(" AND ") + QLatin1String(condition);
        binds << value;
    };
    if (!f.unitCode.isEmpty())
        add("a.unit_code = ?", f.unitCode);
    if (f.year)
        add("a.year = ?", f.year);
    if (!f.element.isEmpty())
        add("a.element = ?", f.element);
    if (!f.person.isEmpty())
        add("a.changed_by = ?", f.person);
    // Times are stored as ISO 8601 text: the day is their first ten characters.
    if (f.from.isValid())
        add("substr(a.changed_at, 1, 10) >= ?", f.from.toString(Qt::ISODate));
    if (f.to.isValid())
        add("substr(a.changed_at, 1, 10) <= ?", f.to.toString(Qt::ISODate));
    sql += QStringLiteral(" ORDER BY a.id");
    QList<HistoryEntry> out;
    QSqlQuery q = db.exec(sql, binds);
    while (q.next()) {
        HistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.unitCode = q.value(1).toString();
        e.year = q.value(2).toInt();
        e.element = q.value(3).toString();
        e.oldValue = optionalValue(q.value(4));
        e.newValue = optionalValue(q.value(5));
        e.oldComment = q.value(6).toString();
        e.newComment = q.value(7).toString();
        e.changedBy = q.value(8).toString();
        e.changedAt = storedTimeFrom(q.value(9).toString());
        e.source = changeSources.fromKey(q.value(10).toString());
        e.fileHash = q.value(11).toString();
        e.fileName = q.value(12).toString();
        out << e;
    }
    return out;
}

QStringList people(Database& db)
{
    QStringList out;
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT DISTINCT changed_by FROM changes c WHERE changed_by <> '' AND "
                       "EXISTS(SELECT 1 FROM audit_rows a WHERE a.change_id = c.id) ORDER BY 1 COLLATE NOCASE"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QString toCsv(const QList<HistoryEntry>& entries)
{
    QString out =
        csv::joinRow({QStringLiteral("changed_at"), QStringLiteral("unit_code"), QStringLiteral("year"),
                      QStringLiteral("element"), QStringLiteral("old_value"), QStringLiteral("new_value"),
                      QStringLiteral("old_comment"), QStringLiteral("new_comment"), QStringLiteral("changed_by"),
                      QStringLiteral("source"), QStringLiteral("file_name"), QStringLiteral("file_hash")}) +
        QStringLiteral("\r\n");
    for (const HistoryEntry& e : entries)
        out += csv::joinRow({e.changedAt.toString(Qt::ISODateWithMs), e.unitCode, QString::number(e.year), e.element,
                             text(e.oldValue), text(e.newValue), e.oldComment, e.newComment, e.changedBy,
                             changeSources.key(e.source), e.fileName, e.fileHash}) +
               QStringLiteral("\r\n");
    return out;
}

} // namespace chitieu::history
