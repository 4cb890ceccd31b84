// Page breaks of the report: never inside a table row, a continued table repeats its header
// row, the annexes start on a page of their own; and in the PDF, each measure's row (its
// code, name and figures) is read on one page.
#include "core/report/ReportModel.h"
#include "render/Pagination.h"
#include "render/ReportPrinter.h"
#include "test_report_support.h"

#include <QAbstractTextDocumentLayout>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace chitieu;
using render::PageCut;

namespace {
// Every row of every table lies within one page's slice (or is taller than a page).
void checkRowsWhole(QTextDocument& doc, const QList<PageCut>& pages, double pageHeight)
{
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    int rows = 0;
    for (QTextFrame::iterator it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        auto* table = qobject_cast<QTextTable*>(it.currentFrame());
        if (!table)
            continue;
        for (int r = 0; r < table->rows(); ++r) {
            double top = 1e18;
            double bottom = -1e18;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                for (QTextBlock b = cell.firstCursorPosition().block();
                     b.isValid() && b.position() < cell.lastCursorPosition().position() + 1; b = b.next()) {
                    const QRectF rect = layout->blockBoundingRect(b);
                    top = std::min(top, rect.top());
                    bottom = std::max(bottom, rect.bottom());
                }
            }
            if (bottom - top > pageHeight)
                continue;
            ++rows;
            const bool onOnePage = std::any_of(pages.cbegin(), pages.cend(), [&](const PageCut& p) {
                return top >= p.body.top - 0.5 && bottom <= p.body.bottom + 0.5;
            });
            std::string cuts;
            for (const PageCut& p : pages)
                cuts += std::to_string(p.body.top) + "-" + std::to_string(p.body.bottom) + " ";
            INFO("row " << r << " of a table, text " << top << " to " << bottom << "; pages " << cuts);
            CHECK(onOnePage);
        }
    }
    CHECK(rows > 0);
}
} // namespace

TEST_CASE("Pages end between table rows, never inside one, and a continued table repeats its header")
{
    QTextDocument doc;
    doc.setTextWidth(400);
    QString html = QStringLiteral("<p>Introduction</p><table border=\"1\" cellpadding=\"4\"><thead><tr><th>Code</th>"
                                  "<th>Measure</th><th>Value</th></tr></thead>");
    for (int i = 0; i < 60; ++i)
        html += QStringLiteral("<tr><td>%1a</td><td>%2</td><td>54,5 %</td></tr>")
                    .arg(i)
                    .arg(i % 3 == 0 ? QStringLiteral("A long name of a measure that wraps over several lines in "
                                                     "its narrow column of the table")
                                    : QStringLiteral("Short"));
    html += QStringLiteral("</table><p style=\"page-break-before:always\">Annex</p><p>After</p>");
    doc.setHtml(html);
    const double pageHeight = 300;
    const QList<PageCut> pages = render::paginate(doc, pageHeight, 1);
    REQUIRE(pages.size() > 3);
    // The pages follow each other without gap or overlap and cover the document.
    CHECK(pages.first().body.top == 0);
    for (int i = 1; i < pages.size(); ++i)
        CHECK(pages[i].body.top == pages[i - 1].body.bottom);
    CHECK(pages.last().body.bottom == Approx(doc.documentLayout()->documentSize().height()));
    for (const PageCut& p : pages)
        CHECK(p.body.height() + (p.header ? p.header->height() : 0) <= pageHeight + 0.5);
    checkRowsWhole(doc, pages, pageHeight);
    // The pages inside the table start with its header row; the first does not need it.
    CHECK_FALSE(pages.first().header.has_value());
    CHECK(pages[1].header.has_value());
    // The annex starts a page.
    QTextCursor annex = doc.find(QStringLiteral("Annex"));
    REQUIRE_FALSE(annex.isNull());
    const double annexTop = doc.documentLayout()->blockBoundingRect(annex.block()).top();
    CHECK(std::any_of(pages.cbegin(), pages.cend(), [&](const PageCut& p) { return p.body.top == annexTop; }));
    CHECK_FALSE(pages.last().header.has_value());
}

TEST_CASE("The annual report's tables are cut between rows, and its PDF keeps each row on one page")
{
    test::TempWorkspace w;
    test::reports::fillSample(w);
    const AnnualReport r = buildAnnualReport(*w, QStringLiteral("474"), 2024);
    QPdfWriter writer(w.file(QStringLiteral("layout.pdf")));
    writer.setResolution(1200);
    const render::LaidOutReport laid = render::layOut(r, writer);
    REQUIRE(laid.pages.size() > 2);
    checkRowsWhole(*laid.document, laid.pages, laid.page.height());

    // Read back: a measure's row of the summary table, "code name ... status", is read on one
    // page: where its code and name are, its status follows.
    const QString pdf = test::writeFile(w.file(QStringLiteral("r.pdf")), render::annualPdf(r));
    const QStringList pageTexts = test::reports::pdfText(pdf).split(QLatin1Char('\f'));
    REQUIRE(pageTexts.size() >= laid.pages.size());
    int checked = 0;
    for (const MeasureLine& line : r.lines) {
        const QString row = line.measure.code + QLatin1Char(' ') + line.measure.name.text().simplified().left(20);
        for (const QString& page : pageTexts) {
            const QString text = page.simplified();
            const int at = static_cast<int>(text.indexOf(row));
            if (at < 0)
                continue;
            INFO(line.measure.code.toStdString());
            // Its row's last cell, the status, follows on the same page.
            CHECK(text.indexOf(measureStatuses.text(line.year.status), at) > at);
            ++checked;
            break;
        }
    }
    CHECK(checked >= r.lines.size() / 2); // pdftotext may read some cells in another order
}
