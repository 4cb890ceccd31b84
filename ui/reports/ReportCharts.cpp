#include "ReportCharts.h"

#include "core/Error.h"
#include "core/format/Numbers.h"
#include "core/report/ReportText.h"
#include "core/report/ReviewModel.h"
#include "ui/common/StatusStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace chitieu::ui::charts {

namespace {

std::unique_ptr<QChart> newChart(const QString& title)
{
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
    // Labels Qt writes itself (point and bar values) in the program's language: 83,33.
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(11);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setBackgroundBrush(Qt::white);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QLineSeries* targetLine(const QString& name)
{
    auto* s = new QLineSeries;
    s->setObjectName(QStringLiteral("target"));
    // Legend labels are rich text: "< 1 ‰" must not open a tag.
    s->setName(name.toHtmlEscaped());
    QPen pen(targetColour());
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(2);
    s->setPen(pen);
    return s;
}

bool shown(const Figures& f)
{
    return f.value && !f.hideValue;
}

// The axis of the shared scale: a label at every tick, written by the formatting module
// (Vietnamese 0,5 and 1.000; no needless decimals: 0, 0,5, 1), gridlines at the ticks.
QCategoryAxis* scaleAxis(const AxisScale& scale)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(scale.low);
    for (double tick : scale.ticks())
        axis->append(formatRate(tick, scale.decimals()), tick);
    axis->setRange(scale.low, scale.high);
    return axis;
}

// Values Qt writes on points and bars: rounded as the tables round them (2 decimals), so
// that 83,333... reads 83,33 on the chart as on the screens.
double shownValue(double v)
{
    return std::round(v * 100) / 100;
}

// Met / not met / no data per section, as a horizontal stacked bar chart.
std::unique_ptr<QChart> statusBars(const chartdata::StatusChart& data)
{
    auto chart = newChart(data.title);
    auto* series = new QHorizontalStackedBarSeries;
    series->setObjectName(QStringLiteral("status"));
    for (const StatusLook& look : statusLookTable) {
        const MeasureStatus status = look.status;
        auto* set = new QBarSet(measureStatuses.text(status));
        set->setObjectName(measureStatuses.key(status));
        set->setColor(statusColour(status));
        set->setLabelColor(Qt::white);
        // Bars are drawn bottom-up: the sections go in reverse so the first is at the top.
        for (auto bar = data.bars.crbegin(); bar != data.bars.crend(); ++bar)
            *set << bar->count(status);
        series->append(set);
    }
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->setTruncateLabels(false);
    for (auto bar = data.bars.crbegin(); bar != data.bars.crend(); ++bar)
        axisY->append(bar->section);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = scaleAxis(data.scale); // whole ticks, like the counts on the bars
    axisX->setTitleText(chartdata::countAxisTitle());
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return chart;
}

} // namespace

