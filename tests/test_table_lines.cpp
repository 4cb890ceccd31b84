// The reports' tables are drawn with single lines of one pixel (1/96 inch): where two cells
// meet as thin as along the table's edge, never the double line of two cells' own borders.
#include "render/ReportHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QTextDocument>
#include <QTextTable>
#include <catch2/catch.hpp>

using namespace chitieu;

namespace {

constexpr int scale = 4; // image pixels per CSS pixel: the document drawn at 384 dpi

bool dark(QRgb c)
{
    return qGray(c) < 160;
}

// The lengths of the dark runs along a row (horizontal) or a column (vertical) of the image.
QList<int> darkRuns(const QImage& image, bool horizontal, int at)
{
    QList<int> runs;
    const int length = horizontal ? image.width() : image.height();
    int run = 0;
    for (int i = 0; i < length; ++i) {
        const QRgb c = horizontal ? image.pixel(i, at) : image.pixel(at, i);
        if (dark(c)) {
            ++run;
        } else if (run > 0) {
            runs << run;
            run = 0;
        }
    }
    if (run > 0)
        runs << run;
    return runs;
}

std::string text(const QList<int>& runs)
{
    std::string out;
    for (int r : runs)
        out += std::to_string(r) + " ";
    return out;
}

} // namespace

TEST_CASE("A report's table lines are single, one pixel where two cells meet as at the table's edge")
{
    const render::PageMetrics m;
    // Empty cells: along a scan line only the lines are dark (the header's background is light).
    const QString html = render::html::tableStart(m, {QString(), QString(), QString()}, {20, 50, 30}) +
                         render::html::tableRow({QString(), QString(), QString()}, {2}) +
                         render::html::tableRow({QString(), QString(), QString()}, {2}) + render::html::tableEnd();

    QImage image(static_cast<int>(m.contentWidth + 40) * scale, 400 * scale, QImage::Format_RGB32);
    image.setDotsPerMeterX(static_cast<int>(96 * scale / 0.0254));
    image.setDotsPerMeterY(static_cast<int>(96 * scale / 0.0254));
    image.fill(Qt::white);
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&image);
    doc.setDocumentMargin(0);
    doc.setTextWidth(m.contentWidth * scale);
    doc.setHtml(html);
    {
        QPainter painter(&image);
        painter.translate(20 * scale, 20 * scale);
        doc.drawContents(&painter);
    }

    auto* table = qobject_cast<QTextTable*>(doc.rootFrame()->childFrames().value(0));
    REQUIRE(table != nullptr);
    REQUIRE(table->rows() == 3);
    REQUIRE(table->columns() == 3);
    // Through the middle of the first body row, and down through the middle of the widest column.
    const QRectF cell = doc.documentLayout()->blockBoundingRect(table->cellAt(1, 1).firstCursorPosition().block());
    const int y = static_cast<int>(20 * scale + cell.center().y());
    const int x = static_cast<int>(20 * scale + cell.center().x());

    const QList<int> across = darkRuns(image, true, y); // the 4 vertical lines
    const QList<int> down =
        darkRuns(image, false, x); // the 4 horizontal lines: top, under the header, between rows, bottom
    INFO("across: " << text(across) << "; down: " << text(down));
    REQUIRE(across.size() == 4);
    REQUIRE(down.size() == 4);
    for (const QList<int>& runs : {across, down})
        for (int run : runs) {
            CHECK(run >= scale - 1);
            CHECK(run <= scale + 1);
        }
}
