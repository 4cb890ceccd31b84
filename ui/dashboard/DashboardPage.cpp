#include "DashboardPage.h"

#include "BackgroundMeasures.h"
#include "DashboardTables.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/format/Dates.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Choices.h"
#include "ui/common/StatusStyle.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace chitieu::ui {

namespace {
QColor ownColour(YearState s)
{
    switch (s) {
    case YearState::Sent:
        return doneColour();
    case YearState::Complete:
    case YearState::InProgress:
        return soonColour();
    case YearState::Returned:
        return overdueColour();
    case YearState::NotStarted:
        break;
    }
    return neutralColour();
}

QString colourStyle(const QColor& background, const QColor& border)
{
    return QStringLiteral("background-color: %1; border: 1px solid %2; border-radius: 4px; padding: 6px;")
        .arg(background.name(), border.name());
}

QGroupBox* boxWith(QWidget* content, QLabel* above = nullptr)
{
    auto* box = new QGroupBox;
    auto* layout = new QVBoxLayout(box);
    if (above)
        layout->addWidget(above);
    layout->addWidget(content);
    return box;
}
} // namespace

DashboardPage::DashboardPage(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    const Catalogue& cat = workspace.catalogue();
    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_today = new QLabel;
    m_year = new QComboBox;
    fillYears(m_year, cat.firstYear, cat.lastYear);
    auto* yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(m_year);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_today);
    bar->addSpacing(12);
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);

    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("reminderBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(colourStyle(soonTone().background, soonTone().border));
    m_banner->setAccessibleName(tr("Deadline reminder"));
    m_banner->hide();

    m_deadlines = new QTableWidget;
    m_deadlines->setAccessibleName(tr("Deliverables and their deadlines"));
    setUpTable(m_deadlines, {tr("Date"), tr("State"), tr("What is due, to or from whom")}, dashboard::DeadlineWhat);
    m_deadlines->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_deadlines->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    auto* deadlinesBox = boxWith(m_deadlines);
    deadlinesBox->setTitle(tr("Deliverables"));

    m_ownState = new QLabel;
    m_ownState->setObjectName(QStringLiteral("ownState"));
    QFont stateFont = m_ownState->font();
    stateFont.setPointSizeF(stateFont.pointSizeF() * 1.4);
    stateFont.setBold(true);
    m_ownState->setFont(stateFont);
    m_ownState->setAlignment(Qt::AlignCenter);
    m_ownDetail = new QLabel;
    m_ownDetail->setWordWrap(true);
    m_ownDetail->setTextFormat(Qt::PlainText);
    m_ownBox = new QGroupBox;
    auto* ownLayout = new QVBoxLayout(m_ownBox);
    ownLayout->addWidget(m_ownState);
    ownLayout->addWidget(m_ownDetail);
    ownLayout->addStretch(1);

    m_units = new QTableWidget;
    m_units->setAccessibleName(tr("Units below"));
    setUpTable(m_units, {tr("Unit"), tr("State"), tr("File made"), tr("Received")}, dashboard::UnitName);
    m_unitsSummary = new QLabel;
    m_unitsSummary->setWordWrap(true);
    m_unitsBox = boxWith(m_units, m_unitsSummary);

    m_measures = new QTableWidget;
    m_measures->setAccessibleName(tr("Measures not met or without data"));
    setUpTable(m_measures, {tr("Measure"), tr("Value"), tr("Target"), tr("Status")}, dashboard::MeasureName);
    m_measuresBox = boxWith(m_measures);

    m_grid = new QGridLayout;
    m_grid->addWidget(deadlinesBox, 0, 0);
    m_grid->addWidget(m_ownBox, 0, 1);
    m_grid->addWidget(m_unitsBox, 1, 0);
    m_grid->addWidget(m_measuresBox, 1, 1);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    m_grid->setRowStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addLayout(m_grid, 1);

    m_background = new BackgroundMeasures(
        [this](const QList<MeasureResult>& measures, const QString& error) { showMeasures(measures, error); }, this);

    connect(m_year, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_units, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const QTableWidgetItem* item = m_units->item(row, 0))
            emit measuresRequested(item->data(RowKeyRole).toString(), year(), m_status.settings.agencyCode);
    });
    connect(m_measures, &QTableWidget::cellDoubleClicked, this, [this](int, int) {
        emit measuresRequested(m_status.settings.unitCode, year(), m_status.settings.agencyCode);
    });

    const QSignalBlocker block(m_year);
    setYear(currentReportingYear(cat, Clock::instance().today()));
    refresh();
}