std::unique_ptr<QChart> trendChart(const Measure& m, const QList<int>& years, const QList<Figures>& path)
{
    const chartdata::TrendChart data = chartdata::trendChart(m, years, path);
    auto chart = newChart(data.title);
    auto* values = new QLineSeries;
    values->setObjectName(QStringLiteral("value"));
    values->setName(valueSeriesName());
    values->setPointsVisible(true);
    values->setMarkerSize(9); // a single year is a point: it must show
    values->setPointLabelsVisible(true);
    values->setPointLabelsFormat(QStringLiteral("@yPoint"));
    values->setPointLabelsClipping(false);
    QPen pen(valueColour());
    pen.setWidthF(2.5);
    values->setPen(pen);
    for (const QPointF& p : data.values)
        values->append(p.x(), shownValue(p.y()));
    // Half a year of room on each side: the first and newest points are not cut at the edges.
    const double left = data.firstYear - 0.5;
    const double right = data.lastYear + 0.5;
    auto* target = targetLine(data.targetName);
    if (!years.isEmpty()) {
        target->append(left, data.target);
        target->append(right, data.target);
    }
    // The target first, the values over it: a value on the target line stays visible.
    chart->addSeries(target);
    chart->addSeries(values);

    auto* axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setStartValue(left);
    for (int y : years)
        axisX->append(QString::number(y), y);
    axisX->setRange(left, right);
    axisX->setGridLineVisible(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    auto* axisY = scaleAxis(data.scale);
    axisY->setTitleText(data.unitLabel);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    return chart;
}

std::unique_ptr<QChart> unitsChart(const Measure& m, const QList<UnitValue>& units)
{
    auto chart = newChart(chartdata::measureTitle(m));
    auto* bars = new QHorizontalBarSeries;
    bars->setObjectName(QStringLiteral("value"));
    // One bar per unit in its status's colour: met in the met colour, not met in the not-met
    // one (a bar "selected" takes the set's selected colour), the symbol after the name too.
    auto* set = new QBarSet(valueSeriesName());
    set->setColor(statusColour(MeasureStatus::Met));
    set->setSelectedColor(statusColour(MeasureStatus::NotMet));
    set->setLabelColor(Qt::black);
    QStringList names;
    QList<int> notMet;
    double high = m.target;
    // Bars are drawn bottom-up: add the units in reverse so the first is at the top.
    for (auto it = units.crbegin(); it != units.crend(); ++it) {
        const Figures& f = it->figures;
        QString name = it->name;
        if (f.hideValue)
            name += QStringLiteral(" (&lt;5)"); // axis labels are rich text
        else if (!f.value)
            name += QStringLiteral(" (%1)").arg(measureStatuses.text(
                f.status == MeasureStatus::NotApplicable ? MeasureStatus::NotApplicable : MeasureStatus::NoData));
        else
            name += QLatin1Char(' ') + QString::fromUtf8(statusLook(f.status).symbol);
        if (shown(f) && f.status == MeasureStatus::NotMet)
            notMet << static_cast<int>(names.size());
        *set << (shown(f) ? shownValue(*f.value) : 0.0);
        if (shown(f))
            high = std::max(high, *f.value);
        names << name;
    }
    set->selectBars(notMet);
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(bars);
    auto* target = targetLine(QStringLiteral("%1 (%2)").arg(targetSeriesName(), reporttext::target(m)));
    // The category axis places bar i at i; the line runs from before the first to after the last.
    target->append(m.target, -0.5);
    target->append(m.target, units.size() - 0.5);
    chart->addSeries(target);
    // No "Value" swatch in one colour for bars of two: the symbols after the names say it.
    for (QLegendMarker* marker : chart->legend()->markers(bars))
        marker->setVisible(false);

    auto* axisY = new QBarCategoryAxis;
    axisY->append(names);
    axisY->setTruncateLabels(false); // unit names are the point of this chart
    chart->addAxis(axisY, Qt::AlignLeft);
    // Room past the longest bar for its label.
    auto* axisX = scaleAxis(niceScale(0, high * 1.08));
    axisX->setTitleText(m.unitLabel.text());
    chart->addAxis(axisX, Qt::AlignBottom);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    return chart;
}

std::unique_ptr<QChart> statusChart(const AnnualReport& r, Breakdown by)
{
    return statusBars(chartdata::statusChart(r, by));
}

std::unique_ptr<QChart> statusChart(const ReviewReport& r, Breakdown by)
{
    return statusBars(chartdata::statusChart(r, by));
}

QImage render(QChart& chart, const QSize& size, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (QGraphicsScene* shownIn = chart.scene()) {
        // A chart on screen: draw it as it is, scaled to the image.
        shownIn->render(&painter, QRectF(QPointF(0, 0), size), chart.sceneBoundingRect(), Qt::KeepAspectRatio);
        return image;
    }
    QGraphicsScene scene;
    scene.addItem(&chart);
    // Laid out here, without running the event loop: a PNG saved while the user changes the
    // report must not let the report change under the chart.
    chart.setGeometry(QRectF(QPointF(0, 0), size));
    if (chart.layout())
        chart.layout()->activate();
    scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    scene.removeItem(&chart); // the scene must not delete a chart it does not own
    return image;
}

void savePng(QChart& chart, const QString& path, const QSize& size)
{
    if (!render(chart, size).save(path, "PNG"))
        throw Error(QCoreApplication::translate(
                        "Charts", "Cannot save the chart as %1. Check that the folder exists and can be written to.")
                        .arg(path));
}

} // namespace chitieu::ui::charts
