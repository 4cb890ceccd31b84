#pragma once
// The report charts of the screen (Qt Charts): a measure's trend from the baseline with its
// target line, the units below compared in bars with the target line, and how many measures
// are met, not met or without data per group or per leading agency. Animations are off, so
// a chart renders the same on screen and in a PNG. The data, titles and axis ticks come from
// core/report/ChartData.h, like the document's charts (render/DocumentCharts.h). A protected
// figure ("<5") is left out of a chart, like a missing one: a chart never shows what the
// tables hide.

#include "core/report/ChartData.h"
#include "core/report/ReportModel.h"

#include <QImage>
#include <QSize>
#include <memory>

class QChart;

namespace chitieu {
struct ReviewReport;
}

namespace chitieu::ui::charts {

// Series: "value" (a QLineSeries, one point per year with a shown value, x = year) and
// "target" (a QLineSeries from the first to the last year at the target).
std::unique_ptr<QChart> trendChart(const Measure& measure, const QList<int>& years, const QList<Figures>& path);

struct UnitValue
{
    QString name;
    Figures figures;
};
// Series: "value" (a QHorizontalBarSeries of one set, one bar per unit, 0 when not shown,
// and the unit's label then says why) and "target" (a QLineSeries across all bars).
std::unique_ptr<QChart> unitsChart(const Measure& measure, const QList<UnitValue>& units);

// A QHorizontalStackedBarSeries of three sets (met, not met, no data), one bar per section.
using chartdata::Breakdown;
std::unique_ptr<QChart> statusChart(const AnnualReport& report, Breakdown by);
std::unique_ptr<QChart> statusChart(const ReviewReport& report, Breakdown by);

// Renders a chart offscreen on white, laid out for `size` and drawn `scale` times finer
// (more pixels without shrinking the text). The chart keeps its owner.
QImage render(QChart& chart, const QSize& size, qreal scale = 1);
// Throws Error when the file cannot be written.
void savePng(QChart& chart, const QString& path, const QSize& size = QSize(1200, 700));

using chartdata::targetSeriesName; // the names given to the series above
using chartdata::valueSeriesName;

} // namespace chitieu::ui::charts
