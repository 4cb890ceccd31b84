#pragma once
// When an installation's unit has no place in the unit tree in force today: a district after
// the district level ended (Huế, 01/07/2025), a commune merged into another. Says since when,
// what it became (from the crosswalk) and what to do, in one sentence for the command line
// and the desktop program alike.

#include "UnitHistory.h"

#include <QDate>
#include <optional>

namespace chitieu {

struct UnitEnd
{
    QString code;
    QString name;
    UnitLevel level = UnitLevel::Commune;
    QDate ended;                    // the first day of the tree without it
    QList<CrosswalkRow> successors; // its rows of that change
    bool levelEnded = false;        // the whole level ended (no district level any more)

    // The units it became, "19777 Phường Vỹ Dạ, ...".
    QString successorText() const;
    // What happened and what to do with this installation's data; `endedText` is the day it
    // ended as core/format writes it (formatDate).
    QString advice(const QString& endedText) const;
};

// Null while `code` is in the tree in force on `day`, or when the history does not know it.
std::optional<UnitEnd> unitEnd(const UnitHistory& history, const QString& code, const QDate& day);

} // namespace chitieu
