#pragma once
// The dated unit trees and their crosswalk kept in the database (UnitHistory.h).

#include "core/units/UnitHistory.h"

namespace chitieu {

class Database;

namespace unithistory {

bool isEmpty(Database& db);
UnitHistory load(Database& db);
// Adds a tree in force from `from`, later than every tree held; checks inside the transaction
// against what the database holds then. `loadedBy` names who loaded it.
void addTree(Database& db, const QDate& from, const UnitTree& tree, const QString& source, const QString& loadedBy);
// Replaces the crosswalk rows of the change dates `rows` hold, after checking them against the
// trees held (UnitHistory::checkCrosswalk); nothing is changed when a check fails.
void saveCrosswalk(Database& db, const QList<CrosswalkRow>& rows, const QString& sourceName);
// The whole of `history` into an empty history (a new database receives Huế's).
void saveAll(Database& db, const UnitHistory& history, const QString& source, const QString& loadedBy);
// Removes the history when every tree held is the built-in one (saveAll's source "built-in"):
// it describes only the built-in unit list. Returns whether it removed anything. Trees loaded
// by a user are never removed.
bool removeBuiltIn(Database& db);

} // namespace unithistory
} // namespace chitieu
