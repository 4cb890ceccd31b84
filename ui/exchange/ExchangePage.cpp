#include "ExchangePage.h"

#include "CompletenessPanel.h"
#include "ExchangePrompts.h"
#include "ImportPanel.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/exchange/Exporter.h"
#include "core/exchange/KeyStore.h"
#include "core/format/Dates.h"
#include "core/format/FileNames.h"
#include "core/format/Numbers.h"
#include "core/schedule/YearStatus.h"
#include "core/store/FormStatus.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Choices.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace chitieu::ui {

ExchangePage::ExchangePage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_defaultPrompts(std::make_unique<ExchangePrompts>()),
      m_prompts(m_defaultPrompts.get())
{
    const Catalogue& cat = workspace.catalogue();
    const InstallationSettings s = workspace.settings();

    m_year = new QComboBox;
    fillYears(m_year, cat.baselineYear, cat.lastYear);
    auto* yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(m_year);
    m_export = new QPushButton(tr("&Export the file of %1...").arg(workspace.units().displayName(s.unitCode)));
    m_export->setEnabled(workspace.units().find(s.unitCode) != nullptr);
    m_exportStatus = new QLabel;
    m_exportStatus->setWordWrap(true);
    m_returned = new QLabel;
    m_returned->setWordWrap(true);
    m_returned->setVisible(false);
    QFont bold = m_returned->font();
    bold.setBold(true);
    m_returned->setFont(bold);
    m_key = new QLabel;
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    try {
        // The installation's key is made at its first start, so the first file is signed with it.
        m_key->setText(
            tr("This installation's signing key: %1 (the unit above can compare it by phone)")
                .arg(exchange::crypto::fingerprint(exchange::keystore::ensureOwnKey(workspace.db()).publicKey)));
    } catch (const Error& e) {
        m_key->setText(e.message());
    }

    m_sections = new QTabWidget;
    m_import = new ImportPanel(workspace, m_prompts);
    m_sections->addTab(m_import, tr("&Import"));
    if (!workspace.units().children(s.unitCode).isEmpty()) {
        m_completeness = new CompletenessPanel(workspace, m_prompts);
        m_sections->addTab(m_completeness, tr("Who has &reported"));
        connect(m_completeness, &CompletenessPanel::measuresRequested, this, &ExchangePage::measuresRequested);
        connect(m_completeness, &CompletenessPanel::dataChanged, this, &ExchangePage::dataChanged);
    }

    auto* bar = new QHBoxLayout;
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addWidget(m_export);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_exportStatus);
    layout->addWidget(m_returned);
    layout->addWidget(m_sections, 1);
    layout->addWidget(m_key);

    connect(m_export, &QPushButton::clicked, this, &ExchangePage::exportOwnFile);
    connect(m_year, &QComboBox::currentIndexChanged, this, &ExchangePage::refresh);
    connect(m_import, &ImportPanel::dataChanged, this, [this] {
        refresh();
        emit dataChanged();
    });
    setYear(currentReportingYear(cat, Clock::instance().today()));
    refresh();
}

ExchangePage::~ExchangePage() = default;

void ExchangePage::setPrompts(ExchangePrompts* prompts)
{
    m_prompts = prompts ? prompts : m_defaultPrompts.get();
    m_import->setPrompts(m_prompts);
    if (m_completeness)
        m_completeness->setPrompts(m_prompts);
}

void ExchangePage::setYear(int y)
{
    selectData(m_year, y);
}

int ExchangePage::year() const
{
    return m_year->currentData().toInt();
}

void ExchangePage::refresh()
{
    if (m_completeness)
        m_completeness->setYear(year());
    showOwnState();
}

// A commune whose file was returned sees why, here as on its form.
void ExchangePage::showOwnState()
{
    const QString unit = m_workspace.settings().unitCode;
    const FormStatus s = FormStatus::load(m_workspace.db(), unit, year());
    m_returned->setVisible(s.state == FormState::Returned);
    if (s.state == FormState::Returned)
        m_returned->setText(tr("Your file for %1 was returned on %2 by %3: %4. Correct the form and send a new file.")
                                .arg(year())
                                .arg(formatDate(s.changedAt.date()), s.changedBy, s.reason));
}

QList<exchange::FileOutcome> ExchangePage::importFiles(const QStringList& paths)
{
    // Dropped or opened files: the window shows the page where their results appear.
    emit importStarted();
    m_sections->setCurrentWidget(m_import);
    return m_import->importFiles(paths);
}

bool ExchangePage::exportOwnFile()
{
    const QString unit = m_workspace.settings().unitCode;
    // A file that is not complete arrives as "received, not complete" and is not counted: ask.
    const QString why = exchange::incompleteExportReason(m_workspace, unit, year());
    if (!why.isEmpty() && !m_prompts->confirmIncompleteExport(this, why))
        return false;
    const OrgUnit* own = m_workspace.units().find(unit);
    const QString path =
        m_prompts->chooseSaveFile(this, tr("Export the exchange file"),
                                  own ? exchangeFileName(*own, year()) : QString(), tr("Exchange files (*.chitieu)"));
    if (path.isEmpty())
        return false;
    try {
        const exchange::ExportResult r = exchange::exportSubmission(m_workspace, unit, year(), path, true);
        m_exportStatus->setText(tr("Saved %1: %2 values of %3 units, made on %4. Send this file to the unit above.")
                                    .arg(path)
                                    .arg(formatCount(r.values))
                                    .arg(formatCount(r.units))
                                    .arg(formatDateTime(r.madeAt)));
    } catch (const Error& e) {
        m_exportStatus->setText(e.message());
        m_prompts->showError(this, e.message());
        return false;
    }
    emit dataChanged();
    return true;
}

} // namespace chitieu::ui
