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
    units.reserve(db.scalar(QStringLiteral("SELECT COUNT(*) FROM units")).toInt());
    CachedStatement q =
        db.cached(QStringLiteral("SELECT code, name, type, level, parent_code, urban FROM units ORDER BY rowid"));
    // Types and parents repeat from row to row (the national list has 11,371 units): the
    // text of the row before is shared instead of decoded again.
    QByteArray type;
    QByteArray parent;
    while (q.next()) {
        OrgUnit u;
        u.code = q.text(0);
        u.name = q.text(1);
        if (units.isEmpty() || q.utf8(2) != QByteArrayView(type)) {
            type = q.utf8(2).toByteArray();
            u.type = q.text(2);
        } else {
            u.type = units.last().type;
        }
        u.level = static_cast<UnitLevel>(q.int64(3));
        if (units.isEmpty() || q.utf8(4) != QByteArrayView(parent)) {
            parent = q.utf8(4).toByteArray();
            u.parentCode = q.text(4);
        } else {
            u.parentCode = units.last().parentCode;
        }
        u.urban = q.int64(5) != 0;
        units << std::move(u);
    }
    return UnitTree::fromUnits(std::move(units));
}

} // namespace chitieu::unitstore
