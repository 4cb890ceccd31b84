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
    QModelIndex indexOf(const QString& code) const;
};

} // namespace chitieu::ui
