#pragma once
// Round axis ticks for the report charts: steps of 1, 2 or 5 times a power of ten, so that
// an axis reads 0, 20, 40 rather than 0, 28,61, 57,22. The in-app charts (Qt Charts) and the
// document's charts (drawn for the PDF) both take their axes from here, so they agree.

#include <QList>

namespace chitieu {

struct AxisScale
{
    double low = 0;
    double high = 1;
    double step = 1;

    int intervals() const; // the ticks are intervals() + 1: low, low + step, ..., high
    QList<double> ticks() const;
    int decimals() const; // the decimals a tick label needs: 0 for a step of 1 or more
};

// Covers [low, high] in at most maxIntervals round steps. An empty range (low == high) is
// widened to one step around the value.
AxisScale niceScale(double low, double high, int maxIntervals = 5);

// For counts (measures, units): from 0, whole steps only, covering `most` (at least 1), so
// every tick is a whole number like the counts written on the bars.
AxisScale countScale(int most, int maxIntervals = 10);

} // namespace chitieu
