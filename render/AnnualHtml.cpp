// The annual report's body: overview with its chart, results by group, by leading agency,
// the measures not met; then the annexes (units below, reports received).
#include "DocumentCharts.h"
#include "ReportHtml.h"
#include "core/format/Dates.h"
#include "core/report/ReportModel.h"
#include "core/report/ReportText.h"

#include <QCoreApplication>
#include <functional>

namespace chitieu::render {

namespace {

namespace col = reporttext::column;

// On one line, as the figures: "Not applicable" is read whole, never cut after "applicabl".
QString statusCell(MeasureStatus s)
{
    return html::unbreakable(measureStatuses.text(s));
}

// A heading of the figures: a part of its own ("I. Overview") or, in a deliverable's
// document, a numbered point of its figures part ("1. Overview").
using Heading = std::function<QString(const QString&)>;

QString overview(const AnnualReport& r, DocumentParts& parts, const PageMetrics& m, const Heading& heading)
{
    QString out = heading(QCoreApplication::translate("ReportPdf", "Overview"));
    out += html::paragraph(
        QCoreApplication::translate("ReportPdf", "In %1: %2.").arg(r.year).arg(reporttext::statusCounts(r)));
    const QString coverage = reporttext::coverageSentence(r.coverage, r.level);
    if (!coverage.isEmpty())
        out += html::paragraph(coverage);
    out += html::statusChart(parts, r, chartdata::Breakdown::Group, m);
    if (r.smallNumbersProtected)
        out += html::paragraph(reporttext::protectedNote());
    return out;
}

QString groupTables(const AnnualReport& r, const PageMetrics& m, const Heading& heading)
{
    QString out = heading(QCoreApplication::translate("ReportPdf", "Results by group of targets"));
    QStringList header{col::code(),
                       col::name(),
                       col::numerator(),
                       col::denominator(),
                       col::valueIn(r.year),
                       col::target(),
                       col::status(),
                       col::valueIn(r.previousYear),
                       col::valueIn(r.baselineYear)};
    // The status column holds "Not applicable" and "Chưa đủ số liệu" on one line.
    QList<int> widths{7, 18, 10, 10, 9, 10, 17, 9, 10};
    // Above commune level each figure says how many communes it covers.
    const bool aggregated = r.level != UnitLevel::Commune;
    if (aggregated) {
        header.insert(5, col::coverage());
        widths = {6, 14, 9, 9, 9, 8, 10, 17, 9, 9};
    }
    for (const ReportSection& g : r.groups) {
        out += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:3px; font-size:13pt\"><b><i>%1. %2</i></b></p>")
                   .arg(g.key, html::escape(g.title));
        out += html::tableStart(m, header, widths, 10);
        for (int i : g.lines) {
            const MeasureLine& l = r.lines.at(i);
            QStringList cells{
                html::escape(l.measure.code),
                html::escape(QStringLiteral("%1 (%2)").arg(l.measure.name.text(), l.measure.unitLabel.text())),
                html::escape(reporttext::numerator(l.year)),
                html::escape(reporttext::denominator(l.year)),
                QStringLiteral("<b>%1</b>").arg(html::escape(reporttext::value(l.year, l.measure))),
                html::unbreakable(reporttext::target(l.measure)),
                statusCell(l.year.status),
                html::escape(reporttext::value(l.previous, l.measure)),
                html::escape(reporttext::value(l.baseline, l.measure))};
            if (aggregated)
                cells.insert(5, html::unbreakable(reporttext::coverage(l.year)));
            out += html::tableRow(cells, aggregated ? QList<int>{2, 3, 4, 5, 8, 9} : QList<int>{2, 3, 4, 7, 8},
                                  html::statusBackground(static_cast<int>(l.year.status)), aggregated ? 7 : 6);
        }
        out += html::tableEnd();
    }
    for (const QString& note : reporttext::figureNotes(r.lines))
        out += html::paragraph(note);
    return out;
}

QString agencyTables(const AnnualReport& r, DocumentParts& parts, const PageMetrics& m, const Heading& heading)
{
    QString out = heading(QCoreApplication::translate("ReportPdf", "Results by leading agency"));
    out += html::statusChart(parts, r, chartdata::Breakdown::Agency, m);
    const QStringList header{col::code(), col::name(), col::valueIn(r.year), col::target(), col::status()};
    // The value cell carries the coverage above commune level: "0,61 · 9/10".
    for (const ReportSection& s : r.agencies) {
        out += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:3px; font-size:13pt\"><b><i>%1</i></b>: %2</p>")
                   .arg(html::escape(s.title),
                        html::escape(QCoreApplication::translate("ReportPdf", "%1 of %2 measures met")
                                         .arg(r.count(MeasureStatus::Met, s))
                                         .arg(s.lines.size())));
        out += html::tableStart(m, header, {8, 50, 14, 14, 14}, 10);
        for (int i : s.lines) {
            const MeasureLine& l = r.lines.at(i);
            out += html::tableRow({html::escape(l.measure.code), html::escape(l.measure.name.text()),
                                   html::escape(reporttext::valueWithCoverage(l.year, l.measure)),
                                   html::unbreakable(reporttext::target(l.measure)), statusCell(l.year.status)},
                                  {2}, html::statusBackground(static_cast<int>(l.year.status)), 4);
        }
        out += html::tableEnd();
    }
    return out;
}

