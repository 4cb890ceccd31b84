#pragma once
// The document's charts, drawn with QPainter into images: the measures met by group or by
// leading agency, and a measure's path with its target. Qt Gui only (no Qt Charts, no
// widgets), so the command line draws them on a QGuiApplication without a display. The
// data, titles and axis ticks come from core/report/ChartData.h, as for the charts on
// screen (ui/reports/ReportCharts.h), so both show the same figures and ticks.

#include "core/report/ChartData.h"

#include <QImage>
#include <QSize>

namespace chitieu::render::charts {

// Each lays the chart out for `size` (CSS pixels of the document) and draws it `scale`
// times finer, on white.
QImage drawStatus(const chartdata::StatusChart& chart, const QSize& size, qreal scale = 1);
QImage drawTrend(const chartdata::TrendChart& chart, const QSize& size, qreal scale = 1);

} // namespace chitieu::render::charts
