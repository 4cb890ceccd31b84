#include "FormStatus.h"

#include "Database.h"
#include "core/Clock.h"
#include "core/Limits.h"

#include <QCoreApplication>

namespace chitieu {

FormStatus FormStatus::load(Database& db, const QString& unitCode, int year)
{
    FormStatus s;
    CachedStatement q = db.cached(QStringLiteral("SELECT state, changed_at, changed_by, reason FROM form_status "
                                                 "WHERE unit_code=?1 AND year=?2"));
    if (q.bind(0, unitCode).bind(1, year).next()) {
        s.state = formStates.fromKey(q.text(0));
        s.changedAt = storedTimeFrom(q.text(1));
        s.changedBy = q.text(2);
        s.reason = q.text(3);
        return s;
    }
    CachedStatement any =
        db.cached(QStringLiteral("SELECT EXISTS(SELECT 1 FROM data_values WHERE unit_code=?1 AND year=?2)"));
    if (any.bind(0, unitCode).bind(1, year).next() && any.int64(0) != 0)
        s.state = FormState::InProgress;
    return s;
}

void FormStatus::save(Database& db, const QString& unitCode, int year, FormState state, const QString& user,
                      const QString& reason)
{
    limits::checkText(reason, limits::TextKind::Comment, QCoreApplication::translate("FormStatus", "The reason"));
    db.run(QStringLiteral("INSERT INTO form_status(unit_code, year, state, changed_at, changed_by, reason) "
                          "VALUES(?,?,?,?,?,?) ON CONFLICT(unit_code, year) DO UPDATE SET state=excluded.state, "
                          "changed_at=excluded.changed_at, changed_by=excluded.changed_by, reason=excluded.reason"),
           {unitCode, year, formStates.key(state), Clock::instance().now().toString(Qt::ISODateWithMs), user,
            reason.normalized(QString::NormalizationForm_C)});
}

} // namespace chitieu
