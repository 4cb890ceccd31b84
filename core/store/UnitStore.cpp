#include "UnitStore.h"

#include "Database.h"

namespace chitieu::unitstore {

bool isEmpty(Database& db)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM units")).toInt() == 0;
}

void save(Database& db, const UnitTree& tree)
{
    Database::Transaction t(db);
    // Parents come before children in a valid list only by convention: insert with the
    // foreign key deferred to the end of the transaction.
    db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    for (const OrgUnit& u : tree.units()) {
        db.exec(QStringLiteral("INSERT INTO units(code, name, type, level, parent_code, urban) VALUES(?,?,?,?,?,?) "
                               "ON CONFLICT(code) DO UPDATE SET name=excluded.name, type=excluded.type, "
                               "level=excluded.level, parent_code=excluded.parent_code, urban=excluded.urban"),
                {u.code, u.name, u.type, static_cast<int>(u.level),
                 u.parentCode.isEmpty() ? QVariant() : QVariant(u.parentCode), u.urban ? 1 : 0});
    }
    t.commit();
}

UnitTree load(Database& db)
{
    QList<OrgUnit> units;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT code, name, type, level, parent_code, urban FROM units ORDER BY rowid"));
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
    return UnitTree::fromUnits(units);
}

} // namespace chitieu::unitstore
