#include "SettingsDialog.h"

#include "InstallationFields.h"
#include "core/Error.h"
#include "core/i18n/Language.h"
#include "core/report/OfficialHeader.h"
#include "core/workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace chitieu::ui {

namespace {
// Deadlines are a day and a month; a year without 29 February keeps them valid every year.
constexpr int deadlineYear = 2021;

QLabel* note(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setEnabled(false); // greyed: an explanation, not a field
    return label;
}
} // namespace

SettingsDialog::SettingsDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_saved(workspace.settings()), m_openUrl(&QDesktopServices::openUrl)
{
    setWindowTitle(tr("Settings"));

    // The first-run questions.
    m_setup = new InstallationFields(workspace.catalogue(), workspace.units(), m_saved);
    auto* unitBox = new QGroupBox(tr("This installation"));
    auto* unitLayout = new QVBoxLayout(unitBox);
    unitLayout->setContentsMargins(0, 0, 0, 0);
    unitLayout->addWidget(m_setup);

    m_folder = new QLineEdit(QFileInfo(workspace.db().path()).absolutePath());
    m_folder->setReadOnly(true);
    m_folder->setToolTip(m_folder->text());
    // The whole path shows: it is what people look for when they copy the data.
    m_folder->setMinimumWidth(m_folder->fontMetrics().horizontalAdvance(m_folder->text()) + 24);
    m_openFolder = new QPushButton(tr("&Open folder"));
    connect(m_openFolder, &QPushButton::clicked, this, [this] { m_openUrl(QUrl::fromLocalFile(m_folder->text())); });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(unitBox);
    layout->addWidget(buildGeneralPart(m_saved));
    layout->addWidget(buildSignerPart(m_saved));
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Problem with the settings"));
    m_message->hide();
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_setup, &InstallationFields::changed, this, &SettingsDialog::updateState);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateState);
    updateState();
}

QWidget* SettingsDialog::buildGeneralPart(const InstallationSettings& current)
{
    m_language = new QComboBox;
    const QString systemCode = i18n::chooseLanguage(QString()).code;
    m_language->addItem(tr("As the system (%1)").arg(i18n::nativeLanguageName(systemCode)), QString());
    for (const QString& code : i18n::availableLanguages())
        m_language->addItem(i18n::nativeLanguageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    m_restartNote = note(tr("The new language is used from the next start of the program."));

    m_deadline = new QDateEdit(QDate(deadlineYear, current.communeDeadlineMonth, current.communeDeadlineDay));
    if (!m_deadline->date().isValid())
        m_deadline->setDate(QDate(deadlineYear, 11, 15));
    m_deadline->setDisplayFormat(QStringLiteral("dd/MM"));
    m_deadline->setDateRange(QDate(deadlineYear, 1, 1), QDate(deadlineYear, 12, 31));
    m_deadlineNote = note(tr("Each year, the communes of this district send their data by this day. "
                             "The plan sets no such date: the district chooses it."));

    m_minCoverage = new QSpinBox;
    m_minCoverage->setRange(0, 100);
    m_minCoverage->setSuffix(QStringLiteral(" %"));
    m_minCoverage->setValue(std::clamp(current.minCoveragePercent, 0, 100));
    auto* coverageNote =
        note(tr("A district's or the province's figure is judged (met, not met) only when it covers at least this "
                "share of its communes; below it the status is \"incomplete\" and the value is still shown. 100 %: "
                "only when every commune is in."));

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_openFolder);

    auto* box = new QGroupBox(tr("General"));
    auto* form = new QFormLayout(box);
    auto* languageLabel = new QLabel(tr("&Language:"));
    languageLabel->setBuddy(m_language);
    auto* deadlineLabel = new QLabel(tr("Communes' &deadline:"));
    deadlineLabel->setBuddy(m_deadline);
    auto* coverageLabel = new QLabel(tr("Judge figures from a &coverage of:"));
    coverageLabel->setBuddy(m_minCoverage);
    auto* folderLabel = new QLabel(tr("Data &folder:"));
    folderLabel->setBuddy(m_folder);
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(deadlineLabel, m_deadline);
    form->addRow(QString(), m_deadlineNote);
    form->addRow(coverageLabel, m_minCoverage);
    form->addRow(QString(), coverageNote);
    form->addRow(folderLabel, folderRow);
    return box;
}

QWidget* SettingsDialog::buildSignerPart(const InstallationSettings& current)
{
    m_signerFor = new QLineEdit(current.signerFor);
    m_signerFor->setPlaceholderText(QStringLiteral("TM. ỦY BAN NHÂN DÂN"));
    m_signerProxy = new QLineEdit(current.signerProxy);
    m_signerProxy->setPlaceholderText(QStringLiteral("KT. CHỦ TỊCH"));
    m_signerTitle = new QLineEdit(current.signerTitle);
    m_signerTitle->setPlaceholderText(QStringLiteral("PHÓ CHỦ TỊCH"));
    m_signerName = new QLineEdit(current.signerName);
    m_signerName->setPlaceholderText(tr("The full name printed under the signature"));
    auto* box = new QGroupBox(tr("Signature on documents"));
    auto* form = new QFormLayout(box);
    const QList<std::pair<QString, QLineEdit*>> rows = {{tr("\"&TM.\" line:"), m_signerFor},
                                                        {tr("\"&KT.\" line:"), m_signerProxy},
                                                        {tr("Signer's &title:"), m_signerTitle},
                                                        {tr("Signer's na&me:"), m_signerName}};
    for (const auto& [text, edit] : rows) {
        auto* label = new QLabel(text);
        label->setBuddy(edit);
        form->addRow(label, edit);
    }
    form->addRow(QString(), note(tr("Empty lines are left out. Without a title the issuing body's usual one is "
                                    "printed (the committee's chairman, a department's director); each report can "
                                    "still change it before it is saved.")));
    return box;
}

void SettingsDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_setup->isComplete());

    // Only a district sets a deadline for its communes.
    const bool district = m_setup->result().role == Role::District;
    m_deadline->setEnabled(district);
    m_deadlineNote->setVisible(district);
    m_restartNote->setVisible(languageChanged());
}

void SettingsDialog::accept()
{
    try {
        checkSigner(result());
    } catch (const Error& e) {
        m_message->setText(e.message());
        m_message->show();
        m_signerTitle->setFocus();
        return;
    }
    QDialog::accept();
}

bool SettingsDialog::languageChanged() const
{
    return m_language->currentData().toString() != m_saved.language;
}

InstallationSettings SettingsDialog::result() const
{
    InstallationSettings s = m_setup->result();
    s.language = m_language->currentData().toString();
    s.communeDeadlineDay = m_deadline->date().day();
    s.communeDeadlineMonth = m_deadline->date().month();
    s.minCoveragePercent = m_minCoverage->value();
    s.signerFor = m_signerFor->text().trimmed();
    s.signerProxy = m_signerProxy->text().trimmed();
    s.signerTitle = m_signerTitle->text().trimmed();
    s.signerName = m_signerName->text().trimmed();
    return s;
}

} // namespace chitieu::ui
