// The main window and the first-run dialog, offscreen, on a temporary database.
#include "support/TestSupport.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/entry/EntryForm.h"
#include "ui/help/HelpWindow.h"
#include "ui/main/MainWindow.h"
#include "ui/main/MeasuresModel.h"
#include "ui/main/MeasuresPage.h"
#include "ui/setup/FirstRunDialog.h"
#include "ui/setup/InstallationFields.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeView>

using namespace chitieu;

namespace {
// The status shown for a measure code, searched through group > indicator > measure.
QString shownStatus(QAbstractItemModel* model, const QString& code, int column = ui::MeasuresModel::Status)
{
    const QModelIndexList found = model->match(model->index(0, 0), ui::MeasuresModel::MeasureCodeRole, code, 1,
                                               Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return {};
    return found.first().siblingAtColumn(column).data().toString();
}

int measureRows(QAbstractItemModel* model, const QModelIndex& parent = {})
{
    int n = 0;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        n += i.data(ui::MeasuresModel::MeasureCodeRole).isValid() ? 1 : measureRows(model, i);
    }
    return n;
}
} // namespace

TEST_CASE("The main window shows the 32 measures of the chosen unit and year")
{
    test::TempWorkspace ws;
    ws.serve(Role::District, QStringLiteral("474"), QStringLiteral("Hồ Thị D"));
    // Two of the 36 communes of 474 (2024: the tree of 01/07/2021) have reported: their forms are complete.
    ws.setComplete(QStringLiteral("19774"), 2024,
                   {{QStringLiteral("live_births"), 250}, {QStringLiteral("neonatal_deaths"), 0}});
    ws.setComplete(QStringLiteral("19780"), 2024,
                   {{QStringLiteral("live_births"), 250}, {QStringLiteral("neonatal_deaths"), 1}});

    ui::MainWindow window(*ws);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ui::MeasuresPage* page = window.measuresPage();
    page->setYear(2024);
    CHECK(page->unit() == QStringLiteral("474"));
    QAbstractItemModel* model = page->measuresView()->model();
    CHECK(model->rowCount() == 4); // the plan's four groups
    CHECK(measureRows(model) == 32);
    // 1 / 500 x 1000 = 2 per mille at the district, on 2 of its 36 communes: the value with its
    // coverage, and no status until every commune is in (the default setting).
    CHECK(shownStatus(model, QStringLiteral("2a")).contains(measureStatuses.text(MeasureStatus::Incomplete)));
    CHECK(shownStatus(model, QStringLiteral("2a"), ui::MeasuresModel::Value).startsWith(QStringLiteral("2 ")));
    CHECK(shownStatus(model, QStringLiteral("2a"), ui::MeasuresModel::Value).endsWith(QStringLiteral("2/36 communes")));
    // Judged at any coverage (the setting): not met (target < 1).
    InstallationSettings s = ws->settings();
    s.minCoveragePercent = 0;
    ws->saveSettings(s);
    page->refresh();
    CHECK(shownStatus(model, QStringLiteral("2a")).contains(measureStatuses.text(MeasureStatus::NotMet)));
    // A third commune's form in progress is not counted until the user includes such forms.
    ws.set(QStringLiteral("19750"), 2024,
           {{QStringLiteral("live_births"), 500}, {QStringLiteral("neonatal_deaths"), 0}});
    page->refresh();
    CHECK(shownStatus(model, QStringLiteral("2a"), ui::MeasuresModel::Value).endsWith(QStringLiteral("2/36 communes")));
    page->setIncludeInProgress(true);
    // 1 / 1000 x 1000 = 1 per mille on 3 communes.
    CHECK(shownStatus(model, QStringLiteral("2a"), ui::MeasuresModel::Value).startsWith(QStringLiteral("1 ")));
    CHECK(shownStatus(model, QStringLiteral("2a"), ui::MeasuresModel::Value).endsWith(QStringLiteral("3/36 communes")));
    page->setIncludeInProgress(false);

    // Choosing a commune recomputes: 0 / 250 = 0: met.
    page->setUnit(QStringLiteral("19774"));
    CHECK(shownStatus(model, QStringLiteral("2a")).contains(measureStatuses.text(MeasureStatus::Met)));
    CHECK(shownStatus(model, QStringLiteral("3a")).contains(measureStatuses.text(MeasureStatus::NoData)));

    // Another year has no data.
    page->setYear(2023);
    CHECK(shownStatus(model, QStringLiteral("2a")).contains(measureStatuses.text(MeasureStatus::NoData)));

    // Filtering to one agency keeps its indicators: Sở Y tế leads 2, 3, 4, 9 and coordinates 16
    // (3 + 4 + 2 + 2 + 2 = 13 measures).
    page->setAgencyFilter(QStringLiteral("syt"));
    CHECK(measureRows(model) == 13);
    CHECK(window.windowTitle().contains(QStringLiteral("Hồ Thị D")));
}

