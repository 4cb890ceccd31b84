#include "InstallationFields.h"

#include "core/catalogue/Catalogue.h"
#include "core/format/PlainText.h"
#include "core/units/OrgUnit.h"
#include "ui/common/Choices.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>

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
    m_unit->lineEdit()->setPlaceholderText(tr("Type part of the name, such as quang thai, and pick it"));
    // Qt's own completer compares letters with their marks: "quang thai" would find nothing.
    // The list under the field is filtered here, without marks, and shown as it is.
    m_matches = new QStringListModel(this);
    m_completer = new QCompleter(m_matches, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_unit->setCompleter(m_completer);
    connect(m_unit->lineEdit(), &QLineEdit::textEdited, this, &InstallationFields::searchUnits);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &InstallationFields::pickUnit);
    connect(m_unit->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        // One match left: that is the unit meant, even if it was not picked from the list.
        if (m_unit->findText(m_unit->currentText()) < 0 && m_matches->rowCount() == 1)
            pickUnit(m_matches->stringList().constFirst());
    });

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
    if (!current.unitCode.isEmpty())
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
    // Nothing chosen until the user chooses: a first commune pre-selected would set up the
    // wrong unit for someone who only types a name. A single choice (the province) is made.
    if (m_unit->count() == 1) {
        m_unit->setCurrentIndex(0);
    } else {
        m_unit->setCurrentIndex(-1);
        m_unit->clearEditText();
    }
    searchUnits({});
    const bool department = role == Role::Department;
    m_agency->setVisible(department);
    m_agencyLabel->setVisible(department);
}

void InstallationFields::searchUnits(const QString& typed)
{
    QStringList found;
    for (int i = 0; i < m_unit->count(); ++i)
        if (matchesSearch(m_unit->itemText(i), typed))
            found << m_unit->itemText(i);
    m_matches->setStringList(found);
    if (!typed.isEmpty() && m_unit->lineEdit()->hasFocus())
        m_completer->complete();
    emit changed();
}

void InstallationFields::pickUnit(const QString& label)
{
    const int i = m_unit->findText(label);
    if (i < 0)
        return;
    m_unit->setCurrentIndex(i);
    m_unit->setEditText(label);
    emit changed();
}

bool InstallationFields::isComplete() const
{
    return missing().isEmpty();
}

QString InstallationFields::missing() const
{
    QStringList out;
    const bool unitChosen = m_unit->currentIndex() >= 0 && m_unit->findText(m_unit->currentText()) >= 0;
    if (!unitChosen) {
        const Role role = roles.fromKey(m_role->currentData().toString());
        const QString typed = m_unit->currentText().trimmed();
        if (typed.isEmpty())
            out << (role == Role::Commune    ? tr("Choose your commune, ward or town in the Unit field.")
                    : role == Role::District ? tr("Choose your district in the Unit field.")
                                             : tr("Choose the province in the Unit field."));
        else if (m_matches->rowCount() == 0)
            out << tr("No unit matches “%1”: check the spelling, or type fewer letters.").arg(typed);
        else
            out << tr("%n unit(s) match “%1”: pick one from the list under the Unit field.", nullptr,
                      static_cast<int>(m_matches->rowCount()))
                       .arg(typed);
    }
    if (m_name->text().trimmed().isEmpty())
        out << tr("Write your full name.");
    return out.join(QLatin1Char(' '));
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
