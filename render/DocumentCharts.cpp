#include "DocumentCharts.h"

#include "core/format/Numbers.h"
#include "core/format/StatusLook.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <functional>

namespace chitieu::render::charts {

namespace {

constexpr double margin = 12;
constexpr double gap = 6;
const QColor gridColour(0xdd, 0xdd, 0xdd);
const QColor axisColour(0x80, 0x80, 0x80);
const QColor textColour(0x20, 0x20, 0x20);

// A status's bar colour, from core's one table (shared with the screens' charts and the XLSX).
QColor statusColour(MeasureStatus s)
{
    return QColor::fromRgb(statusLook(s).strong);
}

// Sans serif reads better than the document's serif at the charts' small sizes.
QFont chartFont(int pixels, bool bold = false)
{
    QFont f;
    f.setFamilies({QStringLiteral("Liberation Sans"), QStringLiteral("Arial"), QStringLiteral("DejaVu Sans")});
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

// The title, centred and wrapped at the top; returns where the chart below it starts.
double drawTitle(QPainter& p, const QString& title, double width)
{
    p.setFont(chartFont(15, true));
    p.setPen(textColour);
    const QRectF room(margin, margin, width - 2 * margin, 1000);
    const QRectF used = p.boundingRect(room, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, title);
    p.drawText(room, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, title);
    return used.bottom() + 2 * gap;
}

struct LegendItem
{
    QString name;
    std::function<void(QPainter&, const QRectF& swatch)> drawSwatch;
};

double legendHeight()
{
    return QFontMetricsF(chartFont(13)).height();
}

// The legend in one centred line along the bottom.
void drawLegend(QPainter& p, const QList<LegendItem>& items, const QSizeF& size)
{
    const QFont font = chartFont(13);
    const QFontMetricsF fm(font);
    constexpr double swatchWidth = 22;
    double total = 0;
    for (const LegendItem& item : items)
        total += swatchWidth + gap + fm.horizontalAdvance(item.name) + 4 * gap;
    total -= 4 * gap;
    double x = (size.width() - total) / 2;
    const double y = size.height() - margin - fm.height();
    p.setFont(font);
    for (const LegendItem& item : items) {
        item.drawSwatch(p, QRectF(x, y + fm.height() / 2 - 6, swatchWidth, 12));
        x += swatchWidth + gap;
        p.setPen(textColour);
        p.drawText(QPointF(x, y + fm.ascent()), item.name);
        x += fm.horizontalAdvance(item.name) + 4 * gap;
    }
}

LegendItem box(const QString& name, const QColor& colour)
{
    return {name, [colour](QPainter& p, const QRectF& r) { p.fillRect(r.adjusted(4, 0, -4, 0), colour); }};
}

LegendItem line(const QString& name, const QPen& pen, bool dot)
{
    return {name, [pen, dot](QPainter& p, const QRectF& r) {
                p.setPen(pen);
                p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
                if (dot) {
                    p.setBrush(pen.color());
                    p.drawEllipse(r.center(), 3.5, 3.5);
                    p.setBrush(Qt::NoBrush);
                }
            }};
}

QString tickText(double value, const AxisScale& scale)
{
    return formatRate(value, scale.decimals(), documentLocale());
}

QPen valuePen()
{
    QPen pen(QColor::fromRgb(chartValueColour));
    pen.setWidthF(2.5);
    return pen;
}

QPen targetPen()
{
    QPen pen(QColor::fromRgb(chartTargetColour));
    pen.setWidthF(2);
    pen.setStyle(Qt::DashLine);
    return pen;
}

// The chart's title drawn and the painter set up for its body; returns where the body starts.
double begin(QPainter& p, const QString& title, const QSizeF& size)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    return drawTitle(p, title, size.width());
}

// A drawing as a picture on white, `scale` times finer than `size`.
QImage picture(const QSize& size, qreal scale, const std::function<void(QPainter&)>& draw)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter p(&image);
    draw(p);
    p.end();
    return image;
}

} // namespace

void drawStatus(QPainter& p, const chartdata::StatusChart& chart, const QSizeF& size)
{
    p.save();
    const double top = begin(p, chart.title, size);

    const QFont labelFont = chartFont(13);
    const QFontMetricsF fm(labelFont);
    double labelWidth = 0;
    for (const chartdata::StatusBar& bar : chart.bars)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(bar.section));
    labelWidth = std::min(labelWidth, size.width() * 0.35);
    const QString highText = tickText(chart.scale.high, chart.scale);
    // Below the bars: tick labels, the axis title, the legend.
    const double below = gap + fm.height() + gap + fm.height() + 2 * gap + legendHeight() + margin;
    const double left = margin + labelWidth + gap;
    const QRectF area(left, top, size.width() - left - margin - fm.horizontalAdvance(highText) / 2,
                      size.height() - top - below);
    auto xOf = [&](double v) {
        return area.left() + (v - chart.scale.low) / (chart.scale.high - chart.scale.low) * area.width();
    };

    p.setFont(labelFont);
    for (double t : chart.scale.ticks()) {
        p.setPen(QPen(t == chart.scale.low ? axisColour : gridColour, 1));
        p.drawLine(QPointF(xOf(t), area.top()), QPointF(xOf(t), area.bottom()));
        p.setPen(textColour);
        const QString text = tickText(t, chart.scale);
        const double w = fm.horizontalAdvance(text);
        p.drawText(QPointF(xOf(t) - w / 2, area.bottom() + gap + fm.ascent()), text);
    }
    p.setPen(axisColour);
    p.drawLine(area.bottomLeft(), area.bottomRight());
    p.setPen(textColour);
    p.drawText(QRectF(area.left(), area.bottom() + 2 * gap + fm.height(), area.width(), fm.height()), Qt::AlignHCenter,
               chartdata::countAxisTitle());

    const int n = static_cast<int>(chart.bars.size());
    const double band = n > 0 ? area.height() / n : area.height();
    const QFont countFont = chartFont(12, true);
    const QFontMetricsF countMetrics(countFont);
    for (int i = 0; i < n; ++i) {
        const chartdata::StatusBar& bar = chart.bars[i];
        const double barHeight = band * 0.6;
        const double y = area.top() + i * band + (band - barHeight) / 2;
        p.setFont(labelFont);
        p.setPen(textColour);
        p.drawText(QRectF(margin, area.top() + i * band, labelWidth, band), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(bar.section, Qt::ElideRight, labelWidth));
        int from = 0;
        for (const StatusLook& look : statusLookTable) {
            const MeasureStatus s = look.status;
            const int count = bar.count(s);
            if (count == 0)
                continue;
            const QRectF segment(QPointF(xOf(from), y), QPointF(xOf(from + count), y + barHeight));
            p.fillRect(segment, statusColour(s));
            // The count on the bar, when it fits: the same whole numbers as the axis ticks.
            const QString text = formatCount(count, documentLocale());
            if (countMetrics.horizontalAdvance(text) + 4 <= segment.width()) {
                p.setFont(countFont);
                p.setPen(Qt::white);
                p.drawText(segment, Qt::AlignCenter, text);
            }
            from += count;
        }
    }
    QList<LegendItem> legend;
    for (const StatusLook& look : statusLookTable)
        legend << box(measureStatuses.text(look.status), statusColour(look.status));
    drawLegend(p, legend, size);
    p.restore();
}

