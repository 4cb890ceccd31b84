#pragma once
// First start: which unit this installation serves (a commune, a district, the province or
// a department) and who uses it.

#include "core/store/InstallationSettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace chitieu {
class Catalogue;
class UnitTree;
} // namespace chitieu

namespace chitieu::ui {

class InstallationFields;

class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    FirstRunDialog(const Catalogue& catalogue, const UnitTree& units, const InstallationSettings& current,
                   QWidget* parent = nullptr);

    InstallationSettings result() const;
    InstallationFields* fields() const { return m_fields; }
    QLabel* missingLabel() const { return m_missing; }

private:
    InstallationFields* m_fields;
    QDialogButtonBox* m_buttons;
    QLabel* m_missing;
};

} // namespace chitieu::ui
