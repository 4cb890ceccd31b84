#include "ExchangePage.h"

#include "CompletenessPanel.h"
#include "ExchangePrompts.h"
#include "ImportPanel.h"
#include "ReceivedFilesPanel.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/exchange/Exporter.h"
#include "core/exchange/KeyStore.h"
#include "core/format/Dates.h"
#include "core/format/FileNames.h"
#include "core/format/Numbers.h"
#include "core/format/PlainText.h"
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
#include <algorithm>

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
    m_exportDeliverable = new QComboBox;
    m_exportDeliverable->setAccessibleName(tr("Deliverable to export"));
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
    m_received = new ReceivedFilesPanel(workspace, m_prompts);
    m_sections->addTab(m_received, tr("Received &files"));
    connect(m_received, &ReceivedFilesPanel::dataChanged, this, [this] {
        refresh();
        emit dataChanged();
    });
    if (!workspace.units().children(s.unitCode).isEmpty()) {
        m_completeness = new CompletenessPanel(workspace, m_prompts);
        m_sections->addTab(m_completeness, tr("Who has &reported"));
        connect(m_completeness, &CompletenessPanel::measuresRequested, this, &ExchangePage::measuresRequested);
        connect(m_completeness, &CompletenessPanel::dataChanged, this, &ExchangePage::dataChanged);
    }

    auto* bar = new QHBoxLayout;
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addWidget(m_exportDeliverable, 1);
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
    m_received->setPrompts(m_prompts);
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

// The deliverables this installation sends as exchange files in the year, its data file first.
void ExchangePage::fillExportDeliverables()
{
    const QString previous = m_exportDeliverable->currentData().toString();
    const QSignalBlocker block(m_exportDeliverable);
    m_exportDeliverable->clear();
    const InstallationSettings s = m_workspace.settings();
    const auto role = planRoleOf(m_workspace.catalogue(), s);
    QList<const Deliverable*> own = ownDeliverables(m_workspace.catalogue(), s, year());
    std::stable_partition(own.begin(), own.end(), [](const Deliverable* d) { return d->dataFile; });
    for (const Deliverable* d : own)
        if (role && d->receiver() != PlanRole::ProvinceCommittee && d->receiver() != *role)
            m_exportDeliverable->addItem(d->name.text(), d->id);
    if (!selectData(m_exportDeliverable, previous))
        m_exportDeliverable->setCurrentIndex(0);
    const bool any = m_exportDeliverable->count() > 0;
    m_export->setEnabled(any && m_workspace.units().find(s.unitCode) != nullptr);
    m_export->setToolTip(any ? QString()
                             : tr("This installation sends no exchange file in %1: its reports go to the Provincial "
                                  "People's Committee as documents (Reports tab).")
                                   .arg(year()));
}

void ExchangePage::refresh()
{
    fillExportDeliverables();
    m_received->refresh();
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
    const QString deliverable = m_exportDeliverable->currentData().toString();
    // A data file that is not complete arrives as "received, not complete" and is not counted: ask.
    if (exchange::fileCarriesData(m_workspace, deliverable, year())) {
        const QString why = exchange::incompleteExportReason(m_workspace, unit, year());
        if (!why.isEmpty() && !m_prompts->confirmIncompleteExport(this, why))
            return false;
    }
    const OrgUnit* own = m_workspace.units().find(unit);
    // The data file keeps its plain name; another deliverable's file starts with its id.
    QString name = own ? exchangeFileName(*own, year()) : QString();
    const Deliverable* dataFile = exchange::ownDataDeliverable(m_workspace, year());
    if (own && !deliverable.isEmpty() && (!dataFile || deliverable != dataFile->id))
        name = fileNamePart(deliverable) + QLatin1Char('-') + name;
    const QString path =
        m_prompts->chooseSaveFile(this, tr("Export the exchange file"), name, tr("Exchange files (*.chitieu)"));
    if (path.isEmpty())
        return false;
    try {
        const exchange::ExportResult r =
            exchange::exportDeliverable(m_workspace, unit, deliverable, year(), path, true);
        m_exportStatus->setText(
            r.units > 0 ? tr("Saved %1: %2 values of %3 units and %4 sections, made on %5. Send this file to the unit "
                             "above.")
                              .arg(path)
                              .arg(formatCount(r.values))
                              .arg(formatCount(r.units))
                              .arg(formatCount(r.sections))
                              .arg(formatDateTime(r.madeAt))
                        : tr("Saved %1: the report with %2 sections, made on %3. Send this file to the unit above.")
                              .arg(path)
                              .arg(formatCount(r.sections))
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
