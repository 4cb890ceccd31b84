#include "MeasureCsv.h"

#include "core/Csv.h"
#include "core/catalogue/Catalogue.h"
#include "core/format/Numbers.h"
#include "core/report/ReportModel.h"

namespace chitieu {

namespace {
QString optionalNumber(const std::optional<double>& v)
{
    return v ? machineNumber(*v) : QString();
}

QString header()
{
    return csv::joinRow({QStringLiteral("unit"), QStringLiteral("year"), QStringLiteral("measure"),
                         QStringLiteral("indicator"), QStringLiteral("numerator"), QStringLiteral("denominator"),
                         QStringLiteral("value"), QStringLiteral("comparator"), QStringLiteral("target"),
                         QStringLiteral("factor"), QStringLiteral("status"), QStringLiteral("unit_target"),
                         QStringLiteral("unit_status")}) +
           QLatin1Char('\n');
}

// The unit's own target as its comparator's key and the number ("<=0.7"); empty without one.
QString row(const QString& unitCode, int year, const Measure& m, const std::optional<double>& numerator,
            const std::optional<double>& denominator, const std::optional<double>& value, MeasureStatus status,
            const std::optional<UnitTarget>& unitTarget = std::nullopt,
            MeasureStatus unitStatus = MeasureStatus::NoData)
{
    return csv::joinRow(
               {unitCode, QString::number(year), m.code, QString::number(m.indicator), optionalNumber(numerator),
                optionalNumber(denominator), optionalNumber(value), comparators.key(m.comparator),
                machineNumber(m.target), machineNumber(m.factor), measureStatuses.key(status),
                unitTarget ? comparators.key(unitTarget->comparator) + machineNumber(unitTarget->target) : QString(),
                unitTarget ? measureStatuses.key(unitStatus) : QString()}) +
           QLatin1Char('\n');
}
} // namespace

QString measuresCsv(const Catalogue& catalogue, const QString& unitCode, int year, const QList<MeasureResult>& results)
{
    QString out = header();
    for (const MeasureResult& r : results)
        if (const Measure* m = catalogue.measure(r.code))
            out += row(unitCode, year, *m, r.numerator, r.denominator, r.value, r.status);
    return out;
}

QString measuresCsv(const AnnualReport& report)
{
    QString out = header();
    for (const MeasureLine& l : report.lines)
        out += row(report.unitCode, report.year, l.measure, l.year.numerator, l.year.denominator, l.year.value,
                   l.year.status, l.unitTarget, l.unitStatus);
    return out;
}

} // namespace chitieu
