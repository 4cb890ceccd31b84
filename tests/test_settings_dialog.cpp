// The settings and About dialogs, offscreen, and how the desktop program starts (icon,
// language, --version without a display).
#include "chitieu/Version.h"
#include "core/i18n/Language.h"
#include "core/store/Database.h"
#include "support/TestSupport.h"
#include "ui/exchange/ExchangePage.h"
#include "ui/main/MainWindow.h"
#include "ui/setup/AboutDialog.h"
#include "ui/setup/InstallationFields.h"
#include "ui/setup/SettingsDialog.h"
#include "ui/setup/Startup.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace chitieu;

namespace {
void configure(test::TempWorkspace& ws, Role role, const QString& unit, const QString& user)
{
    InstallationSettings s = ws->settings();
    s.role = role;
    s.unitCode = unit;
    s.userName = user;
    s.communeDeadlineDay = 20;
    s.communeDeadlineMonth = 11;
    ws->saveSettings(s);
}

void choose(QComboBox* box, const QString& data)
{
    const int i = box->findData(data);
    REQUIRE(i >= 0);
    box->setCurrentIndex(i);
}

// Runs `act` on the modal dialog that `open` shows, once it is up.
template <typename Dialog> void whenShown(const std::function<void()>& open, const std::function<void(Dialog*)>& act)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        seen = dialog != nullptr;
        if (dialog)
            act(dialog);
        else if (QApplication::activeModalWidget())
            QApplication::activeModalWidget()->close();
    });
    open();
    CHECK(seen);
}
} // namespace

TEST_CASE("The settings dialog shows the saved settings and returns the changed ones")
{
    test::TempWorkspace ws;
    configure(ws, Role::District, "474", "Hồ Thị D");
    ui::SettingsDialog dialog(*ws);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    CHECK(dialog.setupPart()->nameEdit()->text() == "Hồ Thị D");
    CHECK(dialog.setupPart()->unitBox()->currentData().toString() == "474");
    CHECK(dialog.languageBox()->currentData().toString() == QString()); // follows the system
    CHECK(dialog.deadlineEdit()->date() == QDate(2021, 11, 20));
    CHECK(dialog.deadlineEdit()->text() == "20/11");
    CHECK(dialog.deadlineEdit()->isEnabled());
    CHECK(dialog.folderEdit()->text() == QFileInfo(ws.path()).absolutePath());
    // The first-run questions are embedded; the dialog has its own buttons only.
    CHECK(dialog.setupPart()->isVisible());
    CHECK(dialog.findChildren<QDialogButtonBox*>().size() == 1);

    CHECK_FALSE(dialog.languageChanged());
    choose(dialog.languageBox(), "en");
    CHECK(dialog.languageChanged()); // and the dialog says it applies from the next start
    dialog.setupPart()->nameEdit()->setText("Nguyễn Văn A");
    dialog.deadlineEdit()->setDate(QDate(2021, 11, 25));
    CHECK(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());

    const InstallationSettings r = dialog.result();
    CHECK(r.language == "en");
    CHECK(r.userName == "Nguyễn Văn A");
    CHECK(r.role == Role::District);
    CHECK(r.unitCode == "474");
    CHECK(r.communeDeadlineDay == 25);
    CHECK(r.communeDeadlineMonth == 11);
}

TEST_CASE("The settings cannot be saved without a name and only a district sets the communes' deadline")
{
    test::TempWorkspace ws;
    configure(ws, Role::District, "474", "Hồ Thị D");
    ui::SettingsDialog dialog(*ws);
    QPushButton* ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    CHECK(ok->isEnabled());
    dialog.setupPart()->nameEdit()->clear();
    CHECK_FALSE(ok->isEnabled());
    dialog.setupPart()->nameEdit()->setText("Hồ Thị D");
    CHECK(ok->isEnabled());

    choose(dialog.setupPart()->roleBox(), roles.key(Role::Commune));
    CHECK_FALSE(dialog.deadlineEdit()->isEnabled());
    choose(dialog.setupPart()->roleBox(), roles.key(Role::District));
    CHECK(dialog.deadlineEdit()->isEnabled());
}

TEST_CASE("The settings dialog opens the data folder")
{
    test::TempWorkspace ws;
    configure(ws, Role::Commune, "19744", "Lê Thị C");
    ui::SettingsDialog dialog(*ws);
    QList<QUrl> opened;
    dialog.setUrlOpener([&](const QUrl& url) {
        opened << url;
        return true;
    });
    QTest::mouseClick(dialog.openFolderButton(), Qt::LeftButton);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first() == QUrl::fromLocalFile(QFileInfo(ws.path()).absolutePath()));
}

