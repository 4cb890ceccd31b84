// The Exchange tab offscreen: importing (buttons, folder, drop on the window, the desktop
// program's file arguments), the change review, who has reported with CSV and drill-down,
// exporting, and returning a file to a commune.
#include "core/entry/EntryFormModel.h"
#include "core/exchange/KeyStore.h"
#include "core/exchange/Returns.h"
#include "support/CliSupport.h"
#include "test_exchange_support.h"
#include "ui/common/StatusStyle.h"
#include "ui/entry/EntryForm.h"
#include "ui/exchange/CompletenessPanel.h"
#include "ui/exchange/DiffReviewDialog.h"
#include "ui/exchange/ExchangePage.h"
#include "ui/exchange/ExchangePrompts.h"
#include "ui/exchange/ImportPanel.h"
#include "ui/main/MainWindow.h"
#include "ui/main/MeasuresPage.h"
#include "ui/reports/ReportsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMimeData>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <functional>
#include <utility>

using namespace chitieu;
using namespace chitieu::exchange;
using test::at;
using test::Installation;
using test::ScopedClock;

namespace {
const QString commune = QStringLiteral("20164");
const QString otherCommune = QStringLiteral("20167");
const QString district = QStringLiteral("483");

// Answers given in advance, and what was asked.
class ScriptedPrompts : public ui::ExchangePrompts
{
public:
    QStringList files;
    QString saveAs;
    std::optional<QString> reason;
    bool changes = false;
    bool ownValues = false;
    bool newKey = false;
    QList<ChangeReview> reviews;
    QStringList errors;
    std::function<void()> whileAsking; // e.g. files dropped while the question is open
    bool sendIncomplete = false;
    QStringList incompleteQuestions; // why each export was not complete

    QStringList chooseFiles(QWidget*) override { return files; }
    QString chooseFolder(QWidget*) override { return {}; }
    QStringList suggested; // the names offered in the save dialogs
    QString chooseSaveFile(QWidget*, const QString&, const QString& name, const QString&) override
    {
        suggested << name;
        return saveAs;
    }
    std::optional<QString> askReturnReason(QWidget*, const QString&, int) override { return reason; }
    void showError(QWidget*, const QString& message) override { errors << message; }
    bool acceptNewKey(QWidget*, Workspace&, const KeyReview&) override { return newKey; }
    bool acceptChanges(QWidget*, Workspace&, const ChangeReview& r) override
    {
        reviews << r;
        if (whileAsking)
            std::exchange(whileAsking, nullptr)();
        return changes;
    }
    bool overwriteOwnValues(QWidget*, Workspace&, const ChangeReview&) override { return ownValues; }
    bool older = false; // replace a newer file with an older one
    QList<ReplaceReview> replaceReviews;
    bool replaceNewer(QWidget*, Workspace&, const ReplaceReview& r) override
    {
        replaceReviews << r;
        return older;
    }
    bool confirmIncompleteExport(QWidget*, const QString& why) override
    {
        incompleteQuestions << why;
        return sendIncomplete;
    }
};

QString resultKey(QTableWidget* t, int row)
{
    return t->item(row, ui::ImportPanel::Result)->data(Qt::UserRole).toString();
}

void waitFor(const std::function<bool()>& done)
{
    for (int i = 0; i < 500 && !done(); ++i)
        QTest::qWait(10);
}
} // namespace

