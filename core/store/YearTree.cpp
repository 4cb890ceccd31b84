#include "YearTree.h"

#include "Database.h"
#include "core/catalogue/Catalogue.h"

namespace chitieu::yeartree {

QDate of(Database& db, const Catalogue& catalogue, int year)
{
    CachedStatement any = db.cached(QStringLiteral("SELECT EXISTS(SELECT 1 FROM unit_trees)"));
    const bool held = any.next() && any.int64(0) != 0;
    any.finish();
    if (!held)
        return {};
    // The latest tree starting on or before the data date; the first tree also stands for the
    // days before it (UnitHistory::treeOn).
    CachedStatement q = db.cached(QStringLiteral("SELECT COALESCE((SELECT MAX(from_date) FROM unit_trees"
                                                 " WHERE from_date <= ?1), (SELECT MIN(from_date) FROM unit_trees))"));
    q.bind(0, catalogue.dataDate(year).toString(Qt::ISODate));
    if (!q.next() || q.isNull(0))
        return {};
    return QDate::fromString(q.text(0), Qt::ISODate);
}

QString unitsTable(const QDate& tree)
{
    if (!tree.isValid())
        return QStringLiteral("units");
    // The date is a valid QDate written by Qt: nothing of the user's reaches the SQL text.
    return QStringLiteral("(SELECT v.code AS code, v.name AS name, v.type AS type, v.level AS level,"
                          " NULLIF(v.parent_code, '') AS parent_code, v.urban AS urban"
                          " FROM unit_tree_members m JOIN unit_versions v ON v.id = m.version_id"
                          " WHERE m.from_date = '%1')")
        .arg(tree.toString(Qt::ISODate));
}

QStringList heldOutside(Database& db, const Catalogue& catalogue, int year)
{
    const QDate tree = of(db, catalogue, year);
    if (!tree.isValid())
        return {};
    CachedStatement q = db.cached(QStringLiteral("SELECT u.code FROM units u WHERE u.code NOT IN (SELECT code FROM %1)"
                                                 " AND EXISTS(SELECT 1 FROM data_values v WHERE v.unit_code = u.code"
                                                 " AND v.year = ?1) ORDER BY u.code")
                                      .arg(unitsTable(tree)));
    q.bind(0, year);
    QStringList out;
    while (q.next())
        out << q.text(0);
    return out;
}

bool holds(Database& db, const Catalogue& catalogue, const QString& unitCode, int year)
{
    CachedStatement q = db.cached(
        QStringLiteral("SELECT EXISTS(SELECT 1 FROM %1 WHERE code = ?1)").arg(unitsTable(of(db, catalogue, year))));
    return q.bind(0, unitCode).next() && q.int64(0) != 0;
}

QString unitsTableFor(Database& db, const Catalogue& catalogue, const QString& unitCode, int year)
{
    const QDate tree = of(db, catalogue, year);
    if (!tree.isValid() || holds(db, catalogue, unitCode, year))
        return unitsTable(tree);
    CachedStatement level = db.cached(QStringLiteral("SELECT level FROM units WHERE code = ?1"));
    const bool commune = level.bind(0, unitCode).next() && level.int64(0) == 3;
    return commune ? unitsTable({}) : unitsTable(tree);
}

} // namespace chitieu::yeartree
