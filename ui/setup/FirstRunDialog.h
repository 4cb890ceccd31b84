#pragma once
// First start: which unit this installation serves (a commune, a district, the province or
// a department) and who uses it.

#include "core/store/InstallationSettings.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;
class QDialogButtonBox;

namespace chitieu {
class Catalogue;
class UnitTree;
} // namespace chitieu

namespace chitieu::ui {

class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    FirstRunDialog(const Catalogue& catalogue, const UnitTree& units, const InstallationSettings& current,
                   QWidget* parent = nullptr);

    InstallationSettings result() const;

    // For tests and keyboard users: the widgets by role.
    QComboBox* roleBox() const { return m_role; }
    QComboBox* unitBox() const { return m_unit; }
    QComboBox* agencyBox() const { return m_agency; }
    QLineEdit* nameEdit() const { return m_name; }

private:
    void fillUnits();
    void updateOk();

    const Catalogue& m_catalogue;
    const UnitTree& m_units;
    InstallationSettings m_base;
    QComboBox* m_role;
    QComboBox* m_unit;
    QComboBox* m_agency;
    QLabel* m_agencyLabel;
    QLineEdit* m_name;
    QDialogButtonBox* m_buttons;
};

} // namespace chitieu::ui
