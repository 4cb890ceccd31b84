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
    db.run(QStringLiteral("INSERT INTO unit_trees(from_date, source, loaded_at, loaded_by) VALUES(?,?,?,?)"),
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
        db.run(QStringLiteral("DELETE FROM unit_crosswalk WHERE effective_date = ?"), {day(d)});
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
    // Read through cached statements: every screen and report asks for the history, at start too.
    UnitHistory h;
    CachedStatement trees = db.cached(QStringLiteral("SELECT from_date FROM unit_trees ORDER BY from_date"));
    QStringList days;
    while (trees.next())
        days << trees.text(0);
    CachedStatement members =
        db.cached(QStringLiteral("SELECT v.code, v.name, v.type, v.level, v.parent_code, v.urban "
                                 "FROM unit_tree_members m JOIN unit_versions v ON v.id = m.version_id "
                                 "WHERE m.from_date = ?1 ORDER BY m.position"));
    for (const QString& d : std::as_const(days)) {
        QList<OrgUnit> units;
        members.bind(0, d);
        while (members.next()) {
            OrgUnit u;
            u.code = members.text(0);
            u.name = members.text(1);
            u.type = members.text(2);
            u.level = static_cast<UnitLevel>(members.int64(3));
            u.parentCode = members.text(4);
            u.urban = members.int64(5) != 0;
            units << u;
        }
        h.addTree(QDate::fromString(d, Qt::ISODate), UnitTree::fromUnits(units));
    }
    QList<CrosswalkRow> rows;
    CachedStatement q =
        db.cached(QStringLiteral("SELECT effective_date, old_code, old_name, new_code, new_name, kind, share, "
                                 "source, position FROM unit_crosswalk ORDER BY effective_date, position"));
    while (q.next()) {
        CrosswalkRow r;
        r.effective = QDate::fromString(q.text(0), Qt::ISODate);
        r.oldCode = q.text(1);
        r.oldName = q.text(2);
        r.newCode = q.text(3);
        r.newName = q.text(4);
        r.kind = changeKinds.fromKey(q.text(5));
        if (const QString share = q.text(6); !share.isEmpty())
            r.share = Decimal::parse(share);
        r.source = q.text(7);
        r.line = static_cast<int>(q.int64(8)) + 2; // as in a file with a header
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
        db.run(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
    t.commit();
    return true;
}

} // namespace chitieu::unithistory