TEST_CASE("Importing from the Exchange tab: a result per file, progress, and the review of a newer file")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    c.enter(commune, 2024, {{"live_births", 200}, {"neonatal_deaths", 1}});
    const QString v1 = c.exportFile(2024, QStringLiteral("v1.chitieu"));
    const QString junk = test::writeFile(c.file(QStringLiteral("junk.chitieu")), "not an exchange file");

    ui::ExchangePage page(d.w());
    ScriptedPrompts prompts;
    page.setPrompts(&prompts);
    page.setYear(2024);
    page.show();
    ui::ImportPanel* panel = page.importPanel();

    prompts.files = {v1, junk, v1};
    QTest::mouseClick(panel->filesButton(), Qt::LeftButton);
    QTableWidget* t = panel->results();
    REQUIRE(t->rowCount() == 3);
    CHECK(resultKey(t, 0) == QStringLiteral("applied"));
    CHECK(resultKey(t, 1) == QStringLiteral("refused"));
    CHECK(t->item(1, ui::ImportPanel::Details)
              ->text()
              .contains(QStringLiteral("This is not a Chỉ Tiêu Trẻ Em exchange file.")));
    CHECK(resultKey(t, 2) == QStringLiteral("already_had"));
    CHECK(t->item(0, ui::ImportPanel::Unit)->text() == QStringLiteral("Xã Hương Phú (20164)"));
    CHECK(panel->progress()->value() == 3);
    CHECK(panel->progress()->maximum() == 3);
    CHECK(d.w().values().value(commune, 2024, "live_births") == 200);
    // How many values of each kind, a refused file in colour with ✘, and the reasons pointed to.
    CHECK(
        t->item(0, ui::ImportPanel::Details)->text().contains(QStringLiteral("2 values added, 0 changed, 0 removed")));
    CHECK(t->item(1, ui::ImportPanel::Result)->text().startsWith(QStringLiteral("✘ ")));
    CHECK(t->item(1, ui::ImportPanel::File)->background().color() == ui::refusedTone().background);
    CHECK(t->item(0, ui::ImportPanel::Result)->text().startsWith(QStringLiteral("✔ ")));
    CHECK(panel->summary()->text().contains(QStringLiteral("see the reasons below")));

    clock.clock().set(at(2024, 11, 12));
    c.enter(commune, 2024, {{"live_births", 210}});
    const QString v2 = c.exportFile(2024, QStringLiteral("v2.chitieu"));
    // Rejected in the review: nothing changes. A file dropped meanwhile waits its turn.
    prompts.whileAsking = [&] { CHECK(page.importFiles({junk}).isEmpty()); };
    auto outcomes = page.importFiles({v2});
    REQUIRE(outcomes.size() == 2);
    CHECK(outcomes.first().result == ImportResult::Refused);
    CHECK(outcomes.last().fileName == "junk.chitieu");
    CHECK(panel->progress()->value() == 2);
    CHECK(panel->progress()->maximum() == 2);
    REQUIRE(prompts.reviews.size() == 1);
    CHECK(prompts.reviews.first().changes.size() == 1);
    CHECK(d.w().values().value(commune, 2024, "live_births") == 200);
    // Accepted: the newer value wins.
    prompts.changes = true;
    outcomes = page.importFiles({v2});
    CHECK(outcomes.first().result == ImportResult::Applied);
    CHECK(d.w().values().value(commune, 2024, "live_births") == 210);
    // A whole folder: v1 is older now, v2 already here, junk refused.
    outcomes = page.importFiles({QFileInfo(v1).absolutePath()});
    REQUIRE(outcomes.size() == 3);
    QMap<QString, ImportResult> byName;
    for (const FileOutcome& o : outcomes)
        byName.insert(o.fileName, o.result);
    CHECK(byName.value("v1.chitieu") == ImportResult::Older);
    // The older file is kept out only after the user was asked whether to replace the newer one.
    REQUIRE(prompts.replaceReviews.size() == 1);
    CHECK(prompts.replaceReviews.first().fileName == QStringLiteral("v1.chitieu"));
    CHECK(byName.value("v2.chitieu") == ImportResult::AlreadyHad);
    CHECK(byName.value("junk.chitieu") == ImportResult::Refused);
    CHECK(t->rowCount() == 9);
    // Chosen on the screen: the older file replaces the newer one.
    prompts.older = true;
    outcomes = page.importFiles({v1});
    REQUIRE(outcomes.size() == 1);
    CHECK(prompts.replaceReviews.size() == 2);
    CHECK(outcomes.first().result == ImportResult::Applied);
    CHECK(d.w().values().value(commune, 2024, "live_births") == 200);
}

