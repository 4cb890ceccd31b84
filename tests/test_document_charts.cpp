// The document's charts, drawn with QPainter (no Qt Charts): bars as long as their counts on
// an axis of whole ticks, a path with its target, at the size asked and finer for print.
#include "core/format/StatusLook.h"
#include "render/ChartObjects.h"
#include "render/DocumentCharts.h"
#include "support/TestSupport.h"

#include <QPainter>
#include <QTextDocument>

using namespace chitieu;
namespace charts = chitieu::render::charts;

namespace {
// The colours the charts are drawn with, from core's one table.
namespace colour {
QColor status(MeasureStatus s)
{
    return QColor::fromRgb(statusLook(s).strong);
}
QColor value()
{
    return QColor::fromRgb(chartValueColour);
}
QColor target()
{
    return QColor::fromRgb(chartTargetColour);
}
} // namespace colour

bool near(QRgb pixel, const QColor& c)
{
    return std::abs(qRed(pixel) - c.red()) < 8 && std::abs(qGreen(pixel) - c.green()) < 8 &&
           std::abs(qBlue(pixel) - c.blue()) < 8;
}

// The runs of pixels of colour `c` on row y, as (first x, length).
QList<std::pair<int, int>> runs(const QImage& image, int y, const std::function<bool(QRgb)>& match)
{
    QList<std::pair<int, int>> out;
    for (int x = 0; x < image.width(); ++x) {
        if (!match(image.pixel(x, y)))
            continue;
        if (!out.isEmpty() && out.last().first + out.last().second == x)
            ++out.last().second;
        else
            out.append({x, 1});
    }
    return out;
}

// The row through the middle of the first bar: the one with the most green.
int barRow(const QImage& image)
{
    int best = 0;
    int most = 0;
    for (int y = 0; y < image.height(); ++y) {
        int n = 0;
        for (int x = 0; x < image.width(); ++x)
            n += near(image.pixel(x, y), colour::status(MeasureStatus::Met)) ? 1 : 0;
        if (n > most) {
            most = n;
            best = y;
        }
    }
    return best;
}
} // namespace

TEST_CASE("A status bar's parts are as long as their counts, on an axis of whole ticks")
{
    chartdata::StatusChart data;
    data.title = "Measures met in 2024, by group";
    data.bars = {{"Group 1", 6, 3, 3}, {"Group 2", 1, 0, 0}};
    data.scale = countScale(12);
    const QImage image = charts::drawStatus(data, QSize(880, 370), 2);
    REQUIRE(image.size() == QSize(1760, 740));
    const int y = barRow(image);
    const auto green = runs(image, y, [](QRgb p) { return near(p, colour::status(MeasureStatus::Met)); });
    const auto red = runs(image, y, [](QRgb p) { return near(p, colour::status(MeasureStatus::NotMet)); });
    REQUIRE_FALSE(green.isEmpty());
    REQUIRE_FALSE(red.isEmpty());
    // 6 met then 3 not met: the green part twice the red, the red part starting where it ends.
    // (The counts written on them in white split the runs: take first and last pixel.)
    const int greenStart = green.first().first;
    const int greenEnd = green.last().first + green.last().second;
    const int redEnd = red.last().first + red.last().second;
    CHECK(std::abs(red.first().first - greenEnd) <= 2);
    CHECK((greenEnd - greenStart) == Approx(2.0 * (redEnd - greenEnd)).epsilon(0.03));
    // The whole bar, 12 measures, reaches the last tick: the plot's full width. In the gap
    // above the bar only the axis and the grid lines are drawn: one at each of the 7 ticks.
    int above = y;
    while (above > 0 && !near(image.pixel(greenStart + 4, above), Qt::white))
        --above;
    const auto lines = runs(image, above - 4, [](QRgb p) { return qGray(p) < 250; });
    INFO(lines.size());
    CHECK(lines.size() == 7);
    CHECK(std::abs(lines.first().first - greenStart) <= 2);
    const int barEnd =
        runs(image, y, [](QRgb p) { return near(p, colour::status(MeasureStatus::NoData)); }).last().first +
        runs(image, y, [](QRgb p) { return near(p, colour::status(MeasureStatus::NoData)); }).last().second;
    CHECK(std::abs(lines.last().first - barEnd) <= 3);
}

TEST_CASE("A trend chart draws the path and the target, also for one year or no value")
{
    chartdata::TrendChart data;
    data.title = "2a - Tỷ suất tử vong trẻ sơ sinh (‰)";
    data.values = {{2020, 5.0}, {2023, 2.0}, {2025, 0.5}};
    data.target = 1;
    data.firstYear = 2020;
    data.lastYear = 2025;
    data.scale = niceScale(0, 5.5);
    data.unitLabel = "‰";
    data.targetName = "Target (< 1 ‰)";
    auto count = [](const QImage& image, const QColor& c) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += near(image.pixel(x, y), c) ? 1 : 0;
        return n;
    };
    const QImage full = charts::drawTrend(data, QSize(880, 316), 1);
    CHECK(full.size() == QSize(880, 316));
    const int blue = count(full, colour::value());
    CHECK(blue > 500); // the path, beyond the legend's swatch
    CHECK(count(full, colour::target()) > 200);

    data.values.clear();
    const QImage empty = charts::drawTrend(data, QSize(880, 316), 1);
    CHECK(count(empty, colour::value()) < blue / 4); // the legend only
    CHECK(count(empty, colour::target()) > 200);

    data.firstYear = data.lastYear = 2025;
    data.values = {{2025, 0.5}};
    CHECK(count(charts::drawTrend(data, QSize(400, 200), 2), colour::value()) > 0);
}

TEST_CASE("A document's chart is drawn in the place and at the size of its image, and a lost chart is an error")
{
    // A chart laid out at 200 x 100 that fills itself red, placed at half that size after 10 px
    // of text width.
    QHash<QString, render::DocumentChart> chartsOf;
    chartsOf.insert(QStringLiteral("chart:a"), render::DocumentChart{QSize(200, 100), [](QPainter& p, const QSizeF& s) {
                                                                         p.fillRect(QRectF(QPointF(0, 0), s), Qt::red);
                                                                     }});
    const QString html = QStringLiteral("<p style=\"margin:0\"><img src=\"chart:a\" width=\"100\" height=\"50\"></p>");
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    render::chartobjects::install(doc, chartsOf);
    QImage image(300, 100, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        doc.drawContents(&p);
    }
    int red = 0;
    QRect box;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (near(image.pixel(x, y), QColor(Qt::red))) {
                ++red;
                box |= QRect(x, y, 1, 1);
            }
    INFO(box.x() << "," << box.y() << " " << box.width() << "x" << box.height());
    CHECK(box.width() == 100);
    CHECK(box.height() == 50);
    CHECK(red == 100 * 50);

    // An image named as a chart without its drawing, or a drawing the HTML does not place.
    QTextDocument lost;
    lost.setHtml(QStringLiteral("<img src=\"chart:b\" width=\"10\" height=\"10\">"));
    CHECK_THROWS_WITH(render::chartobjects::install(lost, chartsOf), Catch::Contains("chart:b"));
    QTextDocument none;
    none.setHtml(QStringLiteral("<p>No chart</p>"));
    CHECK_THROWS_WITH(render::chartobjects::install(none, chartsOf), Catch::Contains("1 charts but places 0"));
}
