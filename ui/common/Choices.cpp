#include "Choices.h"

#include "core/catalogue/Catalogue.h"
#include "core/units/OrgUnit.h"
#include "core/workspace/Workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSignalBlocker>
#include <functional>

namespace chitieu::ui {

UnitTree unitsOfYear(Workspace& workspace, int year, QDate* from)
{
    if (year <= 0 || workspace.catalogue().dataDateMonth == 0) {
        if (from)
            *from = QDate();
        return workspace.units();
    }
    return workspace.treeOfYear(year, from);
}

void fillYears(QComboBox* box, int firstYear, int lastYear)
{
    for (int y = firstYear; y <= lastYear; ++y)
        box->addItem(QString::number(y), y);
}

void fillUnitTree(QComboBox* box, const UnitTree& units, const QString& ownUnit)
{
    QList<const OrgUnit*> tops;
    if (const OrgUnit* own = units.find(ownUnit))
        tops << own;
    else
        tops = units.roots();
    std::function<void(const OrgUnit*, int)> add = [&](const OrgUnit* u, int depth) {
        box->addItem(QString(depth * 4, QLatin1Char(' ')) + units.displayName(u->code), u->code);
        for (const OrgUnit* child : units.children(u->code))
            add(child, depth + 1);
    };
    for (const OrgUnit* top : tops)
        add(top, 0);
}

bool refillUnitTree(QComboBox* box, const UnitTree& units, const QString& ownUnit)
{
    const QString before = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    fillUnitTree(box, units, ownUnit);
    if (!selectData(box, before) && !selectData(box, ownUnit))
        box->setCurrentIndex(0);
    return box->currentData().toString() != before;
}

void fillAgencies(QComboBox* box, const Catalogue& catalogue, bool withCoordinators)
{
    box->addItem(QCoreApplication::translate("Choices", "All agencies"), QString());
    for (const Agency& a : catalogue.agencies)
        if (!a.leads.isEmpty() || (withCoordinators && !a.coordinates.isEmpty()))
            box->addItem(a.shortName.text(), a.code);
}

bool selectData(QComboBox* box, const QVariant& value)
{
    const int i = box->findData(value);
    if (i < 0)
        return false;
    box->setCurrentIndex(i);
    return true;
}

} // namespace chitieu::ui
