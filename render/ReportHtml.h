#pragma once
// The reports as rich text for QTextDocument, in the official layout (Decree 30/2020/NĐ-CP):
// the header of the issuing body and the national title, the title, the body, the
// recipients and the signature block, then the annexes on their own pages. Sizes in the
// HTML are CSS pixels: QTextDocument takes them as 1/96 inch on any paint device.

#include "ChartObjects.h"
#include "DocumentCharts.h"

#include <QHash>
#include <QImage>
#include <QString>
#include <QStringList>

namespace chitieu {
struct AnnualReport;
struct DocumentNarrative;
struct Measure;
struct MeasureLine;
struct OfficialHeader;
class RichText;
struct ReviewReport;
} // namespace chitieu

namespace chitieu::render {

struct PageMetrics
{
    double contentWidth = 624; // the text width in CSS pixels (165 mm on A4 with the official margins)
    static double px(double millimetres) { return millimetres * 96 / 25.4; }
};

struct DocumentParts
{
    QString html;
    QHash<QString, DocumentChart> charts; // name (as in <img src>) -> the chart drawn there
};

DocumentParts annualHtml(const AnnualReport& report, const PageMetrics& metrics);
DocumentParts reviewHtml(const ReviewReport& report, const PageMetrics& metrics);

// Pieces shared by both reports.
namespace html {
QString escape(const QString& text);
QString unbreakable(const QString& text); // escaped; a target's sign, number and unit stay on one line
QString header(const OfficialHeader& h, const PageMetrics& m);
// The document's word (BÁO CÁO, KẾ HOẠCH) and its title under it.
QString title(const QString& word, const QString& subtitle);
QString heading(const QString& text);
QString subheading(const QString& text); // a numbered part inside a heading's part
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
// A chart's layout size: 880 pixels wide, so that its text keeps its size on paper (about
// 7 pt at 165 mm), and heightRatio times as high.
QSize chartSize(double heightRatio);
// Adds a chart (laid out at chartSize(heightRatio)) to `parts` under `name` and returns the
// <img> tag that places it, the text width wide.
QString chart(DocumentParts& parts, const QString& name, DocumentChart chart, const PageMetrics& m, double heightRatio);
QString statusBackground(int status); // by MeasureStatus: light green, red or grey

// The words of a deliverable (NarrativeHtml.cpp): a section's text ("not written yet" when
// empty), the reports received from below with a department's figures (measures by code),
// and the lines that have the unit's own target beside the plan's.
QString richText(const RichText& text);
QString contributions(const DocumentNarrative& narrative, const QHash<QString, Measure>& measures,
                      const PageMetrics& m);
QString unitTargets(const QList<MeasureLine>& lines, int year, const PageMetrics& m);
// The same, the measures taken from a report's lines (annual or review).
template <typename Line>
QString contributions(const DocumentNarrative& narrative, const QList<Line>& lines, const PageMetrics& m)
{
    QHash<QString, Measure> measures;
    for (const Line& l : lines)
        measures.insert(l.measure.code, l.measure);
    return contributions(narrative, measures, m);
}

// The met / not met / no data chart by group or by agency, for either report.
template <typename Report>
QString statusChart(DocumentParts& parts, const Report& report, chartdata::Breakdown by, const PageMetrics& m)
{
    constexpr double ratio = 0.42;
    const QString name = by == chartdata::Breakdown::Group ? QStringLiteral("chart:status-groups")
                                                           : QStringLiteral("chart:status-agencies");
    const chartdata::StatusChart data = chartdata::statusChart(report, by);
    return chart(
        parts, name,
        DocumentChart{chartSize(ratio), [data](QPainter& p, const QSizeF& size) { charts::drawStatus(p, data, size); }},
        m, ratio);
}
} // namespace html

} // namespace chitieu::render
