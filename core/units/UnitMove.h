#pragma once
// Where a whole unit went: followed through the crosswalk from change to change as long as
// it stays whole (kept, or merged whole into another unit), up to a day. A commune merged into
// another is offered that unit at its installation's first start after the change, and a
// receiver may trust its key for that unit (core/exchange/MovedKey).

#include "UnitHistory.h"

#include <optional>

namespace chitieu {

struct UnitMove
{
    QString fromCode;
    QString fromName;
    QString toCode;
    QString toName;
    QList<CrosswalkRow> steps; // the rows followed, oldest first: the unit kept or merged whole

    // The day it went into the other unit: the last step whose codes differ.
    QDate date() const;
    // The resolutions and sources of the steps whose codes differ, one per change.
    QString sources() const;
    // Whether one of those steps is marked UNCONFIRMED in the crosswalk.
    bool unconfirmed() const;
};

// The unit of the tree in force on `until` that `code` went into whole, by the changes up to
// that day. Null when it was split, when it is not in the history, or when it is still itself
// (no change of code).
std::optional<UnitMove> wholeUnitMove(const UnitHistory& history, const QString& code, const QDate& until);

// The move offered to the installation of `code` on `day`: its unit is not in the tree in
// force that day, and went whole into a unit of the same level of that tree. Null otherwise,
// also for a district whose level ended (it is told that its role ended, UnitEnd).
std::optional<UnitMove> offeredMove(const UnitHistory& history, const QString& code, const QDate& day);

} // namespace chitieu
