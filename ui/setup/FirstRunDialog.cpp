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
    m_missing = new QLabel;
    m_missing->setObjectName(QStringLiteral("missing"));
    m_missing->setWordWrap(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_fields);
    layout->addWidget(m_missing);
    layout->addWidget(m_buttons);

    // OK waits for what is missing, and says what that is.
    auto updateOk = [this] {
        const QString missing = m_fields->missing();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(missing.isEmpty());
        m_missing->setText(missing.isEmpty() ? QString() : QStringLiteral("ℹ ") + missing);
        m_missing->setVisible(!missing.isEmpty());
    };
    connect(m_fields, &InstallationFields::changed, this, updateOk);
    updateOk();
}

InstallationSettings FirstRunDialog::result() const
{
    return m_fields->result();
}

} // namespace chitieu::ui
