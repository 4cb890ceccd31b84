#include "MainWindow.h"

#include "MeasuresPage.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/format/Dates.h"
#include "core/units/UnitEnd.h"
#include "core/units/UnitMove.h"
#include "core/workspace/Workspace.h"
#include "ui/agencies/AgenciesPage.h"
#include "ui/backups/BackupsDialog.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/entry/EntryForm.h"
#include "ui/exchange/ExchangePage.h"
#include "ui/exchange/FileDrop.h"
#include "ui/exchange/ImportPanel.h"
#include "ui/help/HelpWindow.h"
#include "ui/history/HistoryPage.h"
#include "ui/narrative/NarrativePage.h"
#include "ui/reports/ReportsPage.h"
#include "ui/setup/AboutDialog.h"
#include "ui/setup/FirstRunDialog.h"
#include "ui/setup/SettingsDialog.h"
#include "ui/targets/TargetsPage.h"
#include "ui/units/UnitHistoryDialog.h"
#include "ui/units/UnitMoveDialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <algorithm>

namespace chitieu::ui {

MainWindow::MainWindow(Workspace& workspace, QWidget* parent) : QMainWindow(parent), m_workspace(workspace)
{
    buildPages();
    buildMenus();
    statusBar()->addPermanentWidget(new QLabel(tr("Database: %1").arg(workspace.db().path())));
    resize(1200, 720);
}

// Every page reads the installation's settings when it is made: after a change of settings the
// pages are made again, so that none keeps the old unit, role, agency or language.
void MainWindow::buildPages()
{
    Workspace& workspace = m_workspace;
    m_targets = nullptr;
    m_tabs = new QTabWidget;
    m_dashboard = new DashboardPage(workspace);
    m_tabs->addTab(m_dashboard, tr("&Home"));
    m_measures = new MeasuresPage(workspace);
    m_tabs->addTab(m_measures, tr("&Measures"));
    m_agencies = new AgenciesPage(workspace);
    m_tabs->addTab(m_agencies, tr("A&gencies"));
    // Data entry follows the unit and year chosen on the measures page; the measures follow its edits.
    m_entry = new EntryForm(workspace);
    m_tabs->addTab(m_entry, tr("&Data entry"));
    connect(m_measures, &MeasuresPage::unitChanged, m_entry, &EntryForm::followUnit);
    connect(m_measures, &MeasuresPage::yearChanged, m_entry, &EntryForm::setYear);
    connect(m_entry, &EntryForm::valuesChanged, m_measures, &MeasuresPage::refresh);
    // Reports follow the same unit and year; edits make them stale, rebuilt when next shown.
    m_reports = new ReportsPage(workspace);
    m_tabs->addTab(m_reports, tr("&Reports"));
    connect(m_measures, &MeasuresPage::unitChanged, m_reports, &ReportsPage::setUnit);
    connect(m_measures, &MeasuresPage::yearChanged, m_reports, &ReportsPage::setYear);
    connect(m_entry, &EntryForm::valuesChanged, m_reports, &ReportsPage::markStale);
    connect(m_dashboard, &DashboardPage::measuresRequested, this, &MainWindow::showMeasures);
    // The words of the reports: saved as typed; the documents and Home read them again.
    m_narrative = new NarrativePage(workspace);
    m_tabs->addTab(m_narrative, tr("Reports to &write"));
    connect(m_narrative, &NarrativePage::sectionsSaved, m_reports, &ReportsPage::markStale);
    connect(m_reports, &ReportsPage::documentSaved, m_dashboard, &DashboardPage::refresh);
    // A commune's or district's own targets, from its own plan.
    const Role role = workspace.settings().role;
    if (role == Role::Commune || role == Role::District) {
        m_targets = new TargetsPage(workspace);
        m_tabs->addTab(m_targets, tr("Own &targets"));
        connect(m_targets, &TargetsPage::targetsChanged, m_reports, &ReportsPage::markStale);
    }
    connect(m_agencies, &AgenciesPage::measuresRequested, this, &MainWindow::showMeasures);
    // Exchange files: export, import (also dropped on the window), who has reported, returns.
    m_exchange = new ExchangePage(workspace);
    m_tabs->addTab(m_exchange, tr("E&xchange"));
    connect(m_exchange, &ExchangePage::measuresRequested, this, &MainWindow::showMeasures);
    connect(m_exchange, &ExchangePage::importStarted, this, [this] { m_tabs->setCurrentWidget(m_exchange); });
    connect(m_exchange, &ExchangePage::dataChanged, m_measures, &MeasuresPage::refresh);
    connect(m_exchange, &ExchangePage::dataChanged, m_entry, &EntryForm::reloadStored);
    connect(m_exchange, &ExchangePage::dataChanged, m_reports, &ReportsPage::markStale);
    connect(m_exchange, &ExchangePage::dataChanged, m_narrative, &NarrativePage::refresh);
    // Who changed which figure: the entry form opens it on a field (Ctrl+Shift+H).
    m_history = new HistoryPage(workspace);
    m_tabs->addTab(m_history, tr("Histor&y"));
    connect(m_entry, &EntryForm::historyRequested, this, [this](const QString& unit, int year, const QString& element) {
        m_history->showValue(unit, year, element);
        m_tabs->setCurrentWidget(m_history);
    });
    installFileDrop(this, m_exchange);
    setCentralWidget(m_tabs); // deletes the pages made before

    const InstallationSettings s = workspace.settings();
    // A unit that the tree in force today no longer holds is told so, with what to do.
    delete statusBar()->findChild<QLabel*>(QStringLiteral("unitEndNotice"));
    if (const std::optional<UnitEnd> end = unitEnd(workspace.unitHistory(), s.unitCode, Clock::instance().today())) {
        auto* notice = new QLabel(end->advice(formatDate(end->ended)));
        notice->setObjectName(QStringLiteral("unitEndNotice"));
        notice->setWordWrap(true);
        statusBar()->addWidget(notice, 1);
    }
    updateMoveAction();
    m_measures->setUnit(s.unitCode.isEmpty() ? workspace.units().roots().value(0)->code : s.unitCode);
    if (!s.agencyCode.isEmpty())
        m_measures->setAgencyFilter(s.agencyCode);
    updateTitle();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Backups..."), this, &MainWindow::showBackups)->setObjectName(QStringLiteral("backupsAction"));
    file->addAction(tr("Administrative &units over the years..."), this, &MainWindow::showUnitHistory)
        ->setObjectName(QStringLiteral("unitHistoryAction"));
    m_moveUnit = file->addAction(tr("Move to the &new unit..."), this, [this] { offerUnitMove(MoveOffer::Asked); });
    m_moveUnit->setObjectName(QStringLiteral("moveUnitAction"));
    updateMoveAction();
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QAction* settingsAction = settings->addAction(tr("&Settings..."), this, &MainWindow::changeSetup);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence::Preferences);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, &MainWindow::showGuide);
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Chỉ Tiêu Trẻ Em"), this, &MainWindow::showAbout)
        ->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::showBackups()
{
    BackupsPrompts prompts;
    BackupsDialog dialog(m_workspace, prompts, this);
    dialog.exec();
    if (dialog.restored())
        emit databaseReplaced();
}

