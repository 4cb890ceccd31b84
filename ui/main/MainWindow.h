#pragma once
// The main window: a tab per screen. Screens own their logic; this class only places them
// and holds the menus.

#include <QMainWindow>

class QTabWidget;

namespace chitieu {
class Workspace;
}

namespace chitieu::ui {

class AgenciesPage;
class DashboardPage;
class EntryForm;
class ExchangePage;
class HelpWindow;
class HistoryPage;
class MeasuresPage;
class NarrativePage;
class ReportsPage;
class TargetsPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);

    // The pages, one per tab.
    DashboardPage* dashboardPage() const { return m_dashboard; }
    MeasuresPage* measuresPage() const { return m_measures; }
    AgenciesPage* agenciesPage() const { return m_agencies; }
    EntryForm* entryPage() const { return m_entry; }
    ReportsPage* reportsPage() const { return m_reports; }
    ExchangePage* exchangePage() const { return m_exchange; }
    HistoryPage* historyPage() const { return m_history; }
    NarrativePage* narrativePage() const { return m_narrative; }
    TargetsPage* targetsPage() const { return m_targets; } // nullptr where the unit sets no targets
    QTabWidget* tabs() const { return m_tabs; }
    // Help > User guide (F1): the guide's window, made when first asked for.
    void showGuide();
    HelpWindow* guideWindow() const { return m_guide; }
    // File > Backups...
    void showBackups();
    // File > Administrative units over the years...
    void showUnitHistory();

signals:
    // A backup was restored into the database: the program opens it again (DesktopApp).
    void databaseReplaced();
    // Settings... saved new settings; the pages were made again on them.
    void settingsChanged();

private:
    void buildPages();
    void buildMenus();
    void showAbout();
    void changeSetup();
    void updateTitle();
    void showMeasures(const QString& unitCode, int year, const QString& agencyCode);

    Workspace& m_workspace;
    QTabWidget* m_tabs;
    MeasuresPage* m_measures;
    DashboardPage* m_dashboard;
    AgenciesPage* m_agencies;
    EntryForm* m_entry;
    ReportsPage* m_reports;
    ExchangePage* m_exchange;
    HistoryPage* m_history;
    NarrativePage* m_narrative;
    TargetsPage* m_targets = nullptr;
    HelpWindow* m_guide = nullptr;
};

} // namespace chitieu::ui
