#pragma once
// One desktop window per database. Two copies of the desktop program on one database would
// each keep their own undo history, settings and questions on screen, and each would believe
// its screen shows what is stored; the second copy is refused with a sentence naming the
// database instead. The lock is a file beside the database (DATABASE.lock, QLockFile): a copy
// that crashed leaves a stale lock that the next start takes over. The command line does not
// take the lock: it writes in short transactions that check what they expect.

#include <QString>
#include <memory>

class QLockFile;

namespace chitieu {

class DesktopLock
{
public:
    // Throws Error when another running copy of the desktop program holds the database.
    explicit DesktopLock(const QString& databasePath);
    ~DesktopLock();
    DesktopLock(const DesktopLock&) = delete;
    DesktopLock& operator=(const DesktopLock&) = delete;

    static QString lockPath(const QString& databasePath);

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace chitieu
