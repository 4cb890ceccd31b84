// The report charts render offscreen with the expected series, save as PNG; the Reports
// screen builds its document, saves every format, previews and prints through its hooks.
#include "core/Error.h"
#include "core/format/Numbers.h"
#include "core/report/ReportModel.h"
#include "core/report/ReviewModel.h"
#include "test_report_support.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/StatusStyle.h"
#include "ui/main/MainWindow.h"
#include "ui/reports/ChartPanel.h"
#include "ui/reports/ReportCharts.h"
#include "ui/reports/ReportsPage.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTabWidget>
#include <QTest>

using namespace chitieu;
using namespace chitieu::ui;

namespace {
template <typename T> T* series(QChart& chart, const QString& name)
{
    for (QAbstractSeries* s : chart.series())
        if (s->objectName() == name)
            return qobject_cast<T*>(s);
    return nullptr;
}

// Not all white: something was drawn.
bool drawn(const QImage& image)
{
    const QRgb white = qRgb(255, 255, 255);
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            if (image.pixel(x, y) != white)
                return true;
    return false;
}

QList<qreal> values(const QBarSet& set)
{
    QList<qreal> out;
    for (int i = 0; i < set.count(); ++i)
        out << set.at(i);
    return out;
}

class DrivenReportsPage : public ReportsPage
{
public:
    using ReportsPage::ReportsPage;
    QString nextFile;
    QStringList errors;
    QString previewPdf; // where the preview's paint request is sent
    int previews = 0;
    QStringList saved; // files whose "saved" message was shown
    QStringList steps; // progress steps seen while saving
    bool cancelAtStart = false;

protected:
    QString askSaveFileName(const QString&, const QString&, const QString&) override { return nextFile; }
    void runPreview(QPrintPreviewDialog& dialog) override
    {
        ++previews;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(previewPdf);
        emit dialog.paintRequested(&printer);
    }
    bool askPrinter(QPrinter& printer) override
    {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(previewPdf);
        return true;
    }
    void showError(const QString& message) override { errors << message; }
    void showSaved(const QString& path) override { saved << path; }
    void watchProgress(TaskProgress& progress, int, int, const QString& step) override
    {
        steps << step;
        if (cancelAtStart)
            progress.cancel();
    }
};
} // namespace

TEST_CASE("The trend chart has the measure's values by year and the target line")
{
    const Measure& m = *Catalogue::builtIn().measure(QStringLiteral("2a"));
    QList<Figures> path(6);
    path[0].value = 5.0;
    path[3].value = 2.0;
    path[4].value = 1.5;
    path[4].hideValue = true; // protected: left out like a missing figure
    path[5].value = 0.5;
    const auto chart = charts::trendChart(m, {2020, 2021, 2022, 2023, 2024, 2025}, path);
    REQUIRE(chart->series().size() == 2);
    CHECK(chart->animationOptions() == QChart::NoAnimation);
    auto* v = series<QLineSeries>(*chart, QStringLiteral("value"));
    REQUIRE(v);
    CHECK(v->name() == charts::valueSeriesName());
    CHECK(v->points() == QList<QPointF>({{2020, 5.0}, {2023, 2.0}, {2025, 0.5}}));
    CHECK(v->pointLabelsVisible());
    auto* t = series<QLineSeries>(*chart, QStringLiteral("target"));
    REQUIRE(t);
    // Half a year of room on each side, so the newest point is not cut at the edge; the values
    // are drawn over the target line.
    CHECK(t->points() == QList<QPointF>({{2019.5, 1.0}, {2025.5, 1.0}}));
    CHECK(chart->series().indexOf(v) > chart->series().indexOf(t));
    auto* years = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
    REQUIRE(years);
    CHECK(years->min() == 2019.5);
    CHECK(years->max() == 2025.5);
    CHECK(years->categoriesLabels() == QStringList({"2020", "2021", "2022", "2023", "2024", "2025"}));
    CHECK(t->name().startsWith(charts::targetSeriesName()));
    CHECK(chart->title().contains(QStringLiteral("2a")));
    // The value axis has the round ticks of the shared scale, as in the document.
    const AxisScale scale = chartdata::trendChart(m, {2020, 2021, 2022, 2023, 2024, 2025}, path).scale;
    auto* axisY = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Vertical).value(0));
    REQUIRE(axisY);
    CHECK(axisY->min() == scale.low);
    CHECK(axisY->max() == scale.high);
    CHECK(axisY->count() == scale.intervals() + 1);
    CHECK(axisY->max() >= 5.0);
    for (const QString& label : axisY->categoriesLabels())
        CHECK(axisY->endValue(label) ==
              scale.ticks().value(static_cast<int>(axisY->categoriesLabels().indexOf(label))));

    const QImage image = charts::render(*chart, QSize(600, 400));
    CHECK(image.size() == QSize(600, 400));
    CHECK(drawn(image));
}

