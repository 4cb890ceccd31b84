#pragma once
// The reports as rich text for QTextDocument, in the official layout (Decree 30/2020/NĐ-CP):
// the header of the issuing body and the national title, the title, the body, the
// recipients and the signature block, then the annexes on their own pages. Sizes in the
// HTML are CSS pixels: QTextDocument takes them as 1/96 inch on any paint device.

#include "ReportCharts.h"

#include <QHash>
#include <QImage>
#include <QString>
#include <QStringList>

class QChart;

namespace chitieu {
struct AnnualReport;
struct OfficialHeader;
struct ReviewReport;
} // namespace chitieu

namespace chitieu::ui::reports {

struct PageMetrics
{
    double contentWidth = 624; // the text width in CSS pixels (165 mm on A4 with the official margins)
    static double px(double millimetres) { return millimetres * 96 / 25.4; }
};

struct DocumentParts
{
    QString html;
    QHash<QString, QImage> images; // name (as in <img src>) -> image
};

DocumentParts annualHtml(const AnnualReport& report, const PageMetrics& metrics);
DocumentParts reviewHtml(const ReviewReport& report, const PageMetrics& metrics);

// Pieces shared by both reports.
namespace html {
QString escape(const QString& text);
QString unbreakable(const QString& text); // escaped; a target's sign, number and unit stay on one line
QString header(const OfficialHeader& h, const PageMetrics& m);
QString title(const QString& subtitle);
QString heading(const QString& text);
QString paragraph(const QString& text);
QString signature(const OfficialHeader& h, const PageMetrics& m);
QString pageBreak();
// A bordered table; widths in percent of the text width, cells already escaped.
QString tableStart(const PageMetrics& m, const QStringList& header, const QList<int>& widths, int fontPt = 11);
// `background` colours the cell `backgroundCell` (the status cell).
QString tableRow(const QStringList& cells, const QList<int>& alignRight = {}, const QString& background = {},
                 int backgroundCell = -1);
QString tableSpanRow(int columns, const QString& text);
QString tableEnd();
// Adds the chart's image to `parts` under `name` and returns the <img> tag, the text width wide.
QString chart(DocumentParts& parts, const QString& name, QChart& chart, const PageMetrics& m, double heightRatio = 0.5);
QString statusBackground(int status); // by MeasureStatus: light green, red or grey

// The met / not met / no data chart by group or by agency, for either report.
template <typename Report>
QString statusChart(DocumentParts& parts, const Report& report, charts::Breakdown by, const PageMetrics& m)
{
    const auto c = charts::statusChart(report, by);
    const QString name = by == charts::Breakdown::Group ? QStringLiteral("chart:status-groups")
                                                        : QStringLiteral("chart:status-agencies");
    return chart(parts, name, *c, m, 0.42);
}
} // namespace html

} // namespace chitieu::ui::reports
