#pragma once
// The questions that set up an installation: which unit this computer serves (a commune, a
// district, the province or a department) and who uses it. The first-run dialog asks them
// alone; the settings dialog embeds them among its other settings.

#include "core/store/InstallationSettings.h"

#include <QWidget>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

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
    // What is still missing, as a sentence for the user; empty when complete.
    QString missing() const;

    // For tests and keyboard users: the widgets by role.
    QComboBox* roleBox() const { return m_role; }
    QComboBox* unitBox() const { return m_unit; }
    QComboBox* agencyBox() const { return m_agency; }
    QLineEdit* nameEdit() const { return m_name; }

signals:
    void changed();

private:
    void fillUnits();
    void searchUnits(const QString& typed); // the list under the unit field: names matching without marks
    void pickUnit(const QString& label);

    const UnitTree& m_units;
    InstallationSettings m_base;
    QComboBox* m_role;
    QComboBox* m_unit;
    QComboBox* m_agency;
    QLabel* m_agencyLabel;
    QLineEdit* m_name;
    QStringListModel* m_matches;
    QCompleter* m_completer;
};

} // namespace chitieu::ui
