#include "FormStatus.h"

#include "Database.h"
#include "core/Clock.h"

#include <QCoreApplication>

namespace chitieu {

namespace {
constexpr EnumEntry<FormState> formStateEntries[] = {
    {FormState::NotStarted, "not_started", QT_TRANSLATE_NOOP("FormStatus", "Not started")},
    {FormState::InProgress, "in_progress", QT_TRANSLATE_NOOP("FormStatus", "In progress")},
    {FormState::Complete, "complete", QT_TRANSLATE_NOOP("FormStatus", "Complete")},
    {FormState::Returned, "returned", QT_TRANSLATE_NOOP("FormStatus", "Returned")},
};
} // namespace

const EnumTable<FormState>& formStates()
{
    static const EnumTable<FormState> table("FormStatus", QT_TRANSLATE_NOOP("Keys", "form state"), formStateEntries);
    return table;
}

QString formStateKey(FormState s)
{
    return formStates().key(s);
}

FormState formStateFromKey(const QString& key)
{
    return formStates().fromKey(key);
}

QString formStateText(FormState s)
{
    return formStates().text(s);
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
