#include "UnitHistoryStore.h"

#include "Database.h"
#include "core/Clock.h"
#include "core/Error.h"

#include <QCoreApplication>

namespace chitieu::unithistory {

namespace {

QString day(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

void insertTree(Database& db, const QDate& from, const UnitTree& tree, const QString& source, const QString& loadedBy)
{
    db.exec(QStringLiteral("INSERT INTO unit_trees(from_date, source, loaded_at, loaded_by) VALUES(?,?,?,?)"),
            {day(from), source, Clock::instance().now().toString(Qt::ISODate), loadedBy});
    Database::Statement version = db.prepare(
        QStringLiteral("INSERT INTO unit_versions(code, name, type, level, parent_code, urban) VALUES(?,?,?,?,?,?) "
                       "ON CONFLICT(code, name, type, level, parent_code) DO NOTHING"));
    Database::Statement member = db.prepare(QStringLiteral(
        "INSERT INTO unit_tree_members(from_date, version_id, position) SELECT ?, id, ? "
        "FROM unit_versions WHERE code = ? AND name = ? AND type = ? AND level = ? AND parent_code = ?"));
    int position = 0;
    for (const OrgUnit& u : tree.units()) {
        const int level = static_cast<int>(u.level);
        version.exec({u.code, u.name, u.type, level, u.parentCode, u.urban ? 1 : 0});
        member.exec({day(from), position++, u.code, u.name, u.type, level, u.parentCode});
    }
}

void replaceCrosswalk(Database& db, const QList<CrosswalkRow>& rows)
{
    QSet<QDate> dates;
    for (const CrosswalkRow& r : rows)
        dates.insert(r.effective);
    for (const QDate& d : dates)
        db.exec(QStringLiteral("DELETE FROM unit_crosswalk WHERE effective_date = ?"), {day(d)});
    Database::Statement insert =
        db.prepare(QStringLiteral("INSERT INTO unit_crosswalk(effective_date, old_code, old_name, new_code, "
                                  "new_name, kind, share, source, position) VALUES(?,?,?,?,?,?,?,?,?)"));
    int position = 0;
    for (const CrosswalkRow& r : rows)
        insert.exec({day(r.effective), r.oldCode, r.oldName, r.newCode, r.newName, changeKinds.key(r.kind),
                     r.share ? r.share->text() : QString(), r.source, position++});
}

} // namespace

bool isEmpty(Database& db)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM unit_trees")).toInt() == 0;
}

UnitHistory load(Database& db)
{
    UnitHistory h;
    QSqlQuery trees = db.exec(QStringLiteral("SELECT from_date FROM unit_trees ORDER BY from_date"));
    QStringList days;
    while (trees.next())
        days << trees.value(0).toString();
    trees.finish();
    for (const QString& d : days) {
        QList<OrgUnit> units;
        QSqlQuery q = db.exec(QStringLiteral("SELECT v.code, v.name, v.type, v.level, v.parent_code, v.urban "
                                             "FROM unit_tree_members m JOIN unit_versions v ON v.id = m.version_id "
                                             "WHERE m.from_date = ? ORDER BY m.position"),
                              {d});
        while (q.next()) {
            OrgUnit u;
            u.code = q.value(0).toString();
            u.name = q.value(1).toString();
            u.type = q.value(2).toString();
            u.level = static_cast<UnitLevel>(q.value(3).toInt());
            u.parentCode = q.value(4).toString();
            u.urban = q.value(5).toInt() != 0;
            units << u;
        }
        h.addTree(QDate::fromString(d, Qt::ISODate), UnitTree::fromUnits(units));
    }
    QList<CrosswalkRow> rows;
    QSqlQuery q = db.exec(QStringLiteral("SELECT effective_date, old_code, old_name, new_code, new_name, kind, share, "
                                         "source, position FROM unit_crosswalk ORDER BY effective_date, position"));
    while (q.next()) {
        CrosswalkRow r;
        r.effective = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        r.oldCode = q.value(1).toString();
        r.oldName = q.value(2).toString();
        r.newCode = q.value(3).toString();
        r.newName = q.value(4).toString();
        r.kind = changeKinds.fromKey(q.value(5).toString());
        if (const QString share = q.value(6).toString(); !share.isEmpty())
            r.share = Decimal::parse(share);
        r.source = q.value(7).toString();
        r.line = q.value(8).toInt() + 2; // as in a file with a header
        rows << r;
    }
    // Rows stored were checked when loaded; they are checked again (a tree loaded since may
    // have changed what they refer to) only when new rows are saved.
    h.setCrosswalkUnchecked(rows);
    return h;
}

void addTree(Database& db, const QDate& from, const UnitTree& tree, const QString& source, const QString& loadedBy)
{
    UnitHistory::checkTree(tree, source);
    Database::Transaction t(db);
    UnitHistory held = load(db);
    held.addTree(from, tree); // refuses a date not after every tree held
    insertTree(db, from, tree, source, loadedBy);
    t.commit();
}

void saveCrosswalk(Database& db, const QList<CrosswalkRow>& rows, const QString& sourceName)
{
    Database::Transaction t(db);
    UnitHistory held = load(db);
    held.setCrosswalk(rows, sourceName); // checks; throws before anything is written
    replaceCrosswalk(db, rows);
    t.commit();
}

void saveAll(Database& db, const UnitHistory& history, const QString& source, const QString& loadedBy)
{
    Database::Transaction t(db);
    if (!isEmpty(db))
        throw Error(QCoreApplication::translate("Units", "The database already holds unit trees: load further ones "
                                                         "with chitieu-cli units load."));
    for (const DatedTree& d : history.trees())
        insertTree(db, d.from, d.tree, source, loadedBy);
    replaceCrosswalk(db, history.crosswalk());
    t.commit();
}

bool removeBuiltIn(Database& db)
{
    Database::Transaction t(db);
    const int builtIn = db.scalar(QStringLiteral("SELECT COUNT(*) FROM unit_trees WHERE source = 'built-in'")).toInt();
    const int all = db.scalar(QStringLiteral("SELECT COUNT(*) FROM unit_trees")).toInt();
    if (builtIn == 0 || builtIn != all)
        return false;
    for (const char* table : {"unit_crosswalk", "unit_tree_members", "unit_trees", "unit_versions"})
        db.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
    t.commit();
    return true;
}

} // namespace chitieu::unithistory
