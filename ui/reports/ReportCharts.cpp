#include "ReportCharts.h"

#include "core/Error.h"
#include "core/report/ReportText.h"
#include "core/report/ReviewModel.h"
#include "ui/common/StatusStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>
#include <algorithm>

namespace chitieu::ui::charts {

namespace {

std::unique_ptr<QChart> newChart(const QString& title)
{
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
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

// The axis from the shared scale: its range and ticks, labelled with the decimals they need.
void applyScale(QValueAxis* axis, const AxisScale& scale)
{
    axis->setRange(scale.low, scale.high);
    axis->setTickCount(scale.intervals() + 1);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(scale.decimals()));
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
    auto* axisX = new QValueAxis;
    applyScale(axisX, data.scale); // whole ticks, like the counts on the bars
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
    QPen pen(valueColour());
    pen.setWidthF(2.5);
    values->setPen(pen);
    values->append(data.values);
    auto* target = targetLine(data.targetName);
    if (!years.isEmpty()) {
        target->append(data.firstYear, data.target);
        target->append(data.lastYear, data.target);
    }
    chart->addSeries(values);
    chart->addSeries(target);

    auto* axisX = new QValueAxis;
    axisX->setRange(data.firstYear, data.lastYear);
    axisX->setTickCount(static_cast<int>(std::max<qsizetype>(2, years.size())));
    axisX->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    auto* axisY = new QValueAxis;
    applyScale(axisY, data.scale);
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
    auto* set = new QBarSet(valueSeriesName());
    set->setColor(valueColour());
    QStringList names;
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
        *set << (shown(f) ? *f.value : 0.0);
        if (shown(f))
            high = std::max(high, *f.value);
        names << name;
    }
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsPrecision(4); // significant digits: 94,28 rather than 94,2812
    chart->addSeries(bars);
    auto* target = targetLine(QStringLiteral("%1 (%2)").arg(targetSeriesName(), reporttext::target(m)));
    // The category axis places bar i at i; the line runs from before the first to after the last.
    target->append(m.target, -0.5);
    target->append(m.target, units.size() - 0.5);
    chart->addSeries(target);

    auto* axisY = new QBarCategoryAxis;
    axisY->append(names);
    axisY->setTruncateLabels(false); // unit names are the point of this chart
    chart->addAxis(axisY, Qt::AlignLeft);
    auto* axisX = new QValueAxis;
    applyScale(axisX, niceScale(0, high * 1.1));
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
    chart.setGeometry(QRectF(QPointF(0, 0), size));
    if (chart.layout())
        chart.layout()->activate();
    QCoreApplication::processEvents(); // lets the chart place its series for the new size
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
