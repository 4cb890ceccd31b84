#pragma once
// What the report charts show, before any drawing: how many measures are met, not met,
// without data, incomplete or not applicable by group or by leading agency, and a measure's path from the baseline with
// its target. The in-app charts (ui, Qt Charts) and the document's (render, drawn with
// QPainter) draw the same data with the same titles and axes. A protected figure ("<5") is
// left out of a chart, like a missing one: a chart never shows what the tables hide.

#include "AxisScale.h"
#include "ReportModel.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace chitieu {
struct ReviewReport;
}

namespace chitieu::chartdata {

enum class Breakdown { Group, Agency };

struct StatusBar
{
    QString section; // "Group 1", or the leading agency's short name
    int met = 0;
    int notMet = 0;
    int noData = 0;
    int incomplete = 0;
    int notApplicable = 0;
    int count(MeasureStatus s) const;
    int total() const { return met + notMet + noData + incomplete + notApplicable; }
};

struct StatusChart
{
    QString title;
    QList<StatusBar> bars; // in the report's order, the first at the top
    AxisScale scale;       // counts: whole ticks from 0 to at least the longest bar
};
StatusChart statusChart(const AnnualReport& report, Breakdown by);
StatusChart statusChart(const ReviewReport& report, Breakdown by);

struct TrendChart
{
    QString title;
    QList<QPointF> values; // (year, value) for each year whose value is shown
    double target = 0;
    int firstYear = 0;
    int lastYear = 0;
    AxisScale scale;    // the value axis: values and target with a margin, round ticks
    QString unitLabel;  // the value axis' title (%, ‰ ...)
    QString targetName; // "Target (< 1 ‰)", plain text
};
TrendChart trendChart(const Measure& measure, const QList<int>& years, const QList<Figures>& path);

QString measureTitle(const Measure& m); // "2a - Tỷ suất tử vong trẻ sơ sinh (‰)"
QString valueSeriesName();
QString targetSeriesName();
QString countAxisTitle(); // under the axis of a status chart

} // namespace chitieu::chartdata
