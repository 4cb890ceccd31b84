#pragma once
// The main window: a tab per screen. Screens own their logic; this class only places them
// and holds the menus.

#include <QMainWindow>

class QAction;
class QTabWidget;

namespace chitieu {
class Workspace;
struct UnitMove;
} // namespace chitieu

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
class UnitMoveDialog;

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
    // When this installation's unit is not in the tree in force today and went whole into
    // another unit, offers the move (non-modal; accepted, the installation serves the new unit
    // as init --unit does; declined at start, it is not offered again at start). The dialog,
    // or nullptr when there is nothing to offer. File > Move to the new unit... asks again.
    enum class MoveOffer { AtStart, Asked };
    UnitMoveDialog* offerUnitMove(MoveOffer when);
    QAction* moveUnitAction() const { return m_moveUnit; }

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
    void moveToNewUnit(const UnitMove& move);
    void updateMoveAction();

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
    QAction* m_moveUnit = nullptr;
};

} // namespace chitieu::ui
