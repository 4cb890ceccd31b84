#include "GivenKeys.h"

#include "core/Error.h"
#include "core/catalogue/Catalogue.h"
#include "core/units/OrgUnit.h"

#include <QCoreApplication>

namespace chitieu {

GivenKeys::GivenKeys(const UnitTree& units, const Catalogue& catalogue) : m_units(units), m_catalogue(catalogue) {}

bool GivenKeys::add(const QString& unitCode, int year, const QString& element)
{
    const OrgUnit* unit = m_units.find(unitCode);
    const DataElement* known = m_catalogue.element(element);
    if (!unit || !known)
        throw Error(QCoreApplication::translate("GivenKeys", "%1 %2 %3 is not a value of the unit list and catalogue.")
                        .arg(unitCode)
                        .arg(year)
                        .arg(element));
    // Places in the lists, which do not change while the keys are gathered.
    const qsizetype unitIndex = unit - m_units.units().constData();
    const qsizetype elementIndex = known - m_catalogue.elements.constData();
    const qsizetype elements = m_catalogue.elements.size();
    QBitArray& bits = m_years[year];
    if (bits.isEmpty())
        bits.resize(m_units.units().size() * elements);
    const qsizetype bit = unitIndex * elements + elementIndex;
    if (bits.testBit(bit))
        return false;
    bits.setBit(bit);
    return true;
}

} // namespace chitieu
