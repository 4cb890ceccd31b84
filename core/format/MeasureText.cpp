#include "MeasureText.h"

#include "Numbers.h"
#include "core/catalogue/Catalogue.h"

#include <algorithm>

namespace chitieu {

int rateDecimals(const Measure& measure)
{
    return std::clamp(measure.exactTarget.scale + 1, 2, 4);
}

QString formatValue(const Quotient& value, const Measure& measure, const QLocale& locale)
{
    return formatDigits(value.fixed(rateDecimals(measure)), locale);
}

QString formatValueWithUnit(const Quotient& value, const Measure& measure, const QLocale& locale)
{
    return formatValue(value, measure, locale) + QLatin1Char(' ') + measure.unitLabel.text();
}

QString formatTargetFigure(const Measure& measure, const QLocale& locale)
{
    // The target as the plan writes it: its own digits, no rounding.
    const Decimal& t = measure.exactTarget;
    return formatDigits(Quotient{t.digits, 1, Decimal{1, t.scale}}.fixed(t.scale), locale);
}

QString formatTarget(const Measure& measure, const QLocale& locale)
{
    return QStringLiteral("%1 %2 %3")
        .arg(comparators.text(measure.comparator), formatTargetFigure(measure, locale), measure.unitLabel.text());
}

} // namespace chitieu