int DashboardPage::year() const
{
    return m_year->currentData().toInt();
}

void DashboardPage::setYear(int y)
{
    selectData(m_year, y);
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Shown again after the page was made or last refreshed: refreshed when something stored
    // or the day changed meanwhile (the first show follows the constructor's refresh).
    if (m_workspace.db().changeStamp() == m_refreshedAt && Clock::instance().today() == m_refreshedOn &&
        m_refreshedYear == year())
        return;
    refresh();
}

void DashboardPage::refresh()
{
    const QDate today = Clock::instance().today();
    const Database::ChangeStamp stamp = m_workspace.db().changeStamp();
    m_today->setText(tr("Today: %1").arg(formatDate(today)));
    try {
        m_status = yearSchedule(m_workspace, year(), today);
    } catch (const Error& e) {
        showError(e.message());
        m_refreshedAt = {}; // tried again when next shown
        return;
    }
    m_refreshedAt = stamp;
    m_refreshedOn = today;
    m_refreshedYear = year();
    const UnitTree& units = m_workspace.units();
    const QString unitName = units.displayName(m_status.settings.unitCode);
    m_title->setText(tr("Home — %1").arg(unitName));

    m_reminder = reminderText(m_status, units);
    m_banner->setText(QStringLiteral("⚠ ") + m_reminder);
    m_banner->setVisible(!m_reminder.isEmpty());

    fillDeliverables(m_deadlines, m_status);
    showOwnState();

    // A commune has no units below: its measures take the whole width.
    m_unitsBox->setVisible(m_status.below.has_value());
    m_grid->removeWidget(m_measuresBox);
    if (m_status.below)
        m_grid->addWidget(m_measuresBox, 1, 1);
    else
        m_grid->addWidget(m_measuresBox, 1, 0, 1, 2);
    if (m_status.below) {
        const Completeness& b = *m_status.below;
        m_unitsBox->setTitle(tr("Units below: %1 on time · %2 late · %3 received not complete · %4 missing")
                                 .arg(b.onTime)
                                 .arg(b.late)
                                 .arg(b.notComplete)
                                 .arg(b.missing));
        const QDate due = b.units.isEmpty() ? QDate() : b.units.first().deadline;
        m_unitsSummary->setText(tr("%1 units report to %2; their files are due %3 (%4). Double-click a unit to see its "
                                   "measures.")
                                    .arg(b.expected())
                                    .arg(unitName, formatDate(due), daysLeftText(today.daysTo(due))));
        fillUnitsBelow(m_units, m_status, units);
    }

    m_measuresBox->setTitle(tr("Measures to look at: being added up…"));
    m_measures->setRowCount(0);
    m_background->start({m_workspace.db().path(), &m_workspace.catalogue(), m_status.settings, m_status.year});
}

bool DashboardPage::measuresPending() const
{
    return m_background->pending();
}

void DashboardPage::showMeasures(const QList<MeasureResult>& measures, const QString& error)
{
    m_status.measures = measures;
    if (!error.isEmpty()) {
        m_measuresBox->setTitle(tr("The measures could not be added up: %1").arg(error));
        m_measures->setRowCount(0);
        return;
    }
    const Agency* agency = m_status.settings.role == Role::Department
                               ? m_workspace.catalogue().agency(m_status.settings.agencyCode)
                               : nullptr;
    QString measuresTitle = tr("Measures to look at: %1 not met, %2 incomplete, %3 without data, %4 met")
                                .arg(m_status.count(MeasureStatus::NotMet))
                                .arg(m_status.count(MeasureStatus::Incomplete))
                                .arg(m_status.count(MeasureStatus::NoData))
                                .arg(m_status.count(MeasureStatus::Met));
    if (agency)
        measuresTitle += tr(" (indicators of %1)").arg(agency->shortName.text());
    m_measuresBox->setTitle(measuresTitle);
    fillMeasuresToWatch(m_measures, m_status, m_workspace.catalogue(), m_workspace.units());
}

