#include "AgenciesPage.h"

#include "AgencyMatrix.h"
#include "core/Clock.h"
#include "core/schedule/YearStatus.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Choices.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <functional>

namespace chitieu::ui {

namespace {
QString numbers(const QList<int>& list)
{
    QStringList out;
    for (int n : list)
        out << QString::number(n);
    return out.join(QStringLiteral(", "));
}
} // namespace

AgenciesPage::AgenciesPage(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    const Catalogue& cat = workspace.catalogue();
    auto* title = new QLabel(tr("Agencies and their indicators (plan section III)"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_unit = new QComboBox;
    m_unit->setAccessibleName(tr("Unit"));
    fillUnitTree(m_unit, workspace.units(), workspace.settings().unitCode);
    m_year = new QComboBox;
    fillYears(m_year, cat.firstYear, cat.lastYear);
    auto* unitLabel = new QLabel(tr("&Unit:"));
    unitLabel->setBuddy(m_unit);
    auto* yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(m_year);
    auto* bar = new QHBoxLayout;
    bar->addWidget(title, 1);
    bar->addWidget(unitLabel);
    bar->addWidget(m_unit);
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);

    auto* legend = new QLabel(tr("L: leads the indicator. C: coordinates it. Met, not met and no data count the "
                                 "measures of the indicators the agency leads or coordinates, for the unit and year "
                                 "chosen. Double-click an agency to see its measures."));
    legend->setWordWrap(true);

    m_matrix = new QTableWidget;
    m_matrix->setAccessibleName(tr("Agencies and indicators"));
    setUpAgencyMatrix(m_matrix, cat);

    m_detail = new QLabel;
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_showMeasures = new QPushButton(tr("Show its &measures"));
    auto* detailBox = new QGroupBox(tr("Tasks"));
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->addWidget(m_detail);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_showMeasures);
    detailLayout->addLayout(buttonRow);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(legend);
    layout->addWidget(m_matrix, 1);
    layout->addWidget(detailBox);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &AgenciesPage::refresh);
    connect(m_year, &QComboBox::currentIndexChanged, this, &AgenciesPage::refresh);
    connect(m_matrix, &QTableWidget::currentCellChanged, this, &AgenciesPage::showDetail);
    connect(m_matrix, &QTableWidget::cellDoubleClicked, this, &AgenciesPage::requestMeasures);
    connect(m_showMeasures, &QPushButton::clicked, this, &AgenciesPage::requestMeasures);

    const InstallationSettings s = workspace.settings();
    {
        const QSignalBlocker blockUnit(m_unit);
        const QSignalBlocker blockYear(m_year);
        setUnit(s.unitCode);
        setYear(currentReportingYear(cat, Clock::instance().today()));
    }
    refresh();
    selectAgency(s.agencyCode.isEmpty() ? cat.agencies.value(0).code : s.agencyCode);
}

void AgenciesPage::setUnit(const QString& code)
{
    selectData(m_unit, code);
}

void AgenciesPage::setYear(int y)
{
    selectData(m_year, y);
}

QString AgenciesPage::unit() const
{
    return m_unit->currentData().toString();
}

int AgenciesPage::year() const
{
    return m_year->currentData().toInt();
}

void AgenciesPage::selectAgency(const QString& code)
{
    for (int row = 0; row < m_matrix->rowCount(); ++row)
        if (m_matrix->item(row, 0)->data(AgencyCodeRole).toString() == code) {
            m_matrix->setCurrentCell(row, 0);
            return;
        }
}

QString AgenciesPage::currentAgency() const
{
    const QTableWidgetItem* item = m_matrix->item(m_matrix->currentRow(), 0);
    return item ? item->data(AgencyCodeRole).toString() : QString();
}

void AgenciesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void AgenciesPage::refresh()
{
    if (unit().isEmpty())
        return;
    const QString agency = currentAgency();
    CountingRule rule;
    rule.minCoveragePercent = m_workspace.settings().minCoveragePercent;
    fillAgencyMatrix(m_matrix, m_workspace.catalogue(), m_workspace.calculator().computeAll(unit(), year(), rule));
    selectAgency(agency);
    showDetail();
}

void AgenciesPage::showDetail()
{
    const Catalogue& cat = m_workspace.catalogue();
    const Agency* a = cat.agency(currentAgency());
    m_showMeasures->setEnabled(a && !cat.indicatorsOfAgency(a->code).isEmpty());
    if (!a) {
        m_detail->clear();
        return;
    }
    QString part;
    if (!a->leads.isEmpty())
        part += tr("Leads indicators %1.").arg(numbers(a->leads)) + QLatin1Char(' ');
    if (!a->coordinates.isEmpty())
        part += tr("Coordinates indicators %1.").arg(numbers(a->coordinates));
    if (part.isEmpty())
        part = tr("Has tasks in the plan but no indicator of its own.");
    m_detail->setText(
        QStringLiteral("<b>%1</b><br>%2<br><i>%3</i>")
            .arg(a->name.text().toHtmlEscaped(), a->tasks.text().toHtmlEscaped(), part.trimmed().toHtmlEscaped()));
}

void AgenciesPage::requestMeasures()
{
    const QString agency = currentAgency();
    if (!agency.isEmpty() && !m_workspace.catalogue().indicatorsOfAgency(agency).isEmpty())
        emit measuresRequested(unit(), year(), agency);
}

} // namespace chitieu::ui
