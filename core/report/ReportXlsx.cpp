#include "ReportXlsx.h"

#include "NarrativeXlsx.h"
#include "ReportText.h"
#include "ReviewModel.h"
#include "XlsxBook.h"
#include "core/format/ResultText.h"

#include <QCoreApplication>

namespace chitieu {

namespace {

using xlsx::Sheet;
using xlsx::Style;
namespace col = reporttext::column;

Style statusStyle(MeasureStatus s)
{
    switch (s) {
    case MeasureStatus::Met:
        return Style::Met;
    case MeasureStatus::NotMet:
        return Style::NotMet;
    case MeasureStatus::Incomplete:
        return Style::Incomplete;
    case MeasureStatus::NotApplicable:
        return Style::NotApplicable;
    case MeasureStatus::NoData:
        break;
    }
    return Style::NoData;
}

QString note(bool protectedReport, const QStringList& more = {})
{
    QStringList lines = more;
    if (protectedReport)
        lines << reporttext::protectedNote();
    lines.removeAll(QString());
    return lines.join(QLatin1Char(' '));
}

// A value cell: the number, "<5", or 11's "rise from 0" as words.
void value(Sheet& sheet, int row, int col, const Figures& f, int decimals)
{
    if (!f.hideValue && !f.value && f.riseFromZero)
        sheet.text(row, col, riseFromZeroText());
    else
        sheet.rate(row, col, f.value, f.hideValue, decimals);
}

// ---- annual report ----

QString annualSubtitle(const AnnualReport& r)
{
    return QCoreApplication::translate("Reports", "%1 - year %2 - %3 of %4 measures met")
        .arg(reporttext::unitLine(r.unitName, r.unitCode))
        .arg(r.year)
        .arg(r.count(MeasureStatus::Met))
        .arg(r.lines.size());
}

// Code, name, unit, numerator, denominator, value, comparison, target, status, the year
// before, the baseline, lead agency: columns A to L. With the unit's own targets, two more:
// the target and the assessment against it (M, N). Last, the communes covered.
void measureTable(Sheet& sheet, const AnnualReport& r, const QString& title, const QList<ReportSection>& sections)
{
    QStringList header = col::annualMeasures(r);
    QList<double> widths{8, 50, 10, 12, 12, 12, 10, 10, 14, 12, 12, 14};
    const bool own = r.hasUnitTargets();
    if (own)
        widths << 22 << 14;
    const int coverageColumn = static_cast<int>(header.size());
    header << col::coverage();
    widths << 12;
    sheet.titleBlock(title, annualSubtitle(r),
                     note(r.smallNumbersProtected, QStringList{reporttext::coverageSentence(r.coverage, r.level)} +
                                                       reporttext::figureNotes(r.lines)),
                     header, widths);
    int row = sheet.nextRow();
    for (const ReportSection& s : sections) {
        if (sections.size() > 1)
            sheet.groupRow(row++, coverageColumn, s.title);
        for (int i : s.lines) {
            const MeasureLine& l = r.lines.at(i);
            const int d = rateDecimals(l.measure);
            sheet.text(row, 0, l.measure.code);
            sheet.text(row, 1, l.measure.name.text());
            sheet.text(row, 2, l.measure.unitLabel.text());
            sheet.count(row, 3, l.year.numerator, l.year.hideNumerator);
            sheet.count(row, 4, l.year.denominator, l.year.hideDenominator);
            value(sheet, row, 5, l.year, d);
            sheet.text(row, 6, comparators.text(l.measure.comparator));
            sheet.rate(row, 7, l.measure.target, false, d);
            sheet.text(row, 8, measureStatuses.text(l.year.status), statusStyle(l.year.status));
            value(sheet, row, 9, l.previous, d);
            value(sheet, row, 10, l.baseline, d);
            sheet.text(row, 11, l.leadName);
            if (own && l.unitTarget) {
                sheet.text(row, 12, reporttext::unitTarget(*l.unitTarget, l.measure));
                sheet.text(row, 13, measureStatuses.text(l.unitStatus), statusStyle(l.unitStatus));
            }
            sheet.text(row, coverageColumn, reporttext::coverage(l.year));
            ++row;
        }
    }
}

void unitAnnex(xlsx::Book& book, const AnnualReport& r)
{
    Sheet& sheet = book.addSheet(QCoreApplication::translate("Reports", "Units below"));
    sheet.titleBlock(
        QCoreApplication::translate("Reports", "Annex: the units below %1, year %2").arg(r.unitName).arg(r.year),
        annualSubtitle(r), note(r.smallNumbersProtected),
        {col::code(), col::name(), col::unitCode(), col::unitName(), col::numerator(), col::denominator(),
         col::valueIn(r.year), col::comparator(), col::target(), col::status(), col::coverage()},
        {8, 40, 10, 26, 12, 12, 12, 10, 10, 14, 12});
    int row = sheet.nextRow();
    for (const UnitAnnexRow& a : r.unitAnnex) {
        const Measure& m = r.lines.at(a.line).measure;
        const int d = rateDecimals(m);
        sheet.text(row, 0, m.code);
        sheet.text(row, 1, m.name.text());
        sheet.text(row, 2, a.unitCode);
        sheet.text(row, 3, a.unitName);
        sheet.count(row, 4, a.figures.numerator, a.figures.hideNumerator);
        sheet.count(row, 5, a.figures.denominator, a.figures.hideDenominator);
        value(sheet, row, 6, a.figures, d);
        sheet.text(row, 7, comparators.text(m.comparator));
        sheet.rate(row, 8, m.target, false, d);
        sheet.text(row, 9, measureStatuses.text(a.figures.status), statusStyle(a.figures.status));
        sheet.text(row, 10, reporttext::coverage(a.figures));
        ++row;
    }
}

void completenessAnnex(xlsx::Book& book, const AnnualReport& r, const Completeness& c)
{
    Sheet& sheet = book.addSheet(QCoreApplication::translate("Reports", "Reporting"));
    sheet.titleBlock(
        QCoreApplication::translate("Reports", "Annex: reports received by %1 for %2").arg(r.unitName).arg(r.year),
        QCoreApplication::translate("Reports", "%1 units: %2 on time, %3 late, %4 missing")
            .arg(c.expected())
            .arg(c.onTime)
            .arg(c.late)
            .arg(c.missing),
        {},
        {col::unitCode(), col::unitName(), QCoreApplication::translate("Reports", "Deadline"),
         QCoreApplication::translate("Reports", "Made on"), QCoreApplication::translate("Reports", "Received on"),
         QCoreApplication::translate("Reports", "Arrival")},
        {10, 30, 14, 18, 18, 14});
    int row = sheet.nextRow();
    for (const UnitArrival& a : c.units) {
        sheet.text(row, 0, a.unitCode);
        sheet.text(row, 1, r.unitNameOf(a.unitCode));
        sheet.date(row, 2, a.deadline);
        sheet.dateTime(row, 3, a.madeAt);
        sheet.dateTime(row, 4, a.receivedAt);
        sheet.text(row, 5, arrivals.text(a.arrival),
                   a.arrival == Arrival::OnTime ? Style::Met
                   : a.arrival == Arrival::Late ? Style::NotMet
                                                : Style::NoData);
        ++row;
    }
}

// ---- review ----

QString reviewSubtitle(const ReviewReport& r)
{
    return QCoreApplication::translate("Reports", "%1 - %2 of %3 measures met in %4, %5 off track")
        .arg(reporttext::unitLine(r.unitName, r.unitCode))
        .arg(r.count(MeasureStatus::Met))
        .arg(r.lines.size())
        .arg(r.endYear)
        .arg(r.offTrack.size());
}

void reviewTable(Sheet& sheet, const ReviewReport& r, const QString& title, const QList<ReportSection>& sections)
{
    const QList<int> years = r.years();
    QStringList header{col::code(), col::name(), col::unitLabel()};
    QList<double> widths{8, 50, 10};
    for (int y : years) {
        header << QString::number(y);
        widths << 10;
    }
    header << col::comparator() << col::target() << col::statusIn(r.endYear) << col::direction() << col::lead();
    widths << 10 << 10 << 14 << 12 << 14;
    sheet.titleBlock(title, reviewSubtitle(r), note(r.smallNumbersProtected, r.treeNotes), header, widths);
    const int last = static_cast<int>(header.size()) - 1;
    int row = sheet.nextRow();
    for (const ReportSection& s : sections) {
        if (sections.size() > 1)
            sheet.groupRow(row++, last, s.title);
        for (int i : s.lines) {
            const ReviewLine& l = r.lines.at(i);
            const int d = rateDecimals(l.measure);
            sheet.text(row, 0, l.measure.code);
            sheet.text(row, 1, l.measure.name.text());
            sheet.text(row, 2, l.measure.unitLabel.text());
            int c = 3;
            for (const Figures& f : l.path)
                value(sheet, row, c++, f, d);
            sheet.text(row, c++, comparators.text(l.measure.comparator));
            sheet.rate(row, c++, l.measure.target, false, d);
            sheet.text(row, c++, measureStatuses.text(l.endStatus), statusStyle(l.endStatus));
            sheet.text(row, c++, directions.text(l.direction));
            sheet.text(row, c, l.leadName);
            ++row;
        }
    }
}

// For each year, the communes each measure covers, and the communes that reported.
void reviewCoverage(xlsx::Book& book, const ReviewReport& r)
{
    Sheet& sheet = book.addSheet(QCoreApplication::translate("Reports", "Coverage"));
    const QList<int> years = r.years();
    QStringList header{col::code(), col::name()};
    QList<double> widths{8, 50};
    for (int y : years) {
        header << QString::number(y);
        widths << 10;
    }
    header << QCoreApplication::translate("Reports", "Trend over");
    widths << 24;
    sheet.titleBlock(QCoreApplication::translate("Reports", "Communes covered, year by year"), reviewSubtitle(r),
                     QCoreApplication::translate("Reports", "Each cell: communes covered / communes expected. A "
                                                            "trend compares the same communes in both years."),
                     header, widths);
    int row = sheet.nextRow();
    sheet.text(row, 1, QCoreApplication::translate("Reports", "Communes that reported"), Style::Bold);
    for (int y = 0; y < years.size(); ++y)
        sheet.text(row, 2 + y,
                   QStringLiteral("%1/%2").arg(r.coverage.value(y).counted).arg(r.coverage.value(y).communes),
                   Style::Bold);
    ++row;
    for (const ReviewLine& l : r.lines) {
        sheet.text(row, 0, l.measure.code);
        sheet.text(row, 1, l.measure.name.text());
        int c = 2;
        for (const Figures& f : l.path)
            sheet.text(row, c++, reporttext::coverage(f));
        sheet.text(row, c, reporttext::trendBasis(l));
        ++row;
    }
}

} // namespace

QByteArray annualXlsx(const AnnualReport& r)
{
    xlsx::Book book;
    // A deliverable's words come first, in the official order; its figures follow.
    if (!r.narrative.isEmpty())
        xlsx::narrativeSheets(book, r.narrative, reporttext::unitLine(r.unitName, r.unitCode), r.lines);
    if (!r.narrative.isEmpty() && !r.narrative.hasPart(figuresPart))
        return book.finish();
    measureTable(book.addSheet(QCoreApplication::translate("Reports", "Summary")), r, reporttext::annualTitle(r),
                 r.groups);
    for (const ReportSection& s : r.agencies) {
        const QString shortName = r.lines.at(s.lines.first()).leadName;
        measureTable(book.addSheet(shortName), r,
                     QCoreApplication::translate("Reports", "%1: indicators it leads").arg(s.title), {s});
    }
    if (!r.unitAnnex.isEmpty())
        unitAnnex(book, r);
    if (r.completeness)
        completenessAnnex(book, r, *r.completeness);
    return book.finish();
}

QByteArray reviewXlsx(const ReviewReport& r)
{
    xlsx::Book book;
    if (!r.narrative.isEmpty())
        xlsx::narrativeSheets(book, r.narrative, reporttext::unitLine(r.unitName, r.unitCode), {});
    reviewTable(book.addSheet(QCoreApplication::translate("Reports", "Review")), r, reporttext::reviewTitle(r),
                r.groups);
    reviewTable(
        book.addSheet(QCoreApplication::translate("Reports", "Off track")), r,
        QCoreApplication::translate("Reports", "Measures off track in %1").arg(r.endYear),
        {ReportSection{QStringLiteral("off_track"), QCoreApplication::translate("Reports", "Off track"), r.offTrack}});
    for (const ReportSection& s : r.agencies) {
        const QString shortName = r.lines.at(s.lines.first()).leadName;
        reviewTable(book.addSheet(shortName), r,
                    QCoreApplication::translate("Reports", "%1: indicators it leads").arg(s.title), {s});
    }
    reviewCoverage(book, r);
    return book.finish();
}

} // namespace chitieu