TEST_CASE("An import runs off the screen's thread and can be cancelled between files")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    QStringList files;
    const QStringList communes{QStringLiteral("20161"), commune, otherCommune};
    for (const QString& code : communes) {
        Installation c(code, Role::Commune, QStringLiteral("Lê Thị Cúc"));
        c.enter(code, 2024, {{"live_births", 100}, {"neonatal_deaths", 0}});
        files << d.file(code + QStringLiteral(".chitieu")); // the district's folder of received files
        REQUIRE(QFile::copy(c.exportFile(2024, QStringLiteral("out.chitieu")), files.last()));
    }
    ui::ExchangePage page(d.w());
    ScriptedPrompts prompts;
    page.setPrompts(&prompts);
    page.show();
    ui::ImportPanel* panel = page.importPanel();
    CHECK_FALSE(panel->progress()->isTextVisible()); // idle: no "0 of 1 files"
    CHECK(panel->cancelButton()->isHidden());

    // The first file is imported on another thread; Cancel then stops before the next one.
    Qt::HANDLE guiThread = QThread::currentThreadId();
    bool cancelShown = false;
    QObject::connect(panel, &ui::ImportPanel::fileImported, panel, [&](const FileOutcome&) {
        CHECK(QThread::currentThreadId() == guiThread); // rows are added on the screen's thread
        cancelShown = panel->cancelButton()->isVisible() && panel->cancelButton()->isEnabled();
        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
    });
    const QList<FileOutcome> outcomes = page.importFiles({QFileInfo(files.first()).absolutePath()});
    CHECK(cancelShown);
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes.first().result == ImportResult::Applied);
    CHECK(panel->results()->rowCount() == 1);
    CHECK(panel->progress()->value() == 1);
    CHECK(panel->progress()->maximum() == 3);
    CHECK(panel->summary()->text().contains(QStringLiteral("Cancelled: 2 file")));     // "files" once translated
    CHECK_FALSE(panel->summary()->text().contains(QStringLiteral("see the reasons"))); // nothing was refused
    CHECK(panel->cancelButton()->isHidden());
    CHECK(panel->filesButton()->isEnabled());
    // The file imported is there whole; the others left nothing.
    CHECK(d.w().values().value(QStringLiteral("20161"), 2024, "live_births") == 100);
    CHECK_FALSE(d.w().values().value(commune, 2024, "live_births").has_value());
    CHECK_FALSE(d.w().values().value(otherCommune, 2024, "live_births").has_value());
    CHECK(d.w().db().scalar("SELECT COUNT(*) FROM submissions").toInt() == 1);

    // Imported again without Cancel: the rest come in, the first is already here.
    QObject::disconnect(panel, &ui::ImportPanel::fileImported, nullptr, nullptr);
    const QList<FileOutcome> again = page.importFiles(files);
    REQUIRE(again.size() == 3);
    CHECK(again[0].result == ImportResult::AlreadyHad);
    CHECK(again[1].result == ImportResult::Applied);
    CHECK(again[2].result == ImportResult::Applied);
    CHECK(d.w().values().value(otherCommune, 2024, "live_births") == 100);
}

