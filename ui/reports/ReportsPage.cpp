#include "ReportsPage.h"

#include "ChartPanel.h"
#include "DocumentDetailsDialog.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/format/FileNames.h"
#include "core/format/PlainText.h"
#include "core/report/ReportCsv.h"
#include "core/report/ReportText.h"
#include "core/report/ReportXlsx.h"
#include "core/schedule/DeliverableDates.h"
#include "core/schedule/DeliverableStatus.h"
#include "core/schedule/YearStatus.h"
#include "core/store/YearTree.h"
#include "core/workspace/Workspace.h"
#include "render/ReportPrinter.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/Choices.h"
#include "ui/common/SavedNotice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace chitieu::ui {

ReportsPage::ReportsPage(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    m_kind = new QComboBox;
    m_kind->addItem(tr("Annual report"), static_cast<int>(Kind::Annual));
    m_kind->addItem(tr("Mid-term review"), static_cast<int>(Kind::MidTerm));
    m_kind->addItem(tr("Final review"), static_cast<int>(Kind::Final));
    m_unit = new QComboBox;
    m_unit->setMinimumContentsLength(24);
    m_year = new QComboBox;
    const Catalogue& cat = workspace.catalogue();
    fillYears(m_year, cat.baselineYear, cat.lastYear);
    selectData(m_year, currentReportingYear(cat, Clock::instance().today()));
    m_protect = new QCheckBox(tr("Protect small &numbers (for sharing outside the administration)"));
    m_protect->setToolTip(reporttext::protectedNote());
    m_includeInProgress = new QCheckBox(tr("Count forms not yet &complete"));
    m_includeInProgress->setToolTip(
        tr("Consolidated figures count the communes whose form is complete. Tick this to count forms still in "
           "progress too; the report then says so."));
    // A department sees its own indicators first; anyone may choose another agency or all.
    m_agency = new QComboBox;
    fillAgencies(m_agency, cat, true);
    selectData(m_agency, workspace.settings().agencyCode);
    refillUnitTree(m_unit, unitsOfYear(workspace, year()), workspace.settings().unitCode);
    m_deliverable = new QComboBox;
    m_deliverable->setMinimumContentsLength(24);
    m_deliverable->setAccessibleName(tr("Deliverable"));
    fillDeliverables();
    auto* detailsButton = new QPushButton(tr("Document &details..."));

    auto* previewButton = new QPushButton(tr("Print pre&view..."));
    auto* printButton = new QPushButton(tr("Prin&t..."));
    auto* pdfButton = new QPushButton(tr("Save &as PDF..."));
    auto* xlsxButton = new QPushButton(tr("Save for &Excel..."));
    auto* csvButton = new QPushButton(tr("Save as &CSV..."));
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_charts = new ChartPanel;

    auto* choice = new QHBoxLayout;
    for (auto [label, widget] : {std::pair<QString, QWidget*>{tr("&Kind of report:"), m_kind},
                                 {tr("&Unit:"), m_unit},
                                 {tr("&Year:"), m_year},
                                 {tr("A&gency:"), m_agency},
                                 {tr("Deli&verable:"), m_deliverable}}) {
        auto* l = new QLabel(label);
        l->setBuddy(widget);
        choice->addWidget(l);
        choice->addWidget(widget);
    }
    choice->addStretch();
    // The options sit beside the buttons, so that the page fits a 1366-pixel screen.
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {detailsButton, previewButton, printButton, pdfButton, xlsxButton, csvButton})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_protect);
    actions->addWidget(m_includeInProgress);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addLayout(actions);
    layout->addWidget(m_summary);
    layout->addWidget(m_charts, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillDeliverables();
        choiceChanged();
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        m_wantedUnit = unit();
        choiceChanged();
    });
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        // The units of the year's tree (the tree in force on its data date).
        refillUnitTree(m_unit, unitsOfYear(m_workspace, year()), m_workspace.settings().unitCode);
        {
            const QSignalBlocker block(m_unit);
            selectData(m_unit, m_wantedUnit);
        }
        fillDeliverables();
        choiceChanged();
    });
    connect(m_deliverable, &QComboBox::currentIndexChanged, this, &ReportsPage::choiceChanged);
    connect(detailsButton, &QPushButton::clicked, this, &ReportsPage::editDetails);
    connect(m_protect, &QCheckBox::toggled, this, &ReportsPage::markStale);
    connect(m_includeInProgress, &QCheckBox::toggled, this, &ReportsPage::markStale);
    connect(m_agency, &QComboBox::currentIndexChanged, this, &ReportsPage::markStale);
    connect(previewButton, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(printButton, &QPushButton::clicked, this, &ReportsPage::print);
    connect(pdfButton, &QPushButton::clicked, this, &ReportsPage::savePdf);
    connect(xlsxButton, &QPushButton::clicked, this, &ReportsPage::saveXlsx);
    connect(csvButton, &QPushButton::clicked, this, &ReportsPage::saveCsv);
    connect(m_charts, &ChartPanel::saveRequested, this, &ReportsPage::saveChartPng);
    m_year->setEnabled(kind() == Kind::Annual);
}

