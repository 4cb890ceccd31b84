#pragma once
// Where a unit's data for a year stands, as its own installation sees it: not started, in
// progress, complete, sent or returned. The form state comes from FormStatus; "sent" is a
// row in sent_files for the unit and year made after the form's last change (its
// completion), so reopening the form after sending asks for a new file.

#include "core/EnumTable.h"
#include "core/store/FormStatus.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace chitieu {

class Database;

enum class YearState { NotStarted, InProgress, Complete, Sent, Returned };

const EnumTable<YearState>& yearStates(); // not_started, in_progress, complete, sent, returned
QString yearStateKey(YearState s);
QString yearStateText(YearState s); // translated words

struct UnitYearState
{
    YearState state = YearState::NotStarted;
    FormStatus form;
    std::optional<QDateTime> sentAt; // the latest file this installation made for the unit and year

    bool isSent() const { return state == YearState::Sent; }
};

UnitYearState unitYearState(Database& db, const QString& unitCode, int year);

} // namespace chitieu
