#pragma once
// The state of a unit's yearly form: not started, in progress, complete (read-only),
// returned by the district (reopened with a reason).

#include "core/EnumTable.h"

#include <QDateTime>
#include <QString>

namespace chitieu {

class Database;

enum class FormState { NotStarted, InProgress, Complete, Returned };

inline constexpr EnumEntry<FormState> formStateEntries[] = {
    {FormState::NotStarted, "not_started", QT_TRANSLATE_NOOP("FormStatus", "Not started")},
    {FormState::InProgress, "in_progress", QT_TRANSLATE_NOOP("FormStatus", "In progress")},
    {FormState::Complete, "complete", QT_TRANSLATE_NOOP("FormStatus", "Complete")},
    {FormState::Returned, "returned", QT_TRANSLATE_NOOP("FormStatus", "Returned")},
};
inline constexpr EnumTable<FormState> formStates("FormStatus", QT_TRANSLATE_NOOP("Keys", "form state"),
                                                 formStateEntries);

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
