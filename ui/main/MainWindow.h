#pragma once
// The main window: a tab per screen. Screens own their logic; this class only places them
// and holds the menus.

#include <QMainWindow>

class QTabWidget;

namespace chitieu {
class Workspace;
}

namespace chitieu::ui {

class MeasuresPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);

    MeasuresPage* measuresPage() const { return m_measures; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    void buildMenus();
    void showAbout();
    void changeSetup();
    void updateTitle();

    Workspace& m_workspace;
    QTabWidget* m_tabs;
    MeasuresPage* m_measures;
};

} // namespace chitieu::ui
