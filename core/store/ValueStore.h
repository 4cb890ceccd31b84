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

// What a write expects to find stored (the undo of an edit expects what the edit stored):
// when the stored value or comment differs, another program changed it meanwhile and the
// write is refused.
struct StoredState
{
    std::optional<qint64> value; // nullopt: no value stored
    QString comment;
    bool operator==(const StoredState& o) const { return value == o.value && comment == o.comment; }
};

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
    std::optional<StoredState> expected{}; // checked inside the write's transaction when set
};

// Who writes, how and in which batch: stored once per write (a row of `changes`), which its
// values and audit rows point to.
struct ChangeContext
{
    QString user;                             // the author, kept in the audit row
    QString source = QStringLiteral("entry"); // see sources below
    QString enteredByUnit;                    // the unit whose installation typed it (the sender, for an import)
    QString batch{};                          // an imported file's hash, a load's id; empty for one edit

    // The sources of changes: typed in the form (by the unit, by its district), undone and
    // redone there, set or loaded on the command line, imported from a file.
    static inline const QString entry = QStringLiteral("entry");
    static inline const QString districtEntry = QStringLiteral("district_entry");
    static inline const QString undo = QStringLiteral("undo");
    static inline const QString redo = QStringLiteral("redo");
    static inline const QString cliSet = QStringLiteral("cli");
    static inline const QString loadValues = QStringLiteral("load-values");
    static inline const QString imported = QStringLiteral("import");
    static inline const QString unimport = QStringLiteral("unimport"); // an import taken back
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
    QString enteredByUnit;
    QString batch;
    QString fileHash; // an import or its taking back: the received file (the batch)
};

class ValueStore
{
public:
    ValueStore(Database& db, const Catalogue& catalogue, const UnitTree& units);

    // Throws Error saying what is wrong with the write (unknown unit or element, year out
    // of range, a count below 0 or above the element's maximum, a commune-only element
    // above commune level, a comment beyond the program's limits).
    void validate(const ValueWrite& write) const;
    // Validates all writes, then applies them in one transaction. Returns how many changed.
    // Throws Error, writing nothing, when a write's expected state is not what is stored.
    int apply(const QList<ValueWrite>& writes, const ChangeContext& context);
    // The same inside the caller's transaction (the import writes a file whole, with its
    // other rows; load-values a file in batches); nothing is committed here.
    int apply(const QList<ValueWrite>& writes, const ChangeContext& context, Database::Transaction& inside);
    // An audit row that is not a value's change, such as a unit's signing key replaced or a
    // newer file replaced by an older one: `what` stands where an element would, the old and
    // new texts where the comments would. Inside the caller's transaction.
    void auditEvent(const QString& unitCode, int year, const QString& what, const QString& oldText,
                    const QString& newText, const ChangeContext& context, Database::Transaction& inside);

    QMap<QString, StoredValue> values(const QString& unitCode, int year);
    std::optional<qint64> value(const QString& unitCode, int year, const QString& element);
    QList<AuditRow> audit(const QString& unitCode, int year);

private:
    // The row of `changes` that the audit rows and values of one write point to: its time,
    // author, source, unit and batch, stored once. Returns its id.
    qint64 writeChange(const ChangeContext& context, const QString& at);
    // Writes the staged writes (temp.value_writes) with their audit rows, after checking what
    // they expect; empties the stage. Returns how many changed. `changeId`: the change's row,
    // written here with the first value changed.
    int writeStage(const QList<ValueWrite>& writes, const ChangeContext& context, const QString& now, qint64& changeId);

    Database& m_db;
    const Catalogue& m_catalogue;
    const UnitTree& m_units;
};

} // namespace chitieu
