#pragma once
// Reports as Excel workbooks for people (libxlsxwriter): counts and rates are numbers with a
// number format (Excel shows them in the reader's own format), one sheet per section, the
// title block and column titles frozen above the data.
//
// Annual report sheets: the summary by group, one per leading agency, the units below (when
// any) and who reported (when any). Review sheets: all measures by year, the measures off
// track, one per leading agency. Data rows start at row 5 (row 4 holds the column titles).

#include <QByteArray>

namespace chitieu {

struct AnnualReport;
struct ReviewReport;

QByteArray annualXlsx(const AnnualReport& report);
QByteArray reviewXlsx(const ReviewReport& report);

} // namespace chitieu