QString notMet(const AnnualReport& r, const Heading& heading)
{
    QString out = heading(QCoreApplication::translate("ReportPdf", "Measures not met"));
    QStringList items;
    for (const MeasureLine& l : r.lines)
        if (l.year.status == MeasureStatus::NotMet) {
            // The value with its unit, then the communes it covers: "2 ‰ · 2/27".
            const QString covered = reporttext::coverage(l.year);
            items << QCoreApplication::translate("ReportPdf", "%1 - %2: %3 %4, target %5")
                         .arg(l.measure.code, l.measure.name.text(), reporttext::value(l.year, l.measure),
                              l.measure.unitLabel.text() +
                                  (covered.isEmpty() ? QString() : QStringLiteral(" · ") + covered),
                              reporttext::target(l.measure));
        }
    if (items.isEmpty())
        out += html::paragraph(QCoreApplication::translate("ReportPdf", "Every measure with data meets its target."));
    for (const QString& item : items)
        out += QStringLiteral("<p style=\"margin:0 0 3px 0; font-size:13pt\">- %1</p>").arg(html::escape(item));
    // Figures that cover too few communes to be judged: their value stands, with the coverage.
    QStringList incomplete;
    for (const MeasureLine& l : r.lines)
        if (l.year.status == MeasureStatus::Incomplete)
            incomplete << QCoreApplication::translate("ReportPdf", "%1 - %2: %3, on %4 of %5 communes")
                              .arg(l.measure.code, l.measure.name.text(), reporttext::value(l.year, l.measure))
                              .arg(l.year.coverage.covered)
                              .arg(l.year.coverage.expected);
    if (!incomplete.isEmpty()) {
        out += html::paragraph(QCoreApplication::translate(
            "ReportPdf", "Measures not judged, too few communes covered (the value is that of those covered):"));
        for (const QString& item : incomplete)
            out += QStringLiteral("<p style=\"margin:0 0 3px 0; font-size:13pt\">- %1</p>").arg(html::escape(item));
    }
    return out;
}

// A row per unit, a column per measure, eight measures per table so that it fits the page.
QString unitAnnex(const AnnualReport& r, const PageMetrics& m)
{
    QString out = html::pageBreak();
    out += QStringLiteral("<p align=\"center\" style=\"font-size:13pt; margin:0\"><b>%1</b></p>")
               .arg(html::escape(QCoreApplication::translate("ReportPdf", "Annex 1")));
    out += QStringLiteral("<p align=\"center\" style=\"font-size:13pt; margin:0 0 8px 0\"><b>%1</b></p>")
               .arg(html::escape(QCoreApplication::translate("ReportPdf", "Results of the units below %1 in %2")
                                     .arg(r.unitName)
                                     .arg(r.year)));
    out += html::paragraph(
        QCoreApplication::translate("ReportPdf", "A value followed by * does not meet its target; – means no data."));
    constexpr int perTable = 8;
    for (int first = 0; first < r.lines.size(); first += perTable) {
        const int last = std::min<int>(first + perTable, static_cast<int>(r.lines.size()));
        QStringList header{col::unitName()};
        QList<int> widths{28};
        QList<int> right;
        for (int i = first; i < last; ++i) {
            header << QStringLiteral("%1 (%2)").arg(r.lines[i].measure.code, r.lines[i].measure.unitLabel.text());
            widths << 9;
            right << i - first + 1;
        }
        out += html::tableStart(m, header, widths, 10);
        for (int u = 0; u < r.annexUnits.size(); ++u) {
            QStringList cells{html::escape(r.annexUnits[u].second)};
            for (int i = first; i < last; ++i) {
                // unitAnnex is measure by measure, each unit below in order.
                const UnitAnnexRow& row = r.unitAnnex.at(i * r.annexUnits.size() + u);
                QString text = html::escape(reporttext::value(row.figures, r.lines[i].measure));
                if (row.figures.status == MeasureStatus::NotMet)
                    text = QStringLiteral("<span style=\"background-color:%1\">%2*</span>")
                               .arg(html::statusBackground(static_cast<int>(MeasureStatus::NotMet)), text);
                cells << text;
            }
            out += html::tableRow(cells, right);
        }
        out += html::tableEnd();
    }
    return out;
}

