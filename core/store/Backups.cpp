#include "Backups.h"

#include "Database.h"
#include "InstallationSettings.h"
#include "OutputFile.h"
#include "core/Clock.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>
#include <sqlite3.h>

namespace chitieu::backups {

namespace {

// A read-only connection of SQLite's own, for a file that is not (yet) the program's database.
class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(const QString& path)
    {
        if (!QFileInfo(path).isFile())
            throw Error(QCoreApplication::translate(
                            "Backups", "The file %1 does not exist. Choose a backup from the list or check the path.")
                            .arg(path));
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            throw Error(QCoreApplication::translate("Backups", "%1 cannot be opened: %2").arg(path, message()));
    }
    ~ReadOnlyFile() { sqlite3_close(m_handle); }
    ReadOnlyFile(const ReadOnlyFile&) = delete;
    ReadOnlyFile& operator=(const ReadOnlyFile&) = delete;

    sqlite3* handle() const { return m_handle; }
    QString message() const { return QString::fromUtf8(sqlite3_errmsg(m_handle)); }

    // The first column of each row; nullopt when SQLite refuses the statement (not a database).
    std::optional<QStringList> column(const char* sql) const
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_handle, sql, -1, &statement, nullptr) != SQLITE_OK)
            return std::nullopt;
        QStringList out;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            out << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return std::nullopt;
        return out;
    }

private:
    sqlite3* m_handle = nullptr;
};

QRegularExpression namePattern(const QString& databasePath)
{
    return QRegularExpression(QStringLiteral("^%1_(\\d{4}-\\d{2}-\\d{2})_(\\d{2}-\\d{2}-\\d{2})(?:-(\\d+))?_([a-z]+)"
                                             "\\.sqlite$")
                                  .arg(QRegularExpression::escape(QFileInfo(databasePath).completeBaseName())));
}

QString nameFor(const QString& databasePath, const QDateTime& at, int sequence, BackupReason reason)
{
    return QStringLiteral("%1_%2%3_%4.sqlite")
        .arg(QFileInfo(databasePath).completeBaseName(), at.toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss")),
             sequence ? QStringLiteral("-%1").arg(sequence) : QString(), backupReasons.key(reason));
}

} // namespace

QString folderFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QList<BackupInfo> list(const QString& databasePath)
{
    const QRegularExpression pattern = namePattern(databasePath);
    QList<BackupInfo> out;
    const QDir folder(folderFor(databasePath));
    for (const QFileInfo& file : folder.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const QRegularExpressionMatch m = pattern.match(file.fileName());
        const auto reason = m.hasMatch() ? backupReasons.find(m.captured(4)) : std::nullopt;
        if (!reason)
            continue; // not one of ours
        BackupInfo b;
        b.path = file.absoluteFilePath();
        b.madeAt = QDateTime::fromString(m.captured(1) + QLatin1Char(' ') + m.captured(2),
                                         QStringLiteral("yyyy-MM-dd HH-mm-ss"));
        b.sequence = m.captured(3).toInt();
        b.reason = *reason;
        b.bytes = file.size();
        out << b;
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) {
        return a.madeAt != b.madeAt ? a.madeAt > b.madeAt : a.sequence > b.sequence;
    });
    return out;
}

void rotate(const QString& databasePath, int keep)
{
    const QList<BackupInfo> all = list(databasePath);
    for (int i = std::max(keep, 1); i < all.size(); ++i)
        QFile::remove(all[i].path);
    // A backup being written has a .part name for seconds; one a day old was left by a program that
    // was stopped while writing it.
    const QDateTime dayAgo = Clock::instance().now().addDays(-1);
    for (const QFileInfo& part : QDir(folderFor(databasePath)).entryInfoList({QStringLiteral("*.part")}, QDir::Files))
        if (part.lastModified() < dayAgo)
            QFile::remove(part.filePath());
}

namespace {
// The first name of the folder not yet taken for a backup made now. Several in one second are
// numbered, whatever their reasons, so that the list keeps their order.
QString freeName(const QString& databasePath, const QString& folder, const QDateTime& now, BackupReason reason)
{
    int sequence = 0;
    while (!QDir(folder)
                .entryList(
                    {nameFor(databasePath, now, sequence, reason)
                         .replace(backupReasons.key(reason) + QStringLiteral(".sqlite"), QStringLiteral("*.sqlite"))},
                    QDir::Files)
                .isEmpty())
        sequence = sequence ? sequence + 1 : 2;
    return QDir(folder).filePath(nameFor(databasePath, now, sequence, reason));
}
} // namespace

