// The words of a deliverable's document in the official layout: a section's rich text, the
// reports received from below with a department's figures, and the unit's own targets.
#include "ReportHtml.h"
#include "core/format/Dates.h"
#include "core/report/ReportModel.h"
#include "core/report/ReportText.h"

#include <QCoreApplication>

namespace chitieu::render::html {

namespace {
namespace col = reporttext::column;

QString runs(const QList<TextRun>& list)
{
    QString out;
    for (const TextRun& r : list) {
        QString t = escape(r.text);
        if (r.italic)
            t = QStringLiteral("<i>%1</i>").arg(t);
        if (r.bold)
            t = QStringLiteral("<b>%1</b>").arg(t);
        out += t;
    }
    return out;
}

QString listItem(const QString& marker, const QList<TextRun>& list)
{
    // A hanging marker, as a drafted document lists its points.
    return QStringLiteral("<p align=\"justify\" style=\"margin-top:2px; margin-bottom:2px; margin-left:37px; "
                          "text-indent:-18px; font-size:13pt\">%1&nbsp;%2</p>")
        .arg(marker, runs(list));
}
} // namespace

QString subheading(const QString& text)
{
    return QStringLiteral("<p style=\"margin-top:9px; margin-bottom:4px; font-size:13pt\"><b><i>%1</i></b></p>")
        .arg(escape(text));
}

QString richText(const RichText& text)
{
    if (text.isEmpty())
        return QStringLiteral("<p style=\"margin:4px 0 4px 37px; font-size:13pt\"><i>%1</i></p>")
            .arg(escape(reporttext::notWritten()));
    QString out;
    int number = 0;
    for (const TextBlock& b : text.blocks) {
        number = b.kind == TextBlock::Kind::Numbered ? number + 1 : 0;
        switch (b.kind) {
        case TextBlock::Kind::Paragraph:
            out += QStringLiteral("<p align=\"justify\" style=\"margin-top:4px; margin-bottom:4px; font-size:13pt; "
                                  "text-indent:37px\">%1</p>")
                       .arg(runs(b.runs));
            break;
        case TextBlock::Kind::Bullet:
            out += listItem(QStringLiteral("-"), b.runs);
            break;
        case TextBlock::Kind::Numbered:
            out += listItem(QStringLiteral("%1.").arg(number), b.runs);
            break;
        }
    }
    return out;
}

QString unitTargets(const QList<MeasureLine>& lines, int year, const PageMetrics& m)
{
    QString out = tableStart(m,
                             {col::code(), col::name(), col::valueIn(year), col::target(), col::status(),
                              col::unitTarget(), col::unitStatus()},
                             {7, 31, 10, 12, 11, 18, 11}, 10);
    for (const MeasureLine& l : lines) {
        if (!l.unitTarget)
            continue;
        out += tableRow(
            {escape(l.measure.code), escape(l.measure.name.text()), escape(reporttext::value(l.year, l.measure)),
             unbreakable(reporttext::target(l.measure)), escape(measureStatuses.text(l.year.status)),
             escape(reporttext::unitTarget(*l.unitTarget, l.measure)), escape(measureStatuses.text(l.unitStatus))},
            {2}, statusBackground(static_cast<int>(l.unitStatus)), 6);
    }
    return out + tableEnd();
}

QString contributions(const DocumentNarrative& n, const QHash<QString, Measure>& measures, const PageMetrics& m)
{
    QString out;
    for (const Contribution& c : n.contributions) {
        out += QStringLiteral("<p style=\"margin-top:10px; margin-bottom:3px; font-size:13pt\"><b>%1</b></p>")
                   .arg(escape(reporttext::contributionLine(c)));
        for (const NarrativePart& p : c.sections) {
            out += QStringLiteral("<p style=\"margin-top:4px; margin-bottom:2px; font-size:13pt\"><i>%1</i></p>")
                       .arg(escape(p.title));
            out += richText(p.text);
        }
        if (c.figures.isEmpty())
            continue;
        out += tableStart(
            m,
            {col::code(), col::name(), QCoreApplication::translate("ReportPdf", "Value"), col::target(), col::status()},
            {8, 50, 14, 14, 14}, 10);
        for (const ReportedFigure& f : c.figures) {
            const auto it = measures.constFind(f.measure);
            if (it == measures.cend())
                continue;
            const QString value = f.exact ? formatValue(*f.exact, *it, documentLocale()) : reporttext::missing();
            out += tableRow({escape(f.measure), escape(it->name.text()), escape(value),
                             unbreakable(reporttext::target(*it)), escape(measureStatuses.text(f.status))},
                            {2}, statusBackground(static_cast<int>(f.status)), 4);
        }
        out += tableEnd();
    }
    return out;
}

} // namespace chitieu::render::html