// "The figures alone", then this installation's deliverables of the kind and year chosen.
void ReportsPage::fillDeliverables()
{
    const QString previous = m_deliverable->currentData().toString();
    const QSignalBlocker block(m_deliverable);
    m_deliverable->clear();
    m_deliverable->addItem(tr("The figures alone"), QString());
    const std::optional<ReviewKind> review = kind() == Kind::Annual    ? std::nullopt
                                             : kind() == Kind::MidTerm ? std::optional(ReviewKind::MidTerm)
                                                                       : std::optional(ReviewKind::Final);
    const Catalogue& cat = m_workspace.catalogue();
    for (const Deliverable& d : cat.deliverables) {
        const int y = review ? d.year.value_or(0) : year();
        if (d.review != review || !d.isDue(y))
            continue;
        for (const Deliverable* own : ownDeliverables(cat, m_workspace.settings(), y))
            if (own == &d)
                m_deliverable->addItem(d.name.text(), d.id);
    }
    if (!selectData(m_deliverable, previous))
        m_deliverable->setCurrentIndex(0);
}

bool ReportsPage::setDeliverable(const QString& id)
{
    return selectData(m_deliverable, id);
}

QString ReportsPage::deliverable() const
{
    return m_deliverable->currentData().toString();
}

void ReportsPage::choiceChanged()
{
    m_header.reset();
    markStale();
}

void ReportsPage::setHeader(const OfficialHeader& header)
{
    m_header = header;
    markStale();
}

bool ReportsPage::editDetails()
{
    ensureFresh();
    if (!m_annual) {
        showError(tr("There is no report to change: %1").arg(m_summary->text()));
        return false;
    }
    OfficialHeader h = review() ? review()->header : m_annual->header;
    if (!askDetails(h))
        return false;
    setHeader(h);
    ensureFresh();
    return true;
}

bool ReportsPage::askDetails(OfficialHeader& header)
{
    DocumentDetailsDialog dialog(header, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    header = dialog.result();
    return true;
}

void ReportsPage::markStale()
{
    m_year->setEnabled(kind() == Kind::Annual);
    m_stale = true;
    if (isVisible())
        refresh();
}

void ReportsPage::ensureFresh()
{
    if (m_stale)
        refresh();
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    ensureFresh();
}

ReportsPage::~ReportsPage()
{
    m_charts->setReports(nullptr, nullptr, nullptr); // the panel must not outlive the reports it shows
}

void ReportsPage::setUnit(const QString& code)
{
    if (!selectData(m_unit, code))
        m_wantedUnit = code; // a unit of another year's tree: chosen when that year is
}

void ReportsPage::setYear(int year)
{
    selectData(m_year, year);
}

void ReportsPage::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

void ReportsPage::setProtectSmallNumbers(bool on)
{
    m_protect->setChecked(on);
}

void ReportsPage::setIncludeInProgress(bool on)
{
    m_includeInProgress->setChecked(on);
}

void ReportsPage::setAgency(const QString& agencyCode)
{
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(agencyCode)));
}

QString ReportsPage::unit() const
{
    return m_unit->currentData().toString();
}

int ReportsPage::year() const
{
    return m_year->currentData().toInt();
}

ReportsPage::Kind ReportsPage::kind() const
{
    return static_cast<Kind>(m_kind->currentData().toInt());
}

const ReviewReport* ReportsPage::review() const
{
    return m_documentIsReview ? m_trend.get() : nullptr;
}