QString completenessAnnex(const AnnualReport& r, const Completeness& c, const PageMetrics& m)
{
    QString out = html::pageBreak();
    out += QStringLiteral("<p align=\"center\" style=\"font-size:13pt; margin:0\"><b>%1</b></p>")
               .arg(html::escape(QCoreApplication::translate("ReportPdf", "Annex 2")));
    out +=
        QStringLiteral("<p align=\"center\" style=\"font-size:13pt; margin:0 0 8px 0\"><b>%1</b></p>")
            .arg(html::escape(
                QCoreApplication::translate("ReportPdf", "Reports received by %1 for %2").arg(r.unitName).arg(r.year)));
    out += html::paragraph(
        QCoreApplication::translate("ReportPdf", "%1 units report to %2: %3 on time, %4 late, %5 missing.")
            .arg(c.expected())
            .arg(r.unitName)
            .arg(c.onTime)
            .arg(c.late)
            .arg(c.missing));
    out += html::tableStart(m,
                            {col::unitName(), QCoreApplication::translate("ReportPdf", "Deadline"),
                             QCoreApplication::translate("ReportPdf", "Made on"),
                             QCoreApplication::translate("ReportPdf", "Received on"),
                             QCoreApplication::translate("ReportPdf", "Arrival")},
                            {34, 15, 18, 18, 15}, 11);
    for (const UnitArrival& a : c.units) {
        const MeasureStatus look = a.arrival == Arrival::OnTime ? MeasureStatus::Met
                                   : a.arrival == Arrival::Late ? MeasureStatus::NotMet
                                                                : MeasureStatus::NoData;
        out += html::tableRow({html::escape(r.unitNameOf(a.unitCode)), formatDate(a.deadline),
                               a.madeAt ? formatDateTime(*a.madeAt) : reporttext::missing(),
                               a.receivedAt ? formatDateTime(*a.receivedAt) : reporttext::missing(),
                               html::escape(arrivals.text(a.arrival))},
                              {}, html::statusBackground(static_cast<int>(look)), 4);
    }
    return out + html::tableEnd();
}

// The figures: overview, groups, agencies, the measures not met, the unit's own targets.
QString figures(const AnnualReport& r, DocumentParts& parts, const PageMetrics& m, const Heading& heading)
{
    QString out = overview(r, parts, m, heading);
    out += groupTables(r, m, heading);
    out += agencyTables(r, parts, m, heading);
    out += notMet(r, heading);
    if (r.hasUnitTargets()) {
        out += heading(QCoreApplication::translate("ReportPdf", "Against the unit's own targets"));
        out += html::unitTargets(r.lines, r.year, m);
    }
    return out;
}

// A deliverable's document: its parts in the catalogue's order, then what it consolidates.
QString deliverableBody(const AnnualReport& r, DocumentParts& parts, const PageMetrics& m)
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
        } else if (p.key == targetsPart) {
            out += partHeading(reporttext::targetsHeading());
            out += r.hasUnitTargets()
                       ? html::unitTargets(r.lines, r.year, m)
                       : html::paragraph(QCoreApplication::translate("ReportPdf", "The unit has set no target of its "
                                                                                  "own; the plan's targets apply."));
        } else {
            out += partHeading(p.title) + html::richText(p.text);
        }
    }
    if (!r.narrative.contributions.isEmpty())
        out += partHeading(reporttext::contributionsHeading()) + html::contributions(r.narrative, r.lines, m);
    return out;
}

} // namespace

DocumentParts annualHtml(const AnnualReport& r, const PageMetrics& m)
{
    DocumentParts parts;
    QString body = html::header(r.header, m);
    body += html::title(r.header.documentWord, reporttext::annualTitle(r));
    body += html::paragraph(
        QCoreApplication::translate(
            "ReportPdf", "Pursuant to %1, the results of the targets for children of %2 in %3 are as follows.")
            .arg(r.planName, r.unitName)
            .arg(r.year));
    if (r.narrative.isEmpty()) {
        int part = 0;
        body += figures(r, parts, m, [&part](const QString& title) {
            return html::heading(QStringLiteral("%1. %2").arg(reporttext::roman(++part), title));
        });
    } else {
        body += deliverableBody(r, parts, m);
    }
    body += html::signature(r.header, m);
    if (!r.unitAnnex.isEmpty() && (r.narrative.isEmpty() || r.narrative.hasPart(figuresPart)))
        body += unitAnnex(r, m);
    if (r.completeness)
        body += completenessAnnex(r, *r.completeness, m);
    parts.html = QStringLiteral("<html><body>%1</body></html>").arg(body);
    return parts;
}

} // namespace chitieu::render
