#pragma once
// The unit tree kept in the database.

#include "core/units/OrgUnit.h"

namespace chitieu {

class Database;

namespace unitstore {

bool isEmpty(Database& db);
// Adds the units, updating names and types of known codes, in one transaction.
void save(Database& db, const UnitTree& tree);
UnitTree load(Database& db);

} // namespace unitstore
} // namespace chitieu
