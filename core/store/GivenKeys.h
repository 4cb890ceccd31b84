#pragma once
// Which (unit, year, element) keys a stream of values has already given, one bit each: a load
// of millions of rows finds its duplicates without a table or a list of texts beside it.
// 11,371 units × 46 elements take 65 KB a year.

#include <QBitArray>
#include <QHash>
#include <QString>

namespace chitieu {

class Catalogue;
class UnitTree;

class GivenKeys
{
public:
    GivenKeys(const UnitTree& units, const Catalogue& catalogue);

    // Remembers the key; false when it was given before. Throws Error for a unit or an
    // element that the lists do not know (check the value first: ValueStore::validate).
    bool add(const QString& unitCode, int year, const QString& element);

private:
    const UnitTree& m_units;
    const Catalogue& m_catalogue;
    QHash<int, QBitArray> m_years; // made when a year is first given
};

} // namespace chitieu
