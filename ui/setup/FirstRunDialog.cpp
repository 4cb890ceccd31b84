#include "FirstRunDialog.h"

#include "InstallationFields.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace chitieu::ui {

FirstRunDialog::FirstRunDialog(const Catalogue& catalogue, const UnitTree& units, const InstallationSettings& current,
                               QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Set up Chỉ Tiêu Trẻ Em"));
    auto* intro = new QLabel(tr("Which unit does this computer serve, and who uses it? "
                                "You can change this later in the settings."));
    intro->setWordWrap(true);
    m_fields = new InstallationFields(catalogue, units, current);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_fields);
    layout->addWidget(m_buttons);

    auto updateOk = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_fields->isComplete()); };
    connect(m_fields, &InstallationFields::changed, this, updateOk);
    updateOk();
}

InstallationSettings FirstRunDialog::result() const
{
    return m_fields->result();
}

} // namespace chitieu::ui
