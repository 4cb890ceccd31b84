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
#include <functional>

namespace chitieu::ui::charts {

namespace {

const QColor valueColour(0x1f, 0x5f, 0xa8);

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

QLineSeries* targetLine(const Measure& m)
{
    auto* s = new QLineSeries;
    s->setObjectName(QStringLiteral("target"));
    // Legend labels are rich text: "< 1 ‰" must not open a tag.
    s->setName(QStringLiteral("%1 (%2)").arg(targetSeriesName(), reporttext::target(m)).toHtmlEscaped());
    QPen pen(statusColour(MeasureStatus::NotMet));
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(2);
    s->setPen(pen);
    return s;
}

bool shown(const Figures& f)
{
    return f.value && !f.hideValue;
}

QString measureTitle(const Measure& m)
{
    return QStringLiteral("%1 - %2 (%3)").arg(m.code, m.name.text(), m.unitLabel.text());
}

// Met / not met / no data per section, as a horizontal stacked bar chart.
std::unique_ptr<QChart> statusBars(const QString& title, const QStringList& categories,
                                   const std::function<int(int section, MeasureStatus)>& count)
{
    auto chart = newChart(title);
    auto* series = new QHorizontalStackedBarSeries;
    series->setObjectName(QStringLiteral("status"));
    int most = 1;
    QList<int> totals(categories.size(), 0);
    for (const StatusLook& look : statusLookTable) {
        const MeasureStatus status = look.status;
        auto* set = new QBarSet(measureStatuses.text(status));
        set->setObjectName(measureStatuses.key(status));
        set->setColor(statusColour(status));
        set->setLabelColor(Qt::white);
        // Bars are drawn bottom-up: the sections go in reverse so the first is at the top.
        for (int i = static_cast<int>(categories.size()) - 1; i >= 0; --i) {
            const int n = count(i, status);
            *set << n;
            totals[i] += n;
        }
        series->append(set);
    }
    for (int t : totals)
        most = std::max(most, t);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->setTruncateLabels(false);
    QStringList reversed = categories;
    std::reverse(reversed.begin(), reversed.end());
    axisY->append(reversed);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, most);
    axisX->setTickCount(std::min(most, 10) + 1);
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setTitleText(QCoreApplication::translate("Charts", "Number of measures"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return chart;
}

QStringList sectionNames(const QList<ReportSection>& sections, Breakdown by,
                         const std::function<QString(int line)>& leadName)
{
    QStringList out;
    for (const ReportSection& s : sections)
        out << (by == Breakdown::Group ? QCoreApplication::translate("Charts", "Group %1").arg(s.key)
                                       : leadName(s.lines.value(0)));
    return out;
}

} // namespace

QString valueSeriesName()
{
    return QCoreApplication::translate("Charts", "Value");
}

QString targetSeriesName()
{
    return QCoreApplication::translate("Charts", "Target");
}

std::unique_ptr<QChart> trendChart(const Measure& m, const QList<int>& years, const QList<Figures>& path)
{
    auto chart = newChart(measureTitle(m));
    auto* values = new QLineSeries;
    values->setObjectName(QStringLiteral("value"));
    values->setName(valueSeriesName());
    values->setPointsVisible(true);
    QPen pen(valueColour);
    pen.setWidthF(2.5);
    values->setPen(pen);
    double low = m.target;
    double high = m.target;
    for (int i = 0; i < years.size() && i < path.size(); ++i) {
        if (!shown(path[i]))
            continue;
        values->append(years[i], *path[i].value);
        low = std::min(low, *path[i].value);
        high = std::max(high, *path[i].value);
    }
    auto* target = targetLine(m);
    if (!years.isEmpty()) {
        target->append(years.first(), m.target);
        target->append(years.last(), m.target);
    }
    chart->addSeries(values);
    chart->addSeries(target);

    auto* axisX = new QValueAxis;
    axisX->setRange(years.value(0), years.value(years.size() - 1));
    axisX->setTickCount(static_cast<int>(std::max<qsizetype>(2, years.size())));
    axisX->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    auto* axisY = new QValueAxis;
    const double margin = std::max((high - low) * 0.15, std::max(std::abs(high) * 0.05, 0.001));
    // Rates are not below 0, except 11 when marriages rose: then the axis goes below 0 too.
    axisY->setRange(low < 0 ? low - margin : std::max(0.0, low - margin), high + margin);
    axisY->applyNiceNumbers(); // round ticks (0, 20, 40 ...) read better than 28.61
    axisY->setTitleText(m.unitLabel.text());
    axisY->setLabelFormat(QStringLiteral("%.%1f").arg(rateDecimals(m)));
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    return chart;
}

std::unique_ptr<QChart> unitsChart(const Measure& m, const QList<UnitValue>& units)
{
    auto chart = newChart(measureTitle(m));
    auto* bars = new QHorizontalBarSeries;
    bars->setObjectName(QStringLiteral("value"));
    auto* set = new QBarSet(valueSeriesName());
    set->setColor(valueColour);
    QStringList names;
    double high = m.target;
    // Bars are drawn bottom-up: add the units in reverse so the first is at the top.
    for (auto it = units.crbegin(); it != units.crend(); ++it) {
        const Figures& f = it->figures;
        QString name = it->name;
        if (f.hideValue)
            name += QStringLiteral(" (&lt;5)"); // axis labels are rich text
        else if (!f.value)
            name += QStringLiteral(" (%1)").arg(measureStatuses.text(MeasureStatus::NoData));
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
    auto* target = targetLine(m);
    // The category axis places bar i at i; the line runs from before the first to after the last.
    target->append(m.target, -0.5);
    target->append(m.target, units.size() - 0.5);
    chart->addSeries(target);

    auto* axisY = new QBarCategoryAxis;
    axisY->append(names);
    axisY->setTruncateLabels(false); // unit names are the point of this chart
    chart->addAxis(axisY, Qt::AlignLeft);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, high * 1.1);
    axisX->applyNiceNumbers();
    axisX->setLabelFormat(QStringLiteral("%.4g"));
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
    const QList<ReportSection>& sections = by == Breakdown::Group ? r.groups : r.agencies;
    const QString title =
        by == Breakdown::Group
            ? QCoreApplication::translate("Charts", "Measures met in %1, by group").arg(r.year)
            : QCoreApplication::translate("Charts", "Measures met in %1, by leading agency").arg(r.year);
    return statusBars(title, sectionNames(sections, by, [&r](int line) { return r.lines.value(line).leadName; }),
                      [&](int i, MeasureStatus s) { return r.count(s, sections.at(i)); });
}

std::unique_ptr<QChart> statusChart(const ReviewReport& r, Breakdown by)
{
    const QList<ReportSection>& sections = by == Breakdown::Group ? r.groups : r.agencies;
    const QString title =
        by == Breakdown::Group
            ? QCoreApplication::translate("Charts", "Measures met in %1, by group").arg(r.endYear)
            : QCoreApplication::translate("Charts", "Measures met in %1, by leading agency").arg(r.endYear);
    return statusBars(title, sectionNames(sections, by, [&r](int line) { return r.lines.value(line).leadName; }),
                      [&](int i, MeasureStatus s) { return r.count(s, sections.at(i)); });
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
