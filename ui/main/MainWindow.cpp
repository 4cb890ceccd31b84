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
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTabWidget>
#include <algorithm>

namespace chitieu::ui {

MainWindow::MainWindow(Workspace& workspace, QWidget* parent) : QMainWindow(parent), m_workspace(workspace)
{
    buildPages();
    buildMenus();
    installFileDrop(this, [this] { return exchangePage(); });
    statusBar()->addPermanentWidget(new QLabel(tr("Database: %1").arg(workspace.db().path())));
    resize(1200, 720);
}

// Every page reads the installation's settings when it is made: after a change of settings the
// pages are made again, so that none keeps the old unit, role, agency or language. Only Home is
// made now; each other page when its tab is first shown (or a screen asks for it).
void MainWindow::buildPages()
{
    Workspace& workspace = m_workspace;
    m_measures = nullptr;
    m_agencies = nullptr;
    m_entry = nullptr;
    m_reports = nullptr;
    m_narrative = nullptr;
    m_targets = nullptr;
    m_exchange = nullptr;
    m_history = nullptr;
    m_placeholders.clear();
    m_tabs = new QTabWidget;
    m_dashboard = new DashboardPage(workspace);
    m_tabs->addTab(m_dashboard, tr("&Home"));
    connect(m_dashboard, &DashboardPage::measuresRequested, this, &MainWindow::showMeasures);
    addPlaceholder(Page::Measures, tr("&Measures"));
    addPlaceholder(Page::Agencies, tr("A&gencies"));
    addPlaceholder(Page::Entry, tr("&Data entry"));
    addPlaceholder(Page::Reports, tr("&Reports"));
    addPlaceholder(Page::Narrative, tr("Reports to &write"));
    // A commune's or district's own targets, from its own plan.
    const Role role = workspace.settings().role;
    if (role == Role::Commune || role == Role::District)
        addPlaceholder(Page::Targets, tr("Own &targets"));
    addPlaceholder(Page::Exchange, tr("E&xchange"));
    addPlaceholder(Page::History, tr("Histor&y"));
    // Only this tab widget's changes: the one made before may still signal while it goes.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, tabs = m_tabs](int index) {
        if (tabs == m_tabs)
            onTabShown(index);
    });
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
    m_initialUnit = s.unitCode.isEmpty() ? workspace.units().roots().value(0)->code : s.unitCode;
    updateTitle();
}

void MainWindow::addPlaceholder(Page page, const QString& title)
{
    auto* placeholder = new QWidget;
    m_placeholders.insert(page, placeholder);
    m_tabs->addTab(placeholder, title);
}

void MainWindow::onTabShown(int index)
{
    QWidget* shown = m_tabs->widget(index);
    for (auto it = m_placeholders.cbegin(); shown && it != m_placeholders.cend(); ++it)
        if (it.value() == shown) {
            makePage(it.key());
            return;
        }
}

// The page takes its placeholder's place (same index and title), staying the current tab if
// the placeholder was.
void MainWindow::putInTab(Page page, QWidget* widget)
{
    QWidget* placeholder = m_placeholders.take(page);
    const int index = m_tabs->indexOf(placeholder);
    const bool current = m_tabs->currentIndex() == index;
    {
        const QSignalBlocker quiet(m_tabs);
        m_tabs->insertTab(index, widget, m_tabs->tabText(index));
        m_tabs->removeTab(index + 1);
        if (current)
            m_tabs->setCurrentIndex(index);
    }
    placeholder->deleteLater();
}