TEST_CASE("The first-run dialog asks for the unit and the user's name")
{
    test::TempWorkspace ws;
    ui::FirstRunDialog dialog(ws->catalogue(), ws->units(), ws->settings());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    // Nothing is pre-chosen, and the dialog says what is missing instead of a silent grey OK.
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK(dialog.fields()->unitBox()->currentIndex() == -1);
    CHECK(dialog.fields()->unitBox()->currentText().isEmpty());
    CHECK_FALSE(ok->isEnabled());
    CHECK(dialog.missingLabel()->isVisible());
    CHECK(dialog.missingLabel()->text().contains(QStringLiteral("Unit field")));
    CHECK(dialog.missingLabel()->text().contains(QStringLiteral("name")));
    dialog.fields()->nameEdit()->insert(QStringLiteral("Trần Thị F"));
    CHECK_FALSE(ok->isEnabled()); // a name alone does not set up a unit
    CHECK(dialog.missingLabel()->text().contains(QStringLiteral("Unit field")));
    CHECK_FALSE(dialog.missingLabel()->text().contains(QStringLiteral("name")));

    // The unit is found without diacritics, as people type on any keyboard.
    dialog.fields()->nameEdit()->clear();
    dialog.fields()->roleBox()->setCurrentIndex(dialog.fields()->roleBox()->findData(QStringLiteral("commune")));
    QLineEdit* unitText = dialog.fields()->unitBox()->lineEdit();
    unitText->setFocus();
    QTest::keyClicks(unitText, QStringLiteral("quang thai"));
    QAbstractItemModel* found = dialog.fields()->unitBox()->completer()->model();
    REQUIRE(found->rowCount() == 1);
    CHECK(found->index(0, 0).data().toString().contains(QStringLiteral("Quảng Thái")));
    CHECK(dialog.missingLabel()->text().contains(QStringLiteral("pick one")));
    QTest::keyClick(unitText, Qt::Key_Return); // the one match is taken
    CHECK(dialog.result().unitCode == QStringLiteral("19870"));
    CHECK(dialog.missingLabel()->text() == QStringLiteral("ℹ Write your full name."));
    dialog.fields()->nameEdit()->insert(QStringLiteral("Trần Thị F"));
    CHECK(ok->isEnabled());
    CHECK(dialog.missingLabel()->isHidden());
    unitText->clear();
    unitText->setFocus();
    QTest::keyClicks(unitText, QStringLiteral("quang thao"));
    CHECK(found->rowCount() == 0);
    CHECK(dialog.missingLabel()->text().contains(QStringLiteral("No unit matches")));
    CHECK_FALSE(ok->isEnabled());
    dialog.fields()->nameEdit()->clear();

    dialog.fields()->roleBox()->setCurrentIndex(dialog.fields()->roleBox()->findData(QStringLiteral("district")));
    CHECK(dialog.fields()->unitBox()->count() == 9);
    dialog.fields()->unitBox()->setCurrentIndex(dialog.fields()->unitBox()->findData(QStringLiteral("474")));
    dialog.fields()->nameEdit()->insert(QStringLiteral("Phan Văn E")); // QTest types ASCII only
    const InstallationSettings s = dialog.result();
    CHECK(s.role == Role::District);
    CHECK(s.unitCode == QStringLiteral("474"));
    CHECK(s.userName == QStringLiteral("Phan Văn E"));

    dialog.fields()->roleBox()->setCurrentIndex(dialog.fields()->roleBox()->findData(QStringLiteral("commune")));
    CHECK(dialog.fields()->unitBox()->count() == 145);
    dialog.fields()->roleBox()->setCurrentIndex(dialog.fields()->roleBox()->findData(QStringLiteral("department")));
    CHECK(dialog.fields()->agencyBox()->isVisible());
    dialog.fields()->agencyBox()->setCurrentIndex(dialog.fields()->agencyBox()->findData(QStringLiteral("syt")));
    CHECK(dialog.result().agencyCode == QStringLiteral("syt"));
    CHECK(dialog.result().unitCode == QStringLiteral("46"));
}

TEST_CASE("The overview opens on this year during the plan, and on the plan's last year after it")
{
    test::TempWorkspace ws;
    ws.set(QStringLiteral("19774"), 2023, {{QStringLiteral("live_births"), 100}});
    {
        test::ScopedClock clock(QDateTime(QDate(2024, 11, 20), QTime(8, 0)));
        ui::MeasuresPage page(*ws);
        CHECK(page.year() == 2024);
    }
    {
        test::ScopedClock clock(QDateTime(QDate(2026, 11, 29), QTime(8, 0)));
        ui::MeasuresPage page(*ws);
        CHECK(page.year() == 2025); // the final year, as on the home screen
    }
}

