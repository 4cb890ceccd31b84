#pragma once
// The one database access layer. Opens the SQLite file, brings its schema up to date
// (ordered migrations, all pending ones in one transaction, recorded in PRAGMA user_version),
// and runs every statement of the program through exec(), which throws Error on failure.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

struct sqlite3;

namespace chitieu {

class Database
{
public:
    static int latestSchemaVersion();

    // Opens or creates the file and migrates it. A file made by a newer program version is
    // refused (Error) and left exactly as it was; so is a file that is not a database.
    explicit Database(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    int schemaVersion();

    QSqlQuery exec(const QString& sql, const QVariantList& binds = {});

    // A statement prepared once and run many times (bulk writes).
    class Statement
    {
    public:
        QSqlQuery& exec(const QVariantList& binds);

    private:
        friend class Database;
        Statement(QSqlQuery query, QString fileName) : m_query(std::move(query)), m_fileName(std::move(fileName)) {}
        QSqlQuery m_query;
        QString m_fileName;
    };
    Statement prepare(const QString& sql);
    // First column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString& sql, const QVariantList& binds = {});

    // RAII transaction: rolled back unless commit() was called. Not nestable.
    class Transaction
    {
    public:
        explicit Transaction(Database& db);
        ~Transaction();
        void commit();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;

    private:
        Database& m_db;
        bool m_done = false;
    };

    // SQLite's own handle of this connection, for what Qt does not offer (the backup API).
    sqlite3* sqliteHandle();

    // For tests: create a database at an older schema version.
    static void createAtVersion(const QString& path, int version);

private:
    void migrate(int target);
    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
};

} // namespace chitieu
