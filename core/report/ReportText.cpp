#include "ReportText.h"

#include "ReviewModel.h"
#include "SmallNumbers.h"

#include <QCoreApplication>

namespace chitieu::reporttext {

QString missing()
{
    return QStringLiteral("–");
}

QString count(const std::optional<double>& v, bool hidden, const QLocale& locale)
{
    if (hidden)
        return suppressedText();
    if (!v)
        return missing();
    return formatSum(*v, locale);
}

QString rate(const std::optional<double>& v, bool hidden, const Measure& m, const QLocale& locale)
{
    if (hidden)
        return suppressedText();
    if (!v)
        return missing();
    return formatValue(*v, m, locale);
}

QString value(const Figures& f, const Measure& m, const QLocale& locale)
{
    return rate(f.value, f.hideValue, m, locale);
}

QString numerator(const Figures& f, const QLocale& locale)
{
    return count(f.numerator, f.hideNumerator, locale);
}

QString denominator(const Figures& f, const QLocale& locale)
{
    return count(f.denominator, f.hideDenominator, locale);
}

QString target(const Measure& m, const QLocale& locale)
{
    return formatTarget(m, locale);
}

QString annualTitle(const AnnualReport& r)
{
    return QCoreApplication::translate("Reports", "Results of the targets for children of %1 in %2")
        .arg(r.unitName)
        .arg(r.year);
}

QString reviewTitle(const ReviewReport& r)
{
    const QString text =
        r.kind == ReviewKind::Final
            ? QCoreApplication::translate("Reports", "Final review of the targets for children of %1, %2-%3")
            : QCoreApplication::translate("Reports", "Mid-term review of the targets for children of %1, %2-%3");
    return text.arg(r.unitName).arg(r.firstYear).arg(r.endYear);
}

QString unitLine(const QString& unitName, const QString& unitCode)
{
    return QStringLiteral("%1 (%2)").arg(unitName, unitCode);
}

QString protectedNote()
{
    return QCoreApplication::translate(
        "Reports", "Small-number protection: counts from 1 to 4, and rates built on them, are shown as \"<5\".");
}

namespace column {
// clang-format off
QString group() { return QCoreApplication::translate("Reports", "Group"); }
QString code() { return QCoreApplication::translate("Reports", "Code"); }
QString name() { return QCoreApplication::translate("Reports", "Measure"); }
QString unitLabel() { return QCoreApplication::translate("Reports", "Unit of measure"); }
QString numerator() { return QCoreApplication::translate("Reports", "Numerator"); }
QString denominator() { return QCoreApplication::translate("Reports", "Denominator"); }
QString valueIn(int year) { return QCoreApplication::translate("Reports", "Value %1").arg(year); }
QString comparator() { return QCoreApplication::translate("Reports", "Comparison"); }
QString target() { return QCoreApplication::translate("Reports", "Target"); }
QString status() { return QCoreApplication::translate("Reports", "Assessment"); }
QString statusIn(int year) { return QCoreApplication::translate("Reports", "Assessment %1").arg(year); }
QString lead() { return QCoreApplication::translate("Reports", "Lead agency"); }
QString unitCode() { return QCoreApplication::translate("Reports", "Unit code"); }
QString unitName() { return QCoreApplication::translate("Reports", "Unit"); }
QString direction() { return QCoreApplication::translate("Reports", "Trend"); }
QString offTrack() { return QCoreApplication::translate("Reports", "Off track"); }
// clang-format on
} // namespace column

} // namespace chitieu::reporttext
