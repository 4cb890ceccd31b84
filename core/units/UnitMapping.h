#pragma once
// A unit of one tree shown for a year that another tree covers: which units of the year's tree
// make it, and how far that can be known from the crosswalk. Whole units (same, merged) add
// exactly; a split unit counts with its population share where a source gives one (the figure
// is then estimated, with the share shown); without a share the figure is not comparable,
// never a guess. A split whose parts all stay inside the shown unit counts whole (exact).

#include "UnitHistory.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace chitieu {

enum class Mapping { Exact, Estimated, NotComparable };
inline constexpr EnumEntry<Mapping> mappingEntries[] = {
    {Mapping::Exact, "exact", QT_TRANSLATE_NOOP("Units", "exact")},
    {Mapping::Estimated, "estimated", QT_TRANSLATE_NOOP("Units", "estimated")},
    {Mapping::NotComparable, "not_comparable", QT_TRANSLATE_NOOP("Units", "not comparable")},
};
inline constexpr EnumTable<Mapping> mappings("Units", QT_TRANSLATE_NOOP("Keys", "mapping"), mappingEntries);

// A population share a figure was estimated with: `share` of `from` went to `to`.
struct ShareUse
{
    QString from;
    QString to;
    Decimal share;

    QString machineText() const; // "19744 → 19762: 0.3949"
    bool operator==(const ShareUse& o) const { return from == o.from && to == o.to; }
};

// A unit of the year's tree, and the part of its counts that goes into a shown unit.
struct MappedPart
{
    QString code;
    double weight = 1; // 1: the whole unit
    bool estimated = false;
};

// A commune of the shown tree (or several, when a unit of the year's tree spread over them
// without known shares: they are shown together, "19750+19762").
struct MappedUnit
{
    QString code;
    QStringList communes; // of the shown tree
    QList<MappedPart> parts;
};

struct UnitMapping
{
    Mapping mapping = Mapping::Exact;
    bool identity = false;     // the year's own tree: nothing mapped
    QList<MappedUnit> units;   // the communes of the shown unit, as the year's units make them
    QList<ShareUse> shares;    // the population shares used
    QStringList notComparable; // units of the year's tree whose part is not known
    bool unconfirmed = false;  // a row on the way is marked UNCONFIRMED
};

// How the communes under `unitCode` in the tree in force from `shownTree` are made of the
// communes of the tree in force from `yearTree`. Throws Error when the unit is not in the
// shown tree or a tree is not held.
UnitMapping mapUnit(const UnitHistory& history, const QDate& yearTree, const QDate& shownTree, const QString& unitCode);

} // namespace chitieu