TEST_CASE("The trend chart writes numbers the program's way, without needless decimals, and shows a lone point")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    const Measure& m = *Catalogue::builtIn().measure(QStringLiteral("4a")); // > 95 %
    QList<Figures> path(6);
    path[5].value = 100.0 * 5 / 6; // one year only, above the target
    const auto chart = charts::trendChart(m, {2020, 2021, 2022, 2023, 2024, 2025}, path);
    auto* axisY = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Vertical).value(0));
    REQUIRE(axisY);
    const QStringList labels = axisY->categoriesLabels();
    REQUIRE_FALSE(labels.isEmpty());
    for (const QString& label : labels) {
        INFO(label.toStdString());
        CHECK_FALSE(label.contains(QLatin1Char('.'))); // no English decimal point, no ".00"
        CHECK_FALSE(label.endsWith(QStringLiteral(",0")));
        CHECK(label == formatRate(axisY->endValue(label), 2));
    }
    auto* v = series<QLineSeries>(*chart, QStringLiteral("value"));
    REQUIRE(v);
    REQUIRE(v->count() == 1);
    CHECK(v->at(0).y() == 83.33); // as the tables round it
    CHECK(v->markerSize() >= 8);
    CHECK(chart->localizeNumbers());
    CHECK(chart->locale().language() == QLocale::Vietnamese);
    // The point sits inside the axis, not on its edge.
    CHECK(v->at(0).x() < qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).value(0))->max());
    CHECK(v->at(0).y() < axisY->max());
    QLocale::setDefault(before);
}

TEST_CASE("The units chart compares the units below in bars with the target line")
{
    const Measure& m = *Catalogue::builtIn().measure(QStringLiteral("4a"));
    QList<charts::UnitValue> units(3);
    units[0].name = QStringLiteral("Phường Kim Long");
    units[0].figures.value = 94.7;
    units[0].figures.status = MeasureStatus::NotMet;
    units[1].name = QStringLiteral("Phường Phường Đúc");
    units[1].figures.value = 97.9;
    units[1].figures.status = MeasureStatus::Met;
    units[2].name = QStringLiteral("Phường Tây Lộc"); // no data
    const auto chart = charts::unitsChart(m, units);
    auto* bars = series<QHorizontalBarSeries>(*chart, QStringLiteral("value"));
    REQUIRE(bars);
    REQUIRE(bars->count() == 1);
    // Drawn bottom-up, so the first unit is the last bar.
    QBarSet* set = bars->barSets().first();
    CHECK(values(*set) == QList<qreal>({0.0, 97.9, 94.7}));
    // Met in the met colour, not met in the not-met colour, with a value label on each bar.
    CHECK(set->color() == statusColour(MeasureStatus::Met));
    CHECK(set->selectedColor() == statusColour(MeasureStatus::NotMet));
    CHECK(set->selectedBars() == QList<int>({2})); // Kim Long, 94,7 < 95
    CHECK(bars->isLabelsVisible());
    auto* axis = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).value(0));
    REQUIRE(axis);
    CHECK(axis->categories() == QStringList({"Phường Tây Lộc (No data)", "Phường Phường Đúc ✔", "Phường Kim Long ✘"}));
    auto* t = series<QLineSeries>(*chart, QStringLiteral("target"));
    REQUIRE(t);
    CHECK(t->points() == QList<QPointF>({{95, -0.5}, {95, 2.5}}));
    CHECK(drawn(charts::render(*chart, QSize(700, 400))));
}

