#pragma once
// Lays a report out on A4 pages and paints it on any paged device: a QPdfWriter for the
// PDF file, a QPrinter for printing and for the print preview, so all three show the same
// pages. Margins follow Decree 30/2020 (top 20, bottom 20, left 30, right 15 mm); the page
// number is centred in the top margin from page 2 on; the font is Liberation Serif (the
// metric twin of Times New Roman, which Windows uses when Liberation is not installed).

#include "Pagination.h"

#include <QByteArray>
#include <QFont>
#include <QSizeF>
#include <QTextDocument>
#include <memory>

class QPagedPaintDevice;

namespace chitieu {
struct AnnualReport;
struct ReviewReport;
} // namespace chitieu

namespace chitieu::render {

// Both return the number of pages painted; they throw Error when the device cannot be painted on.
int paint(const AnnualReport& report, QPagedPaintDevice& device);
int paint(const ReviewReport& report, QPagedPaintDevice& device);

// The PDF file's bytes. Throws Error.
QByteArray annualPdf(const AnnualReport& report);
QByteArray reviewPdf(const ReviewReport& report);

QFont documentFont(double pointSize = 13);

// The annual report laid out on A4 for `device`, and where its pages end: what paint()
// draws. For tests of the page breaks.
struct LaidOutReport
{
    std::unique_ptr<QTextDocument> document;
    QList<PageCut> pages;
    QSizeF page;     // the text's room on a page, below the page-number band
    double band = 0; // the page-number band's height
};
LaidOutReport layOut(const AnnualReport& report, QPagedPaintDevice& device);

} // namespace chitieu::render
