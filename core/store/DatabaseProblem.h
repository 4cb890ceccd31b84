#pragma once
// What went wrong with the database file, in words that send the user the right way: a
// damaged file (restore a backup) is not a full disk, a lock held by another program, a
// read-only file or a file of another program. SQLite's result code decides; the sentence
// names the file and says what to do.

#include <QString>

class QSqlError;

namespace chitieu::dbproblem {

enum class Kind { None, Damaged, DiskFull, Locked, ReadOnly, NotOurs, CannotOpen, DiskError };

// The kind of an SQLite failure (None when it is another error, such as a broken constraint).
Kind kindOf(const QSqlError& error);

// The sentence for a kind of problem with the file at path; detail is SQLite's own words.
QString sentence(Kind kind, const QString& path, const QString& detail = {});

} // namespace chitieu::dbproblem