void drawTrend(QPainter& p, const chartdata::TrendChart& chart, const QSizeF& size)
{
    p.save();
    const double top = begin(p, chart.title, size);

    const QFont labelFont = chartFont(13);
    const QFontMetricsF fm(labelFont);
    const QList<double> ticks = chart.scale.ticks();
    double tickWidth = 0;
    for (double t : ticks)
        tickWidth = std::max(tickWidth, fm.horizontalAdvance(tickText(t, chart.scale)));
    const double left = margin + fm.height() + gap + tickWidth + gap; // axis title, tick labels
    const double below = gap + fm.height() + 2 * gap + legendHeight() + margin;
    const double yearWidth = fm.horizontalAdvance(QStringLiteral("0000"));
    const QRectF area(left, top + fm.height() / 2, size.width() - left - margin - yearWidth / 2,
                      size.height() - top - fm.height() / 2 - below);
    // One year alone still gets a width: half a year on each side.
    const double firstX = chart.firstYear - (chart.lastYear > chart.firstYear ? 0 : 0.5);
    const double lastX = chart.lastYear + (chart.lastYear > chart.firstYear ? 0 : 0.5);
    auto xOf = [&](double year) { return area.left() + (year - firstX) / (lastX - firstX) * area.width(); };
    auto yOf = [&](double v) {
        return area.bottom() - (v - chart.scale.low) / (chart.scale.high - chart.scale.low) * area.height();
    };

    p.setFont(labelFont);
    for (double t : ticks) {
        p.setPen(QPen(t == chart.scale.low ? axisColour : gridColour, 1));
        p.drawLine(QPointF(area.left(), yOf(t)), QPointF(area.right(), yOf(t)));
        p.setPen(textColour);
        p.drawText(QRectF(left - gap - tickWidth, yOf(t) - fm.height() / 2, tickWidth, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, tickText(t, chart.scale));
    }
    p.setPen(axisColour);
    p.drawLine(area.topLeft(), area.bottomLeft());
    for (int year = chart.firstYear; year <= chart.lastYear; ++year) {
        const QString text = QString::number(year);
        p.setPen(axisColour);
        p.drawLine(QPointF(xOf(year), area.bottom()), QPointF(xOf(year), area.bottom() + gap / 2));
        p.setPen(textColour);
        p.drawText(QPointF(xOf(year) - fm.horizontalAdvance(text) / 2, area.bottom() + gap + fm.ascent()), text);
    }
    // The unit of the values, along the value axis.
    p.save();
    p.translate(margin, area.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-area.height() / 2, 0, area.height(), fm.height()), Qt::AlignHCenter | Qt::AlignTop,
               chart.unitLabel);
    p.restore();

    p.setPen(targetPen());
    p.drawLine(QPointF(xOf(chart.firstYear), yOf(chart.target)), QPointF(xOf(chart.lastYear), yOf(chart.target)));
    p.setPen(valuePen());
    QPainterPath path;
    for (int i = 0; i < chart.values.size(); ++i) {
        const QPointF at(xOf(chart.values[i].x()), yOf(chart.values[i].y()));
        if (i == 0)
            path.moveTo(at);
        else
            path.lineTo(at);
    }
    p.drawPath(path);
    p.setBrush(QColor::fromRgb(chartValueColour));
    for (const QPointF& v : chart.values)
        p.drawEllipse(QPointF(xOf(v.x()), yOf(v.y())), 3.5, 3.5);
    p.setBrush(Qt::NoBrush);
    drawLegend(p, {line(chartdata::valueSeriesName(), valuePen(), true), line(chart.targetName, targetPen(), false)},
               size);
    p.restore();
}

QImage drawStatus(const chartdata::StatusChart& chart, const QSize& size, qreal scale)
{
    return picture(size, scale, [&](QPainter& p) { drawStatus(p, chart, size); });
}

QImage drawTrend(const chartdata::TrendChart& chart, const QSize& size, qreal scale)
{
    return picture(size, scale, [&](QPainter& p) { drawTrend(p, chart, size); });
}

} // namespace chitieu::render::charts
