#include "ReportText.h"

#include "ReviewModel.h"
#include "SmallNumbers.h"
#include "core/format/Dates.h"
#include "core/format/ResultText.h"

#include <QCoreApplication>

namespace chitieu::reporttext {

QString missing()
{
    return QStringLiteral("–");
}

QString count(const std::optional<qint64>& v, bool hidden, const QLocale& locale)
{
    if (hidden)
        return suppressedText();
    if (!v)
        return missing();
    return formatCount(*v, locale);
}

QString value(const Figures& f, const Measure& m, const QLocale& locale)
{
    if (f.hideValue)
        return suppressedText();
    if (f.exact)
        return formatValue(*f.exact, m, locale);
    if (f.riseFromZero)
        return riseFromZeroText();
    return missing();
}

QString coverage(const Figures& f)
{
    if (!f.aggregated || f.status == MeasureStatus::NotApplicable)
        return {};
    return QStringLiteral("%1/%2").arg(f.coverage.covered).arg(f.coverage.expected);
}

QString valueWithCoverage(const Figures& f, const Measure& m, const QLocale& locale)
{
    const QString c = coverage(f);
    return c.isEmpty() ? value(f, m, locale) : value(f, m, locale) + QStringLiteral(" · ") + c;
}

QString coverageSentence(const ReportCoverage& c, UnitLevel level)
{
    // Figures mapped from other unit trees say so first, at every level.
    const QString mapped = c.treeNotes.join(QLatin1Char(' '));
    if (level == UnitLevel::Commune)
        return mapped;
    QString s = mapped.isEmpty() ? QString() : mapped + QLatin1Char(' ');
    s += QCoreApplication::translate("Reports", "The figures stand on the %1 of %2 communes that have reported.")
             .arg(c.counted)
             .arg(c.communes);
    if (c.notCounted > 0)
        s += QLatin1Char(' ') +
             QCoreApplication::translate("Reports", "%n form(s) received or entered but not complete are not counted.",
                                         nullptr, c.notCounted);
    if (c.included > 0)
        s += QLatin1Char(' ') + QCoreApplication::translate("Reports",
                                                            "%n form(s) not yet complete are counted, as asked.",
                                                            nullptr, c.included);
    if (c.rule.minCoveragePercent > 0)
        s += QLatin1Char(' ') +
             QCoreApplication::translate("Reports", "A measure covering less than %1 % of its communes is marked "
                                                    "incomplete instead of met or not met.")
                 .arg(c.rule.minCoveragePercent);
    return s;
}

namespace {
template <typename Report> QString countsOf(const Report& r, const ReportCoverage& coverage)
{
    QString s = QCoreApplication::translate("Reports", "%1 of %2 measures met, %3 not met, %4 incomplete, %5 "
                                                       "without data")
                    .arg(r.count(MeasureStatus::Met))
                    .arg(r.lines.size())
                    .arg(r.count(MeasureStatus::NotMet))
                    .arg(r.count(MeasureStatus::Incomplete))
                    .arg(r.count(MeasureStatus::NoData));
    if (const int n = r.count(MeasureStatus::NotApplicable))
        s += QCoreApplication::translate("Reports", ", %n not applicable", nullptr, n);
    if (r.level != UnitLevel::Commune)
        s += QCoreApplication::translate("Reports", ", on %1 of %2 communes that have reported")
                 .arg(coverage.counted)
                 .arg(coverage.communes);
    return s;
}
} // namespace

QString statusCounts(const AnnualReport& r)
{
    return countsOf(r, r.coverage);
}

QString statusCounts(const ReviewReport& r)
{
    return countsOf(r, r.coverage.isEmpty() ? ReportCoverage() : r.coverage.last());
}

QStringList figureNotes(const QList<MeasureLine>& lines)
{
    QStringList flagged;
    QStringList rises;
    for (const MeasureLine& l : lines) {
        if (!l.year.checkFailures.isEmpty())
            flagged << l.measure.code;
        if (l.year.riseFromZero)
            rises << l.measure.code;
    }
    QStringList out;
    if (!flagged.isEmpty())
        out << QCoreApplication::translate("Reports", "Measures %1 hold counts that break a hard check (received "
                                                      "as sent): check them with the units.")
                   .arg(flagged.join(QStringLiteral(", ")));
    if (!rises.isEmpty())
        out << QCoreApplication::translate("Reports", "%1: \"rise from 0\" means child marriages went from none "
                                                      "last year to some this year: not met.")
                   .arg(rises.join(QStringLiteral(", ")));
    return out;
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

QString trendBasis(const ReviewLine& l)
{
    if (!l.trendFrom)
        return {};
    return QCoreApplication::translate("Reports", "from %1, %n commune(s) in both years", nullptr, l.trendUnits)
        .arg(l.trendFrom);
}

QString roman(int number)
{
    static const QList<std::pair<int, const char*>> numerals = {
        {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
        {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
    QString out;
    for (const auto& [value, text] : numerals)
        for (; number >= value; number -= value)
            out += QLatin1String(text);
    return out;
}

QString figuresHeading()
{
    return QCoreApplication::translate("Reports", "Results of the targets for children");
}

QString targetsHeading()
{
    return QCoreApplication::translate("Reports", "The unit's own targets");
}

QString contributionsHeading()
{
    return QCoreApplication::translate("Reports", "Reports received from the units and departments");
}

QString notWritten()
{
    return QCoreApplication::translate("Reports", "(not written yet)");
}

QString contributionLine(const Contribution& c)
{
    return QCoreApplication::translate("Reports", "%1 — %2 (made on %3)")
        .arg(c.senderName, c.deliverableName, formatDate(c.madeAt));
}

QString unitTarget(const UnitTarget& t, const Measure& m, const QLocale& locale)
{
    return QStringLiteral("%1 (%2)").arg(formatTarget(t.comparator, t.exactTarget(), m, locale), t.document);
}

QString annualTitle(const AnnualReport& r)
{
    if (!r.narrative.isEmpty())
        return r.narrative.title;
    return QCoreApplication::translate("Reports", "Results of the targets for children of %1 in %2")
        .arg(r.unitName)
        .arg(r.year);
}

QString reviewTitle(const ReviewReport& r)
{
    if (!r.narrative.isEmpty())
        return r.narrative.title;
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
QString coverage() { return QCoreApplication::translate("Reports", "Communes covered"); }
QString lead() { return QCoreApplication::translate("Reports", "Lead agency"); }
QString unitCode() { return QCoreApplication::translate("Reports", "Unit code"); }
QString unitName() { return QCoreApplication::translate("Reports", "Unit"); }
QString direction() { return QCoreApplication::translate("Reports", "Trend"); }
QString offTrack() { return QCoreApplication::translate("Reports", "Off track"); }
QString unitTarget() { return QCoreApplication::translate("Reports", "Unit's own target"); }
QString unitStatus() { return QCoreApplication::translate("Reports", "Against the unit's target"); }
QString document() { return QCoreApplication::translate("Reports", "Document"); }
QString period() { return QCoreApplication::translate("Reports", "Period"); }
// clang-format on

QStringList annualMeasures(const AnnualReport& r)
{
    QStringList columns{code(),
                        name(),
                        unitLabel(),
                        numerator(),
                        denominator(),
                        valueIn(r.year),
                        comparator(),
                        target(),
                        status(),
                        valueIn(r.previousYear),
                        valueIn(r.baselineYear),
                        lead()};
    if (r.hasUnitTargets())
        columns << unitTarget() << unitStatus();
    return columns;
}
} // namespace column

} // namespace chitieu::reporttext
