#include "Database.h"

#include "Backups.h"
#include "DatabaseProblem.h"
#include "IntactRecord.h"
#include "Migrations.h"
#include "core/Error.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <sqlite3.h>

namespace chitieu {

namespace {
QAtomicInt connectionCounter;
QAtomicInt integrityChecks; // PRAGMA quick_check runs in this process

// The database files this process holds open, with their connection counts. Closing any plain
// file handle on such a file drops every POSIX lock the process holds on it, SQLite's included;
// another process would then take the file for unused and delete its write-ahead log under us.
// So a file already open here is not read again before opening another connection.
QMutex openFilesMutex;
QHash<QString, int> openFiles; // canonical path → connections

bool isOpenHere(const QString& path)
{
    const QMutexLocker lock(&openFilesMutex);
    return openFiles.contains(QFileInfo(path).canonicalFilePath());
}

// Returns the key under which the connection was counted.
QString countOpen(const QString& path)
{
    const QString key = QFileInfo(path).canonicalFilePath();
    const QMutexLocker lock(&openFilesMutex);
    ++openFiles[key];
    return key;
}

void countClosed(const QString& key)
{
    const QMutexLocker lock(&openFilesMutex);
    if (--openFiles[key] <= 0)
        openFiles.remove(key);
}

[[noreturn]] void fail(dbproblem::Kind kind, const QString& path, const QString& detail = {})
{
    throw Error(dbproblem::sentence(kind, path, detail));
}

// SQLite's failure as the sentence of its kind; other errors (a broken constraint, a bug)
// in SQLite's words.
[[noreturn]] void failWith(const QSqlError& error, const QString& path)
{
    const dbproblem::Kind kind = dbproblem::kindOf(error);
    throw Error(kind == dbproblem::Kind::None ? QCoreApplication::translate("Database", "Database error in %1: %2")
                                                    .arg(QFileInfo(path).fileName(), error.text())
                                              : dbproblem::sentence(kind, path, error.databaseText()));
}

// The file before SQLite opens it: true when there is nothing in it yet (missing or empty).
// Refuses, without touching it, a file that cannot be a database of this program.
bool checkFileBeforeOpening(const QString& path, Database::OpenMode mode)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == Database::OpenMode::Existing)
            throw Error(QCoreApplication::translate("Database", "The database %1 does not exist. Check the path, or "
                                                                "create it with: chitieu-cli --db %1 init")
                            .arg(path));
        return true;
    }
    if (info.isDir())
        fail(dbproblem::Kind::NotOurs, path, QCoreApplication::translate("Database", "it is a folder"));
    if (info.size() == 0) {
        if (mode == Database::OpenMode::CreateIfMissingOrEmpty)
            return true;
        fail(dbproblem::Kind::NotOurs, path,
             QCoreApplication::translate("Database", "the file is empty, 0 bytes; if your database was there, "
                                                     "restore its latest backup"));
    }
    if (isOpenHere(path))
        return false; // checked when it was first opened, and reading it here would unlock it
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(dbproblem::Kind::CannotOpen, path, f.errorString());
    static const QByteArray magic("SQLite format 3\0", 16);
    const QByteArray header = f.read(100);
    if (!header.startsWith(magic.left(static_cast<int>(std::min<qsizetype>(header.size(), magic.size())))))
        fail(dbproblem::Kind::NotOurs, path,
             QCoreApplication::translate("Database", "it is not an SQLite database at all"));
    if (header.size() < 100)
        fail(dbproblem::Kind::Damaged, path,
             QCoreApplication::translate("Database", "the file is cut short: %1 bytes").arg(header.size()));
    return false;
}
} // namespace

int Database::latestSchemaVersion()
{
    return static_cast<int>(migrations::all().size());
}

