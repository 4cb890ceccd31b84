#include "DesktopApp.h"

#include "backups/DamagedStart.h"
#include "chitieu/Version.h"
#include "common/Notice.h"
#include "common/QuitAfterFirstPaint.h"
#include "core/Error.h"
#include "core/store/Backups.h"
#include "core/store/DesktopLock.h"
#include "core/workspace/Workspace.h"
#include "dashboard/StartupReminder.h"
#include "exchange/ExchangePage.h"
#include "main/MainWindow.h"
#include "setup/FirstRunDialog.h"
#include "setup/Startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>
#include <memory>

namespace chitieu::ui {

int runDesktop(int argc, char* argv[])
{
    if (printVersionIfAsked(argc, argv))
        return 0;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("chitieu"));
    QApplication::setApplicationName(QStringLiteral("chitieu"));
    QApplication::setApplicationDisplayName(QStringLiteral("Chỉ Tiêu Trẻ Em"));
    QApplication::setApplicationVersion(QStringLiteral(CHITIEU_VERSION));
    prepareApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("DesktopApp", "Plan 208 child-protection targets"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("DesktopApp", "Database file."),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("DesktopApp", "Exchange files (*.chitieu) to import."));
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Workspace::defaultDatabasePath();
    std::unique_ptr<DesktopLock> lock;
    try {
        lock = std::make_unique<DesktopLock>(path); // one window per database, also across a restore
    } catch (const Error& e) {
        QMessageBox::critical(nullptr, QApplication::translate("DesktopApp", "Cannot open the database"), e.message());
        return 1;
    }
    // A restored backup (File > Backups...) is opened like at start: the window is made again.
    for (bool first = true;; first = false) {
        std::unique_ptr<Workspace> workspace = openAtStart(path);
        if (!workspace)
            return 1;
        // A failed daily backup is told once the window is up: a dialog before it would hold back the window
        // and the files given on the command line.
        QString backupProblem;
        try {
            backups::dailyIfDue(workspace->db());
        } catch (const Error& e) {
            backupProblem = e.message();
        }
        applySavedLanguage(workspace->settings().language);
        if (!workspace->settings().isConfigured()) {
            FirstRunDialog dialog(workspace->catalogue(), workspace->units(), workspace->settings());
            if (dialog.exec() != QDialog::Accepted)
                return 0;
            try {
                workspace->saveSettings(dialog.result());
            } catch (const Error& e) {
                QMessageBox::critical(
                    nullptr, QApplication::translate("DesktopApp", "Settings not saved"),
                    QApplication::translate("DesktopApp", "%1\n\nNothing was saved. Start the program again.")
                        .arg(e.message()));
                return 1;
            }
        }
        MainWindow window(*workspace);
        bool reopen = false;
        QObject::connect(&window, &MainWindow::databaseReplaced, &window, [&] {
            reopen = true;
            QTimer::singleShot(0, &window, &QWidget::close);
        });
        window.show();
        if (!backupProblem.isEmpty())
            showNotice(&window, QStringLiteral("backupWarning"),
                       QApplication::translate("DesktopApp", "No backup today"), backupProblem);
        if (first) {
            quitAfterFirstPaintIfAsked(window); // start-up benchmark only
            // chitieu FILE.chitieu... (also how a double-clicked file arrives): import once the window is up.
            if (const QStringList files = parser.positionalArguments(); !files.isEmpty())
                QTimer::singleShot(0, window.exchangePage(),
                                   [&window, files] { window.exchangePage()->importFiles(files); });
            showStartupReminder(*window.dashboardPage(), &window); // non-modal: the window stays usable
            // A merged unit's installation: its new unit, once per change.
            window.offerUnitMove(MainWindow::MoveOffer::AtStart);
        }
        const int code = app.exec();
        if (!reopen)
            return code;
    }
}

} // namespace chitieu::ui
