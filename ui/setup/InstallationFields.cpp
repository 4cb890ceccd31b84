#include "InstallationFields.h"

#include "core/catalogue/Catalogue.h"
#include "core/units/OrgUnit.h"
#include "ui/common/Choices.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace chitieu::ui {

InstallationFields::InstallationFields(const Catalogue& catalogue, const UnitTree& units,
                                       const InstallationSettings& current, QWidget* parent)
    : QWidget(parent), m_units(units), m_base(current)
{
    m_role = new QComboBox;
    m_role->addItem(tr("A commune, ward or town (enters its own data)"), roles.key(Role::Commune));
    m_role->addItem(tr("A district (collects its communes)"), roles.key(Role::District));
    m_role->addItem(tr("The province (consolidates the districts)"), roles.key(Role::Province));
    m_role->addItem(tr("A provincial department (checks its indicators)"), roles.key(Role::Department));

    m_unit = new QComboBox;
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    m_unit->completer()->setFilterMode(Qt::MatchContains);
    m_unit->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_agency = new QComboBox;
    for (const Agency& a : catalogue.agencies)
        if (a.isDepartment())
            m_agency->addItem(a.name.text(), a.code);
    m_agencyLabel = new QLabel(tr("&Department:"));
    m_agencyLabel->setBuddy(m_agency);

    m_name = new QLineEdit(current.userName);
    m_name->setPlaceholderText(tr("Your full name, as it should appear in reports"));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto* roleLabel = new QLabel(tr("&This computer serves:"));
    roleLabel->setBuddy(m_role);
    auto* unitLabel = new QLabel(tr("&Unit:"));
    unitLabel->setBuddy(m_unit);
    auto* nameLabel = new QLabel(tr("Your &name:"));
    nameLabel->setBuddy(m_name);
    form->addRow(roleLabel, m_role);
    form->addRow(unitLabel, m_unit);
    form->addRow(m_agencyLabel, m_agency);
    form->addRow(nameLabel, m_name);

    if (current.role != Role::Unset)
        selectData(m_role, roles.key(current.role));
    fillUnits();
    selectData(m_unit, current.unitCode);
    selectData(m_agency, current.agencyCode);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        fillUnits();
        emit changed();
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, &InstallationFields::changed);
    connect(m_unit, &QComboBox::currentTextChanged, this, &InstallationFields::changed);
    connect(m_agency, &QComboBox::currentIndexChanged, this, &InstallationFields::changed);
    connect(m_name, &QLineEdit::textChanged, this, &InstallationFields::changed);
}

void InstallationFields::fillUnits()
{
    const Role role = roles.fromKey(m_role->currentData().toString());
    const UnitLevel level = role == Role::Commune    ? UnitLevel::Commune
                            : role == Role::District ? UnitLevel::District
                                                     : UnitLevel::Province;
    const QSignalBlocker block(m_unit);
    m_unit->clear();
    for (const OrgUnit& u : m_units.units()) {
        if (u.level != level)
            continue;
        const OrgUnit* parent = m_units.find(u.parentCode);
        const QString label = parent && level == UnitLevel::Commune
                                  ? QStringLiteral("%1 – %2 (%3)").arg(u.name, parent->name, u.code)
                                  : QStringLiteral("%1 (%2)").arg(u.name, u.code);
        m_unit->addItem(label, u.code);
    }
    const bool department = role == Role::Department;
    m_agency->setVisible(department);
    m_agencyLabel->setVisible(department);
}

bool InstallationFields::isComplete() const
{
    return !m_name->text().trimmed().isEmpty() && m_unit->currentIndex() >= 0 &&
           m_unit->findText(m_unit->currentText()) >= 0;
}

InstallationSettings InstallationFields::result() const
{
    InstallationSettings s = m_base;
    s.role = roles.fromKey(m_role->currentData().toString());
    s.unitCode = m_unit->currentData().toString();
    s.agencyCode = s.role == Role::Department ? m_agency->currentData().toString() : QString();
    s.userName = m_name->text().trimmed();
    return s;
}

} // namespace chitieu::ui
