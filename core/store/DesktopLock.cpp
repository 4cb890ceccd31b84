#include "DesktopLock.h"

#include "core/Error.h"
#include "core/Printable.h"

#include <QCoreApplication>
#include <QLockFile>

namespace chitieu {

QString DesktopLock::lockPath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

DesktopLock::DesktopLock(const QString& databasePath) : m_lock(std::make_unique<QLockFile>(lockPath(databasePath)))
{
    m_lock->setStaleLockTime(0); // only a dead process's lock is stale, however old a live one is
    if (m_lock->tryLock(0))
        return;
    if (m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        m_lock->getLockInfo(&pid, &host, &app);
        throw Error(QCoreApplication::translate(
                        "DesktopLock",
                        "The database %1 is already open in another window of Chỉ Tiêu Trẻ Em (process %2 on %3). "
                        "Use that window, or close it first: two windows on one database would each show and undo "
                        "changes the other does not see.")
                        .arg(printable(databasePath))
                        .arg(pid)
                        .arg(printable(host)));
    }
    throw Error(QCoreApplication::translate("DesktopLock",
                                            "Cannot make the lock file %1 beside the database: check that you may "
                                            "write in its folder.")
                    .arg(printable(lockPath(databasePath))));
}

DesktopLock::~DesktopLock() = default;

} // namespace chitieu
