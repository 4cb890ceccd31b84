#pragma once
// The one database access layer. Opens the SQLite file, brings its schema up to date
// (ordered migrations, all pending ones in one transaction, recorded in PRAGMA user_version),
// and runs every statement of the program through exec(), which throws Error on failure.
// Nothing is written to a file (no PRAGMA that writes, no migration) until it is recognised
// as a database of this program; a failure says what is wrong with the file
// (DatabaseProblem.h: damaged, disk full, locked, read-only, not ours).

#include "core/store/CachedStatement.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <memory>

struct sqlite3;

namespace chitieu {

class Database
{
public:
    static int latestSchemaVersion();
    // PRAGMA application_id of the program's databases ("CTTE").
    static constexpr int kApplicationId = 0x43545445;

    // Whether a database may be made at the path: only `init` makes one in an empty file;
    // the desktop program makes its database at first start; every other command opens one.
    enum class OpenMode { Existing, CreateIfMissing, CreateIfMissingOrEmpty };

    // Opens or creates the file and migrates it. A file made by a newer program version is
    // refused (Error) and left exactly as it was; so is a file that is not a database of this
    // program (another program's SQLite file, an empty file unless `init` makes it one).
    explicit Database(const QString& path, OpenMode mode = OpenMode::CreateIfMissing);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    int schemaVersion();

    // Throws Error (the database is damaged: restore a backup) when PRAGMA quick_check finds
    // a problem. Checked again only after another connection has written; a passing check is
    // recorded beside the file (IntactRecord) and not repeated, by any process, while the file
    // and its log are unchanged since.
    // Figures: only the tables figures come from (a report), not the histories, which make
    // most of a large file.
    enum class IntactScope { Whole, Figures };
    void requireIntact(IntactScope scope = IntactScope::Whole);
    // How many times this process has run the check (the record's tests observe skips).
    static int integrityChecksRun();

    QSqlQuery exec(const QString& sql, const QVariantList& binds = {});
    // A statement whose rows are not read (a write), prepared once per connection through
    // cached(): binds as exec() does. Returns how many rows it inserted, updated or deleted.
    int run(const QString& sql, const QVariantList& binds = {});

    // A statement prepared once and run many times (bulk writes).
    class Statement
    {
    public:
        QSqlQuery& exec(const QVariantList& binds);

    private:
        friend class Database;
        Statement(QSqlQuery query, QString path) : m_query(std::move(query)), m_path(std::move(path)) {}
        QSqlQuery m_query;
        QString m_path;
    };
    Statement prepare(const QString& sql);
    // The statement of this SQL text, prepared on its first use and kept for the connection's
    // life (the hot paths: values written, roll-ups read). Another handle of the same SQL
    // while one is in use gets its own statement.
    CachedStatement cached(const QString& sql);
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

    // Changes whenever what is stored may have changed: a write on this connection, a commit
    // by another process, a restore. Results computed at one stamp hold while it stays.
    struct ChangeStamp
    {
        qint64 ownChanges = -1;   // rows written on this connection (even when rolled back after)
        qint64 otherCommits = -1; // PRAGMA data_version: commits by other connections
        qint64 replaced = -1;     // restores into this connection
        bool operator==(const ChangeStamp& o) const
        {
            return ownChanges == o.ownChanges && otherCommits == o.otherCommits && replaced == o.replaced;
        }
    };
    ChangeStamp changeStamp();
    // The file's content was replaced under this connection (a backup restored into it).
    void markReplaced() { ++m_replaced; }

    // SQLite's own handle of this connection, for what Qt does not offer (the backup API).
    sqlite3* sqliteHandle();

    // For tests: create a database at an older schema version.
    static void createAtVersion(const QString& path, int version);

private:
    // Reads what the file is, writing nothing; true when a new database is to be made in it.
    bool recognise(OpenMode mode, bool fileIsNew);
    void migrate(int target);
    struct CacheEntry;
    QHash<QString, std::shared_ptr<CacheEntry>> m_cache; // finalized before the connection closes
    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    QString m_openKey;             // this connection in the process's count of open files
    qint64 m_intactAt = -1;        // PRAGMA data_version when quick_check last passed
    qint64 m_figuresIntactAt = -1; // the same, of the tables of figures only
    qint64 m_replaced = 0;         // backups restored into this connection
};

} // namespace chitieu
