#include "MeasureCsv.h"

#include "core/Csv.h"
#include "core/catalogue/Catalogue.h"
#include "core/compute/MappedMeasures.h"
#include "core/format/Numbers.h"
#include "core/report/ReportModel.h"

namespace chitieu {

namespace {
template <typename T> QString optionalNumber(const std::optional<T>& v)
{
    return v ? QString::number(*v) : QString();
}

QString header(bool withMapping = false)
{
    QStringList mapped;
    if (withMapping)
        mapped << QStringLiteral("mapping") << QStringLiteral("mapping_shares");
    return csv::joinRow(QStringList{QStringLiteral("unit"), QStringLiteral("year"), QStringLiteral("measure"),
                                    QStringLiteral("indicator"), QStringLiteral("numerator"),
                                    QStringLiteral("denominator"), QStringLiteral("value"),
                                    QStringLiteral("comparator"), QStringLiteral("target"), QStringLiteral("factor"),
                                    QStringLiteral("status"), QStringLiteral("unit_target"),
                                    QStringLiteral("unit_status"), QStringLiteral("units_covered"),
                                    QStringLiteral("units_expected"), QStringLiteral("flags")} +
                        mapped) +
           QLatin1Char('\n');
}

// The unit's own target as its comparator's key and the number ("<=0.7"); empty without one.
QString row(const QString& unitCode, int year, const Measure& m, const MeasureResult& r,
            const std::optional<UnitTarget>& unitTarget = std::nullopt,
            MeasureStatus unitStatus = MeasureStatus::NoData, bool withMapping = false)
{
    QString flags = machineFlags(r);
    QStringList mapped;
    if (withMapping)
        mapped << mappings.key(r.mapping) << r.mappingShares.join(QLatin1Char(' '));
    else if (r.mapping != Mapping::Exact) // a year before on another unit tree (indicator 11)
        flags += (flags.isEmpty() ? QString() : QStringLiteral(" ")) + mappings.key(r.mapping);
    return csv::joinRow(QStringList{unitCode, QString::number(year), m.code, QString::number(m.indicator),
                                    optionalNumber(r.numerator), optionalNumber(r.denominator),
                                    r.exact ? machineValue(*r.exact) : QString(), comparators.key(m.comparator),
                                    m.exactTarget.text(), m.exactFactor.text(), measureStatuses.key(r.status),
                                    unitTarget
                                        ? comparators.key(unitTarget->comparator) + unitTarget->exactTarget().text()
                                        : QString(),
                                    unitTarget ? measureStatuses.key(unitStatus) : QString(),
                                    // The communes behind the figure: above commune level only.
                                    r.aggregated ? QString::number(r.coverage.covered) : QString(),
                                    r.aggregated ? QString::number(r.coverage.expected) : QString(), flags} +
                        mapped) +
           QLatin1Char('\n');
}
} // namespace

QString machineFlags(const MeasureResult& r)
{
    QStringList flags;
    if (r.riseFromZero)
        flags << QStringLiteral("rise_from_zero");
    if (!r.checkFailures.isEmpty())
        flags << QStringLiteral("hard_check_failed");
    if (r.includesInProgress)
        flags << QStringLiteral("includes_in_progress");
    if (r.mappingUnconfirmed)
        flags << QStringLiteral("unconfirmed_mapping");
    return flags.join(QLatin1Char(' '));
}

QString measuresCsv(const Catalogue& catalogue, const QString& unitCode, int year, const QList<MeasureResult>& results)
{
    QString out = header();
    for (const MeasureResult& r : results)
        if (const Measure* m = catalogue.measure(r.code))
            out += row(unitCode, year, *m, r);
    return out;
}

QString mappedMeasuresCsv(const Catalogue& catalogue, const QString& unitCode, int year,
                          const QList<MeasureResult>& results)
{
    QString out = header(true);
    for (const MeasureResult& r : results)
        if (const Measure* m = catalogue.measure(r.code))
            out += row(unitCode, year, *m, r, std::nullopt, MeasureStatus::NoData, true);
    return out;
}

QString measuresCsv(const AnnualReport& report)
{
    QString out = header();
    for (const MeasureLine& l : report.lines)
        out += row(report.unitCode, report.year, l.measure, l.year, l.unitTarget, l.unitStatus);
    return out;
}

} // namespace chitieu