TEST_CASE("The change review lists every value old -> new and marks the ones entered here")
{
    test::TempWorkspace ws;
    ChangeReview review;
    review.fileName = QStringLiteral("v2.chitieu");
    review.unitCode = commune;
    review.year = 2024;
    review.madeAt = at(2024, 11, 12);
    review.previousMadeAt = at(2024, 11, 10);
    review.changes = {{commune, "live_births", 200, 1500, "", "", false},
                      {commune, "neonatal_deaths", 1, std::nullopt, "", "", true},
                      {commune, "children_total", std::nullopt, 900, "", "sổ hộ khẩu", false}};
    ui::DiffReviewDialog all(review, ws->catalogue(), ws->units(), ui::DiffReviewDialog::Mode::Changes);
    QTableWidget* t = all.table();
    REQUIRE(t->rowCount() == 3);
    CHECK(t->item(0, ui::DiffReviewDialog::Element)->data(Qt::UserRole) == "live_births");
    CHECK(t->item(0, ui::DiffReviewDialog::Old)->text() == "200");
    CHECK(t->item(0, ui::DiffReviewDialog::New)->text() == "1.500"); // Vietnamese grouping
    CHECK(t->item(1, ui::DiffReviewDialog::New)->text() == "—");
    CHECK(!t->item(1, ui::DiffReviewDialog::Own)->text().isEmpty());
    CHECK(t->item(1, ui::DiffReviewDialog::Old)->font().bold());
    CHECK(t->item(0, ui::DiffReviewDialog::Own)->text().isEmpty());
    CHECK(t->item(2, ui::DiffReviewDialog::Old)->text() == "—");
    CHECK(t->item(2, ui::DiffReviewDialog::Comment)->text().contains("sổ hộ khẩu"));
    CHECK(all.intro()->text().contains("12/11/2024"));
    CHECK(all.intro()->text().contains("10/11/2024"));
    CHECK(all.rejectButton()->isDefault()); // Enter keeps the data as it is
    all.show();
    QTest::mouseClick(all.acceptButton(), Qt::LeftButton);
    CHECK(all.result() == QDialog::Accepted);

    ui::DiffReviewDialog own(review, ws->catalogue(), ws->units(), ui::DiffReviewDialog::Mode::OwnValues);
    REQUIRE(own.table()->rowCount() == 1);
    CHECK(own.table()->item(0, ui::DiffReviewDialog::Element)->data(Qt::UserRole) == "neonatal_deaths");
    own.show();
    QTest::mouseClick(own.rejectButton(), Qt::LeftButton);
    CHECK(own.result() == QDialog::Rejected);
}

TEST_CASE("With the real dialogs, a newer file is applied only after the review is accepted")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    c.enter(commune, 2024, {{"live_births", 200}});
    ui::ExchangePage page(d.w());
    page.show();
    REQUIRE(page.importFiles({c.exportFile(2024, QStringLiteral("v1.chitieu"))}).first().result ==
            ImportResult::Applied);
    clock.clock().set(at(2024, 11, 12));
    c.enter(commune, 2024, {{"live_births", 230}});
    const QString v2 = c.exportFile(2024, QStringLiteral("v2.chitieu"));

    for (const bool accept : {false, true}) {
        int shown = 0;
        // Answers the review once it is open (the import processes events before it asks).
        QTimer answer;
        answer.setInterval(10);
        QObject::connect(&answer, &QTimer::timeout, [&] {
            auto* dialog = qobject_cast<ui::DiffReviewDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            answer.stop();
            ++shown;
            CHECK(dialog->table()->item(0, ui::DiffReviewDialog::New)->text() == "230");
            QTest::mouseClick(accept ? dialog->acceptButton() : dialog->rejectButton(), Qt::LeftButton);
        });
        answer.start();
        const auto outcomes = page.importFiles({v2});
        CHECK(shown == 1);
        CHECK(outcomes.first().result == (accept ? ImportResult::Applied : ImportResult::Refused));
        CHECK(d.w().values().value(commune, 2024, "live_births") == (accept ? 230 : 200));
    }
}

