#include "MeasureCsv.h"

#include "core/Csv.h"
#include "core/Numbers.h"
#include "core/catalogue/Catalogue.h"

namespace chitieu {

namespace {
QString optionalNumber(const std::optional<double>& v)
{
    return v ? machineNumber(*v) : QString();
}
} // namespace

QString measuresCsv(const Catalogue& catalogue, const QString& unitCode, int year, const QList<MeasureResult>& results)
{
    QString out = csv::joinRow({QStringLiteral("unit"), QStringLiteral("year"), QStringLiteral("measure"),
                                QStringLiteral("indicator"), QStringLiteral("numerator"), QStringLiteral("denominator"),
                                QStringLiteral("value"), QStringLiteral("comparator"), QStringLiteral("target"),
                                QStringLiteral("factor"), QStringLiteral("status")}) +
                  QLatin1Char('\n');
    for (const MeasureResult& r : results) {
        const Measure* m = catalogue.measure(r.code);
        if (!m)
            continue;
        out += csv::joinRow({unitCode, QString::number(year), r.code, QString::number(m->indicator),
                             optionalNumber(r.numerator), optionalNumber(r.denominator), optionalNumber(r.value),
                             comparatorSymbol(m->comparator), machineNumber(m->target), machineNumber(m->factor),
                             statusKey(r.status)}) +
               QLatin1Char('\n');
    }
    return out;
}

} // namespace chitieu