void MainWindow::showUnitHistory()
{
    UnitHistoryDialog dialog(m_workspace, this);
    dialog.exec();
}

namespace {
// The settings' mark of a declined move.
QString moveKey(const UnitMove& move)
{
    return move.fromCode + QLatin1Char('>') + move.toCode;
}
} // namespace

void MainWindow::updateMoveAction()
{
    if (!m_moveUnit)
        return; // the menus are made after the pages
    const QString unit = m_workspace.settings().unitCode;
    m_moveUnit->setEnabled(offeredMove(m_workspace.unitHistory(), unit, Clock::instance().today()).has_value());
}

UnitMoveDialog* MainWindow::offerUnitMove(MoveOffer when)
{
    const InstallationSettings s = m_workspace.settings();
    const std::optional<UnitMove> move = offeredMove(m_workspace.unitHistory(), s.unitCode, Clock::instance().today());
    if (!move || (when == MoveOffer::AtStart && s.declinedMove == moveKey(*move)))
        return nullptr;
    auto* dialog = new UnitMoveDialog(*move, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, m = *move] { moveToNewUnit(m); });
    connect(dialog, &QDialog::rejected, this, [this, key = moveKey(*move)] {
        InstallationSettings now = m_workspace.settings();
        now.declinedMove = key;
        try {
            m_workspace.saveSettings(now);
        } catch (const Error& e) {
            QMessageBox::warning(this, tr("Settings not saved"), e.message());
        }
    });
    dialog->open();
    return dialog;
}

void MainWindow::moveToNewUnit(const UnitMove& move)
{
    if (m_exchange->importPanel()->isBusy()) {
        QMessageBox::information(this, tr("Move to the new unit"),
                                 tr("Files are being imported. Move when the import has finished (File > Move to the "
                                    "new unit...)."));
        return;
    }
    InstallationSettings s = m_workspace.settings();
    try {
        s.serveUnit(m_workspace.units(), move.toCode);
        s.declinedMove.clear();
        m_workspace.saveSettings(s);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Not moved"),
                             tr("%1\n\nThe installation still serves %2.").arg(e.message(), move.fromCode));
        return;
    }
    const int tab = m_tabs->currentIndex();
    buildPages();
    m_tabs->setCurrentIndex(std::min(tab, m_tabs->count() - 1));
    emit settingsChanged();
}

void MainWindow::updateTitle()
{
    // Qt adds the program's name (its display name) after the title: not written twice.
    const InstallationSettings s = m_workspace.settings();
    setWindowTitle(tr("%1 — %2").arg(m_workspace.units().displayName(s.unitCode), s.userName));
}

void MainWindow::showGuide()
{
    if (!m_guide)
        m_guide = new HelpWindow(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::changeSetup()
{
    if (m_exchange->importPanel()->isBusy()) {
        QMessageBox::information(this, tr("Settings"),
                                 tr("Files are being imported. Change the settings when the import has finished."));
        return;
    }
    SettingsDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        m_workspace.saveSettings(dialog.result());
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Settings not saved"),
                             tr("%1\n\nThe settings were not changed. Try again in a moment.").arg(e.message()));
        return;
    }
    const int tab = m_tabs->currentIndex();
    buildPages();
    m_tabs->setCurrentIndex(std::min(tab, m_tabs->count() - 1));
    emit settingsChanged();
}

// The home and agencies screens open the measures table on a unit and year, filtered to an agency.
void MainWindow::showMeasures(const QString& unitCode, int year, const QString& agencyCode)
{
    m_measures->setUnit(unitCode);
    m_measures->setYear(year);
    m_measures->setAgencyFilter(agencyCode);
    m_tabs->setCurrentWidget(m_measures);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_workspace.catalogue(), this);
    dialog.exec();
}

} // namespace chitieu::ui