void ReportsPage::refresh()
{
    m_stale = false;
    m_charts->setReports(nullptr, nullptr, nullptr);
    m_annual.reset();
    m_trend.reset();
    const Kind k = kind();
    m_documentIsReview = k != Kind::Annual;
    m_year->setEnabled(!m_documentIsReview);
    ReportOptions options;
    options.protectSmallNumbers = m_protect->isChecked();
    options.agency = m_agency->currentData().toString();
    options.includeInProgress = m_includeInProgress->isChecked();
    options.header = m_header;
    try {
        const ReviewKind review = k == Kind::MidTerm ? ReviewKind::MidTerm : ReviewKind::Final;
        // The deliverable's words go into the document: the review's, or the year's report.
        ReportOptions reviewOptions = options;
        ReportOptions annualOptions = options;
        (m_documentIsReview ? reviewOptions : annualOptions).deliverable = deliverable();
        if (m_documentIsReview) {
            m_trend = std::make_unique<ReviewReport>(buildReview(m_workspace, unit(), review, reviewOptions));
            m_annual =
                std::make_unique<AnnualReport>(buildAnnualReport(m_workspace, unit(), m_trend->endYear, annualOptions));
        } else {
            m_annual = std::make_unique<AnnualReport>(buildAnnualReport(m_workspace, unit(), year(), annualOptions));
            // The trend chart's review stands on the report year's unit tree, so that a unit
            // whose level ended later (a district in 2025) still has its trend. A commune that
            // tree does not hold has its own counts on its own.
            ReportOptions trendOptions = reviewOptions;
            trendOptions.onTree = yeartree::of(m_workspace.db(), m_workspace.catalogue(), year());
            if (trendOptions.onTree.isValid() && !m_workspace.treeOfYear(year()).find(unit()))
                trendOptions.onTree = QDate();
            m_trend = std::make_unique<ReviewReport>(buildReview(m_workspace, unit(), review, trendOptions));
        }
    } catch (const Error& e) {
        m_annual.reset();
        m_trend.reset();
        m_summary->setText(e.message());
        emit documentChanged();
        return;
    }
    m_summary->setText(summary());
    m_charts->setReports(m_annual.get(), m_trend.get(), review());
    emit documentChanged();
}

QString ReportsPage::summary() const
{
    if (!m_annual)
        return {};
    if (const ReviewReport* r = review())
        return tr("%1: in %2, %3; %4 off track.")
            .arg(reporttext::reviewTitle(*r))
            .arg(r->endYear)
            .arg(reporttext::statusCounts(*r))
            .arg(r->offTrack.size());
    QString text = tr("%1: %2.").arg(reporttext::annualTitle(*m_annual), reporttext::statusCounts(*m_annual));
    const QString coverage = reporttext::coverageSentence(m_annual->coverage, m_annual->level);
    return coverage.isEmpty() ? text : text + QLatin1Char(' ') + coverage;
}

int ReportsPage::renderTo(QPagedPaintDevice& device)
{
    ensureFresh();
    try {
        if (const ReviewReport* r = review())
            return render::paint(*r, device);
        if (m_annual)
            return render::paint(*m_annual, device);
        showError(tr("There is no report to print: %1").arg(m_summary->text()));
    } catch (const Error& e) {
        showError(e.message());
    }
    return 0;
}

void ReportsPage::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview"));
    // Large and fitted to the width: the A4 page readable at once, not a small window at 38 %.
    if (const QWidget* top = window())
        dialog.resize(top->size() * 0.95);
    if (auto* view = dialog.findChild<QPrintPreviewWidget*>())
        view->fitToWidth();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) { renderTo(*p); });
    runPreview(dialog);
}

void ReportsPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    if (askPrinter(printer))
        renderTo(printer);
}

QString ReportsPage::suggestedFileName(const QString& extension) const
{
    const OrgUnit* u = m_workspace.units().find(unit());
    if (!u)
        return QStringLiteral("report.%1").arg(extension);
    QString name;
    switch (kind()) {
    case Kind::MidTerm:
        name = documentFileName(DocumentKind::MidTermReview, *u, m_trend ? m_trend->endYear : year(), extension);
        break;
    case Kind::Final:
        name = documentFileName(DocumentKind::FinalReview, *u, m_trend ? m_trend->endYear : year(), extension);
        break;
    case Kind::Annual:
        name = documentFileName(DocumentKind::AnnualReport, *u, year(), extension);
        break;
    }
    // A deliverable's document: its id first ("ID-Bao-cao-Quang-Dien-2025.pdf").
    return deliverable().isEmpty() ? name : fileNamePart(deliverable()) + QLatin1Char('-') + name;
}

