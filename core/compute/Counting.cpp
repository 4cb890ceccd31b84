#include "Counting.h"

#include "core/store/Database.h"
#include "core/store/YearTree.h"

namespace chitieu {

namespace {
// A row (code, urban, state, has values, branch) as a commune's form.
CommuneForm formOfRow(const CachedStatement& q)
{
    CommuneForm c;
    c.code = q.text(0);
    c.urban = q.int64(1) != 0;
    c.hasValues = q.int64(3) != 0;
    // As FormStatus::load: a stored state, else in progress when there are values.
    if (!q.isNull(2))
        c.state = formStates.fromKey(q.text(2));
    else if (c.hasValues)
        c.state = FormState::InProgress;
    c.branch = q.text(4);
    return c;
}
} // namespace

QList<CommuneForm> communeForms(Database& db, const Catalogue& catalogue, const QString& unitCode, int year)
{
    // Tree order (depth first), so that lists of communes read as the tree does; each
    // commune's branch is the unit directly below unitCode it lies under.
    CachedStatement q = db.cached(QStringLiteral("WITH RECURSIVE sub(code, branch, path) AS ("
                                                 "SELECT code, '', code FROM %1 WHERE code = ?1"
                                                 " UNION ALL SELECT u.code, CASE sub.branch WHEN '' THEN u.code"
                                                 " ELSE sub.branch END, sub.path || '/' || u.code"
                                                 " FROM %1 u JOIN sub ON u.parent_code = sub.code) "
                                                 "SELECT u.code, u.urban, f.state,"
                                                 " EXISTS(SELECT 1 FROM data_values v WHERE v.unit_code = u.code"
                                                 " AND v.year = ?2), sub.branch"
                                                 " FROM sub JOIN %1 u ON u.code = sub.code"
                                                 " LEFT JOIN form_status f ON f.unit_code = u.code AND f.year = ?2"
                                                 " WHERE u.level = 3 ORDER BY sub.path")
                                      .arg(yeartree::unitsTableFor(db, catalogue, unitCode, year)));
    q.bind(0, unitCode).bind(1, year);
    QList<CommuneForm> out;
    while (q.next())
        out << formOfRow(q);
    return out;
}

QHash<QString, CommuneForm> communeFormsOfTree(Database& db, const Catalogue& catalogue, int year)
{
    CachedStatement q = db.cached(QStringLiteral("SELECT u.code, u.urban, f.state,"
                                                 " EXISTS(SELECT 1 FROM data_values v WHERE v.unit_code = u.code"
                                                 " AND v.year = ?1), ''"
                                                 " FROM %1 u LEFT JOIN form_status f ON f.unit_code = u.code"
                                                 " AND f.year = ?1 WHERE u.level = 3")
                                      .arg(yeartree::unitsTable(yeartree::of(db, catalogue, year))));
    q.bind(0, year);
    QHash<QString, CommuneForm> out;
    while (q.next()) {
        const CommuneForm c = formOfRow(q);
        out.insert(c.code, c);
    }
    return out;
}

UnitReadiness readiness(Database& db, const Catalogue& catalogue, const QString& unitCode, int year)
{
    UnitReadiness r;
    bool anyValues = false;
    for (const CommuneForm& c : communeForms(db, catalogue, unitCode, year)) {
        ++r.communes;
        r.completeCommunes += c.state == FormState::Complete ? 1 : 0;
        anyValues = anyValues || c.hasValues;
    }
    // Counts held by the unit itself, or by a unit between it and its communes.
    if (!anyValues)
        anyValues = db.scalar(QStringLiteral("WITH RECURSIVE sub(code) AS (SELECT code FROM %1 WHERE"
                                             " code = ?1 UNION ALL SELECT u.code FROM %1 u JOIN sub ON"
                                             " u.parent_code = sub.code) SELECT EXISTS(SELECT 1 FROM sub CROSS JOIN"
                                             " data_values v ON v.unit_code = sub.code AND v.year = ?2)")
                                  .arg(yeartree::unitsTableFor(db, catalogue, unitCode, year)),
                              {unitCode, year})
                        .toInt() != 0;
    // A form marked complete with nothing in it is still empty.
    if (!anyValues)
        r.readiness = Readiness::Empty;
    else if (r.communes > 0 && r.completeCommunes == r.communes)
        r.readiness = Readiness::Complete;
    else
        r.readiness = Readiness::InProgress;
    return r;
}

} // namespace chitieu