TEST_CASE("The status overview counts met, not met and no data per group and per agency")
{
    test::TempWorkspace w;
    test::reports::fillSample(w);
    const AnnualReport r = buildAnnualReport(*w, QStringLiteral("474"), 2024);
    const auto byGroup = charts::statusChart(r, charts::Breakdown::Group);
    auto* s = series<QHorizontalStackedBarSeries>(*byGroup, QStringLiteral("status"));
    REQUIRE(s);
    REQUIRE(s->count() == 5);
    CHECK(s->barSets()[0]->objectName() == QStringLiteral("met"));
    CHECK(s->barSets()[3]->objectName() == QStringLiteral("incomplete"));
    CHECK(s->barSets()[4]->objectName() == QStringLiteral("not_applicable"));
    // Groups bottom-up (4, 3, 2, 1) of 1, 9, 10 and 12 measures. Group 1: met 2b, 4a; not met 1a,
    // 2a; 3c has no data (in 2024's tree Thành phố Huế has Xã). Group 2: met 11; not met 7. The
    // rest have no data (the sample is judged at any coverage: none is incomplete).
    CHECK(values(*s->barSets()[0]) == QList<qreal>({0, 0, 1, 2}));
    CHECK(values(*s->barSets()[1]) == QList<qreal>({0, 0, 1, 2}));
    CHECK(values(*s->barSets()[2]) == QList<qreal>({1, 9, 8, 8}));
    CHECK(values(*s->barSets()[3]) == QList<qreal>({0, 0, 0, 0}));
    CHECK(values(*s->barSets()[4]) == QList<qreal>({0, 0, 0, 0}));
    auto* axis = qobject_cast<QBarCategoryAxis*>(byGroup->axes(Qt::Vertical).value(0));
    REQUIRE(axis);
    CHECK(axis->categories() == QStringList({"Group 4", "Group 3", "Group 2", "Group 1"}));
    // Whole ticks like the counts on the bars, 0, 2, ..., 12 for group 1's 12 measures: the
    // scale the document's chart draws too.
    auto* counts = qobject_cast<QCategoryAxis*>(byGroup->axes(Qt::Horizontal).value(0));
    REQUIRE(counts);
    CHECK(counts->min() == 0);
    CHECK(counts->max() == 12);
    CHECK(counts->categoriesLabels() == QStringList({"0", "2", "4", "6", "8", "10", "12"}));
    // Every bar's count falls on a whole number of the axis: a bar labelled 10 ends at the tick 10.
    for (QBarSet* set : s->barSets())
        for (int i = 0; i < set->count(); ++i) {
            CHECK(set->at(i) == std::floor(set->at(i)));
            CHECK(set->at(i) <= counts->max());
        }
    for (const QString& label : counts->categoriesLabels())
        CHECK(counts->endValue(label) == label.toDouble());

    const auto byAgency = charts::statusChart(r, charts::Breakdown::Agency);
    auto* a = series<QHorizontalStackedBarSeries>(*byAgency, QStringLiteral("status"));
    REQUIRE(a);
    auto* agencies = qobject_cast<QBarCategoryAxis*>(byAgency->axes(Qt::Vertical).value(0));
    REQUIRE(agencies);
    CHECK(agencies->categories().last() == QStringLiteral("Sở LĐTBXH"));
    CHECK(agencies->categories().first() == QStringLiteral("Công an tỉnh"));
    // Công an tỉnh leads 7 only: not met.
    CHECK(a->barSets()[1]->at(0) == 1);
    CHECK(a->barSets()[0]->at(0) == 0);

    const ReviewReport mid = buildReview(*w, QStringLiteral("474"), ReviewKind::MidTerm);
    const auto review = charts::statusChart(mid, charts::Breakdown::Group);
    auto* m = series<QHorizontalStackedBarSeries>(*review, QStringLiteral("status"));
    REQUIRE(m);
    CHECK(values(*m->barSets()[0]) == QList<qreal>({0, 0, 0, 1})); // 2a met in 2023
}

TEST_CASE("A chart saves as PNG, and a bad path is refused with a sentence")
{
    QTemporaryDir dir;
    const auto chart =
        charts::trendChart(*Catalogue::builtIn().measure(QStringLiteral("2a")), {2020, 2021}, QList<Figures>(2));
    const QString png = dir.filePath(QStringLiteral("c.png"));
    charts::savePng(*chart, png, QSize(640, 360));
    QImage back(png);
    CHECK(back.size() == QSize(640, 360));
    CHECK_THROWS_AS(charts::savePng(*chart, dir.filePath(QStringLiteral("no/such/folder/c.png"))), Error);
}

