#include "FormStatus.h"

#include "Database.h"
#include "core/Clock.h"

#include <QCoreApplication>

namespace chitieu {

QString formStateKey(FormState s)
{
    switch (s) {
    case FormState::InProgress:
        return QStringLiteral("in_progress");
    case FormState::Complete:
        return QStringLiteral("complete");
    case FormState::Returned:
        return QStringLiteral("returned");
    case FormState::NotStarted:
        break;
    }
    return QStringLiteral("not_started");
}

FormState formStateFromKey(const QString& key)
{
    for (FormState s : {FormState::InProgress, FormState::Complete, FormState::Returned})
        if (formStateKey(s) == key)
            return s;
    return FormState::NotStarted;
}

QString formStateText(FormState s)
{
    switch (s) {
    case FormState::InProgress:
        return QCoreApplication::translate("FormStatus", "In progress");
    case FormState::Complete:
        return QCoreApplication::translate("FormStatus", "Complete");
    case FormState::Returned:
        return QCoreApplication::translate("FormStatus", "Returned");
    case FormState::NotStarted:
        break;
    }
    return QCoreApplication::translate("FormStatus", "Not started");
}

FormStatus FormStatus::load(Database& db, const QString& unitCode, int year)
{
    FormStatus s;
    QSqlQuery q = db.exec(QStringLiteral("SELECT state, changed_at, changed_by, reason FROM form_status "
                                         "WHERE unit_code=? AND year=?"),
                          {unitCode, year});
    if (q.next()) {
        s.state = formStateFromKey(q.value(0).toString());
        s.changedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
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
    db.exec(QStringLiteral("INSERT INTO form_status(unit_code, year, state, changed_at, changed_by, reason) "
                           "VALUES(?,?,?,?,?,?) ON CONFLICT(unit_code, year) DO UPDATE SET state=excluded.state, "
                           "changed_at=excluded.changed_at, changed_by=excluded.changed_by, reason=excluded.reason"),
            {unitCode, year, formStateKey(state), Clock::instance().now().toString(Qt::ISODateWithMs), user,
             reason.normalized(QString::NormalizationForm_C)});
}

} // namespace chitieu
