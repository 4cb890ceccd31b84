#include "AxisScale.h"

#include <algorithm>
#include <cmath>

namespace chitieu {

namespace {
// The smallest step of 1, 2 or 5 x 10^n that is at least `raw`.
double roundStep(double raw)
{
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= raw * (1 - 1e-9))
            return m * power;
    return 10 * power;
}
} // namespace

int AxisScale::intervals() const
{
    return static_cast<int>(std::lround((high - low) / step));
}

QList<double> AxisScale::ticks() const
{
    QList<double> out;
    for (int i = 0; i <= intervals(); ++i) {
        const double t = low + i * step;
        out << (std::abs(t) < step * 1e-9 ? 0.0 : t); // no -0 label
    }
    return out;
}

int AxisScale::decimals() const
{
    return std::max(0, static_cast<int>(-std::floor(std::log10(step) + 1e-9)));
}

AxisScale niceScale(double low, double high, int maxIntervals)
{
    if (high < low)
        std::swap(low, high);
    maxIntervals = std::max(1, maxIntervals);
    if (high - low <= 0) {
        const double pad = low == 0 ? 1 : std::abs(low) * 0.1;
        low -= pad;
        high += pad;
    }
    double step = roundStep((high - low) / maxIntervals);
    AxisScale s;
    // Rounding both ends out can add an interval: then take the next round step.
    for (;;) {
        s.low = std::floor(low / step + 1e-9) * step;
        s.high = std::ceil(high / step - 1e-9) * step;
        s.step = step;
        if (s.intervals() <= maxIntervals)
            return s;
        step = roundStep(step * 1.01);
    }
}

AxisScale countScale(int most, int maxIntervals)
{
    most = std::max(1, most);
    maxIntervals = std::max(1, maxIntervals);
    const double step = std::max(1.0, roundStep(static_cast<double>(most) / maxIntervals));
    AxisScale s;
    s.low = 0;
    s.step = step;
    s.high = std::ceil(most / step) * step;
    return s;
}

} // namespace chitieu
