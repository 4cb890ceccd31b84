#include "MeasuresPage.h"

#include "MeasuresModel.h"
#include "UnitTreeModel.h"
#include "core/Clock.h"
#include "core/report/ReportModel.h"
#include "core/report/ReportText.h"
#include "core/schedule/YearStatus.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Choices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace chitieu::ui {

MeasuresPage::MeasuresPage(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    const Catalogue& cat = workspace.catalogue();
    m_unitModel = new UnitTreeModel(UnitTree(), this); // the tree of the year, below
    m_measures = new MeasuresModel(cat, workspace.units(), this);

    m_unitView = new QTreeView;
    m_unitView->setModel(m_unitModel);
    m_unitView->setHeaderHidden(true);
    m_unitView->setAccessibleName(tr("Units"));

    m_measuresView = new QTreeView;
    m_measuresView->setModel(m_measures);
    m_measuresView->setAlternatingRowColors(true);
    // Group titles and measure names wrap rather than end in "...".
    m_measuresView->setUniformRowHeights(false);
    m_measuresView->setWordWrap(true);
    m_measuresView->setTextElideMode(Qt::ElideNone);
    m_measuresView->setAccessibleName(tr("Measures"));
    m_measuresView->header()->setSectionResizeMode(MeasuresModel::Name, QHeaderView::Stretch);
    m_measuresView->header()->setStretchLastSection(false);

    m_year = new QComboBox;
    fillYears(m_year, cat.baselineYear, cat.lastYear);
    m_agency = new QComboBox;
    fillAgencies(m_agency, cat, false);

    m_includeInProgress = new QCheckBox(tr("Count forms &not yet complete"));
    m_includeInProgress->setToolTip(
        tr("Consolidated figures count the communes whose form is complete. Tick this to count forms still in "
           "progress too; the figures then say so."));
    m_coverage = new QLabel;
    m_coverage->setWordWrap(true);
    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto* yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(m_year);
    auto* agencyLabel = new QLabel(tr("&Agency:"));
    agencyLabel->setBuddy(m_agency);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addWidget(agencyLabel);
    bar->addWidget(m_agency);
    bar->addWidget(m_includeInProgress);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(bar);
    rightLayout->addWidget(m_coverage);
    rightLayout->addWidget(m_measuresView);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_unitView);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_unitView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const QString code = current.data(UnitTreeModel::UnitCodeRole).toString();
                if (!code.isEmpty() && !m_followingYear)
                    m_wantedUnit = code;
                if (!code.isEmpty() && code != m_unitCode) {
                    m_unitCode = code;
                    refresh();
                    emit unitChanged(code);
                }
            });
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        showTreeOfYear();
        refresh();
        emit yearChanged(year());
    });
    connect(m_agency, &QComboBox::currentIndexChanged, this, &MeasuresPage::refresh);
    connect(m_includeInProgress, &QCheckBox::toggled, this, &MeasuresPage::refresh);

    {
        const QSignalBlocker block(m_year);
        setYear(currentReportingYear(cat, Clock::instance().today()));
    }
    showTreeOfYear();
}

void MeasuresPage::showTreeOfYear()
{
    QDate from;
    const UnitTree tree = unitsOfYear(m_workspace, year(), &from);
    if (m_treeShown && from == m_treeFrom)
        return; // the same tree: nothing moves
    m_treeShown = true;
    m_treeFrom = from;
    const QString& chosen = m_unitCode;
    {
        const QSignalBlocker block(m_unitView->selectionModel());
        m_unitModel->setTree(tree);
    }
    const QString own = m_workspace.settings().unitCode;
    QString next = tree.find(m_wantedUnit) ? m_wantedUnit : chosen;
    if (!tree.find(next))
        next = tree.find(own) ? own : (tree.roots().isEmpty() ? QString() : tree.roots().first()->code);
    m_unitView->expandToDepth(0);
    m_followingYear = true;
    const QModelIndex index = m_unitModel->indexOf(next);
    m_unitView->expand(index.parent());
    m_unitView->setCurrentIndex(index); // the same unit as before: selected again, without a signal
    m_unitView->scrollTo(index);
    m_followingYear = false;
}

int MeasuresPage::year() const
{
    return m_year->currentData().toInt();
}

void MeasuresPage::setUnit(const QString& code)
{
    m_wantedUnit = code;
    const QModelIndex index = m_unitModel->indexOf(code);
    if (!index.isValid()) {
        // Not in the tree of the year shown (a unit of another year): its figures are shown,
        // with no unit of the tree selected.
        if (!m_workspace.units().find(code) || code == m_unitCode)
            return;
        {
            const QSignalBlocker block(m_unitView->selectionModel());
            m_unitView->setCurrentIndex(QModelIndex());
        }
        m_unitCode = code;
        refresh();
        emit unitChanged(code);
        return;
    }
    m_unitView->expand(index.parent());
    m_unitView->setCurrentIndex(index);
    m_unitView->scrollTo(index);
}

void MeasuresPage::setYear(int y)
{
    selectData(m_year, y);
}

void MeasuresPage::setAgencyFilter(const QString& agencyCode)
{
    selectData(m_agency, agencyCode);
}

void MeasuresPage::setIncludeInProgress(bool on)
{
    m_includeInProgress->setChecked(on);
}

void MeasuresPage::refresh()
{
    if (m_unitCode.isEmpty())
        return;
    m_title->setText(tr("%1 — %2").arg(m_workspace.units().displayName(m_unitCode)).arg(year()));
    ReportOptions options;
    options.includeInProgress = m_includeInProgress->isChecked();
    const ReportCoverage coverage = reportparts::coverageOf(m_workspace, m_unitCode, year(), options);
    const OrgUnit* unit = m_workspace.units().find(m_unitCode);
    const QString sentence = reporttext::coverageSentence(coverage, unit ? unit->level : UnitLevel::Commune);
    m_coverage->setText(sentence);
    m_coverage->setVisible(!sentence.isEmpty());
    m_includeInProgress->setEnabled(unit && unit->level != UnitLevel::Commune);
    m_measures->setResults(m_workspace.calculator().computeAll(m_unitCode, year(), coverage.rule),
                           m_agency->currentData().toString());
    m_measuresView->expandAll();
    for (int c = 1; c < MeasuresModel::ColumnCount; ++c)
        m_measuresView->resizeColumnToContents(c);
}

} // namespace chitieu::ui
