#pragma once
// The record of a passing integrity check, kept beside the database (`<database>-intact`) so
// that the next command skips PRAGMA quick_check (seconds on a national database) while the
// file is provably unchanged since. The key is the identity of the database file and of its
// write-ahead log (device, inode, size, modification and status-change times in nanoseconds):
// any write, by this program or another, changes it. A record that is missing, unreadable, of
// another file or another key means "check again". Files changed too shortly before the check
// for their times to tell a later write apart are never recorded.

#include <QByteArray>
#include <QString>

namespace chitieu::intactrecord {

// What was checked: the whole file, or the tables figures come from (a whole check covers both).
enum class Scope { Whole, Figures };

// The key of the database file as it is now; empty when it cannot be known (then nothing is
// recorded or trusted).
QByteArray keyOf(const QString& databasePath);

// True when a check of at least this scope passed on the file with this key.
bool holds(const QString& databasePath, const QByteArray& key, Scope scope);

// Records a passing check of the file whose key was taken before and after it (the same key:
// nothing was written during the check). Writing the record is best effort: a folder that
// cannot be written only means the next command checks again.
void record(const QString& databasePath, const QByteArray& key, Scope scope);

// The record's file name beside the database.
QString recordPath(const QString& databasePath);

} // namespace chitieu::intactrecord