TEST_CASE("Help > User guide opens the guide offline, with its screenshots, in the program's language")
{
    test::TempWorkspace ws;
    ui::MainWindow window(*ws);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* action = window.findChild<QAction*>(QStringLiteral("guideAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QKeySequence::HelpContents));
    action->trigger();
    ui::HelpWindow* guide = window.guideWindow();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    QTextDocument* doc = guide->browser()->document();
    // The tests run in Vietnamese: the Vietnamese guide, every section there.
    const QString text = doc->toPlainText();
    for (const char* section : {"Lần đầu mở chương trình", "Nhập số liệu của xã", "Kiểm tra và ghi chú",
                                "Đánh dấu hoàn thành", "Gửi tệp lên huyện", "Huyện: nhập tệp của các xã", "Báo cáo",
                                "Khi một tệp bị từ chối", "Sao lưu dữ liệu", "Đơn vị hành chính qua các năm"})
        CHECK(text.contains(QString::fromUtf8(section)));
    // Every picture it shows is there: an image with a size, not a missing one.
    int images = 0;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (QTextBlock::iterator it = b.begin(); !it.atEnd(); ++it) {
            const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            ++images;
            const QVariant loaded = doc->resource(QTextDocument::ImageResource, QUrl(image.name()));
            INFO(image.name().toStdString());
            CHECK(loaded.value<QImage>().width() > 100);
        }
    CHECK(images >= 7);
    // The other language is one click away.
    QTest::mouseClick(guide->findChild<QPushButton*>(QStringLiteral("otherLanguage")), Qt::LeftButton);
    CHECK(doc->toPlainText().contains(QStringLiteral("First start")));
    const QString english = doc->toPlainText();
    // The guide names the safety net's commands as the program labels them (the tests' program
    // texts are English, so the English guide is read here).
    for (const auto& [context, label] : {std::pair{"chitieu::ui::MainWindow", "&Backups..."},
                                         {"chitieu::ui::BackupsDialog", "&Back up now"},
                                         {"chitieu::ui::ReceivedFilesPanel", "&Take back..."},
                                         {"chitieu::ui::MainWindow", "Administrative &units over the years..."},
                                         {"chitieu::ui::MainWindow", "Move to the &new unit..."},
                                         {"chitieu::ui::UnitMoveDialog", "&Not now"}}) {
        const QString shown = QCoreApplication::translate(context, label).remove(QLatin1Char('&'));
        INFO(shown.toStdString());
        CHECK(english.contains(shown));
    }
    CHECK(guide->browser()->source() == ui::HelpWindow::guideUrl(QStringLiteral("en")));
}

TEST_CASE("Every tab of the main window fits a 1366 × 768 screen, in each role")
{
    for (const Role role : {Role::Commune, Role::District, Role::Province}) {
        test::TempWorkspace ws;
        InstallationSettings s = ws->settings();
        s.role = role;
        s.unitCode = role == Role::Commune    ? QStringLiteral("19774")
                     : role == Role::District ? QStringLiteral("474")
                                              : QStringLiteral("46");
        s.userName = QStringLiteral("Hồ Thị D");
        ws->saveSettings(s);
        ui::MainWindow window(*ws);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < window.tabs()->count(); ++i) {
            window.tabs()->setCurrentIndex(i);
            QWidget* page = window.tabs()->widget(i);
            INFO(roles.key(role).toStdString() << ": " << window.tabs()->tabText(i).toStdString() << " needs "
                                               << page->minimumSizeHint().width() << " pixels");
            CHECK(page->minimumSizeHint().width() <= 1366 - 40);
        }
        CHECK(window.minimumSizeHint().width() <= 1366);
        CHECK(window.minimumSizeHint().height() <= 768 - 40); // a title bar and a panel
    }
}

TEST_CASE("Only Home is made before the first paint, each other page when its tab is first shown")
{
    test::TempWorkspace ws;
    ws.serve(Role::District, QStringLiteral("474"), QStringLiteral("Hồ Thị D"));
    ui::MainWindow window(*ws);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTabWidget* tabs = window.tabs();
    REQUIRE(tabs->count() == 9);
    CHECK(tabs->widget(0) == window.dashboardPage());
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i) {
        titles << tabs->tabText(i);
        if (i > 0) // a placeholder: no page of the program yet
            CHECK(QByteArray(tabs->widget(i)->metaObject()->className()) == "QWidget");
    }
    // The unit chosen on the measures page is followed by data entry made after it.
    tabs->setCurrentIndex(1);
    ui::MeasuresPage* measures = qobject_cast<ui::MeasuresPage*>(tabs->widget(1));
    REQUIRE(measures);
    CHECK(measures == window.measuresPage());
    CHECK(measures->unit() == QStringLiteral("474"));
    // 2024: a year whose unit tree has the district and this commune under it.
    measures->setYear(2024);
    measures->setUnit(QStringLiteral("19774"));
    CHECK(QByteArray(tabs->widget(3)->metaObject()->className()) == "QWidget");
    tabs->setCurrentIndex(3);
    CHECK(tabs->currentIndex() == 3);
    REQUIRE(tabs->widget(3) == window.entryPage());
    CHECK(window.entryPage()->unit() == QStringLiteral("19774"));
    // Every tab keeps its place and title when its page takes the placeholder's place.
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        CHECK(tabs->currentIndex() == i);
        CHECK(tabs->tabText(i) == titles[i]);
        CHECK(QByteArray(tabs->widget(i)->metaObject()->className()) != "QWidget");
    }
}
