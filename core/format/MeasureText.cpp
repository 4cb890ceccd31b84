#include "MeasureText.h"

#include "Numbers.h"
#include "core/catalogue/Catalogue.h"

#include <algorithm>

namespace chitieu {

namespace {
// A target as the plan (or a unit's plan) writes it: its own digits, no rounding.
QString formatDecimal(const Decimal& t, const QLocale& locale)
{
    return formatDigits(Quotient{t.digits, 1, Decimal{1, t.scale}}.fixed(t.scale), locale);
}
} // namespace

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
    return formatDecimal(measure.exactTarget, locale);
}

QString formatTarget(Comparator comparator, const Decimal& target, const Measure& measure, const QLocale& locale)
{
    return QStringLiteral("%1 %2 %3")
        .arg(comparators.text(comparator), formatDecimal(target, locale), measure.unitLabel.text());
}

QString formatTarget(const Measure& measure, const QLocale& locale)
{
    return QStringLiteral("%1 %2 %3")
        .arg(comparators.text(measure.comparator), formatTargetFigure(measure, locale), measure.unitLabel.text());
}

} // namespace chitieu
