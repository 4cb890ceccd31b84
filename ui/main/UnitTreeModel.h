#pragma once
// The unit tree (province > districts > communes) for a tree view.

#include <QStandardItemModel>

namespace chitieu {
class UnitTree;
}

namespace chitieu::ui {

class UnitTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role { UnitCodeRole = Qt::UserRole + 1 };
    explicit UnitTreeModel(const UnitTree& tree, QObject* parent = nullptr);
    // Shows another tree (the tree of another year) in place of the one shown.
    void setTree(const UnitTree& tree);
    QModelIndex indexOf(const QString& code) const;
};

} // namespace chitieu::ui