void MainWindow::makePage(Page page)
{
    Workspace& workspace = m_workspace;
    switch (page) {
    case Page::Measures: {
        auto* made = new MeasuresPage(workspace);
        m_measures = made;
        putInTab(page, made);
        // Data entry and reports follow the unit and year chosen here.
        connect(made, &MeasuresPage::unitChanged, this, &MainWindow::followUnit);
        connect(made, &MeasuresPage::yearChanged, this, &MainWindow::followYear);
        made->setUnit(m_initialUnit);
        if (const QString agency = workspace.settings().agencyCode; !agency.isEmpty())
            made->setAgencyFilter(agency);
        break;
    }
    case Page::Agencies:
        m_agencies = new AgenciesPage(workspace);
        putInTab(page, m_agencies);
        connect(m_agencies, &AgenciesPage::measuresRequested, this, &MainWindow::showMeasures);
        break;
    case Page::Entry:
        m_entry = new EntryForm(workspace);
        // The year first: a district's communes are those of the year's unit tree.
        if (m_measures)
            m_entry->setYear(m_measures->year());
        m_entry->followUnit(chosenUnit());
        putInTab(page, m_entry);
        connect(m_entry, &EntryForm::valuesChanged, this, &MainWindow::valuesEntered);
        // Who changed which figure: the entry form opens it on a field (Ctrl+Shift+H).
        connect(m_entry, &EntryForm::historyRequested, this,
                [this](const QString& unit, int year, const QString& element) {
                    HistoryPage* history = historyPage();
                    history->showValue(unit, year, element);
                    m_tabs->setCurrentWidget(history);
                });
        break;
    case Page::Reports:
        // Edits make reports stale; they are rebuilt when next shown.
        m_reports = new ReportsPage(workspace);
        m_reports->setUnit(chosenUnit());
        if (m_measures)
            m_reports->setYear(m_measures->year());
        putInTab(page, m_reports);
        connect(m_reports, &ReportsPage::documentSaved, m_dashboard, &DashboardPage::refresh);
        break;
    case Page::Narrative:
        // The words of the reports: saved as typed; the documents and Home read them again.
        m_narrative = new NarrativePage(workspace);
        putInTab(page, m_narrative);
        connect(m_narrative, &NarrativePage::sectionsSaved, this, &MainWindow::reportWordsChanged);
        break;
    case Page::Targets:
        m_targets = new TargetsPage(workspace);
        putInTab(page, m_targets);
        connect(m_targets, &TargetsPage::targetsChanged, this, &MainWindow::reportWordsChanged);
        break;
    case Page::Exchange:
        // Exchange files: export, import (also dropped on the window), who has reported, returns.
        m_exchange = new ExchangePage(workspace);
        putInTab(page, m_exchange);
        connect(m_exchange, &ExchangePage::measuresRequested, this, &MainWindow::showMeasures);
        connect(m_exchange, &ExchangePage::importStarted, this, [this] { m_tabs->setCurrentWidget(m_exchange); });
        connect(m_exchange, &ExchangePage::dataChanged, this, &MainWindow::dataImported);
        break;
    case Page::History:
        m_history = new HistoryPage(workspace);
        putInTab(page, m_history);
        break;
    }
}

QString MainWindow::chosenUnit() const
{
    return m_measures ? m_measures->unit() : m_initialUnit;
}

void MainWindow::followUnit(const QString& code)
{
    if (m_entry)
        m_entry->followUnit(code);
    if (m_reports)
        m_reports->setUnit(code);
}

void MainWindow::followYear(int year)
{
    if (m_entry)
        m_entry->setYear(year);
    if (m_reports)
        m_reports->setYear(year);
}

void MainWindow::valuesEntered()
{
    if (m_measures)
        m_measures->refresh();
    if (m_reports)
        m_reports->markStale();
}

void MainWindow::dataImported()
{
    valuesEntered();
    if (m_entry)
        m_entry->reloadStored();
    if (m_narrative)
        m_narrative->refresh();
}

void MainWindow::reportWordsChanged()
{
    if (m_reports)
        m_reports->markStale();
}

void MainWindow::ensure(Page page)
{
    if (m_placeholders.contains(page))
        makePage(page);
}

MeasuresPage* MainWindow::measuresPage()
{
    ensure(Page::Measures);
    return m_measures;
}

AgenciesPage* MainWindow::agenciesPage()
{
    ensure(Page::Agencies);
    return m_agencies;
}

EntryForm* MainWindow::entryPage()
{
    ensure(Page::Entry);
    return m_entry;
}

ReportsPage* MainWindow::reportsPage()
{
    ensure(Page::Reports);
    return m_reports;
}

ExchangePage* MainWindow::exchangePage()
{
    ensure(Page::Exchange);
    return m_exchange;
}

HistoryPage* MainWindow::historyPage()
{
    ensure(Page::History);
    return m_history;
}

NarrativePage* MainWindow::narrativePage()
{
    ensure(Page::Narrative);
    return m_narrative;
}

TargetsPage* MainWindow::targetsPage()
{
    ensure(Page::Targets);
    return m_targets;
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
    if (m_exchange && m_exchange->importPanel()->isBusy()) {
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
    if (m_exchange && m_exchange->importPanel()->isBusy()) {
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
    MeasuresPage* measures = measuresPage();
    measures->setUnit(unitCode);
    measures->setYear(year);
    measures->setAgencyFilter(agencyCode);
    m_tabs->setCurrentWidget(measures);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_workspace.catalogue(), this);
    dialog.exec();
}

} // namespace chitieu::ui
