#pragma once
// The questions that set up an installation: which unit this computer serves (a commune, a
// district, the province or a department) and who uses it. The first-run dialog asks them
// alone; the settings dialog embeds them among its other settings.

#include "core/store/InstallationSettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace chitieu {
class Catalogue;
class UnitTree;
} // namespace chitieu

namespace chitieu::ui {

class InstallationFields : public QWidget
{
    Q_OBJECT
public:
    InstallationFields(const Catalogue& catalogue, const UnitTree& units, const InstallationSettings& current,
                       QWidget* parent = nullptr);

    // `current` with the role, unit, agency and user's name chosen here.
    InstallationSettings result() const;
    // A name is given and the unit is one of the list.
    bool isComplete() const;

    // For tests and keyboard users: the widgets by role.
    QComboBox* roleBox() const { return m_role; }
    QComboBox* unitBox() const { return m_unit; }
    QComboBox* agencyBox() const { return m_agency; }
    QLineEdit* nameEdit() const { return m_name; }

signals:
    void changed();

private:
    void fillUnits();

    const UnitTree& m_units;
    InstallationSettings m_base;
    QComboBox* m_role;
    QComboBox* m_unit;
    QComboBox* m_agency;
    QLabel* m_agencyLabel;
    QLineEdit* m_name;
};

} // namespace chitieu::ui
