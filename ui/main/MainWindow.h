#pragma once
// The main window: a tab per screen. Screens own their logic; this class only places them
// and holds the menus.

#include <QMainWindow>
#include <QMap>

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

    // The pages, one per tab. Home is made with the window; every other page when its tab is
    // first shown or it is first asked for here, so that the first paint needs only Home.
    DashboardPage* dashboardPage() const { return m_dashboard; }
    MeasuresPage* measuresPage();
    AgenciesPage* agenciesPage();
    EntryForm* entryPage();
    ReportsPage* reportsPage();
    ExchangePage* exchangePage();
    HistoryPage* historyPage();
    NarrativePage* narrativePage();
    TargetsPage* targetsPage(); // nullptr where the unit sets no targets
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
    enum class Page { Measures, Agencies, Entry, Reports, Narrative, Targets, Exchange, History };
    void buildPages();
    void buildMenus();
    void showAbout();
    void changeSetup();
    void updateTitle();
    void showMeasures(const QString& unitCode, int year, const QString& agencyCode);
    // A tab whose page is made when first shown.
    void addPlaceholder(Page page, const QString& title);
    void onTabShown(int index);
    void makePage(Page page);
    void ensure(Page page); // makes the page unless it is made
    void putInTab(Page page, QWidget* widget);
    // What pages made later follow: the unit chosen on the measures page, or the installation's.
    QString chosenUnit() const;
    // Forwarded to the pages already made; a page made later reads the stored data anyway.
    void followUnit(const QString& code);
    void followYear(int year);
    void valuesEntered();
    void dataImported();
    void reportWordsChanged();
    void moveToNewUnit(const UnitMove& move);
    void updateMoveAction();

    Workspace& m_workspace;
    QTabWidget* m_tabs;
    MeasuresPage* m_measures = nullptr;
    DashboardPage* m_dashboard = nullptr;
    AgenciesPage* m_agencies = nullptr;
    EntryForm* m_entry = nullptr;
    ReportsPage* m_reports = nullptr;
    ExchangePage* m_exchange = nullptr;
    HistoryPage* m_history = nullptr;
    NarrativePage* m_narrative = nullptr;
    TargetsPage* m_targets = nullptr;
    HelpWindow* m_guide = nullptr;
    QMap<Page, QWidget*> m_placeholders; // tabs whose page is not made yet
    QString m_initialUnit;
    QAction* m_moveUnit = nullptr;
};

} // namespace chitieu::ui