TEST_CASE("Who has reported: counts, percentages, CSV, drill-down to the measures, and returning a file")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation c1(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation c2(otherCommune, Role::Commune, QStringLiteral("Hồ Văn Sơn"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    c1.enter(commune, 2024, {{"live_births", 200}, {"neonatal_deaths", 1}});
    c2.enter(otherCommune, 2024, {{"live_births", 100}, {"neonatal_deaths", 0}});
    const QString onTime = c1.exportFile(2024, QStringLiteral("on-time.chitieu")); // 10/11, due 15/11
    clock.clock().set(at(2024, 11, 20));
    const QString late = c2.exportFile(2024, QStringLiteral("late.chitieu"));

    ui::MainWindow window(d.w());
    auto* page = window.exchangePage();
    REQUIRE(page);
    CHECK(window.tabs()->indexOf(page) >= 0);
    ScriptedPrompts prompts;
    page->setPrompts(&prompts);
    page->setYear(2024);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // Both files dropped on the window at once.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(onTime), QUrl::fromLocalFile(late)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QTableWidget* results = page->importPanel()->results();
    waitFor([&] { return results->rowCount() == 2; });
    REQUIRE(results->rowCount() == 2);
    CHECK(resultKey(results, 0) == "applied");
    CHECK(resultKey(results, 1) == "applied");
    CHECK(window.tabs()->currentWidget() == page);

    ui::CompletenessPanel* panel = page->completenessPanel();
    REQUIRE(panel);
    if (const QString dir = qEnvironmentVariable("CHITIEU_SCREENSHOT_DIR"); !dir.isEmpty()) { // for people to look at
        window.grab().save(dir + "/exchange-import.png");
        page->sections()->setCurrentWidget(panel);
        window.grab().save(dir + "/exchange-completeness.png");
        page->sections()->setCurrentWidget(page->importPanel());
    }
    const Completeness& c = panel->current();
    CHECK(c.expected() == 10); // Huyện Nam Đông has 10 communes
    CHECK(c.onTime == 1);
    CHECK(c.late == 1);
    CHECK(c.missing == 8);
    const QString summary = panel->summary()->text();
    CHECK(summary.contains("10 %"));
    CHECK(summary.contains("80 %"));
    QTableWidget* table = panel->table();
    REQUIRE(table->rowCount() == 10);
    QMap<QString, QString> arrival;
    for (int r = 0; r < table->rowCount(); ++r)
        arrival.insert(table->item(r, ui::CompletenessPanel::Code)->text(),
                       table->item(r, ui::CompletenessPanel::Arrival)->data(Qt::UserRole).toString());
    CHECK(arrival.value(commune) == "on_time");
    CHECK(arrival.value(otherCommune) == "late");
    CHECK(arrival.value("20161") == "missing");

    // Save the list as CSV.
    prompts.saveAs = d.file("completeness.csv");
    QTest::mouseClick(panel->csvButton(), Qt::LeftButton);
    QFile csvFile(prompts.saveAs);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csv = csvFile.readAll();
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.count('\n') == 11);
    CHECK(csv.contains("20164,Xã Hương Phú,2024-11-15,2024-11-10T09:00:00"));
    CHECK(csv.contains(",late,"));

    // Drill-down: the commune's measures open on the Measures tab.
    panel->selectUnit(commune);
    QTest::mouseClick(panel->measuresButton(), Qt::LeftButton);
    CHECK(window.tabs()->currentWidget() == window.measuresPage());
    CHECK(window.measuresPage()->unit() == commune);
    CHECK(window.measuresPage()->year() == 2024);
    // The district's consolidated measures from what was imported: 2a = (1 + 0) / (200 + 100) x 1000.
    window.tabs()->setCurrentWidget(page);
    QTest::mouseClick(panel->consolidatedButton(), Qt::LeftButton);
    CHECK(window.tabs()->currentWidget() == window.measuresPage());
    CHECK(window.measuresPage()->unit() == district);
    const auto r2a = d.w().calculator().compute(*d.w().catalogue().measure("2a"), district, 2024);
    CHECK(*r2a.value == Approx(1000.0 / 300.0));

    // Return the commune's file with a reason; the commune imports the return file.
    window.tabs()->setCurrentWidget(page);
    panel->selectUnit(commune);
    REQUIRE(panel->returnButton()->isEnabled());
    prompts.reason = QStringLiteral("Thiếu số liệu tiêm chủng");
    prompts.saveAs = d.file("return-20164.chitieu");
    QTest::mouseClick(panel->returnButton(), Qt::LeftButton);
    REQUIRE(QFileInfo::exists(prompts.saveAs));
    CHECK(prompts.suggested.last() == QStringLiteral("Returned-Huong-Phu-20164-2024.chitieu"));
    CHECK(prompts.errors.isEmpty());
    panel->selectUnit(commune);
    CHECK(!table->item(table->currentRow(), ui::CompletenessPanel::Returned)->text().isEmpty());
    CHECK(FormStatus::load(d.w().db(), commune, 2024).state == FormState::Returned);

    clock.clock().set(at(2024, 11, 21));
    ui::ExchangePage communePage(c1.w());
    ScriptedPrompts communePrompts;
    communePage.setPrompts(&communePrompts);
    communePage.setYear(2024);
    CHECK(!communePage.completenessPanel()); // nothing below a commune
    CHECK(!communePage.returnedBanner()->isVisibleTo(&communePage));
    const auto outcomes = communePage.importFiles({prompts.saveAs});
    INFO(outcomes.first().message.toStdString());
    CHECK(outcomes.first().result == ImportResult::Applied);
    CHECK(communePage.returnedBanner()->isVisibleTo(&communePage));
    CHECK(communePage.returnedBanner()->text().contains("Thiếu số liệu tiêm chủng"));
    const FormStatus status = FormStatus::load(c1.w().db(), commune, 2024);
    CHECK(status.state == FormState::Returned);
    CHECK(status.reason == "Thiếu số liệu tiêm chủng");
}

TEST_CASE("Exporting from the Exchange tab writes the file and records it")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    c.enter(commune, 2024, {{"live_births", 200}});
    ui::ExchangePage page(c.w());
    ScriptedPrompts prompts;
    page.setPrompts(&prompts);
    page.setYear(2024);
    CHECK(page.keyLabel()->text().contains(crypto::fingerprint(keystore::ownKey(c.w().db())->publicKey)));
    prompts.saveAs = c.file("out.chitieu");
    // The form is in progress: the user is asked first; declining writes nothing.
    QTest::mouseClick(page.exportButton(), Qt::LeftButton);
    REQUIRE(prompts.incompleteQuestions.size() == 1);
    CHECK(prompts.incompleteQuestions.first().contains("is not marked complete"));
    CHECK_FALSE(QFileInfo::exists(prompts.saveAs));
    CHECK(c.w().db().scalar("SELECT COUNT(*) FROM sent_files").toInt() == 0);
    // Sent anyway, as the user confirms.
    prompts.sendIncomplete = true;
    QTest::mouseClick(page.exportButton(), Qt::LeftButton);
    CHECK(prompts.incompleteQuestions.size() == 2);
    CHECK(QFileInfo::exists(prompts.saveAs));
    // The name offered is readable: the commune's name without marks, its code and the year.
    CHECK(prompts.suggested == QStringList{QStringLiteral("Huong-Phu-20164-2024.chitieu")});
    CHECK(page.exportStatus()->text().contains("out.chitieu"));
    CHECK(c.w().db().scalar("SELECT COUNT(*) FROM sent_files WHERE unit_code='20164' AND year=2024").toInt() == 1);
    // Cancelled (the question answered, then no file chosen): nothing written.
    prompts.saveAs.clear();
    CHECK(!page.exportOwnFile());
    CHECK(prompts.incompleteQuestions.size() == 3);
    CHECK(c.w().db().scalar("SELECT COUNT(*) FROM sent_files").toInt() == 1);
    // A complete form is sent without a question.
    FormStatus::save(c.w().db(), commune, 2024, FormState::Complete, QStringLiteral("Lê Thị Cúc"));
    prompts.saveAs = c.file("complete.chitieu");
    CHECK(page.exportOwnFile());
    CHECK(prompts.incompleteQuestions.size() == 3);
}

