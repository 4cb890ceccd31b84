#include "DatabaseProblem.h"

#include <QCoreApplication>
#include <QSqlError>

namespace chitieu::dbproblem {

namespace {
// SQLite's primary result codes (sqlite3.h); Qt may report extended codes, whose low byte
// is the primary one.
enum : int {
    Busy = 5,
    LockedTable = 6,
    ReadOnlyCode = 8,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADb = 26,
};
} // namespace

Kind kindOf(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return Kind::None;
    switch (code & 0xff) {
    case Busy:
    case LockedTable:
        return Kind::Locked;
    case ReadOnlyCode:
        return Kind::ReadOnly;
    case Full:
        return Kind::DiskFull;
    case Corrupt:
    case NotADb:
        return Kind::Damaged;
    case CantOpen:
        return Kind::CannotOpen;
    case IoErr:
        return Kind::DiskError;
    default:
        return Kind::None;
    }
}

QString sentence(Kind kind, const QString& path, const QString& detail)
{
    const QString why = detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);
    switch (kind) {
    case Kind::Damaged:
        return QCoreApplication::translate("Database",
                                           "The database %1 is damaged%2. Do not keep working on it: restore the "
                                           "latest backup of the database (copy it over this file while the program "
                                           "is closed), or ask for help to recover it. Nothing was changed.")
            .arg(path, why);
    case Kind::DiskFull:
        return QCoreApplication::translate("Database",
                                           "The disk that holds the database %1 is full. Free some space (or move the "
                                           "database to a larger disk) and try again; nothing was changed.")
            .arg(path);
    case Kind::Locked:
        return QCoreApplication::translate(
                   "Database",
                   "The database %1 is locked by another program that is writing to it (the command line, another "
                   "copy of the desktop program, a backup or a database tool). Wait until it has finished, or close "
                   "it, and try again; nothing was changed.")
            .arg(path);
    case Kind::ReadOnly:
        return QCoreApplication::translate(
                   "Database",
                   "The database %1 can only be read: the file, its folder or the disk is write-protected. Give "
                   "yourself the right to write it (or copy it to a folder you can write to) and try again; nothing "
                   "was changed.")
            .arg(path);
    case Kind::NotOurs:
        return QCoreApplication::translate(
                   "Database",
                   "%1 is not a database of Chỉ Tiêu Trẻ Em%2: it was not changed. Check the path given with --db; a "
                   "new database is made with: chitieu-cli --db FILE init")
            .arg(path, why);
    case Kind::CannotOpen:
        return QCoreApplication::translate(
                   "Database",
                   "The database %1 cannot be opened%2: check that its folder exists and that you may read and write "
                   "there.")
            .arg(path, why);
    case Kind::DiskError:
        return QCoreApplication::translate(
                   "Database",
                   "The disk could not read or write the database %1%2. Check the disk (or the network drive) and try "
                   "again; if it happens again, restore the latest backup.")
            .arg(path, why);
    case Kind::None:
        break;
    }
    return QCoreApplication::translate("Database", "Database error in %1: %2").arg(path, detail);
}

} // namespace chitieu::dbproblem
