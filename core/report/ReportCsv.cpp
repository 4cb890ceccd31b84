#include "ReportCsv.h"

#include "ReportText.h"
#include "ReviewModel.h"
#include "core/Csv.h"
#include "core/format/Numbers.h"

#include <QCoreApplication>

namespace chitieu {

namespace {

namespace col = reporttext::column;

QString crlfRow(const QStringList& fields)
{
    return csv::joinRow(fields) + QStringLiteral("\r\n");
}

QString groupTitle(const QList<ReportSection>& groups, int lineIndex)
{
    for (const ReportSection& g : groups)
        if (g.lines.contains(lineIndex))
            return g.key;
    return {};
}

template <typename T> QString machine(const std::optional<T>& v)
{
    return v ? QString::number(*v) : QString();
}

} // namespace

QByteArray utf8Bom()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QByteArray annualPeopleCsv(const AnnualReport& r)
{
    const QStringList header = QStringList{col::group()} + col::annualMeasures(r) + QStringList{col::coverage()};
    const bool own = r.hasUnitTargets();
    QString out = crlfRow(header);
    const QLocale locale = documentLocale();
    for (int i = 0; i < r.lines.size(); ++i) {
        const MeasureLine& l = r.lines[i];
        QStringList row{groupTitle(r.groups, i),
                        l.measure.code,
                        l.measure.name.text(),
                        l.measure.unitLabel.text(),
                        reporttext::numerator(l.year, locale),
                        reporttext::denominator(l.year, locale),
                        reporttext::value(l.year, l.measure, locale),
                        comparators.text(l.measure.comparator),
                        formatTargetFigure(l.measure, locale),
                        measureStatuses.text(l.year.status),
                        reporttext::value(l.previous, l.measure, locale),
                        reporttext::value(l.baseline, l.measure, locale),
                        l.leadName};
        if (own)
            row << (l.unitTarget ? reporttext::unitTarget(*l.unitTarget, l.measure, locale) : QString())
                << (l.unitTarget ? measureStatuses.text(l.unitStatus) : QString());
        row << reporttext::coverage(l.year);
        out += crlfRow(row);
    }
    for (const QString& note :
         QStringList{reporttext::coverageSentence(r.coverage, r.level)} + reporttext::figureNotes(r.lines))
        if (!note.isEmpty())
            out += crlfRow({note});
    if (r.smallNumbersProtected)
        out += crlfRow({reporttext::protectedNote()});
    return utf8Bom() + out.toUtf8();
}

QByteArray reviewPeopleCsv(const ReviewReport& r)
{
    QStringList header{col::group(), col::code(), col::name(), col::unitLabel()};
    for (int y : r.years())
        header << QString::number(y);
    header << col::comparator() << col::target() << col::statusIn(r.endYear) << col::direction() << col::offTrack()
           << col::lead();
    QString out = crlfRow(header);
    const QLocale locale = documentLocale();
    for (int i = 0; i < r.lines.size(); ++i) {
        const ReviewLine& l = r.lines[i];
        QStringList row{groupTitle(r.groups, i), l.measure.code, l.measure.name.text(), l.measure.unitLabel.text()};
        for (const Figures& f : l.path)
            row << reporttext::valueWithCoverage(f, l.measure, locale);
        row << comparators.text(l.measure.comparator) << formatTargetFigure(l.measure, locale)
            << measureStatuses.text(l.endStatus) << directions.text(l.direction)
            << (l.offTrack() ? QCoreApplication::translate("Reports", "Yes")
                             : QCoreApplication::translate("Reports", "No"))
            << l.leadName;
        out += crlfRow(row);
    }
    for (const QString& note : r.treeNotes)
        out += crlfRow({note});
    if (r.smallNumbersProtected)
        out += crlfRow({reporttext::protectedNote()});
    return utf8Bom() + out.toUtf8();
}

QString reviewMeasuresCsv(const ReviewReport& r)
{
    QString out =
        csv::joinRow({QStringLiteral("unit"), QStringLiteral("review"), QStringLiteral("measure"),
                      QStringLiteral("year"), QStringLiteral("numerator"), QStringLiteral("denominator"),
                      QStringLiteral("value"), QStringLiteral("comparator"), QStringLiteral("target"),
                      QStringLiteral("status"), QStringLiteral("end_status"), QStringLiteral("off_track"),
                      QStringLiteral("units_covered"), QStringLiteral("units_expected"), QStringLiteral("trend")}) +
        QLatin1Char('\n');
    const QList<int> years = r.years();
    for (const ReviewLine& l : r.lines) {
        for (int y = 0; y < years.size(); ++y) {
            const Figures& f = l.path.at(y);
            out += csv::joinRow(
                       {r.unitCode, reviewKinds.key(r.kind), l.measure.code, QString::number(years[y]),
                        machine(f.numerator), machine(f.denominator), f.exact ? machineValue(*f.exact) : QString(),
                        comparators.key(l.measure.comparator), l.measure.exactTarget.text(),
                        measureStatuses.key(f.status), measureStatuses.key(l.endStatus),
                        l.offTrack() ? QStringLiteral("1") : QStringLiteral("0"), QString::number(f.coverage.covered),
                        QString::number(f.coverage.expected), directions.key(l.direction)}) +
                   QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace chitieu