bool ReportsPage::save(const QString& caption, ReportFileFormat format, const QString& extension, const QString& filter)
{
    ensureFresh();
    if (!m_annual) {
        showError(tr("There is no report to save: %1").arg(m_summary->text()));
        return false;
    }
    const QString path = askSaveFileName(caption, suggestedFileName(extension), filter);
    if (path.isEmpty())
        return false;
    // Plain inputs for the worker: it builds the report again on its own connection.
    ReportJob job;
    job.databasePath = m_workspace.db().path();
    job.catalogue = &m_workspace.catalogue();
    job.unitCode = unit();
    job.year = year();
    job.kind = kind() == Kind::MidTerm ? ReportJobKind::MidTerm
               : kind() == Kind::Final ? ReportJobKind::Final
                                       : ReportJobKind::Annual;
    job.options.protectSmallNumbers = m_protect->isChecked();
    job.options.agency = m_agency->currentData().toString();
    job.options.deliverable = deliverable();
    job.options.header = m_header;
    job.format = format;
    job.path = path;
    job.sent = sentRecord(path, format);
    TaskProgress* progressPtr = nullptr;
    TaskProgress progress(this, [this, &progressPtr](int done, int total, const QString& step) {
        watchProgress(*progressPtr, done, total, step);
    });
    progressPtr = &progress;
    try {
        runInBackground([&job](TaskProgress& p) { runReportJob(job, p); }, progress);
    } catch (const Cancelled&) {
        endProgress();
        return false;
    } catch (const Error& e) {
        endProgress();
        showError(e.message());
        return false;
    }
    endProgress();
    if (job.sent)
        emit documentSaved();
    showSaved(path);
    return true;
}

// A document of this installation's own deliverable, saved, counts as sent.
std::optional<SentRecord> ReportsPage::sentRecord(const QString& path, ReportFileFormat format) const
{
    const InstallationSettings s = m_workspace.settings();
    const Deliverable* d = m_workspace.catalogue().deliverable(deliverable());
    if (!d || unit() != s.unitCode)
        return std::nullopt;
    const SentKind kind = format == ReportFileFormat::Pdf    ? SentKind::Pdf
                          : format == ReportFileFormat::Xlsx ? SentKind::Xlsx
                                                             : SentKind::Csv;
    return SentRecord{s.unitCode,
                      ownAgency(s),
                      review() ? review()->endYear : year(),
                      d->id,
                      kind,
                      Clock::instance().now(),
                      QString(),
                      QFileInfo(path).fileName()};
}

void ReportsPage::watchProgress(TaskProgress& progress, int done, int total, const QString& step)
{
    if (!m_progress) {
        m_progress = new QProgressDialog(this);
        m_progress->setWindowTitle(tr("Saving the report"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(400);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, [&progress] { progress.cancel(); });
    }
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    m_progress->setLabelText(step);
}

void ReportsPage::endProgress()
{
    delete m_progress;
    m_progress = nullptr;
}

void ReportsPage::showSaved(const QString& path)
{
    showSavedNotice(this, tr("Reports"), path);
}

bool ReportsPage::savePdf()
{
    return save(tr("Save the report as PDF"), ReportFileFormat::Pdf, QStringLiteral("pdf"),
                tr("PDF documents (*.pdf)"));
}

bool ReportsPage::saveXlsx()
{
    return save(tr("Save the report for Excel"), ReportFileFormat::Xlsx, QStringLiteral("xlsx"),
                tr("Excel workbooks (*.xlsx)"));
}

bool ReportsPage::saveCsv()
{
    return save(tr("Save the report as CSV"), ReportFileFormat::Csv, QStringLiteral("csv"), tr("CSV files (*.csv)"));
}

bool ReportsPage::saveChartPng()
{
    ensureFresh();
    QString name = suggestedFileName(QStringLiteral("png"));
    name.insert(name.size() - 4, QLatin1Char('-') + fileNamePart(tr("chart")));
    const QString path = askSaveFileName(tr("Save the chart as PNG"), name, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return false;
    try {
        m_charts->saveChart(path);
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
    showSaved(path);
    return true;
}

QString ReportsPage::askSaveFileName(const QString& caption, const QString& suggestedName, const QString& filter)
{
    return QFileDialog::getSaveFileName(this, caption, suggestedName, filter);
}

void ReportsPage::runPreview(QPrintPreviewDialog& dialog)
{
    dialog.exec();
}

bool ReportsPage::askPrinter(QPrinter& printer)
{
    QPrintDialog dialog(&printer, this);
    return dialog.exec() == QDialog::Accepted;
}

void ReportsPage::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Reports"), message);
}

} // namespace chitieu::ui
