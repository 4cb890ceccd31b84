#include "UnitTreeModel.h"

#include "core/units/OrgUnit.h"

namespace chitieu::ui {

namespace {
// Each unit under `parent`, then the units below it.
void addUnits(const UnitTree& tree, const QList<const OrgUnit*>& units, QStandardItem* parent)
{
    for (const OrgUnit* unit : units) {
        auto* item = new QStandardItem(tree.displayName(unit->code));
        item->setData(unit->code, UnitTreeModel::UnitCodeRole);
        item->setEditable(false);
        parent->appendRow(item);
        addUnits(tree, tree.children(unit->code), item);
    }
}
} // namespace

UnitTreeModel::UnitTreeModel(const UnitTree& tree, QObject* parent) : QStandardItemModel(parent)
{
    setTree(tree);
}

void UnitTreeModel::setTree(const UnitTree& tree)
{
    clear();
    setHorizontalHeaderLabels({tr("Unit")});
    addUnits(tree, tree.roots(), invisibleRootItem());
}

QModelIndex UnitTreeModel::indexOf(const QString& code) const
{
    const QModelIndexList found = match(index(0, 0), UnitCodeRole, code, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

} // namespace chitieu::ui
