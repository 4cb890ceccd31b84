#include "ReportPrinter.h"

#include "Pagination.h"
#include "ReportHtml.h"
#include "chitieu/Version.h"
#include "core/Error.h"
#include "core/report/ReportModel.h"
#include "core/report/ReportText.h"
#include "core/report/ReviewModel.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <functional>

namespace chitieu::render {

namespace {

using Builder = std::function<DocumentParts(const PageMetrics&)>;

constexpr double topMarginMm = 10; // plus the page-number band: 20 mm to the text
constexpr double numberBandMm = 10;
const QMarginsF marginsMm(30, topMarginMm, 15, 20);

// Fonts and images need Qt Gui's application object; without it Qt would abort.
void requireGuiApplication()
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw Error(QCoreApplication::translate("ReportPdf", "The report cannot be drawn: this program was started "
                                                             "without Qt's graphical part (QGuiApplication)."));
}

// The document laid out for the device's A4 page, and where its pages end.
LaidOutReport layOut(const Builder& build, const QString& title, QPagedPaintDevice& device)
{
    requireGuiApplication();
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, marginsMm, QPageLayout::Millimeter));
    const int dpi = device.logicalDpiX();
    const QRect paintRect = device.pageLayout().paintRectPixels(dpi);
    LaidOutReport out;
    out.band = numberBandMm * dpi / 25.4;
    out.page = QSizeF(paintRect.width(), paintRect.height() - out.band);
    out.document = std::make_unique<QTextDocument>();
    QTextDocument& doc = *out.document;
    doc.setMetaInformation(QTextDocument::DocumentTitle, title);
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDefaultFont(documentFont());
    doc.setDocumentMargin(0);
    // One long page, cut by paginate() only between lines and between table rows, never
    // inside a row (Qt's own pagination moves the lines of a cell one by one).
    doc.setTextWidth(out.page.width());
    PageMetrics metrics;
    metrics.contentWidth = paintRect.width() * 96.0 / dpi;
    const DocumentParts parts = build(metrics);
    doc.setHtml(parts.html);
    chartobjects::install(doc, parts.charts);
    out.pages = paginate(doc, out.page.height(), dpi / 96.0); // the tables' 1 px border
    return out;
}

int paintParts(const Builder& build, const QString& title, QPagedPaintDevice& device)
{
    const LaidOutReport laid = layOut(build, title, device);
    QTextDocument& doc = *laid.document;
    const QSizeF page = laid.page;
    const double band = laid.band;
    const QList<PageCut>& cuts = laid.pages;

    QPainter painter;
    if (!painter.begin(&device))
        throw Error(QCoreApplication::translate("ReportPdf", "Cannot draw the report on the chosen printer or file."));
    painter.setRenderHint(QPainter::Antialiasing);
    const int pages = static_cast<int>(cuts.size());
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage())
            throw Error(QCoreApplication::translate("ReportPdf", "Cannot start page %1 of the report.").arg(i + 1));
        if (i > 0) {
            // Decree 30/2020: the page number in the top margin, centred, not on the first page.
            painter.setFont(documentFont());
            painter.drawText(QRectF(0, 0, page.width(), band), Qt::AlignHCenter | Qt::AlignTop, QString::number(i + 1));
        }
        double y = band;
        auto draw = [&](const Slice& s) {
            painter.save();
            painter.translate(0, y - s.top);
            // A border on the cut is drawn on both pages: each page's table looks closed.
            doc.drawContents(&painter,
                             QRectF(0, s.top - s.bleedTop, page.width(), s.height() + s.bleedTop + s.bleedBottom));
            painter.restore();
            y += s.height();
        };
        if (cuts[i].header)
            draw(*cuts[i].header);
        draw(cuts[i].body);
    }
    painter.end();
    return pages;
}

QByteArray pdfBytes(const Builder& build, const QString& title)
{
    requireGuiApplication();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Chỉ Tiêu Trẻ Em %1").arg(QStringLiteral(CHITIEU_VERSION)));
        paintParts(build, title, writer);
    }
    return buffer.data();
}

} // namespace

QFont documentFont(double pointSize)
{
    QFont f;
    f.setFamilies({QStringLiteral("Liberation Serif"), QStringLiteral("Times New Roman"), QStringLiteral("Tinos"),
                   QStringLiteral("DejaVu Serif")});
    f.setStyleHint(QFont::Serif);
    f.setPointSizeF(pointSize);
    return f;
}

LaidOutReport layOut(const AnnualReport& r, QPagedPaintDevice& device)
{
    return layOut([&r](const PageMetrics& m) { return annualHtml(r, m); }, reporttext::annualTitle(r), device);
}

int paint(const AnnualReport& r, QPagedPaintDevice& device)
{
    return paintParts([&r](const PageMetrics& m) { return annualHtml(r, m); }, reporttext::annualTitle(r), device);
}

int paint(const ReviewReport& r, QPagedPaintDevice& device)
{
    return paintParts([&r](const PageMetrics& m) { return reviewHtml(r, m); }, reporttext::reviewTitle(r), device);
}

QByteArray annualPdf(const AnnualReport& r)
{
    return pdfBytes([&r](const PageMetrics& m) { return annualHtml(r, m); }, reporttext::annualTitle(r));
}

QByteArray reviewPdf(const ReviewReport& r)
{
    return pdfBytes([&r](const PageMetrics& m) { return reviewHtml(r, m); }, reporttext::reviewTitle(r));
}

} // namespace chitieu::render
