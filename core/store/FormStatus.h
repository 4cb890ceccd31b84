#pragma once
// The state of a unit's yearly form: not started, in progress, complete (read-only),
// returned by the district (reopened with a reason).

#include "core/EnumTable.h"

#include <QDateTime>
#include <QString>

namespace chitieu {

class Database;

enum class FormState { NotStarted, InProgress, Complete, Returned };

const EnumTable<FormState>& formStates(); // not_started, in_progress, complete, returned
QString formStateKey(FormState s);
FormState formStateFromKey(const QString& key); // Error for an unknown key
QString formStateText(FormState s);             // translated words

struct FormStatus
{
    FormState state = FormState::NotStarted;
    QDateTime changedAt;
    QString changedBy;
    QString reason; // why it was reopened or returned

    // A form with values but no stored state is in progress.
    static FormStatus load(Database& db, const QString& unitCode, int year);
    static void save(Database& db, const QString& unitCode, int year, FormState state, const QString& user,
                     const QString& reason = {});
};

} // namespace chitieu
