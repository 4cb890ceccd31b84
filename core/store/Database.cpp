#include "Database.h"

#include "Backups.h"
#include "Migrations.h"
#include "core/Error.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <sqlite3.h>

namespace chitieu {

namespace {
QAtomicInt connectionCounter;

} // namespace

int Database::latestSchemaVersion()
{
    return static_cast<int>(migrations::all().size());
}

Database::Database(const QString& path) : m_path(path)
{
    m_connection = QStringLiteral("chitieu-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        throw Error(QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                        .arg(path, m_db.lastError().text()));
    try {
        // Read the version before anything writes to the file, so a refused file stays untouched.
        int version = 0;
        {
            QSqlQuery q(m_db);
            if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
                throw Error(QCoreApplication::translate("Database",
                                                        "%1 is not a database of this program (or it is damaged): %2")
                                .arg(path, q.lastError().text()));
            version = q.value(0).toInt();
        }
        if (version > latestSchemaVersion())
            throw Error(QCoreApplication::translate(
                            "Database",
                            "The database %1 was made by a newer version of Chỉ Tiêu Trẻ Em (schema %2; this version "
                            "knows up to %3). Install the newer version to open it; the file was not changed.")
                            .arg(path)
                            .arg(version)
                            .arg(latestSchemaVersion()));
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        migrate(latestSchemaVersion());
    } catch (...) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        throw;
    }
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

int Database::schemaVersion()
{
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
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
        throw Error(QCoreApplication::translate("Database", "Database error in %1: %2")
                        .arg(QFileInfo(m_path).fileName(), q.lastError().text()));
    return Statement(q, QFileInfo(m_path).fileName());
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
        throw Error(QCoreApplication::translate("Database", "Database error in %1: %2")
                        .arg(m_fileName, m_query.lastError().text()));
    return m_query;
}

QVariant Database::scalar(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q = exec(sql, binds);
    const QVariant v = q.next() ? q.value(0) : QVariant();
    q.finish();
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
