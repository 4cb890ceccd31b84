#pragma once
// Unit trees that change over time: each tree with the date from which it is in force, and
// the crosswalk between consecutive trees (which old unit became which new one). The history
// of Huế 2021–2025 is built in (resources/units). The checks are those of
// resources/units/check.py, so that a loaded history always passes them.

#include "OrgUnit.h"
#include "core/EnumTable.h"
#include "core/Exact.h"

#include <QDate>
#include <optional>

namespace chitieu {

// same: the unit kept its code and territory; merged: the whole old unit went into the new
// one; split: part of the old unit went to the new one (one row per receiving unit).
enum class ChangeKind { Same, Merged, Split };
inline constexpr EnumEntry<ChangeKind> changeKindEntries[] = {
    {ChangeKind::Same, "same", QT_TRANSLATE_NOOP("Units", "unchanged")},
    {ChangeKind::Merged, "merged", QT_TRANSLATE_NOOP("Units", "merged")},
    {ChangeKind::Split, "split", QT_TRANSLATE_NOOP("Units", "split")},
};
inline constexpr EnumTable<ChangeKind> changeKinds("Units", QT_TRANSLATE_NOOP("Keys", "kind of change"),
                                                   changeKindEntries);

struct CrosswalkRow
{
    QDate effective;
    QString oldCode;
    QString oldName;
    QString newCode;
    QString newName;
    ChangeKind kind = ChangeKind::Same;
    std::optional<Decimal> share; // split rows: the old unit's population share that moved
    QString source;               // the act and where it was read; "UNCONFIRMED: ..." when no source confirms it
    int line = 0;                 // in the file it came from, for messages

    bool unconfirmed() const { return source.startsWith(QLatin1String("UNCONFIRMED")); }
};

// A share in millionths (Decimal::parse allows at most 6 decimals): 0.6051 is 605100.
qint64 shareMillionths(const Decimal& share);

struct DatedTree
{
    QDate from; // in force from this day until the next tree's
    UnitTree tree;
};

class UnitHistory
{
public:
    // Reads effective_date,old_code,old_name,new_code,new_name,kind,share,source. Throws Error
    // naming the file and line (header, date, kind, share not in (0, 1], empty source).
    static QList<CrosswalkRow> crosswalkFromCsv(const QString& text, const QString& sourceName);
    static QList<CrosswalkRow> loadCrosswalk(const QString& path);
    // Huế's four trees (01/01/2021, 01/07/2021, 01/01/2025, 01/07/2025) and their crosswalk.
    static const UnitHistory& builtIn();

    // A tree of a history has exactly one root. Throws Error naming `sourceName`.
    static void checkTree(const UnitTree& tree, const QString& sourceName);
    // Checks `rows` against the trees on either side of each change they hold: both codes
    // exist with those names, same keeps its code, merged is its old unit's only row, a split
    // has two rows or more and its shares add up to at most 1 (exactly 1 when all are given),
    // levels agree, and every unit of the old tree and of the new one has a row. Throws Error
    // naming `sourceName` and the line.
    void checkCrosswalk(const QList<CrosswalkRow>& rows, const QString& sourceName) const;

    bool isEmpty() const { return m_trees.isEmpty(); }
    const QList<DatedTree>& trees() const { return m_trees; }
    const QList<CrosswalkRow>& crosswalk() const { return m_crosswalk; }
    // Adds a tree later than every tree held (throws Error otherwise).
    void addTree(const QDate& from, UnitTree tree);
    // Replaces the rows of the change dates `rows` hold; checks them first.
    void setCrosswalk(const QList<CrosswalkRow>& rows, const QString& sourceName);
    // Rows checked when they were stored (the store reads them back).
    void setCrosswalkUnchecked(QList<CrosswalkRow> rows) { m_crosswalk = std::move(rows); }

    // The tree in force on `date`: the latest that starts on or before it. The first tree
    // also stands for the days before it (the history starts with it). Null when empty.
    const DatedTree* treeOn(const QDate& date) const;
    // The rows of the change that starts `date`'s tree.
    QList<CrosswalkRow> changeInto(const QDate& from) const;
    // Whether `code` of the tree from `from` is a side of an unconfirmed row of a change
    // into or out of that tree.
    bool isUnconfirmed(const QDate& from, const QString& code) const;

private:
    const DatedTree* treeFrom(const QDate& from) const;
    const DatedTree* treeBefore(const QDate& from) const;

    QList<DatedTree> m_trees; // by date
    QList<CrosswalkRow> m_crosswalk;
};

} // namespace chitieu