TEST_CASE("The chart panel switches charts and saves the one shown")
{
    test::TempWorkspace w;
    test::reports::fillSample(w);
    const AnnualReport r = buildAnnualReport(*w, QStringLiteral("474"), 2024);
    // Thành phố Huế ended as a unit in 2025: its final review stands on the tree of 01/07/2021.
    ReportOptions onItsTree;
    onItsTree.onTree = QDate(2021, 7, 1);
    const ReviewReport trend = buildReview(*w, QStringLiteral("474"), ReviewKind::Final, onItsTree);
    ChartPanel panel;
    CHECK(panel.chart() == nullptr);
    panel.setReports(&r, &trend, nullptr);
    panel.setMeasure(QStringLiteral("2a"));
    panel.setKind(ChartPanel::Kind::Trend);
    REQUIRE(panel.chart());
    auto* v = series<QLineSeries>(*panel.chart(), QStringLiteral("value"));
    REQUIRE(v);
    CHECK(v->points() == QList<QPointF>({{2020, 5.0}, {2023, 0.67}, {2024, 2.0}})); // 1/1500 ‰ as the tables round it

    panel.setKind(ChartPanel::Kind::Units);
    auto* bars = series<QHorizontalBarSeries>(*panel.chart(), QStringLiteral("value"));
    REQUIRE(bars);
    // One bar per unit below in 2024's tree, the first unit last.
    const UnitTree tree = w->treeOfYear(2024);
    const QList<const OrgUnit*> below = tree.children(QStringLiteral("474"));
    const auto kimLong =
        std::find_if(below.cbegin(), below.cend(), [](const OrgUnit* o) { return o->code == "19774"; });
    REQUIRE(kimLong != below.cend());
    CHECK(bars->barSets().first()->count() == 36);
    CHECK(bars->barSets().first()->at(35 - int(kimLong - below.cbegin())) == Approx(3.0));

    panel.setKind(ChartPanel::Kind::StatusByAgency);
    CHECK(series<QHorizontalStackedBarSeries>(*panel.chart(), QStringLiteral("status")));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("panel.png"));
    panel.saveChart(png);
    CHECK(QImage(png).size() == QSize(1200, 700));
    panel.setReports(nullptr, nullptr, nullptr);
    CHECK(panel.chart() == nullptr);
}

