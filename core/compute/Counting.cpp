#include "Counting.h"

#include "core/store/Database.h"

namespace chitieu {

QList<CommuneForm> communeForms(Database& db, const QString& unitCode, int year)
{
    // The subtree in tree order (depth first), so that lists of communes read as the tree does.
    // (Each placeholder is bound once: Qt counts them.)
    QSqlQuery q =
        db.exec(QStringLiteral("WITH RECURSIVE sub(code, path) AS (SELECT code, code FROM units WHERE code = ?"
                               " UNION ALL SELECT u.code, sub.path || '/' || u.code FROM units u"
                               " JOIN sub ON u.parent_code = sub.code) "
                               "SELECT u.code, u.urban, f.state,"
                               " EXISTS(SELECT 1 FROM data_values v WHERE v.unit_code = u.code AND v.year = ?)"
                               " FROM sub JOIN units u ON u.code = sub.code"
                               " LEFT JOIN form_status f ON f.unit_code = u.code AND f.year = ?"
                               " WHERE u.level = 3 ORDER BY sub.path"),
                {unitCode, year, year});
    QList<CommuneForm> out;
    while (q.next()) {
        CommuneForm c;
        c.code = q.value(0).toString();
        c.urban = q.value(1).toInt() != 0;
        c.hasValues = q.value(3).toInt() != 0;
        // As FormStatus::load: a stored state, else in progress when there are values.
        if (!q.value(2).isNull())
            c.state = formStates.fromKey(q.value(2).toString());
        else if (c.hasValues)
            c.state = FormState::InProgress;
        out << c;
    }
    return out;
}

UnitReadiness readiness(Database& db, const QString& unitCode, int year)
{
    UnitReadiness r;
    bool anyValues = false;
    for (const CommuneForm& c : communeForms(db, unitCode, year)) {
        ++r.communes;
        r.completeCommunes += c.state == FormState::Complete ? 1 : 0;
        anyValues = anyValues || c.hasValues;
    }
    // Counts held by the unit itself, or by a unit between it and its communes.
    if (!anyValues)
        anyValues = db.scalar(QStringLiteral("WITH RECURSIVE sub(code) AS (SELECT code FROM units WHERE code = ?1"
                                             " UNION ALL SELECT u.code FROM units u JOIN sub ON u.parent_code = "
                                             "sub.code) SELECT EXISTS(SELECT 1 FROM sub CROSS JOIN data_values v"
                                             " ON v.unit_code = sub.code AND v.year = ?2)"),
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