TEST_CASE("Settings... in the main window saves what the dialog returns and Cancel keeps everything")
{
    test::TempWorkspace ws;
    configure(ws, Role::District, "474", "Hồ Thị D");
    ui::MainWindow window(*ws);
    auto* action = window.findChild<QAction*>("settingsAction");
    REQUIRE(action);

    whenShown<ui::SettingsDialog>([&] { action->trigger(); },
                                  [](ui::SettingsDialog* d) {
                                      d->setupPart()->nameEdit()->setText("Lê Văn B");
                                      d->languageBox()->setCurrentIndex(d->languageBox()->findData("en"));
                                      d->reject();
                                  });
    CHECK(ws->settings().userName == "Hồ Thị D");
    CHECK(ws->settings().language == QString());

    whenShown<ui::SettingsDialog>([&] { action->trigger(); },
                                  [](ui::SettingsDialog* d) {
                                      d->setupPart()->nameEdit()->setText("Lê Văn B");
                                      d->languageBox()->setCurrentIndex(d->languageBox()->findData("en"));
                                      d->accept();
                                  });
    CHECK(ws->settings().userName == "Lê Văn B");
    CHECK(ws->settings().language == "en");
    CHECK(window.windowTitle().contains("Lê Văn B"));
}

TEST_CASE("After Settings... every page follows the new unit, and the tab stays")
{
    test::TempWorkspace ws;
    configure(ws, Role::District, "474", "Hồ Thị D");
    ui::MainWindow window(*ws);
    window.tabs()->setCurrentWidget(window.exchangePage());
    QSignalSpy changed(&window, &ui::MainWindow::settingsChanged);
    const QString before = ws->units().displayName("474");
    const QString after = ws->units().displayName("483");
    REQUIRE(window.exchangePage()->exportButton()->text().contains(before));

    whenShown<ui::SettingsDialog>([&] { window.findChild<QAction*>("settingsAction")->trigger(); },
                                  [](ui::SettingsDialog* d) {
                                      choose(d->setupPart()->unitBox(), "483");
                                      d->accept();
                                  });
    CHECK(ws->settings().unitCode == "483");
    CHECK(changed.count() == 1);
    CHECK(window.tabs()->currentWidget() == window.exchangePage());
    CHECK(window.exchangePage()->exportButton()->text().contains(after));
    CHECK_FALSE(window.exchangePage()->exportButton()->text().contains(before));
    CHECK(window.windowTitle().contains(after));
}

TEST_CASE("Settings... on a locked database says so, keeps the settings and the program running")
{
    test::TempWorkspace ws;
    configure(ws, Role::District, "474", "Hồ Thị D");
    ui::MainWindow window(*ws);
    Database other(ws.path()); // another program holds the write lock
    other.exec(QStringLiteral("BEGIN IMMEDIATE"));

    QString warning;
    QTimer closer; // closes the warning that follows the dialog, keeping its text
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            warning = box->text();
            box->close();
        }
    });
    closer.start(50);
    whenShown<ui::SettingsDialog>([&] { window.findChild<QAction*>("settingsAction")->trigger(); },
                                  [](ui::SettingsDialog* d) {
                                      d->setupPart()->nameEdit()->setText("Lê Văn B");
                                      d->accept();
                                  });
    closer.stop();
    other.exec(QStringLiteral("ROLLBACK"));
    INFO(warning.toStdString());
    CHECK(warning.contains("locked"));
    CHECK(warning.contains(QCoreApplication::translate("MainWindow", "The settings were not changed.").left(20)));
    CHECK(ws->settings().userName == "Hồ Thị D");
    CHECK(window.windowTitle().contains("Hồ Thị D"));
}

TEST_CASE("The About dialog gives the version, the licence and the plan")
{
    test::TempWorkspace ws;
    ui::AboutDialog dialog(ws->catalogue());
    const QString text = dialog.text();
    CHECK(text.contains(QStringLiteral(CHITIEU_VERSION)));
    CHECK(text.contains("GPL-3.0-or-later"));
    CHECK(text.contains("plan-208-tth-2021"));
    CHECK(text.contains(ws->catalogue().name.text().toHtmlEscaped()));

    configure(ws, Role::Commune, "19744", "Lê Thị C");
    ui::MainWindow window(*ws);
    auto* about = window.findChild<QAction*>("aboutAction");
    REQUIRE(about);
    whenShown<ui::AboutDialog>([&] { about->trigger(); }, [](ui::AboutDialog* d) { d->reject(); });
}

TEST_CASE("At start --version needs no display and the icon and the saved language are set")
{
    char program[] = "chitieu";
    char version[] = "--version";
    char db[] = "--db";
    char file[] = "x.sqlite";
    char* withVersion[] = {program, version};
    char* without[] = {program, db, file};
    CHECK(ui::printVersionIfAsked(2, withVersion));
    CHECK_FALSE(ui::printVersionIfAsked(3, without));

    ui::prepareApplication();
    CHECK_FALSE(QApplication::windowIcon().isNull());
    CHECK(QApplication::windowIcon().availableSizes().contains(QSize(256, 256)));

    ui::applySavedLanguage("en");
    CHECK(i18n::appliedLanguage() == "en");
    CHECK(QLocale().toString(1234.5, 'f', 1) == "1,234.5");
    ui::applySavedLanguage("vi");
    CHECK(i18n::appliedLanguage() == "vi");
    CHECK(QLocale().toString(1234.5, 'f', 1) == "1.234,5");
    CHECK(QCoreApplication::translate("Measures", "Met") == "Đạt");
}