Database::Database(const QString& path, OpenMode mode) : m_path(path)
{
    const bool fileIsNew = checkFileBeforeOpening(path, mode);
    m_connection = QStringLiteral("chitieu-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    // A file marked read-only is opened read-only, even by an administrator whom the system
    // would let write it: reading works, and a write says that the file is read-only.
    const QFileDevice::Permissions anyWrite =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (!fileIsNew && !(QFileInfo(path).permissions() & anyWrite))
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    try {
        if (!m_db.open())
            failWith(m_db.lastError(), path);
        // Settings of this connection only: nothing is written to the file.
        exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        recognise(mode, fileIsNew);
        // Written from here on: the file is ours, or a new database.
        if (scalar(QStringLiteral("PRAGMA journal_mode")).toString().toLower() != QLatin1String("wal"))
            exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        migrate(latestSchemaVersion());
        m_openKey = countOpen(path);
    } catch (...) {
        // Prepared statements (the backup before an upgrade reads the settings through one)
        // go first: a connection closed with one open stays open, and keeps its -wal file.
        m_cache.clear();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        throw;
    }
}

bool Database::recognise(OpenMode mode, bool fileIsNew)
{
    if (fileIsNew)
        return true;
    const int applicationId = scalar(QStringLiteral("PRAGMA application_id")).toInt();
    const int version = scalar(QStringLiteral("PRAGMA user_version")).toInt();
    QSet<QString> tables;
    QSqlQuery q = exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    while (q.next())
        tables.insert(q.value(0).toString());
    q.finish();
    if (applicationId == 0 && version == 0 && tables.isEmpty()) {
        // An SQLite file with nothing in it: init may make the database there.
        if (mode == OpenMode::CreateIfMissingOrEmpty)
            return true;
        fail(dbproblem::Kind::NotOurs, m_path,
             QCoreApplication::translate("Database", "it is an empty SQLite database"));
    }
    static const QStringList ours = {QStringLiteral("units"), QStringLiteral("settings"), QStringLiteral("data_values"),
                                     QStringLiteral("audit")};
    const bool oursById = applicationId == kApplicationId;
    const bool oursByTables =
        applicationId == 0 && version >= 1 &&
        std::all_of(ours.cbegin(), ours.cend(), [&](const QString& t) { return tables.contains(t); });
    if (!oursById && !oursByTables) {
        QStringList names = tables.values();
        names.sort();
        fail(dbproblem::Kind::NotOurs, m_path,
             QCoreApplication::translate("Database", "it is an SQLite database of another program, with the tables %1")
                 .arg(names.mid(0, 8).join(QStringLiteral(", "))));
    }
    if (version > latestSchemaVersion())
        throw Error(QCoreApplication::translate(
                        "Database",
                        "The database %1 was made by a newer version of Chỉ Tiêu Trẻ Em (schema %2; this version "
                        "knows up to %3). Install the newer version to open it; the file was not changed.")
                        .arg(m_path)
                        .arg(version)
                        .arg(latestSchemaVersion()));
    return false;
}

struct Database::CacheEntry
{
    sqlite3_stmt* statement = nullptr;
    bool inUse = false;
    ~CacheEntry() { cachedstatement::finalize(statement); }
};

CachedStatement Database::cached(const QString& sql)
{
    std::shared_ptr<CacheEntry>& entry = m_cache[sql];
    if (!entry) {
        auto made = std::make_shared<CacheEntry>();
        made->statement = cachedstatement::prepare(sqliteHandle(), sql, m_path, true);
        entry = std::move(made);
    }
    if (entry->inUse)
        return CachedStatement(cachedstatement::prepare(sqliteHandle(), sql, m_path, false), true, m_path, nullptr);
    entry->inUse = true;
    return CachedStatement(entry->statement, false, m_path, &entry->inUse);
}

Database::~Database()
{
    m_cache.clear();
    m_db.close();
    if (!m_openKey.isEmpty())
        countClosed(m_openKey);
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

int Database::schemaVersion()
{
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

int Database::integrityChecksRun()
{
    return integrityChecks.loadRelaxed();
}

void Database::requireIntact(IntactScope scope)
{
    const qint64 version = scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
    if (version == m_intactAt || (scope == IntactScope::Figures && version == m_figuresIntactAt))
        return;
    qint64& intactAt = scope == IntactScope::Whole ? m_intactAt : m_figuresIntactAt;
    const intactrecord::Scope recordScope =
        scope == IntactScope::Whole ? intactrecord::Scope::Whole : intactrecord::Scope::Figures;
    // The key is taken before the check: a record of it proves the file unchanged since a check
    // passed; after the check, the same key proves that nothing was written during it.
    const QByteArray key = intactrecord::keyOf(m_path);
    if (intactrecord::holds(m_path, key, recordScope)) {
        intactAt = version;
        return;
    }
    integrityChecks.fetchAndAddRelaxed(1);
    QStringList checks{QStringLiteral("PRAGMA quick_check")};
    if (scope == IntactScope::Figures) {
        // Each table a figure may come from, with its indexes; the histories (the audit
        // rows, earlier texts, what imports replaced) are most of a large file and give no figure.
        checks.clear();
        QSqlQuery tables = exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                                               "('audit', 'audit_rows', 'narrative_history') AND name NOT LIKE "
                                               "'import_prior_%'"));
        while (tables.next())
            checks << QStringLiteral("PRAGMA quick_check(\"%1\")").arg(tables.value(0).toString());
        tables.finish();
    }
    QStringList problems;
    for (const QString& check : std::as_const(checks)) {
        QSqlQuery q = exec(check);
        while (q.next())
            if (q.value(0).toString() != QLatin1String("ok"))
                problems << q.value(0).toString();
        q.finish();
    }
    if (!problems.isEmpty()) {
        QFile::remove(intactrecord::recordPath(m_path));
        fail(dbproblem::Kind::Damaged, m_path, problems.mid(0, 3).join(QStringLiteral("; ")));
    }
    intactAt = version;
    intactrecord::record(m_path, key, recordScope);
}

QSqlQuery Database::exec(const QString& sql, const QVariantList& binds)
{
    Statement statement = prepare(sql);
    return statement.exec(binds);
}

Database::Statement Database::prepare(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        failWith(q.lastError(), m_path);
    return Statement(q, m_path);
}

QSqlQuery& Database::Statement::exec(const QVariantList& binds)
{
    // A null QString means "no text" in this program, never SQL NULL: SQL NULL is bound
    // only from an invalid QVariant.
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& v = binds[i];
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        m_query.bindValue(i, nullText ? QVariant(QStringLiteral("")) : v);
    }
    if (!m_query.exec())
        failWith(m_query.lastError(), m_path);
    return m_query;
}