QString make(Database& db, BackupReason reason, const QString& target)
{
    QString path = target;
    QString folder;
    // A file the user names never replaces the database or its companion files.
    if (!target.isEmpty())
        output::refuseDatabase(target, db.path());
    if (path.isEmpty()) {
        folder = folderFor(db.path());
        if (!QDir().mkpath(folder))
            throw Error(QCoreApplication::translate(
                            "Backups", "The backup folder %1 cannot be made: check that the folder of the database is "
                                       "writable.")
                            .arg(folder));
        path = freeName(db.path(), folder, Clock::instance().now(), reason);
    } else if (QFileInfo::exists(path)) {
        throw Error(
            QCoreApplication::translate("Backups", "%1 already exists: choose another name for the backup.").arg(path));
    }
    // Written under a name of its own first, so that a failure (disk full) leaves no partial
    // backup and another program backing up the same database at the same moment writes elsewhere.
    const QString part =
        path + QLatin1Char('.') + QUuid::createUuid().toString(QUuid::Id128).left(12) + QStringLiteral(".part");
    try {
        db.exec(QStringLiteral("VACUUM INTO ?"), {part});
    } catch (const Error& e) {
        QFile::remove(part);
        throw Error(QCoreApplication::translate(
                        "Backups",
                        "The backup %1 could not be written (%2). Check the free space; the database was not "
                        "changed.")
                        .arg(path, e.message()));
    }
    // A rename never replaces a file: when another program took the name meanwhile, the next one.
    bool renamed = QFile::rename(part, path);
    for (int attempt = 0; !renamed && !folder.isEmpty() && QFileInfo::exists(path) && attempt < 100; ++attempt) {
        path = freeName(db.path(), folder, Clock::instance().now(), reason);
        renamed = QFile::rename(part, path);
    }
    if (!renamed) {
        QFile::remove(part);
        throw Error(
            QCoreApplication::translate(
                "Backups", "The backup %1 could not be written. Check the folder; the database was not changed.")
                .arg(path));
    }
    if (target.isEmpty())
        rotate(db.path(), InstallationSettings::load(db).backupsKept);
    return path;
}

QString dailyIfDue(Database& db)
{
    const QDate today = Clock::instance().today();
    for (const BackupInfo& b : list(db.path()))
        if (b.reason == BackupReason::Daily && b.madeAt.date() == today)
            return {};
    return make(db, BackupReason::Daily);
}

void checkRestorable(const QString& file)
{
    const ReadOnlyFile f(file);
    if (!f.column("SELECT COUNT(*) FROM sqlite_master"))
        throw Error(
            QCoreApplication::translate("Backups", "%1 is not a database (%2). Choose a backup of Chỉ Tiêu Trẻ Em.")
                .arg(file, f.message()));
    const auto check = f.column("PRAGMA quick_check");
    if (!check || check->value(0) != QLatin1String("ok"))
        throw Error(QCoreApplication::translate("Backups", "%1 is damaged (SQLite found: %2). Choose another backup.")
                        .arg(file, check ? check->mid(0, 3).join(QStringLiteral("; ")) : f.message()));
    const int version = f.column("PRAGMA user_version").value_or(QStringList()).value(0).toInt();
    const QStringList tables =
        f.column("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").value_or(QStringList());
    for (const char* table : {"settings", "units", "data_values", "audit"})
        if (version < 1 || !tables.contains(QLatin1String(table)))
            throw Error(QCoreApplication::translate(
                            "Backups", "%1 is not a database of Chỉ Tiêu Trẻ Em. Choose one of its backups.")
                            .arg(file));
    if (version > Database::latestSchemaVersion())
        throw Error(QCoreApplication::translate(
                        "Backups",
                        "%1 was made by a newer version of Chỉ Tiêu Trẻ Em (schema %2; this version knows up to "
                        "%3). Install the newer version to restore it.")
                        .arg(file)
                        .arg(version)
                        .arg(Database::latestSchemaVersion()));
}

bool isDamaged(const QString& file)
{
    try {
        const ReadOnlyFile f(file);
        const auto check = f.column("PRAGMA quick_check");
        return !check || check->value(0) != QLatin1String("ok");
    } catch (const Error&) {
        return true; // cannot even be opened
    }
}

QString restore(Database& db, const QString& file)
{
    checkRestorable(file);
    const QString saved = make(db, BackupReason::Restore);
    const ReadOnlyFile source(file);
    sqlite3_backup* copy = sqlite3_backup_init(db.sqliteHandle(), "main", source.handle(), "main");
    if (!copy)
        throw Error(
            QCoreApplication::translate("Backups", "%1 could not be restored: %2. The database was not changed.")
                .arg(file, QString::fromUtf8(sqlite3_errmsg(db.sqliteHandle()))));
    // Another process may hold the database for a moment: wait for it, as every write does.
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 100; ++attempt) {
        rc = sqlite3_backup_step(copy, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(100);
    }
    sqlite3_backup_finish(copy);
    db.markReplaced();
    if (rc != SQLITE_DONE)
        throw Error(
            QCoreApplication::translate(
                "Backups", "%1 could not be restored (%2). The database was not changed; it was also saved as %3.")
                .arg(file, QString::fromUtf8(sqlite3_errstr(rc)), saved));
    return saved;
}

QString replaceDamaged(const QString& databasePath, const QString& file)
{
    checkRestorable(file);
    const QString aside = databasePath + QStringLiteral(".damaged-") +
                          Clock::instance().now().toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss"));
    if (QFileInfo::exists(aside) || !QFile::rename(databasePath, aside))
        throw Error(
            QCoreApplication::translate(
                "Backups", "The damaged database %1 could not be moved aside. Check that the folder is writable.")
                .arg(databasePath));
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFileInfo::exists(databasePath + suffix))
            QFile::rename(databasePath + suffix, aside + suffix);
    if (!QFile::copy(file, databasePath)) {
        QFile::rename(aside, databasePath);
        throw Error(QCoreApplication::translate("Backups",
                                                "%1 could not be copied to %2. The damaged database was left in place.")
                        .arg(file, databasePath));
    }
    return aside;
}

QString newestGood(const QString& databasePath)
{
    for (const BackupInfo& b : list(databasePath)) {
        try {
            checkRestorable(b.path);
            return b.path;
        } catch (const Error&) {
            // a damaged backup: try the one before it
        }
    }
    return {};
}

} // namespace chitieu::backups
