#pragma once
// A statement of the hot paths (every value written, every roll-up read), prepared once per
// connection and bound by index straight through SQLite: no placeholder names built, no
// QVariant per value. Database::cached() hands one out; it is reset when the handle goes.

#include <QString>
#include <QVariant>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace chitieu {

class CachedStatement
{
public:
    CachedStatement(CachedStatement&& other) noexcept;
    CachedStatement& operator=(CachedStatement&&) = delete;
    CachedStatement(const CachedStatement&) = delete;
    CachedStatement& operator=(const CachedStatement&) = delete;
    ~CachedStatement();

    // Parameters count from 0, in the order of the `?` in the SQL. A null QString is bound
    // as "" (no text), never SQL NULL, as Database::exec does; SQL NULL only from bindNull.
    CachedStatement& bind(int index, qint64 value);
    CachedStatement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    CachedStatement& bind(int index, const QString& text);
    // Text already in UTF-8, bound without a copy: `utf8` must outlive the statement's next
    // step (one conversion of a key bound to several statements).
    CachedStatement& bindUtf8(int index, const QByteArray& utf8);
    CachedStatement& bind(int index, const std::optional<qint64>& value);
    CachedStatement& bindNull(int index);
    // As Database::exec binds: a QString as text (a null one as ""), whole numbers and bools as
    // integers, doubles as reals, bytes as a blob, an invalid or null value as SQL NULL.
    // Throws Error for any other type (a program error, never guessed).
    CachedStatement& bind(int index, const QVariant& value);

    // The next row (true) or the end (false: the statement is reset, ready to be bound
    // again); throws Error on failure.
    bool next();
    // Steps to the end: a write, or the rest of a query's rows. Returns how many rows a write
    // inserted, updated or deleted (0: an insert that ON CONFLICT DO NOTHING skipped).
    int run();
    // Done with a query before its last row: ready to be bound again.
    void finish();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    // The column as Qt's SQLite driver gives it: qlonglong, double, QString, QByteArray, or an
    // invalid QVariant for NULL.
    QVariant value(int column) const;
    // The column's UTF-8 bytes, valid until the next step: for comparing without a QString.
    QByteArrayView utf8(int column) const;

private:
    friend class Database;
    CachedStatement(sqlite3_stmt* statement, bool owned, const QString& path, bool* inUse);
    void check(int rc) const;
    sqlite3_stmt* m_statement;
    bool m_owned;   // a one-off (the cached one was in use): finalized here
    QString m_path; // for the error's message
    bool* m_inUse;  // the cache's flag, cleared when this handle goes
};

namespace cachedstatement {
// Prepares sql on the connection; throws Error (with the file's name) on failure.
sqlite3_stmt* prepare(sqlite3* handle, const QString& sql, const QString& path, bool persistent);
void finalize(sqlite3_stmt* statement);
} // namespace cachedstatement

} // namespace chitieu
