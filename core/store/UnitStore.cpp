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
    CachedStatement upsert =
        db.cached(QStringLiteral("INSERT INTO units(code, name, type, level, parent_code, urban) VALUES(?,?,?,?,?,?) "
                                 "ON CONFLICT(code) DO UPDATE SET name=excluded.name, type=excluded.type, "
                                 "level=excluded.level, parent_code=excluded.parent_code, urban=excluded.urban"));
    for (const OrgUnit& u : tree.units()) {
        upsert.bind(0, u.code).bind(1, u.name).bind(2, u.type).bind(3, static_cast<int>(u.level));
        if (u.parentCode.isEmpty())
            upsert.bindNull(4);
        else
            upsert.bind(4, u.parentCode);
        upsert.bind(5, u.urban ? 1 : 0).run();
    }
    t.commit();
}

UnitTree load(Database& db)
{
    QList<OrgUnit> units;
    CachedStatement q =
        db.cached(QStringLiteral("SELECT code, name, type, level, parent_code, urban FROM units ORDER BY rowid"));
    while (q.next()) {
        OrgUnit u;
        u.code = q.text(0);
        u.name = q.text(1);
        u.type = q.text(2);
        u.level = static_cast<UnitLevel>(q.int64(3));
        u.parentCode = q.text(4);
        u.urban = q.int64(5) != 0;
        units << u;
    }
    return UnitTree::fromUnits(units);
}

} // namespace chitieu::unitstore
