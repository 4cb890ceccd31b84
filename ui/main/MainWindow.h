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
class MeasuresPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);

    MeasuresPage* measuresPage() const { return m_measures; }
    DashboardPage* dashboardPage() const { return m_dashboard; }
    AgenciesPage* agenciesPage() const { return m_agencies; }
    QTabWidget* tabs() const { return m_tabs; }

private:
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
};

} // namespace chitieu::ui
