// File > Backups... offscreen: the list with dates and reasons, a backup made now, the number
// kept, a restore (after saving the current database) and the refusal of a bad file.
#include "core/store/Backups.h"
#include "core/store/Database.h"
#include "support/TestSupport.h"
#include "ui/backups/BackupsDialog.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace chitieu;
using test::ScopedClock;
using test::TempWorkspace;

namespace {

class Answers : public ui::BackupsPrompts
{
public:
    bool yes = true;
    QString file;
    QStringList questions, errors, done;
    bool confirmRestore(QWidget*, const QString& what) override
    {
        questions << what;
        return yes;
    }
    QString chooseFile(QWidget*) override { return file; }
    void showError(QWidget*, const QString& message) override { errors << message; }
    void showDone(QWidget*, const QString& message) override { done << message; }
};

QPushButton* button(ui::BackupsDialog& d, const char* name)
{
    auto* b = d.findChild<QPushButton*>(QString::fromLatin1(name));
    REQUIRE(b);
    return b;
}

} // namespace

TEST_CASE("The backups dialog lists the backups, makes one now and keeps the number set")
{
    ScopedClock clock(QDateTime(QDate(2024, 3, 5), QTime(8, 30)));
    TempWorkspace ws;
    backups::make(ws->db(), BackupReason::Daily);
    Answers answers;
    ui::BackupsDialog dialog(*ws, answers);
    REQUIRE(dialog.list()->topLevelItemCount() == 1);
    CHECK(dialog.list()->topLevelItem(0)->text(0) == QStringLiteral("05/03/2024 08:30"));
    CHECK(dialog.list()->topLevelItem(0)->text(1) == backupReasons.text(BackupReason::Daily));

    clock.clock().set(QDateTime(QDate(2024, 3, 5), QTime(9, 0)));
    QTest::mouseClick(button(dialog, "backUpNow"), Qt::LeftButton);
    REQUIRE(dialog.list()->topLevelItemCount() == 2);
    CHECK(dialog.list()->topLevelItem(0)->text(1) == backupReasons.text(BackupReason::Manual));
    CHECK(answers.errors.isEmpty());

    auto* kept = dialog.findChild<QSpinBox*>(QStringLiteral("backupsKept"));
    REQUIRE(kept);
    CHECK(kept->value() == 30);
    kept->setValue(1);
    emit kept->editingFinished();
    CHECK(ws->settings().backupsKept == 1);
    REQUIRE(dialog.list()->topLevelItemCount() == 1);
    CHECK(backups::list(ws.path())[0].reason == BackupReason::Manual);
}

TEST_CASE("The number of backups kept, on a locked database: the error is shown and nothing changes")
{
    TempWorkspace ws;
    backups::make(ws->db(), BackupReason::Daily);
    backups::make(ws->db(), BackupReason::Manual);
    Answers answers;
    ui::BackupsDialog dialog(*ws, answers);
    Database other(ws.path()); // another program holds the write lock
    other.exec(QStringLiteral("BEGIN IMMEDIATE"));
    auto* kept = dialog.findChild<QSpinBox*>(QStringLiteral("backupsKept"));
    REQUIRE(kept);
    kept->setValue(1);
    emit kept->editingFinished();
    other.exec(QStringLiteral("ROLLBACK"));
    REQUIRE(answers.errors.size() == 1);
    CHECK(answers.errors.first().contains("locked"));
    CHECK(kept->value() == 30);
    CHECK(ws->settings().backupsKept == 30);
    CHECK(backups::list(ws.path()).size() == 2);
}

TEST_CASE("Restoring from the dialog asks first, saves the current database and brings the backup back")
{
    ScopedClock clock(QDateTime(QDate(2024, 3, 5), QTime(8, 30)));
    TempWorkspace ws;
    ws.set(QStringLiteral("20161"), 2024, {{"live_births", 40}});
    backups::make(ws->db(), BackupReason::Manual);
    ws.set(QStringLiteral("20161"), 2024, {{"live_births", 41}});
    clock.clock().set(QDateTime(QDate(2024, 3, 5), QTime(9, 0)));

    Answers answers;
    answers.yes = false;
    {
        ui::BackupsDialog dialog(*ws, answers);
        QTest::mouseClick(button(dialog, "restoreSelected"), Qt::LeftButton);
        CHECK(answers.questions.size() == 1);
        CHECK(answers.questions[0].contains(QStringLiteral("05/03/2024 08:30")));
        CHECK_FALSE(dialog.restored());
        CHECK(ws->values().value("20161", 2024, "live_births") == 41);
        CHECK(backups::list(ws.path()).size() == 1);
    }
    answers.yes = true;
    ui::BackupsDialog dialog(*ws, answers);
    QTest::mouseClick(button(dialog, "restoreSelected"), Qt::LeftButton);
    CHECK(dialog.restored());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(ws->values().value("20161", 2024, "live_births") == 40);
    REQUIRE(answers.done.size() == 1);
    const QList<BackupInfo> list = backups::list(ws.path());
    REQUIRE(list.size() == 2);
    CHECK(list[0].reason == BackupReason::Restore);
    CHECK(answers.done[0].contains(QFileInfo(list[0].path).fileName()));
}

TEST_CASE("A file that is not a good backup is refused from the dialog without a question")
{
    TempWorkspace ws;
    ws.set(QStringLiteral("20161"), 2024, {{"live_births", 41}});
    Answers answers;
    answers.file = test::writeFile(ws.file("photo.sqlite"), "\x89PNG not a database");
    ui::BackupsDialog dialog(*ws, answers);
    QTest::mouseClick(button(dialog, "restoreFromFile"), Qt::LeftButton);
    CHECK(answers.questions.isEmpty());
    REQUIRE(answers.errors.size() == 1);
    CHECK(answers.errors[0].contains(QStringLiteral("is not a database")));
    CHECK_FALSE(dialog.restored());
    CHECK(ws->values().value("20161", 2024, "live_births") == 41);
    CHECK(backups::list(ws.path()).isEmpty());
}

TEST_CASE("The File menu opens the backups")
{
    TempWorkspace ws;
    ui::MainWindow window(*ws);
    auto* action = window.findChild<QAction*>(QStringLiteral("backupsAction"));
    REQUIRE(action);
    CHECK(window.menuBar()->actions().first()->menu()->actions().contains(action));
}
