#pragma once
// Reports as CSV.
//
// For people (opened in Excel): UTF-8 with a byte-order mark, so that Excel reads the
// Vietnamese text right; CRLF line ends; column titles and figures as the PDF shows them
// (Vietnamese format unless the program runs in English, "<5" when protected, "–" when there
// is no figure). The CSV holds the main table only; the XLSX holds every section.
//
// For programs (reviewMeasuresCsv), like report/MeasureCsv.h: no BOM, dot decimals, full
// precision, keys for the status, one row per measure and year, no protection applied.

#include <QByteArray>
#include <QString>

namespace chitieu {

struct AnnualReport;
struct ReviewReport;

// Columns: group, code, measure, unit of measure, numerator, denominator, value <year>,
// comparison, target, assessment, value <year before>, value <baseline>, lead agency,
// communes covered ("9/10", above commune level); then the report's notes (its coverage,
// flagged measures), one per row.
QByteArray annualPeopleCsv(const AnnualReport& report);
// Columns: group, code, measure, unit of measure, one per year from the baseline, comparison,
// target, assessment <end year>, trend, off track, lead agency. Each year's value is followed by
// the communes it covers above commune level ("0,61 · 9/10").
QByteArray reviewPeopleCsv(const ReviewReport& report);

// unit,review,measure,year,numerator,denominator,value,comparator,target,status,end_status,off_track,
// units_covered,units_expected,trend
QString reviewMeasuresCsv(const ReviewReport& report);

QByteArray utf8Bom();

} // namespace chitieu
