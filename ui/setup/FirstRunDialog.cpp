#include "FirstRunDialog.h"

#include "core/catalogue/Catalogue.h"
#include "core/units/OrgUnit.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace chitieu::ui {

FirstRunDialog::FirstRunDialog(const Catalogue& catalogue, const UnitTree& units, const InstallationSettings& current,
                               QWidget* parent)
    : QDialog(parent), m_catalogue(catalogue), m_units(units), m_base(current)
{
    setWindowTitle(tr("Set up Chỉ Tiêu Trẻ Em"));
    auto* intro = new QLabel(tr("Which unit does this computer serve, and who uses it? "
                                "You can change this later in the settings."));
    intro->setWordWrap(true);

    m_role = new QComboBox;
    m_role->addItem(tr("A commune, ward or town (enters its own data)"), roleKey(Role::Commune));
    m_role->addItem(tr("A district (collects its communes)"), roleKey(Role::District));
    m_role->addItem(tr("The province (consolidates the districts)"), roleKey(Role::Province));
    m_role->addItem(tr("A provincial department (checks its indicators)"), roleKey(Role::Department));

    m_unit = new QComboBox;
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    m_unit->completer()->setFilterMode(Qt::MatchContains);
    m_unit->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_agency = new QComboBox;
    for (const Agency& a : catalogue.agencies)
        if (a.kind == QLatin1String("department") || a.kind == QLatin1String("police"))
            m_agency->addItem(a.name.text(), a.code);
    m_agencyLabel = new QLabel(tr("&Department:"));
    m_agencyLabel->setBuddy(m_agency);

    m_name = new QLineEdit(current.userName);
    m_name->setPlaceholderText(tr("Your full name, as it should appear in reports"));

    auto* form = new QFormLayout;
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

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    if (current.role != Role::Unset)
        m_role->setCurrentIndex(m_role->findData(roleKey(current.role)));
    connect(m_role, &QComboBox::currentIndexChanged, this, &FirstRunDialog::fillUnits);
    connect(m_name, &QLineEdit::textChanged, this, &FirstRunDialog::updateOk);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &FirstRunDialog::updateOk);
    fillUnits();
    if (!current.unitCode.isEmpty() && m_unit->findData(current.unitCode) >= 0)
        m_unit->setCurrentIndex(m_unit->findData(current.unitCode));
    if (!current.agencyCode.isEmpty() && m_agency->findData(current.agencyCode) >= 0)
        m_agency->setCurrentIndex(m_agency->findData(current.agencyCode));
    updateOk();
}

void FirstRunDialog::fillUnits()
{
    const Role role = roleFromKey(m_role->currentData().toString());
    const UnitLevel level = role == Role::Commune    ? UnitLevel::Commune
                            : role == Role::District ? UnitLevel::District
                                                     : UnitLevel::Province;
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
    updateOk();
}

void FirstRunDialog::updateOk()
{
    const bool ok = !m_name->text().trimmed().isEmpty() && m_unit->currentIndex() >= 0 &&
                    m_unit->findText(m_unit->currentText()) >= 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

InstallationSettings FirstRunDialog::result() const
{
    InstallationSettings s = m_base;
    s.role = roleFromKey(m_role->currentData().toString());
    s.unitCode = m_unit->currentData().toString();
    s.agencyCode = s.role == Role::Department ? m_agency->currentData().toString() : QString();
    s.userName = m_name->text().trimmed();
    return s;
}

} // namespace chitieu::ui
