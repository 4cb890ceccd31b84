#pragma once
// Where a unit's data for a year stands, as its own installation sees it: not started, in
// progress, complete, sent or returned. The form state comes from FormStatus; "sent" is a
// data file in sent_files (an exchange file of a deliverable with a data file) for the unit
// and year made after the form's last change (its completion), so reopening the form after
// sending asks for a new file.

#include "core/EnumTable.h"
#include "core/store/FormStatus.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace chitieu {

class Catalogue;
class Database;

enum class YearState { NotStarted, InProgress, Complete, Sent, Returned };

inline constexpr EnumEntry<YearState> yearStateEntries[] = {
    {YearState::NotStarted, "not_started", QT_TRANSLATE_NOOP("UnitYearState", "Not started")},
    {YearState::InProgress, "in_progress", QT_TRANSLATE_NOOP("UnitYearState", "In progress")},
    {YearState::Complete, "complete", QT_TRANSLATE_NOOP("UnitYearState", "Complete")},
    {YearState::Sent, "sent", QT_TRANSLATE_NOOP("UnitYearState", "File exported")},
    {YearState::Returned, "returned", QT_TRANSLATE_NOOP("UnitYearState", "Returned")},
};
inline constexpr EnumTable<YearState> yearStates("UnitYearState", QT_TRANSLATE_NOOP("Keys", "year state"),
                                                 yearStateEntries);

struct UnitYearState
{
    YearState state = YearState::NotStarted;
    FormStatus form;
    std::optional<QDateTime> sentAt; // the latest file this installation made for the unit and year

    bool isSent() const { return state == YearState::Sent; }
};

UnitYearState unitYearState(Database& db, const Catalogue& catalogue, const QString& unitCode, int year);

} // namespace chitieu
