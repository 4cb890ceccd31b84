#pragma once
// Raw counts per unit, year and data element, with an audit row for every change. This is
// the one writer of values: the entry form, the command line and the import all write
// through apply(). Rates are never stored: see compute/MeasureCalculator.

#include "core/store/Database.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace chitieu {

class Catalogue;
class UnitTree;

struct ValueWrite
{
    QString unitCode;
    int year = 0;
    QString element;
    std::optional<qint64> value;    // nullopt removes the value
    std::optional<QString> comment; // nullopt keeps the stored comment
    // A value from another installation (an import) keeps when and by whom it was last
    // changed there, as stored (ISO 8601); empty: now and the change's user.
    QString changedAt{}; // {}: a brace list of the fields before may leave these out
    QString changedBy{};
};

struct ChangeContext
{
    QString user;
    QString source = QStringLiteral("entry"); // entry, cli, import, undo ...
    QString enteredByUnit;                    // the installation's unit that typed it
    QString fileHash{};                       // an import: the received file's content hash
};

struct StoredValue
{
    qint64 value = 0;
    QString comment;
    QDateTime changedAt;
    QString changedBy;
    QString source;
    QString enteredByUnit;
};

struct AuditRow
{
    QString unitCode;
    int year = 0;
    QString element;
    std::optional<qint64> oldValue;
    std::optional<qint64> newValue;
    QString oldComment;
    QString newComment;
    QString changedBy;
    QDateTime changedAt;
    QString source;
    QString fileHash; // the received file of an import
};

class ValueStore
{
public:
    ValueStore(Database& db, const Catalogue& catalogue, const UnitTree& units);

    // Throws Error saying what is wrong with the write (unknown unit or element, year out
    // of range, a count below 0 or above the element's maximum, a commune-only element
    // above commune level).
    void validate(const ValueWrite& write) const;
    // Validates all writes, then applies them in one transaction. Returns how many changed.
    int apply(const QList<ValueWrite>& writes, const ChangeContext& context);
    // The same inside the caller's transaction (the import writes a file whole, with its
    // other rows); nothing is committed here.
    int apply(const QList<ValueWrite>& writes, const ChangeContext& context, Database::Transaction& inside);

    QMap<QString, StoredValue> values(const QString& unitCode, int year);
    std::optional<qint64> value(const QString& unitCode, int year, const QString& element);
    QList<AuditRow> audit(const QString& unitCode, int year);

private:
    Database& m_db;
    const Catalogue& m_catalogue;
    const UnitTree& m_units;
};

} // namespace chitieu
