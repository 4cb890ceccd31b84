#pragma once
// The words of a deliverable's document in the XLSX: a first sheet with its parts in the
// catalogue's order (each section's paragraphs and lists, bold and italic kept) and then
// the reports received from below, a sheet of the unit's own targets beside the plan's, and
// a sheet of the figures the departments reported.

#include "XlsxBook.h"

#include <QList>

namespace chitieu {

struct DocumentNarrative;
struct MeasureLine;

namespace xlsx {

// unitLine: "Thành phố Huế (474)"; lines: the report's measure lines (their unit targets).
void narrativeSheets(Book& book, const DocumentNarrative& narrative, const QString& unitLine,
                     const QList<MeasureLine>& lines);

} // namespace xlsx
} // namespace chitieu