void DashboardPage::showOwnState()
{
    const UnitYearState& own = m_status.own;
    const QString unit = m_workspace.units().displayName(m_status.settings.unitCode);
    QStringList lines;
    if (m_status.consolidation) {
        // A district's or the province's own data is its consolidation of the files below.
        const Consolidation c = *m_status.consolidation;
        const Completeness& b = *m_status.below;
        m_ownBox->setTitle(tr("Consolidation of %1 for %2").arg(unit).arg(m_status.year));
        m_ownState->setText(consolidations.text(c));
        const QColor colour = c == Consolidation::Sent              ? doneColour()
                              : c == Consolidation::NothingReceived ? neutralColour()
                                                                    : soonColour();
        m_ownState->setStyleSheet(colourStyle(colour, colour.darker(130)));
        lines << tr("%1 of %2 files of the units below received (%3 on time, %4 late).")
                     .arg(b.expected() - b.missing)
                     .arg(b.expected())
                     .arg(b.onTime)
                     .arg(b.late);
        if (c == Consolidation::NothingReceived || c == Consolidation::Receiving)
            lines << tr("Import the files as they arrive (Exchange tab), then send the unit's own file.");
        else if (c == Consolidation::AllReceived)
            lines << tr("Every file is in: check the figures, write the reports and send them.");
        m_ownDetail->setText(lines.join(QLatin1Char('\n')));
        return;
    }
    if (const Agency* agency = m_status.settings.role == Role::Department
                                   ? m_workspace.catalogue().agency(m_status.settings.agencyCode)
                                   : nullptr) {
        // A department holds no unit's form: its own part is its reports.
        m_ownBox->setTitle(tr("Reports of %1 for %2").arg(agency->shortName.text()).arg(m_status.year));
        for (const DeliverableStatus& d : m_status.deliverables) {
            if (d.fromBelow)
                continue;
            lines << tr("%1: %2").arg(d.what, deliverableStates.text(d.state));
            if (!d.done() && !d.missing.isEmpty())
                lines << tr("   still to do: %1").arg(d.missing.join(QStringLiteral("; ")));
        }
        const bool allSent = std::all_of(m_status.deliverables.begin(), m_status.deliverables.end(),
                                         [](const DeliverableStatus& d) { return d.fromBelow || d.done(); });
        m_ownState->setText(allSent ? tr("All sent") : tr("To do"));
        const QColor colour = allSent ? doneColour() : soonColour();
        m_ownState->setStyleSheet(colourStyle(colour, colour.darker(130)));
        m_ownDetail->setText(lines.join(QLatin1Char('\n')));
        return;
    }
    m_ownBox->setTitle(tr("Data of %1 for %2").arg(unit).arg(m_status.year));
    m_ownState->setText(yearStates.text(own.state));
    m_ownState->setStyleSheet(colourStyle(ownColour(own.state), ownColour(own.state).darker(130)));
    if (own.form.changedAt.isValid())
        lines
            << (own.form.changedBy.isEmpty()
                    ? tr("Form state set on %1.").arg(formatDate(own.form.changedAt.date()))
                    : tr("Form state set on %1 by %2.").arg(formatDate(own.form.changedAt.date()), own.form.changedBy));
    switch (own.state) {
    case YearState::NotStarted:
        lines << tr("No count is entered yet.");
        break;
    case YearState::InProgress:
        lines << tr("Enter the remaining counts, then mark the form complete and send the file.");
        break;
    case YearState::Complete:
        lines << tr("The form is complete but no file was sent since: send it.");
        break;
    case YearState::Returned:
        lines
            << tr("Returned with this reason: %1").arg(own.form.reason.isEmpty() ? tr("none given") : own.form.reason);
        break;
    case YearState::Sent:
        break;
    }
    if (own.sentAt)
        lines << tr("Last file made on %1.").arg(formatDate(own.sentAt->date()));
    m_ownDetail->setText(lines.join(QLatin1Char('\n')));
}

void DashboardPage::showError(const QString& message)
{
    m_background->drop();
    m_status = YearStatus();
    m_reminder.clear();
    m_title->setText(tr("Home"));
    m_banner->setText(message);
    m_banner->show();
    m_deadlines->setRowCount(0);
    m_units->setRowCount(0);
    m_measures->setRowCount(0);
    m_unitsBox->hide();
    m_ownState->clear();
    m_ownDetail->clear();
}

} // namespace chitieu::ui