int Database::run(const QString& sql, const QVariantList& binds)
{
    CachedStatement statement = cached(sql);
    for (int i = 0; i < binds.size(); ++i)
        statement.bind(i, binds[i]);
    return statement.run();
}

QVariant Database::scalar(const QString& sql, const QVariantList& binds)
{
    CachedStatement statement = cached(sql);
    for (int i = 0; i < binds.size(); ++i)
        statement.bind(i, binds[i]);
    const QVariant v = statement.next() ? statement.value(0) : QVariant();
    statement.finish();
    return v;
}

void Database::migrate(int target)
{
    const int found = schemaVersion();
    if (found >= target)
        return; // no write lock when there is nothing to do
    // A copy of the data as it was, before anything changes (a new, empty file has none).
    if (found >= 1) {
        try {
            backups::make(*this, BackupReason::Migration);
        } catch (const Error& e) {
            throw Error(QCoreApplication::translate("Database",
                                                    "The database %1 needs an upgrade, and the backup made before it "
                                                    "failed: %2")
                            .arg(m_path, e.message()));
        }
    }
    // The whole upgrade is one transaction: a step that fails leaves the file exactly as it
    // was (its old version, every row), never half-way between two versions.
    Transaction t(*this);
    // Read again inside the transaction: another process may have migrated meanwhile.
    const int from = schemaVersion();
    for (int version = from + 1; version <= target; ++version) {
        try {
            for (const QString& statement : migrations::statementsFor(version))
                exec(statement);
        } catch (const Error& e) {
            throw Error(QCoreApplication::translate(
                            "Database",
                            "The database %1 could not be upgraded from schema %2 to %3: step %4 failed (%5). "
                            "The file was not changed; keep it and report this message.")
                            .arg(m_path)
                            .arg(from)
                            .arg(target)
                            .arg(version)
                            .arg(e.message()));
        }
    }
    if (from < target)
        exec(QStringLiteral("PRAGMA user_version = %1").arg(target));
    t.commit();
}

Database::ChangeStamp Database::changeStamp()
{
    CachedStatement version = cached(QStringLiteral("PRAGMA data_version"));
    const qint64 otherCommits = version.next() ? version.int64(0) : 0;
    version.finish();
    return {sqlite3_total_changes64(sqliteHandle()), otherCommits, m_replaced};
}

sqlite3* Database::sqliteHandle()
{
    const QVariant handle = m_db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw Error(QCoreApplication::translate("Database", "The database driver is not SQLite's."));
    return *static_cast<sqlite3* const*>(handle.constData());
}

void Database::createAtVersion(const QString& path, int version)
{
    const QString name = QStringLiteral("chitieu-old-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            throw Error(db.lastError().text());
        QSqlQuery q(db);
        for (int v = 0; v < version; ++v)
            for (const QString& statement : migrations::all()[v])
                if (!q.exec(statement))
                    throw Error(q.lastError().text());
        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Database::Transaction::Transaction(Database& db) : m_db(db)
{
    m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Database::Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec(QStringLiteral("ROLLBACK"));
        } catch (const Error&) {
            // The connection is gone; nothing was committed.
        }
    }
}

void Database::Transaction::commit()
{
    m_db.exec(QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace chitieu
