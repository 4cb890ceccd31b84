#include "FormStatus.h"

#include "Database.h"
#include "core/Clock.h"
#include "core/Limits.h"

#include <QCoreApplication>

namespace chitieu {

FormStatus FormStatus::load(Database& db, const QString& unitCode, int year)
{
    FormStatus s;
    QSqlQuery q = db.exec(QStringLiteral("SELECT state, changed_at, changed_by, reason FROM form_status "
                                         "WHERE unit_code=? AND year=?"),
                          {unitCode, year});
    if (q.next()) {
        s.state = formStates.fromKey(q.value(0).toString());
        s.changedAt = storedTimeFrom(q.value(1).toString());
        s.changedBy = q.value(2).toString();
        s.reason = q.value(3).toString();
        return s;
    }
    q.finish();
    if (db.scalar(QStringLiteral("SELECT COUNT(*) FROM data_values WHERE unit_code=? AND year=?"), {unitCode, year})
            .toInt() > 0)
        s.state = FormState::InProgress;
    return s;
}

void FormStatus::save(Database& db, const QString& unitCode, int year, FormState state, const QString& user,
                      const QString& reason)
{
    limits::checkText(reason, limits::TextKind::Comment, QCoreApplication::translate("FormStatus", "The reason"));
    db.exec(QStringLiteral("INSERT INTO form_status(unit_code, year, state, changed_at, changed_by, reason) "
                           "VALUES(?,?,?,?,?,?) ON CONFLICT(unit_code, year) DO UPDATE SET state=excluded.state, "
                           "changed_at=excluded.changed_at, changed_by=excluded.changed_by, reason=excluded.reason"),
            {unitCode, year, formStates.key(state), Clock::instance().now().toString(Qt::ISODateWithMs), user,
             reason.normalized(QString::NormalizationForm_C)});
}

} // namespace chitieu
