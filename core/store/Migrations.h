#pragma once
// The schema, declared in one place: migration N brings a database from version N-1 to N.

#include <QStringList>

namespace chitieu::migrations {

// Statements of each migration, index 0 = version 1.
const QList<QStringList>& all();

} // namespace chitieu::migrations
