// The entry form, offscreen: the keyboard, the years, readability at 1366x768 and with a
// larger font, its tab in the main window, and the README screenshot.
#include "core/entry/EntryFormModel.h"
#include "core/i18n/Language.h"
#include "test_entry_support.h"
#include "ui/entry/CountEdit.h"
#include "ui/entry/EntryForm.h"
#include "ui/main/MainWindow.h"
#include "ui/main/MeasuresModel.h"
#include "ui/main/MeasuresPage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace chitieu;
using ui::EntryForm;
using namespace chitieu::test;

TEST_CASE("Keyboard first: Tab and Enter go to the next field, Shift+Tab back")
{
    test::TempWorkspace ws;
    configure(*ws, Role::Commune, "19774");
    EntryForm form(*ws);
    form.setYear(2024);
    showForm(form);
    const QStringList order = form.model()->layout().fieldOrder();
    REQUIRE(order.mid(2, 4) == QStringList{"neonatal_deaths", "infant_deaths", "under5_deaths", "live_births"});

    typeInto(form, "neonatal_deaths", "1");
    QTest::keyClick(form.field("neonatal_deaths"), Qt::Key_Return);
    CHECK(QApplication::focusWidget() == form.field("infant_deaths"));
    CHECK(stored(*ws, "19774", 2024, "neonatal_deaths") == 1);
    QTest::keyClicks(form.field("infant_deaths"), "2");
    QTest::keyClick(form.field("infant_deaths"), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == form.field("under5_deaths"));
    CHECK(stored(*ws, "19774", 2024, "infant_deaths") == 2);
    QTest::keyClick(form.field("under5_deaths"), Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(QApplication::focusWidget() == form.field("infant_deaths"));
    // Enter on refused text stays in the field.
    QTest::keyClicks(form.field("infant_deaths"), "x");
    QTest::keyClick(form.field("infant_deaths"), Qt::Key_Enter);
    CHECK(QApplication::focusWidget() == form.field("infant_deaths"));
    CHECK(stored(*ws, "19774", 2024, "infant_deaths") == 2);

    // The whole form in order, by keyboard alone: each Enter reaches the next field.
    enter(form, "infant_deaths", "2");
    typeInto(form, order.first(), "1");
    for (int i = 0; i + 1 < order.size(); ++i) {
        QWidget* now = QApplication::focusWidget();
        INFO("field " << i << " " << order[i].toStdString() << ", focus on " << now->objectName().toStdString());
        REQUIRE(now == form.field(order[i]));
        QTest::keyClick(now, Qt::Key_Enter);
    }
    CHECK(QApplication::focusWidget() == form.field(order.last()));
}

TEST_CASE("Years 2020 to 2025 can be chosen, and 2020 is the baseline with no year before it")
{
    test::TempWorkspace ws;
    configure(*ws, Role::Commune, "19774");
    ws.set("19774", 2020, {{"child_marriages", 4}});
    EntryForm form(*ws);
    showForm(form);
    REQUIRE(form.yearBox()->count() == 6);
    CHECK(form.yearBox()->itemData(0).toInt() == 2020);
    CHECK(form.yearBox()->itemData(5).toInt() == 2025);
    form.setYear(2020);
    CHECK(form.year() == 2020);
    CHECK(form.field("child_marriages")->text() == "4");
    CHECK(form.fieldRow("child_marriages")->lastYear->text() == "—");
    // 2021 compares with 2020 (measure 11): (4 - 3) / 4 = 25 %, target >= 2: met.
    form.setYear(2021);
    CHECK(form.fieldRow("child_marriages")->lastYear->text() == "4");
    typeInto(form, "child_marriages", "3");
    CHECK(form.measureRow("11")->value->text() == "25 %");
    CHECK(form.measureRow("11")->status->text().contains(measureStatuses.text(MeasureStatus::Met)));
}

TEST_CASE("The form is readable at 1366x768 and with a larger system font: no sideways scrolling")
{
    test::TempWorkspace ws;
    configure(*ws, Role::Commune, "19774");
    const QFont original = QApplication::font();
    for (double scale : {1.0, 1.5}) {
        QFont f = original;
        f.setPointSizeF(original.pointSizeF() * scale);
        QApplication::setFont(f);
        EntryForm form(*ws);
        showForm(form);
        QCoreApplication::processEvents();
        INFO("font scale " << scale);
        CHECK(form.scrollArea()->horizontalScrollBar()->maximum() == 0);
        CHECK(form.field("live_births")->width() >=
              form.field("live_births")->fontMetrics().horizontalAdvance("8.888.888"));
    }
    QApplication::setFont(original);
}

TEST_CASE("The main window has a Data entry tab that follows the measures page and refreshes it")
{
    test::TempWorkspace ws;
    configure(*ws, Role::District, "474");
    ui::MainWindow window(*ws);
    showForm(window);
    EntryForm* form = window.entryPage();
    REQUIRE(form != nullptr);
    const int tab = window.tabs()->indexOf(form);
    REQUIRE(tab >= 0);
    CHECK(window.tabs()->tabText(tab).remove('&') == "Data entry");

    ui::MeasuresPage* page = window.measuresPage();
    page->setYear(2024);
    page->setUnit("19750");
    CHECK(form->unit() == "19750");
    CHECK(form->year() == 2024);
    page->setUnit("474"); // a district: the form stays on its commune
    CHECK(form->unit() == "19750");

    window.tabs()->setCurrentIndex(tab);
    enter(*form, "live_births", "500");
    enter(*form, "neonatal_deaths", "1");
    // The measures page (on the district) recomputed. The form is in progress, so the district's
    // figure does not count it ...
    QAbstractItemModel* model = page->measuresView()->model();
    auto value2a = [&] {
        const QModelIndexList found = model->match(model->index(0, 0), ui::MeasuresModel::MeasureCodeRole, "2a", 1,
                                                   Qt::MatchExactly | Qt::MatchRecursive);
        REQUIRE(found.size() == 1);
        return found.first().siblingAtColumn(ui::MeasuresModel::Value).data().toString();
    };
    CHECK(value2a() == "0/36 communes");
    // ... until forms in progress are included: 1 / 500 x 1000 = 2 per mille, on 1 of 36.
    page->setIncludeInProgress(true);
    CHECK(value2a().startsWith("2 "));
    CHECK(value2a().endsWith("1/36 communes"));
}

// Not run by default: writes the README's screenshot of a filled form.
//   QT_QPA_PLATFORM=offscreen CHITIEU_SCREENSHOT=docs/screenshots/entry-form.png test_entry_window "[.screenshot]"
TEST_CASE("Screenshot of a filled form", "[.screenshot]")
{
    const QString out = qEnvironmentVariable("CHITIEU_SCREENSHOT");
    REQUIRE_FALSE(out.isEmpty());
    // As people see it: in Vietnamese (English again afterwards, with the Vietnamese number format).
    i18n::applyLanguage(i18n::chooseLanguage("vi"));
    struct Restore
    {
        ~Restore() { i18n::applyLanguage({"en", QLocale(QLocale::Vietnamese, QLocale::Vietnam)}); }
    } restore;
    // CHITIEU_SCREENSHOT_SCALE=1.5 enlarges the font, to look at the form as with a larger system font.
    const double scale = qEnvironmentVariable("CHITIEU_SCREENSHOT_SCALE", "1").toDouble();
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * scale);
    QApplication::setFont(font);
    test::TempWorkspace ws;
    test::ScopedClock clock(QDateTime(QDate(2024, 11, 14), QTime(10, 5)));
    configure(*ws, Role::Commune, "19774", "Nguyễn Thị Hoa");
    ws.set("19774", 2023,
           {{"cfc_registered", 1},
            {"cfc_achieved", 1},
            {"neonatal_deaths", 0},
            {"infant_deaths", 1},
            {"under5_deaths", 1},
            {"live_births", 1212},
            {"under5_stunted", 61},
            {"under5_underweight", 45},
            {"under5_overweight", 40},
            {"under5_measured", 905},
            {"under1_fully_immunised", 201},
            {"children_under1", 209},
            {"under5_fully_vaccinated", 890},
            {"children_under5", 1010}});
    EntryForm form(*ws);
    form.setYear(2024);
    AskLog ask;
    ask.answer = QString("Cân đo lại toàn bộ trẻ theo chuẩn WHO");
    form.setTextAsker(ask.asker());
    showForm(form);
    const QList<std::pair<QString, QString>> values = {{"cfc_registered", "1"},
                                                       {"cfc_achieved", "1"},
                                                       {"neonatal_deaths", "0"},
                                                       {"infant_deaths", "1"},
                                                       {"under5_deaths", "1"},
                                                       {"live_births", "1.234"},
                                                       {"under5_stunted", "58"},
                                                       {"under5_underweight", "44"},
                                                       {"under5_overweight", "71"},
                                                       {"under5_measured", "930"},
                                                       {"under1_fully_immunised", "205"},
                                                       {"children_under1", "214"},
                                                       {"under5_fully_vaccinated", "905"},
                                                       {"children_under5", "1.020"},
                                                       {"facilities_sanitation_ok", "5"}};
    for (const auto& [element, text] : values) {
        enter(form, element, text);
        QCoreApplication::processEvents();
    }
    typeInto(form, "facilities_total", "6");
    form.scrollArea()->verticalScrollBar()->setValue(0);
    QCoreApplication::processEvents();
    REQUIRE(form.grab().save(out));
    // CHITIEU_SCREENSHOT_FULL: the whole form, every indicator, for a review of the layout.
    if (const QString full = qEnvironmentVariable("CHITIEU_SCREENSHOT_FULL"); !full.isEmpty())
        REQUIRE(form.scrollArea()->widget()->grab().save(full));
}

TEST_CASE("A commune installation's form stays on its commune when another is viewed on the measures page")
{
    test::TempWorkspace ws;
    configure(*ws, Role::Commune, "19774");
    ui::MainWindow window(*ws);
    showForm(window);
    EntryForm* form = window.entryPage();
    REQUIRE(form != nullptr);
    CHECK(form->unit() == "19774");
    window.measuresPage()->setUnit("19780");
    CHECK(window.measuresPage()->unit() == "19780");
    CHECK(form->unit() == "19774");
    CHECK_FALSE(form->field("live_births")->isReadOnly());
}
