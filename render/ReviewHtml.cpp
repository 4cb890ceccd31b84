// The mid-term and final review's body: overview, the path of every measure from the
// baseline, the measures off track with their trend charts, the leading agencies.
#include "DocumentCharts.h"
#include "ReportHtml.h"
#include "core/report/ReportText.h"
#include "core/report/ReviewModel.h"

#include <QCoreApplication>
#include <functional>

namespace chitieu::render {

namespace {

namespace col = reporttext::column;

QString codes(const ReviewReport& r, const QList<int>& lines)
{
    QStringList out;
    for (int i : lines)
        out << r.lines.at(i).measure.code;
    return out.join(QStringLiteral(", "));
}

using Heading = std::function<QString(const QString&)>;

QString overview(const ReviewReport& r, DocumentParts& parts, const PageMetrics& m, const Heading& heading)
{
    QString out = heading(QCoreApplication::translate("ReportPdf", "Overview"));
    out += html::paragraph(QCoreApplication::translate("ReportPdf", "At the end of %1: %2.")
                               .arg(r.endYear)
                               .arg(reporttext::statusCounts(r)));
    // Figures shown on another unit tree say so, with how each year was mapped.
    for (const QString& note : r.treeNotes)
        out += html::paragraph(note);
    if (r.level != UnitLevel::Commune) {
        // Each year's figures stand on the communes that had reported; a trend compares the
        // same communes at both ends.
        QStringList years;
        for (int i = 0; i < r.coverage.size() && i < r.years().size(); ++i)
            years << QCoreApplication::translate("ReportPdf", "%1: %2 of %3")
                         .arg(r.years().at(i))
                         .arg(r.coverage[i].counted)
                         .arg(r.coverage[i].communes);
        out += html::paragraph(QCoreApplication::translate("ReportPdf",
                                                           "Communes whose figures count, year by year: %1. Each trend "
                                                           "compares the same communes in its first and last year.")
                                   .arg(years.join(QStringLiteral("; "))));
    }
    out += html::statusChart(parts, r, chartdata::Breakdown::Group, m);
    if (r.smallNumbersProtected)
        out += html::paragraph(reporttext::protectedNote());
    return out;
}

QString paths(const ReviewReport& r, const PageMetrics& m, const Heading& heading)
{
    QString out =
        heading(QCoreApplication::translate("ReportPdf", "The path of each measure from %1").arg(r.baselineYear));
    const QList<int> years = r.years();
    QStringList header{col::code(), col::name()};
    const int yearWidth = years.size() > 5 ? 6 : 7;
    QList<int> widths{6, 0};
    QList<int> right;
    for (int y : years) {
        right << static_cast<int>(header.size());
        header << QString::number(y);
        widths << yearWidth;
    }
    header << col::target() << col::statusIn(r.endYear) << col::direction();
    widths << 11 << 10 << 12;
    widths[1] = 100 - 6 - yearWidth * static_cast<int>(years.size()) - 33;
    const int statusColumn = static_cast<int>(header.size()) - 2;
    for (const ReportSection& g : r.groups) {
        out += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:3px; font-size:13pt\"><b><i>%1. %2</i></b></p>")
                   .arg(g.key, html::escape(g.title));
        out += html::tableStart(m, header, widths, 10);
        for (int i : g.lines) {
            const ReviewLine& l = r.lines.at(i);
            QStringList cells{html::escape(l.measure.code), html::escape(QStringLiteral("%1 (%2)").arg(
                                                                l.measure.name.text(), l.measure.unitLabel.text()))};
            for (const Figures& f : l.path) {
                const QString coverage = reporttext::coverage(f);
                cells << html::escape(reporttext::value(f, l.measure)) +
                             (coverage.isEmpty() ? QString()
                                                 : QStringLiteral("<br/><span style=\"font-size:8pt\">%1</span>")
                                                       .arg(html::escape(coverage)));
            }
            const QString basis = reporttext::trendBasis(l);
            cells
                << html::unbreakable(reporttext::target(l.measure)) << html::escape(measureStatuses.text(l.endStatus))
                << html::escape(directions.text(l.direction)) +
                       (basis.isEmpty()
                            ? QString()
                            : QStringLiteral("<br/><span style=\"font-size:8pt\">%1</span>").arg(html::escape(basis)));
            out += html::tableRow(cells, right, html::statusBackground(static_cast<int>(l.endStatus)), statusColumn);
        }
        out += html::tableEnd();
    }
    return out;
}

QString offTrack(const ReviewReport& r, DocumentParts& parts, const PageMetrics& m, const Heading& heading)
{
    QString out = heading(QCoreApplication::translate("ReportPdf", "Measures off track"));
    if (r.offTrack.isEmpty())
        out += html::paragraph(
            QCoreApplication::translate("ReportPdf", "No measure with data is off track at the end of %1.")
                .arg(r.endYear));
    else
        out += html::paragraph(
            QCoreApplication::translate("ReportPdf", "%1 measures do not meet their target at the end of %2: %3.")
                .arg(r.offTrack.size())
                .arg(r.endYear)
                .arg(codes(r, r.offTrack)));
    for (int i : r.offTrack) {
        const ReviewLine& l = r.lines.at(i);
        out += QStringLiteral("<p style=\"margin:5px 0 0 0; font-size:13pt\">- %1</p>")
                   .arg(html::escape(QCoreApplication::translate("ReportPdf", "%1 - %2: %3 %4 in %5, target %6, %7")
                                         .arg(l.measure.code, l.measure.name.text(),
                                              reporttext::value(l.path.last(), l.measure), l.measure.unitLabel.text())
                                         .arg(r.endYear)
                                         .arg(reporttext::target(l.measure), directions.text(l.direction).toLower())));
        constexpr double ratio = 0.36;
        const chartdata::TrendChart data = chartdata::trendChart(l.measure, r.years(), l.path);
        out += html::chart(parts, QStringLiteral("chart:trend-%1").arg(l.measure.code),
                           DocumentChart{html::chartSize(ratio),
                                         [data](QPainter& p, const QSizeF& size) { charts::drawTrend(p, data, size); }},
                           m, ratio);
    }
    if (!r.noData.isEmpty())
        out += html::paragraph(
            QCoreApplication::translate(
                "ReportPdf", "%1 measures have no data, or too few communes, for %2 and cannot be assessed: %3.")
                .arg(r.noData.size())
                .arg(r.endYear)
                .arg(codes(r, r.noData)));
    return out;
}

QString agencies(const ReviewReport& r, DocumentParts& parts, const PageMetrics& m, const Heading& heading)
{
    QString out = heading(QCoreApplication::translate("ReportPdf", "By leading agency"));
    for (const ReportSection& s : r.agencies) {
        QList<int> late;
        for (int i : s.lines)
            if (r.lines.at(i).offTrack())
                late << i;
        const QString text =
            late.isEmpty() ? QCoreApplication::translate("ReportPdf", "%1 of %2 measures met in %3.")
                                 .arg(r.count(MeasureStatus::Met, s))
                                 .arg(s.lines.size())
                                 .arg(r.endYear)
                           : QCoreApplication::translate("ReportPdf", "%1 of %2 measures met in %3; off track: %4.")
                                 .arg(r.count(MeasureStatus::Met, s))
                                 .arg(s.lines.size())
                                 .arg(r.endYear)
                                 .arg(codes(r, late));
        out += QStringLiteral("<p style=\"margin:3px 0 3px 0; font-size:13pt\">- <b>%1</b>: %2</p>")
                   .arg(html::escape(s.title), html::escape(text));
    }
    out += html::statusChart(parts, r, chartdata::Breakdown::Agency, m);
    return out;
}

QString figures(const ReviewReport& r, DocumentParts& parts, const PageMetrics& m, const Heading& heading)
{
    return overview(r, parts, m, heading) + paths(r, m, heading) + offTrack(r, parts, m, heading) +
           agencies(r, parts, m, heading);
}

// A review deliverable's document: its parts in the catalogue's order, then what it consolidates.
QString deliverableBody(const ReviewReport& r, DocumentParts& parts, const PageMetrics& m)
{
    QString out;
    int part = 0;
    auto partHeading = [&part](const QString& title) {
        return html::heading(QStringLiteral("%1. %2").arg(reporttext::roman(++part), title));
    };
    for (const NarrativePart& p : r.narrative.parts) {
        if (p.key == figuresPart) {
            out += partHeading(reporttext::figuresHeading());
            int point = 0;
            out += figures(r, parts, m, [&point](const QString& title) {
                return html::subheading(QStringLiteral("%1. %2").arg(++point).arg(title));
            });
        } else if (p.key != targetsPart) {
            out += partHeading(p.title) + html::richText(p.text);
        }
    }
    if (!r.narrative.contributions.isEmpty())
        out += partHeading(reporttext::contributionsHeading()) + html::contributions(r.narrative, r.lines, m);
    return out;
}

} // namespace

DocumentParts reviewHtml(const ReviewReport& r, const PageMetrics& m)
{
    DocumentParts parts;
    QString body = html::header(r.header, m);
    body += html::title(r.header.documentWord, reporttext::reviewTitle(r));
    body += html::paragraph(
        QCoreApplication::translate(
            "ReportPdf", "Pursuant to %1, this review follows each measure of %2 from the baseline year %3 to %4 "
                         "and assesses it against its target at the end of the period.")
            .arg(r.planName, r.unitName)
            .arg(r.baselineYear)
            .arg(r.endYear));
    if (r.narrative.isEmpty()) {
        int part = 0;
        body += figures(r, parts, m, [&part](const QString& title) {
            return html::heading(QStringLiteral("%1. %2").arg(reporttext::roman(++part), title));
        });
    } else {
        body += deliverableBody(r, parts, m);
    }
    body += html::signature(r.header, m);
    parts.html = QStringLiteral("<html><body>%1</body></html>").arg(body);
    return parts;
}

} // namespace chitieu::render