TEST_CASE("The Reports screen builds the document, saves each format, previews and prints")
{
    test::TempWorkspace w;
    test::reports::fillSample(w);
    DrivenReportsPage page(*w);
    page.setUnit(QStringLiteral("474"));
    page.setYear(2024);
    CHECK(page.isStale());
    page.refresh();
    REQUIRE(page.annual());
    CHECK(page.annual()->unitCode == QStringLiteral("474"));
    CHECK_FALSE(page.review());
    CHECK(page.summary().contains(QStringLiteral("3 of 32 measures met")));

    SECTION("save PDF, Excel, CSV and a chart")
    {
        page.nextFile = w.file(QStringLiteral("page.pdf"));
        REQUIRE(page.savePdf());
        const QString pdf = test::reports::pdfText(page.nextFile).simplified();
        CHECK(pdf.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
        CHECK(pdf.contains(QStringLiteral("Tỷ suất tử vong trẻ sơ sinh: 2 ‰ · 2/36, target < 1 ‰")));
        page.nextFile = w.file(QStringLiteral("page.xlsx"));
        REQUIRE(page.saveXlsx());
        CHECK(test::reports::Xlsx(page.nextFile).sheets().first() == QStringLiteral("Summary"));
        page.nextFile = w.file(QStringLiteral("page.csv"));
        REQUIRE(page.saveCsv());
        QFile csv(page.nextFile);
        REQUIRE(csv.open(QIODevice::ReadOnly));
        CHECK(csv.readAll().startsWith("\xEF\xBB\xBF"));
        page.nextFile = w.file(QStringLiteral("chart.png"));
        REQUIRE(page.saveChartPng());
        CHECK_FALSE(QImage(page.nextFile).isNull());
        CHECK(page.errors.isEmpty());
        // Each save says where the file went (with a button to its folder), PDFs and XLSX too.
        CHECK(page.saved == QStringList({w.file(QStringLiteral("page.pdf")), w.file(QStringLiteral("page.xlsx")),
                                         w.file(QStringLiteral("page.csv")), w.file(QStringLiteral("chart.png"))}));
        // The work ran in steps that the progress window showed.
        CHECK(page.steps.contains(QStringLiteral("Writing the file...")));
    }
    SECTION("a save cancelled while it runs writes nothing")
    {
        page.cancelAtStart = true;
        page.nextFile = w.file(QStringLiteral("cancelled.pdf"));
        CHECK_FALSE(page.savePdf());
        CHECK_FALSE(QFile::exists(page.nextFile));
        CHECK(page.saved.isEmpty());
        CHECK(page.errors.isEmpty());
    }
    SECTION("the suggested names are readable and keep the unit and year")
    {
        CHECK(page.suggestedFileName(QStringLiteral("pdf")) == QStringLiteral("Report-Hue-2024.pdf"));
        page.setKind(ReportsPage::Kind::MidTerm);
        page.refresh();
        CHECK(page.suggestedFileName(QStringLiteral("xlsx")) == QStringLiteral("Mid-term-review-Hue-2023.xlsx"));
    }
    SECTION("cancelling writes nothing; an unwritable file is an error, not a crash")
    {
        page.nextFile.clear();
        CHECK_FALSE(page.savePdf());
        page.nextFile = w.file(QStringLiteral("no/such/folder/r.xlsx"));
        CHECK_FALSE(page.saveXlsx());
        REQUIRE(page.errors.size() == 1);
        CHECK(page.errors.first().contains(QStringLiteral("no/such/folder")));
    }
    SECTION("preview and print paint the document")
    {
        page.previewPdf = w.file(QStringLiteral("preview.pdf"));
        page.preview();
        CHECK(page.previews == 1);
        CHECK(test::reports::pdfText(page.previewPdf).contains(QStringLiteral("BÁO CÁO")));
        QFile::remove(page.previewPdf);
        page.print();
        CHECK(test::reports::pdfText(page.previewPdf).contains(QStringLiteral("Nơi nhận:")));
    }
    SECTION("one agency's report")
    {
        page.setAgency(QStringLiteral("svhtt")); // Sở VH&TT leads 11 and 17
        page.refresh();
        REQUIRE(page.annual());
        QStringList shown;
        for (const MeasureLine& l : page.annual()->lines)
            shown << l.measure.code;
        CHECK(shown == QStringList({"11", "17"}));
    }
    SECTION("a review, protected")
    {
        page.setKind(ReportsPage::Kind::MidTerm);
        page.setProtectSmallNumbers(true);
        page.refresh();
        REQUIRE(page.review());
        CHECK(page.review()->endYear == 2023);
        CHECK(page.review()->smallNumbersProtected);
        CHECK(page.annual()->year == 2023);
        page.nextFile = w.file(QStringLiteral("review.xlsx"));
        REQUIRE(page.saveXlsx());
        CHECK(test::reports::Xlsx(page.nextFile).sheets().mid(0, 2) == QStringList({"Review", "Off track"}));
    }
}

TEST_CASE("The main window has a Reports tab whose page is made and built when first shown")
{
    test::TempWorkspace w;
    MainWindow window(*w);
    int tab = -1;
    for (int i = 0; i < window.tabs()->count(); ++i)
        if (window.tabs()->tabText(i) == QStringLiteral("&Reports"))
            tab = i;
    REQUIRE(tab >= 0);
    CHECK_FALSE(qobject_cast<ReportsPage*>(window.tabs()->widget(tab))); // not made before it is shown
    window.show();
    window.tabs()->setCurrentIndex(tab);
    auto* reports = qobject_cast<ReportsPage*>(window.tabs()->widget(tab));
    REQUIRE(reports);
    CHECK(window.tabs()->currentWidget() == reports);
    CHECK(window.tabs()->tabText(tab) == QStringLiteral("&Reports"));
    CHECK_FALSE(reports->isStale());
    CHECK(reports->annual());
    // A page asked for before its tab is shown is made, and built only when shown.
    MainWindow hidden(*w);
    CHECK(hidden.reportsPage()->isStale());
}
