#pragma once
// The document's charts, drawn with QPainter: the measures met by group or by
// leading agency, and a measure's path with its target. Qt Gui only (no Qt Charts, no
// widgets), so the command line draws them on a QGuiApplication without a display. The
// data, titles and axis ticks come from core/report/ChartData.h, as for the charts on
// screen (ui/reports/ReportCharts.h), so both show the same figures and ticks.

#include "core/report/ChartData.h"

#include <QImage>
#include <QSize>

class QPainter;

namespace chitieu::render::charts {

// Each lays the chart out for `size` (CSS pixels of the document) and draws it with `p` in
// those units: onto a picture, or straight onto a PDF or a printer as lines and text.
void drawStatus(QPainter& p, const chartdata::StatusChart& chart, const QSizeF& size);
void drawTrend(QPainter& p, const chartdata::TrendChart& chart, const QSizeF& size);

// The same as a picture on white, drawn `scale` times finer.
QImage drawStatus(const chartdata::StatusChart& chart, const QSize& size, qreal scale = 1);
QImage drawTrend(const chartdata::TrendChart& chart, const QSize& size, qreal scale = 1);

} // namespace chitieu::render::charts
