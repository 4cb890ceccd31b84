#include "CachedStatement.h"

#include "DatabaseProblem.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <sqlite3.h>

namespace chitieu {

namespace {
// SQLite's failure in the words Database uses for Qt's (dbproblem decides by the code).
[[noreturn]] void fail(sqlite3* handle, const QString& path)
{
    const QSqlError error(QString(), QString::fromUtf8(sqlite3_errmsg(handle)), QSqlError::StatementError,
                          QString::number(sqlite3_extended_errcode(handle)));
    const dbproblem::Kind kind = dbproblem::kindOf(error);
    throw Error(kind == dbproblem::Kind::None ? QCoreApplication::translate("Database", "Database error in %1: %2")
                                                    .arg(QFileInfo(path).fileName(), error.databaseText())
                                              : dbproblem::sentence(kind, path, error.databaseText()));
}
} // namespace

namespace cachedstatement {
sqlite3_stmt* prepare(sqlite3* handle, const QString& sql, const QString& path, bool persistent)
{
    sqlite3_stmt* statement = nullptr;
    const int rc = sqlite3_prepare16_v3(handle, sql.utf16(), static_cast<int>(sql.size() * sizeof(char16_t)),
                                        persistent ? SQLITE_PREPARE_PERSISTENT : 0, &statement, nullptr);
    if (rc != SQLITE_OK)
        fail(handle, path);
    return statement;
}

void finalize(sqlite3_stmt* statement)
{
    sqlite3_finalize(statement);
}
} // namespace cachedstatement

CachedStatement::CachedStatement(sqlite3_stmt* statement, bool owned, const QString& path, bool* inUse)
    : m_statement(statement), m_owned(owned), m_path(path), m_inUse(inUse)
{}

CachedStatement::CachedStatement(CachedStatement&& other) noexcept
    : m_statement(other.m_statement), m_owned(other.m_owned), m_path(std::move(other.m_path)), m_inUse(other.m_inUse)
{
    other.m_statement = nullptr;
    other.m_inUse = nullptr;
}

CachedStatement::~CachedStatement()
{
    if (!m_statement)
        return;
    if (m_owned) {
        sqlite3_finalize(m_statement);
        return;
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (m_inUse)
        *m_inUse = false;
}

void CachedStatement::check(int rc) const
{
    if (rc != SQLITE_OK)
        fail(sqlite3_db_handle(m_statement), m_path);
}

CachedStatement& CachedStatement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_statement, index + 1, value));
    return *this;
}

CachedStatement& CachedStatement::bind(int index, const QString& text)
{
    // As UTF-8, the database's encoding: Qt's conversion is faster than SQLite's from UTF-16.
    const QByteArray utf8 = text.toUtf8();
    check(sqlite3_bind_text(m_statement, index + 1, utf8.isNull() ? "" : utf8.constData(),
                            static_cast<int>(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

CachedStatement& CachedStatement::bindUtf8(int index, const QByteArray& utf8)
{
    check(sqlite3_bind_text(m_statement, index + 1, utf8.isNull() ? "" : utf8.constData(),
                            static_cast<int>(utf8.size()), SQLITE_STATIC));
    return *this;
}

CachedStatement& CachedStatement::bind(int index, const std::optional<qint64>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

CachedStatement& CachedStatement::bindNull(int index)
{
    check(sqlite3_bind_null(m_statement, index + 1));
    return *this;
}

CachedStatement& CachedStatement::bind(int index, const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return bind(index, value.toString());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return value.isNull() ? bindNull(index) : bind(index, value.toLongLong());
    case QMetaType::Double:
        if (value.isNull())
            return bindNull(index);
        check(sqlite3_bind_double(m_statement, index + 1, value.toDouble()));
        return *this;
    case QMetaType::QByteArray: {
        if (value.isNull())
            return bindNull(index);
        const QByteArray bytes = value.toByteArray();
        check(sqlite3_bind_blob(m_statement, index + 1, bytes.constData(), static_cast<int>(bytes.size()),
                                SQLITE_TRANSIENT));
        return *this;
    }
    case QMetaType::UnknownType:
        return bindNull(index);
    default:
        throw Error(QCoreApplication::translate("Database", "A value of type %1 cannot be written to %2.")
                        .arg(QString::fromLatin1(value.typeName()), m_path));
    }
}

bool CachedStatement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_statement); // ready to be bound again; the bindings stay
        return false;
    }
    fail(sqlite3_db_handle(m_statement), m_path); // reset when the handle goes
}

int CachedStatement::run()
{
    while (next()) {
    }
    return sqlite3_changes(sqlite3_db_handle(m_statement));
}

void CachedStatement::finish()
{
    sqlite3_reset(m_statement);
}

QVariant CachedStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB: {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(m_statement, column)));
    }
    default:
        return QVariant();
    }
}

bool CachedStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 CachedStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString CachedStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArrayView CachedStatement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

} // namespace chitieu
