#include "ChartObjects.h"

#include "core/Error.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

namespace chitieu::render::chartobjects {

namespace {

constexpr int chartObjectType = QTextFormat::UserObject + 1;
constexpr int chartNameProperty = QTextFormat::UserProperty + 1;
constexpr int chartWidthProperty = QTextFormat::UserProperty + 2; // CSS pixels of the page, as the <img>
constexpr int chartHeightProperty = QTextFormat::UserProperty + 3;

// Draws the charts of one document; owned by it.
class Handler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    Handler(QTextDocument& document, QHash<QString, DocumentChart> charts)
        : QObject(&document), m_charts(std::move(charts))
    {}

    QSizeF intrinsicSize(QTextDocument* document, int, const QTextFormat& format) override
    {
        // CSS pixels are 1/96 inch on the document's device, as for its images.
        const QPaintDevice* device = document->documentLayout()->paintDevice();
        const double scale = device ? device->logicalDpiY() / 96.0 : 1.0;
        return QSizeF(format.doubleProperty(chartWidthProperty), format.doubleProperty(chartHeightProperty)) * scale;
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        const DocumentChart& chart = m_charts[format.stringProperty(chartNameProperty)];
        painter->save();
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / chart.size.width(), rect.height() / chart.size.height());
        chart.draw(*painter, QSizeF(chart.size));
        painter->restore();
    }

private:
    QHash<QString, DocumentChart> m_charts;
};

} // namespace

void install(QTextDocument& document, const QHash<QString, DocumentChart>& charts)
{
    // Found first, replaced after: changing a format while walking the fragments moves them.
    QList<QPair<int, QTextImageFormat>> places;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QTextImageFormat image = format.toImageFormat();
            if (charts.contains(image.name()))
                places.append({it.fragment().position(), image});
            else if (image.name().startsWith(QLatin1String("chart:")))
                throw Error(QCoreApplication::translate("ReportPdf", "The report's chart %1 has no drawing.")
                                .arg(image.name()));
        }
    if (places.size() != charts.size())
        throw Error(QCoreApplication::translate("ReportPdf", "The report has %1 charts but places %2 of them.")
                        .arg(charts.size())
                        .arg(places.size()));
    document.documentLayout()->registerHandler(chartObjectType, new Handler(document, charts));
    QTextCursor cursor(&document);
    for (const auto& [position, image] : std::as_const(places)) {
        QTextCharFormat object;
        object.setObjectType(chartObjectType);
        object.setProperty(chartNameProperty, image.name());
        object.setProperty(chartWidthProperty, image.width());
        object.setProperty(chartHeightProperty, image.height());
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(object);
    }
}

} // namespace chitieu::render::chartobjects

#include "ChartObjects.moc"
