#include "UnitTreeModel.h"

#include "core/units/OrgUnit.h"

namespace chitieu::ui {

namespace {
void addChildren(const UnitTree& tree, const OrgUnit& unit, QStandardItem* item)
{
    for (const OrgUnit* child : tree.children(unit.code)) {
        auto* childItem = new QStandardItem(QStringLiteral("%1 (%2)").arg(child->name, child->code));
        childItem->setData(child->code, UnitTreeModel::UnitCodeRole);
        childItem->setEditable(false);
        item->appendRow(childItem);
        addChildren(tree, *child, childItem);
    }
}
} // namespace

UnitTreeModel::UnitTreeModel(const UnitTree& tree, QObject* parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Unit")});
    for (const OrgUnit* root : tree.roots()) {
        auto* item = new QStandardItem(QStringLiteral("%1 (%2)").arg(root->name, root->code));
        item->setData(root->code, UnitCodeRole);
        item->setEditable(false);
        appendRow(item);
        addChildren(tree, *root, item);
    }
}

QModelIndex UnitTreeModel::indexOf(const QString& code) const
{
    const QModelIndexList found = match(index(0, 0), UnitCodeRole, code, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

} // namespace chitieu::ui
