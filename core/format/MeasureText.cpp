#include "MeasureText.h"

#include "Numbers.h"
#include "core/catalogue/Catalogue.h"

#include <algorithm>

namespace chitieu {

namespace {
// The decimals a target was written with: 0.005 has 3.
int decimalsOf(double target)
{
    const QString t = machineNumber(target);
    const int point = static_cast<int>(t.indexOf(QLatin1Char('.')));
    return point < 0 ? 0 : static_cast<int>(t.size()) - point - 1;
}

int targetDecimals(const Measure& measure)
{
    return decimalsOf(measure.target);
}
} // namespace

int rateDecimals(const Measure& measure)
{
    return std::clamp(targetDecimals(measure) + 1, 2, 4);
}

QString formatValue(double value, const Measure& measure, const QLocale& locale)
{
    return formatRate(value, rateDecimals(measure), locale);
}

QString formatValueWithUnit(double value, const Measure& measure, const QLocale& locale)
{
    return formatValue(value, measure, locale) + QLatin1Char(' ') + measure.unitLabel.text();
}

QString formatTargetFigure(const Measure& measure, const QLocale& locale)
{
    return formatRate(measure.target, targetDecimals(measure), locale);
}

QString formatTarget(Comparator comparator, double target, const Measure& measure, const QLocale& locale)
{
    return QStringLiteral("%1 %2 %3")
        .arg(comparators.text(comparator), formatRate(target, std::min(decimalsOf(target), 6), locale),
             measure.unitLabel.text());
}

QString formatTarget(const Measure& measure, const QLocale& locale)
{
    return QStringLiteral("%1 %2 %3")
        .arg(comparators.text(measure.comparator), formatTargetFigure(measure, locale), measure.unitLabel.text());
}

} // namespace chitieu
