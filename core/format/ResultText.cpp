#include "ResultText.h"

#include "MeasureText.h"
#include "core/catalogue/Catalogue.h"
#include "core/units/OrgUnit.h"

#include <QCoreApplication>

namespace chitieu {

namespace {
QString names(const QStringList& codes, const UnitTree& units)
{
    // A long list is cut: the count says how many there are.
    constexpr int shown = 12;
    QStringList out;
    for (const QString& code : codes.mid(0, shown)) {
        const OrgUnit* u = units.find(code);
        out << (u ? u->name : code);
    }
    QString text = out.join(QStringLiteral(", "));
    if (codes.size() > shown)
        text +=
            QCoreApplication::translate("ResultText", " and %n more", nullptr, static_cast<int>(codes.size() - shown));
    return text;
}
} // namespace

QString formatCoverage(const Coverage& c)
{
    return QCoreApplication::translate("ResultText", "%1/%2 communes").arg(c.covered).arg(c.expected);
}

QString riseFromZeroText()
{
    return QCoreApplication::translate("ResultText", "rise from 0");
}

QString formatResultValue(const MeasureResult& r, const Measure& m, const QLocale& locale)
{
    if (r.exact)
        return formatValueWithUnit(*r.exact, m, locale);
    if (r.riseFromZero)
        return riseFromZeroText();
    return {};
}

QString formatResultValueWithCoverage(const MeasureResult& r, const Measure& m, const QLocale& locale)
{
    const QString value = formatResultValue(r, m, locale);
    if (!r.aggregated || r.status == MeasureStatus::NotApplicable)
        return value;
    const QString coverage = formatCoverage(r.coverage);
    return value.isEmpty() ? coverage : value + QStringLiteral(" · ") + coverage;
}

QString statusText(const MeasureResult& r)
{
    return measureStatuses.text(r.status);
}

QString notApplicableText(const MeasureResult& r, const Measure& m)
{
    switch (r.notApplicable) {
    case NotApplicableReason::NoRuralCommune:
        return QCoreApplication::translate("ResultText",
                                           "Measure %1 counts rural communes (Xã) only, and there is none here.")
            .arg(m.code);
    case NotApplicableReason::NoUrbanCommune:
        return QCoreApplication::translate(
                   "ResultText", "Measure %1 counts urban communes (Phường, Thị trấn) only, and there is none here.")
            .arg(m.code);
    case NotApplicableReason::NoYearBefore:
        return QCoreApplication::translate(
                   "ResultText",
                   "Measure %1 compares a year with the one before, and the plan has no year before this one.")
            .arg(m.code);
    case NotApplicableReason::None:
        break;
    }
    return {};
}

QStringList resultNotes(const MeasureResult& r, const Measure& m, const UnitTree& units)
{
    QStringList out;
    if (r.status == MeasureStatus::NotApplicable) {
        out << notApplicableText(r, m);
        return out;
    }
    const Coverage& c = r.coverage;
    if (r.aggregated) {
        if (m.denominator.kind == Term::Kind::Communes)
            out << QCoreApplication::translate("ResultText", "%1 of %2 communes answered; the rate is among them.")
                       .arg(c.covered)
                       .arg(c.expected);
        else
            out << QCoreApplication::translate("ResultText", "The figure covers %1 of %2 communes.")
                       .arg(c.covered)
                       .arg(c.expected);
        if (r.status == MeasureStatus::Incomplete)
            out << QCoreApplication::translate("ResultText",
                                               "Too few communes are covered to judge the target (see Settings).");
        if (!c.missing.isEmpty())
            out << QCoreApplication::translate("ResultText", "Missing: %1.").arg(names(c.missing, units));
        if (!c.partial.isEmpty())
            out << QCoreApplication::translate("ResultText", "Left out, some of the counts missing: %1.")
                       .arg(names(c.partial, units));
        if (!c.notCounted.isEmpty())
            out << QCoreApplication::translate("ResultText", "Form not complete, not counted: %1.")
                       .arg(names(c.notCounted, units));
        if (r.includesInProgress)
            out << QCoreApplication::translate("ResultText", "Forms not yet complete are counted, as asked.");
    }
    if (r.riseFromZero)
        out << QCoreApplication::translate(
            "ResultText", "Child marriages rose from 0 last year: not met, and no rate can say by how much.");
    if (!r.checkFailures.isEmpty())
        out << QCoreApplication::translate("ResultText", "Counts that break a hard check are in this figure: %1.")
                   .arg(names(r.checkFailures, units));
    return out;
}

} // namespace chitieu
