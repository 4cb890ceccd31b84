#include "SmallNumbers.h"

#include "ReportModel.h"
#include "ReviewModel.h"

#include <cmath>

namespace chitieu {

bool isSmallCount(double count)
{
    const double a = std::fabs(count);
    return a >= 1 && a <= 4;
}

void protectSmallNumbers(Figures& f, const Measure& measure)
{
    if (measure.denominator.kind == Term::Kind::Communes)
        return;
    f.hideNumerator = f.numerator && isSmallCount(*f.numerator);
    f.hideDenominator = f.denominator && isSmallCount(*f.denominator);
    // 11 shows last year's count and the fall: their difference is this year's count.
    if (measure.numerator.kind == Term::Kind::DecreaseFromPreviousYear && f.numerator && f.denominator &&
        isSmallCount(*f.denominator - *f.numerator))
        f.hideNumerator = true;
    f.hideValue = f.value && (f.hideNumerator || f.hideDenominator);
}

void protectSmallNumbers(AnnualReport& r)
{
    for (MeasureLine& l : r.lines)
        for (Figures* f : {&l.year, &l.previous, &l.baseline})
            protectSmallNumbers(*f, l.measure);
    for (UnitAnnexRow& row : r.unitAnnex)
        protectSmallNumbers(row.figures, r.lines.at(row.line).measure);
    r.smallNumbersProtected = true;
}

void protectSmallNumbers(ReviewReport& r)
{
    for (ReviewLine& l : r.lines)
        for (Figures& f : l.path)
            protectSmallNumbers(f, l.measure);
    r.smallNumbersProtected = true;
}

QString suppressedText()
{
    return QStringLiteral("<5");
}

} // namespace chitieu
