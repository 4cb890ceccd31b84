#include "MainWindow.h"

#include "MeasuresPage.h"
#include "core/Workspace.h"
#include "ui/setup/FirstRunDialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace chitieu::ui {

MainWindow::MainWindow(Workspace& workspace, QWidget* parent) : QMainWindow(parent), m_workspace(workspace)
{
    m_tabs = new QTabWidget;
    m_measures = new MeasuresPage(workspace);
    m_tabs->addTab(m_measures, tr("&Measures"));
    setCentralWidget(m_tabs);
    buildMenus();

    const InstallationSettings s = workspace.settings();
    statusBar()->addPermanentWidget(new QLabel(tr("Database: %1").arg(workspace.db().path())));
    m_measures->setUnit(s.unitCode.isEmpty() ? workspace.units().roots().value(0)->code : s.unitCode);
    if (!s.agencyCode.isEmpty())
        m_measures->setAgencyFilter(s.agencyCode);
    updateTitle();
    resize(1200, 720);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Unit and user..."), this, &MainWindow::changeSetup);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Chỉ Tiêu Trẻ Em"), this, &MainWindow::showAbout);
}

void MainWindow::updateTitle()
{
    const InstallationSettings s = m_workspace.settings();
    setWindowTitle(tr("Chỉ Tiêu Trẻ Em — %1 — %2")
                       .arg(m_workspace.units().displayName(s.unitCode), s.userName));
}

void MainWindow::changeSetup()
{
    FirstRunDialog dialog(m_workspace.catalogue(), m_workspace.units(), m_workspace.settings(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workspace.saveSettings(dialog.result());
    m_measures->setUnit(dialog.result().unitCode);
    updateTitle();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Chỉ Tiêu Trẻ Em"),
                       tr("<h3>Chỉ Tiêu Trẻ Em %1</h3>"
                          "<p>Child-protection targets of %2, 2021–2025: data entry, consolidation and reports.</p>"
                          "<p>Licence: GPL-3.0-or-later.</p>")
                           .arg(QStringLiteral(CHITIEU_VERSION), m_workspace.catalogue().name.text().toHtmlEscaped()));
}

} // namespace chitieu::ui