TEST_CASE("The desktop program imports the files given on its command line")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    c.enter(commune, 2024, {{"live_births", 200}});
    const QString file = c.exportFile(2024, QStringLiteral("c.chitieu"));
    const QString db = c.file("district.sqlite");
    REQUIRE(test::runCli({"--db", db, "init", "--unit", district, "--user", "Trần Văn Đức"}).exitCode == 0);

    QProcess desktop;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    desktop.setProcessEnvironment(env);
    desktop.start(QStringLiteral(CHITIEU_DESKTOP_PATH), {"--db", db, file});
    REQUIRE(desktop.waitForStarted());
    int received = 0;
    QElapsedTimer waited;
    waited.start();
    while (received == 0 && desktop.state() == QProcess::Running && waited.elapsed() < 60000) {
        QThread::msleep(50);
        Workspace w(db);
        received = w.db().scalar("SELECT COUNT(*) FROM received_files").toInt();
    }
    fprintf(stderr, "DBG waited %lld ms, received %d, state %d\n", waited.elapsed(), received, int(desktop.state()));
    desktop.kill();
    desktop.waitForFinished();
    CHECK(received == 1);
    Workspace w(db);
    CHECK(w.values().value(commune, 2024, "live_births") == 200);
}

TEST_CASE("A daily backup that cannot be made does not hold back the desktop window")
{
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    const QString db = d.file("district.sqlite");
    REQUIRE(test::runCli({"--db", db, "init", "--unit", district, "--user", "Trần Văn Đức"}).exitCode == 0);
    // A file where the backups folder should be: the backup fails, the window must still come up.
    test::writeFile(d.file("backups"), "not a folder");

    QProcess desktop;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("CHITIEU_QUIT_AFTER_FIRST_PAINT", "1");
    desktop.setProcessEnvironment(env);
    desktop.setProcessChannelMode(QProcess::MergedChannels);
    desktop.start(QStringLiteral(CHITIEU_DESKTOP_PATH), {"--db", db});
    REQUIRE(desktop.waitForStarted());
    const bool finished = desktop.waitForFinished(60000); // a dialog before the window would never paint it
    if (!finished)
        desktop.kill();
    INFO("exit status " << int(desktop.exitStatus()) << ", output: " << desktop.readAll().toStdString());
    CHECK(finished);
    CHECK(desktop.exitStatus() == QProcess::NormalExit);
    CHECK(desktop.exitCode() == 0);
    CHECK_FALSE(QFileInfo(d.file("backups")).isDir());
}

TEST_CASE("After an import the entry form shows the stored values and the reports are rebuilt")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    c.enter(commune, 2024, {{"live_births", 120}});
    const QString file = c.exportFile(2024, QStringLiteral("c.chitieu"));

    ui::MainWindow window(d.w());
    auto* page = window.exchangePage();
    auto* entry = window.entryPage();
    auto* reports = window.reportsPage();
    REQUIRE(page);
    REQUIRE(entry);
    REQUIRE(reports);
    ScriptedPrompts prompts;
    page->setPrompts(&prompts);
    entry->setUnit(commune);
    entry->setYear(2024);
    reports->refresh();
    REQUIRE_FALSE(reports->isStale());
    CHECK_FALSE(entry->model()->value(QStringLiteral("live_births")).has_value());

    REQUIRE(page->importFiles({file}).first().result == ImportResult::Applied);
    CHECK(entry->model()->value(QStringLiteral("live_births")) == 120);
    CHECK(entry->undoStack()->count() == 0); // nothing left to write back over the import
    CHECK(reports->isStale());
}
