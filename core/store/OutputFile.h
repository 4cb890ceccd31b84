#pragma once
// Files the program writes for people and other units (exchange files, returns, reports):
// an output never overwrites the database or one of its companion files (its write-ahead
// log, shared memory, journal, the desktop program's lock), whatever path names it (a
// symlink, another case on a case-insensitive disk), and it is written atomically, so that a
// failed write leaves an earlier file of that name whole.

#include <QByteArray>
#include <QString>

namespace chitieu {

class Database;

namespace output {

// The file's path with symlinks resolved (its folder's, when the file does not exist yet).
QString resolvedPath(const QString& path);
// Throws Error when `path` is the database at `databasePath` or one of its companion files
// (an empty databasePath: no database, nothing to refuse).
void refuseDatabase(const QString& path, const QString& databasePath);

// An output being written: nothing replaces the file at `path` until commit().
class AtomicFile
{
public:
    // Checks the path against the database first; throws Error when the file cannot be opened.
    AtomicFile(const QString& path, const QString& databasePath, const QByteArray& bytes);
    ~AtomicFile();
    // Puts the file in place; throws Error saying why when it cannot (a full disk...).
    void commit();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

private:
    struct Private;
    Private* d;
};

// Checks the path and writes the bytes atomically; throws Error.
void write(const QString& path, const QByteArray& bytes, const QString& databasePath);

} // namespace output
} // namespace chitieu
