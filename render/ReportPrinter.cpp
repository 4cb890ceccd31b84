#include "ReportPrinter.h"

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
#include <QUrl>
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

int paintParts(const Builder& build, const QString& title, QPagedPaintDevice& device)
{
    requireGuiApplication();
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, marginsMm, QPageLayout::Millimeter));
    const int dpi = device.logicalDpiX();
    const QRect paintRect = device.pageLayout().paintRectPixels(dpi);
    const double band = numberBandMm * dpi / 25.4;
    const QSizeF page(paintRect.width(), paintRect.height() - band);

    QTextDocument doc;
    doc.setMetaInformation(QTextDocument::DocumentTitle, title);
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDefaultFont(documentFont());
    doc.setDocumentMargin(0);
    doc.setPageSize(page);
    PageMetrics metrics;
    metrics.contentWidth = paintRect.width() * 96.0 / dpi;
    const DocumentParts parts = build(metrics);
    for (auto it = parts.images.cbegin(); it != parts.images.cend(); ++it)
        doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    doc.setHtml(parts.html);

    QPainter painter;
    if (!painter.begin(&device))
        throw Error(QCoreApplication::translate("ReportPdf", "Cannot draw the report on the chosen printer or file."));
    painter.setRenderHint(QPainter::Antialiasing);
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage())
            throw Error(QCoreApplication::translate("ReportPdf", "Cannot start page %1 of the report.").arg(i + 1));
        if (i > 0) {
            // Decree 30/2020: the page number in the top margin, centred, not on the first page.
            painter.setFont(documentFont());
            painter.drawText(QRectF(0, 0, page.width(), band), Qt::AlignHCenter | Qt::AlignTop, QString::number(i + 1));
        }
        painter.save();
        painter.translate(0, band - i * page.height());
        // One device pixel inside the page: a block starting exactly on the boundary belongs to
        // the next page and must not be drawn (clipped but still in the PDF text) on this one.
        doc.drawContents(&painter, QRectF(0, i * page.height() + 1, page.width(), page.height() - 2));
        painter.restore();
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
