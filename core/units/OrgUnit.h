#pragma once
// Administrative units (province, district, commune) with official codes. The tree is data:
// it can change between years (the 2025 reform removed districts), so it is loaded from CSV.

#include "core/EnumTable.h"
#include "core/KnownKey.h"

#include <QHash>
#include <QList>
#include <QString>

namespace chitieu {

enum class UnitLevel { Province = 1, District = 2, Commune = 3 };

struct OrgUnit
{
    QString code;
    QString name;
    QString type; // Tỉnh, Thành phố, Thị xã, Huyện, Quận, Phường, Xã, Thị trấn ...
    UnitLevel level = UnitLevel::Commune;
    QString parentCode; // empty for a province
    // Phường and Thị trấn are urban; Xã rural. Only meaningful for communes.
    bool urban = false;

    static bool isUrbanType(const QString& type);
};

class UnitTree
{
public:
    // Reads code,name,type,level,parent_code. Throws Error naming the line on bad rows
    // (unknown level, parent missing, duplicate code).
    static UnitTree fromCsv(const QString& text, const QString& sourceName);
    static UnitTree loadCsv(const QString& path);
    // Thừa Thiên Huế 2021, shipped in the resources.
    static UnitTree builtIn();
    static UnitTree fromUnits(QList<OrgUnit> units);

    const QList<OrgUnit>& units() const { return m_units; }
    const OrgUnit* find(const QString& code) const;
    QList<const OrgUnit*> children(const QString& code) const;
    QList<const OrgUnit*> roots() const;
    QList<const OrgUnit*> communesUnder(const QString& code) const; // the unit itself if a commune
    // True when `code` is `ancestor` or lies below it.
    bool isWithin(const QString& code, const QString& ancestor) const;
    QString displayName(const QString& code) const; // "name (code)"

private:
    QList<OrgUnit> m_units;
    QHash<KnownKey, int> m_index; // unit codes of the list: known keys (core/KnownKey.h)
    QHash<KnownKey, QList<int>> m_children;
};

// Keys and words province, district, commune (the unit list's CSV writes the level 1 to 3).
inline constexpr EnumEntry<UnitLevel> unitLevelEntries[] = {
    {UnitLevel::Province, "province", QT_TRANSLATE_NOOP("Units", "province")},
    {UnitLevel::District, "district", QT_TRANSLATE_NOOP("Units", "district")},
    {UnitLevel::Commune, "commune", QT_TRANSLATE_NOOP("Units", "commune")},
};
inline constexpr EnumTable<UnitLevel> unitLevels("Units", QT_TRANSLATE_NOOP("Keys", "unit level"), unitLevelEntries);

} // namespace chitieu
