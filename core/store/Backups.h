#pragma once
// Consistent copies of the database, kept in the "backups" folder beside it. A copy is made
// by SQLite on the program's own connection (VACUUM INTO), never by copying a live WAL file:
// before every migration, before every import batch, on the desktop program's first start of
// a day, before a restore, and when asked. Each is named with its date, time and reason; the
// newest InstallationSettings::backupsKept are kept.

#include "core/EnumTable.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace chitieu {

class Database;

enum class BackupReason { Manual, Migration, Import, Daily, Restore };
inline constexpr EnumEntry<BackupReason> backupReasonEntries[] = {
    {BackupReason::Manual, "manual", QT_TRANSLATE_NOOP("Backups", "Made by hand")},
    {BackupReason::Migration, "upgrade", QT_TRANSLATE_NOOP("Backups", "Before a database upgrade")},
    {BackupReason::Import, "import", QT_TRANSLATE_NOOP("Backups", "Before an import")},
    {BackupReason::Daily, "daily", QT_TRANSLATE_NOOP("Backups", "First start of the day")},
    {BackupReason::Restore, "restore", QT_TRANSLATE_NOOP("Backups", "Before a restore")},
};
inline constexpr EnumTable<BackupReason> backupReasons("Backups", QT_TRANSLATE_NOOP("Keys", "backup reason"),
                                                       backupReasonEntries);

struct BackupInfo
{
    QString path;
    QDateTime madeAt;
    int sequence = 0; // several made in the same second: 0, 2, 3...
    BackupReason reason = BackupReason::Manual;
    qint64 bytes = 0;
};

namespace backups {

// <folder of the database>/backups
QString folderFor(const QString& databasePath);

// Copies the database into `target`, or, when it is empty, into the backups folder under a
// name made of the date, time and reason, then drops the oldest beyond the number kept.
// Not inside a transaction. Throws Error (disk full, folder not writable) and leaves no
// partial file. Returns the copy's path.
QString make(Database& db, BackupReason reason, const QString& target = {});

// The backups beside the database, newest first. Files of other names are ignored.
QList<BackupInfo> list(const QString& databasePath);

// Deletes the oldest backups so that `keep` remain.
void rotate(const QString& databasePath, int keep);

// A daily backup when none was made today (by the clock); returns its path, or empty.
QString dailyIfDue(Database& db);

// Throws Error when `file` is not a Chỉ Tiêu Trẻ Em database this version can open, or when
// SQLite finds it damaged (PRAGMA quick_check). Writes nothing.
void checkRestorable(const QString& file);

// Whether SQLite cannot read `file` as a database or finds it damaged (PRAGMA quick_check).
bool isDamaged(const QString& file);

// Replaces the open database's content with `file`'s, after checking it and backing up the
// current content (reason Restore, whose path is returned). Another process sharing the
// database waits for the copy and then sees the restored content. Reopen the database
// afterwards: a backup of an older schema is upgraded when opened.
QString restore(Database& db, const QString& file);

// For a database that cannot be opened (damaged): moves it (and its -wal and -shm files)
// aside as <name>.damaged-<time> and puts a copy of `file` in its place. Returns where the
// damaged file went.
QString replaceDamaged(const QString& databasePath, const QString& file);

// The newest backup that passes checkRestorable, or empty.
QString newestGood(const QString& databasePath);

} // namespace backups

} // namespace chitieu
