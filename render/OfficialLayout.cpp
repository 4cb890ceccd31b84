// The fixed frame of an administrative document: header, title, signature, tables.
#include "DocumentCharts.h"
#include "ReportHtml.h"
#include "core/compute/MeasureCalculator.h"
#include "core/format/StatusLook.h"
#include "core/report/OfficialHeader.h"

#include <cmath>

namespace chitieu::render::html {

namespace {
QString pxText(double v)
{
    return QString::number(std::lround(v));
}

// A short centred rule, as drawn under the issuer's name and under the motto.
QString rule(int percentOfColumn)
{
    return QStringLiteral("<hr width=\"%1%\">").arg(percentOfColumn);
}

QString centred(const QString& text, const QString& style)
{
    return QStringLiteral("<p align=\"center\" style=\"margin:0; %1\">%2</p>").arg(style, text);
}
} // namespace

QString escape(const QString& text)
{
    return text.toHtmlEscaped();
}

QString unbreakable(const QString& text)
{
    // Only the first two spaces: "≤ 550 /100.000 trẻ em" may still wrap inside its unit.
    QString out = escape(text);
    for (int i = 0; i < 2; ++i) {
        const auto at = out.indexOf(QLatin1Char(' '));
        if (at < 0)
            break;
        out.replace(at, 1, QStringLiteral("&nbsp;"));
    }
    return out;
}

QString header(const OfficialHeader& h, const PageMetrics&)
{
    // Two rows, so that the number and the place-and-date line share a baseline however many
    // lines the issuer's name takes.
    QString issuer;
    if (!h.superior.isEmpty())
        issuer += centred(escape(h.superior), QStringLiteral("font-size:12pt"));
    issuer +=
        centred(QStringLiteral("<b>%1</b>").arg(escape(h.issuer).replace(QLatin1Char('\n'), QStringLiteral("<br>"))),
                QStringLiteral("font-size:12pt"));
    issuer += rule(35);
    // Spaces kept: the records office writes the number in them.
    const QString number = centred(escape(h.number).replace(QLatin1Char(' '), QStringLiteral("&nbsp;")),
                                   QStringLiteral("font-size:13pt; margin-top:6px"));

    QString nation;
    nation +=
        centred(QStringLiteral("<b>%1</b>").arg(escape(official::nationalTitle())), QStringLiteral("font-size:12pt"));
    nation += centred(QStringLiteral("<b>%1</b>").arg(escape(official::motto())), QStringLiteral("font-size:13pt"));
    nation += rule(60);
    const QString date = centred(QStringLiteral("<i>%1</i>").arg(escape(h.placeDateLine())),
                                 QStringLiteral("font-size:13pt; margin-top:6px"));

    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">"
                          "<tr><td width=\"40%\" valign=\"top\">%1</td><td width=\"60%\" valign=\"top\">%2</td></tr>"
                          "<tr><td width=\"40%\" valign=\"top\">%3</td><td width=\"60%\" valign=\"top\">%4</td></tr>"
                          "</table>")
        .arg(issuer, nation, number, date);
}

QString title(const QString& word, const QString& subtitle)
{
    return centred(QStringLiteral("<b>%1</b>").arg(escape(word)), QStringLiteral("font-size:14pt; margin-top:24px")) +
           centred(QStringLiteral("<b>%1</b>").arg(escape(subtitle)),
                   QStringLiteral("font-size:14pt; margin-bottom:16px"));
}

QString heading(const QString& text)
{
    return QStringLiteral("<p style=\"margin-top:13px; margin-bottom:5px; font-size:13pt\"><b>%1</b></p>")
        .arg(escape(text));
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p align=\"justify\" style=\"margin-top:4px; margin-bottom:4px; font-size:13pt; "
                          "text-indent:37px\">%1</p>")
        .arg(escape(text));
}

QString signature(const OfficialHeader& h, const PageMetrics&)
{
    QString left = QStringLiteral("<p style=\"margin:0; font-size:12pt\"><b><i>%1</i></b></p>")
                       .arg(escape(official::recipientsLabel()));
    for (const QString& r : h.recipients)
        left += QStringLiteral("<p style=\"margin:0; font-size:11pt\">%1</p>").arg(escape(r));
    QString right;
    for (const QString& line : h.signatureTitle)
        right += centred(QStringLiteral("<b>%1</b>").arg(escape(line)), QStringLiteral("font-size:13pt"));
    // Room for the signature and the seal.
    right += centred(QStringLiteral("&nbsp;"), QStringLiteral("font-size:13pt; margin-top:80px"));
    right += centred(QStringLiteral("<b>%1</b>").arg(escape(h.signer)), QStringLiteral("font-size:13pt"));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:19px\"><tr>"
                          "<td width=\"50%\" valign=\"top\">%1</td><td width=\"50%\" valign=\"top\">%2</td>"
                          "</tr></table>")
        .arg(left, right);
}

QString pageBreak()
{
    return QStringLiteral("<p style=\"page-break-before:always; margin:0\"></p>");
}

QString tableStart(const PageMetrics& m, const QStringList& header, const QList<int>& widths, int fontPt)
{
    // Lines of 1 px: the table's edge and each cell's edges are half a pixel each, and meet.
    // Not border-collapse, which Qt draws by looking up each cell's neighbours (a search of
    // the table per cell): a third of a district's PDF time, for the same lines.
    QString out = QStringLiteral("<table width=\"100%\" border=\"0.5\" cellspacing=\"0\" cellpadding=\"%1\" "
                                 "style=\"border-color:#000; border-style:solid; "
                                 "font-size:%2pt; margin-top:5px; margin-bottom:8px\"><thead><tr>")
                      .arg(pxText(m.px(1.2)), QString::number(fontPt));
    for (int i = 0; i < header.size(); ++i)
        out += QStringLiteral("<th width=\"%1%\" bgcolor=\"#e4e9f0\" align=\"center\" style=\"font-size:%2pt\">%3</th>")
                   .arg(widths.value(i))
                   .arg(fontPt - 2)
                   .arg(escape(header[i]));
    return out + QStringLiteral("</tr></thead>");
}

QString tableRow(const QStringList& cells, const QList<int>& alignRight, const QString& background, int backgroundCell)
{
    QString out = QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i) {
        // Figures are never broken inside a cell ("54,5" / "%"): the column is made wide enough.
        const QString align =
            alignRight.contains(i) ? QStringLiteral(" align=\"right\" style=\"white-space:nowrap\"") : QString();
        const QString bg =
            background.isEmpty() || i != backgroundCell ? QString() : QStringLiteral(" bgcolor=\"%1\"").arg(background);
        out += QStringLiteral("<td%1%2>%3</td>").arg(align, bg, cells[i]);
    }
    return out + QStringLiteral("</tr>");
}

QString tableSpanRow(int columns, const QString& text)
{
    return QStringLiteral("<tr><td colspan=\"%1\" bgcolor=\"#f2f2f2\"><b>%2</b></td></tr>")
        .arg(columns)
        .arg(escape(text));
}

QString tableEnd()
{
    return QStringLiteral("</table>");
}

QSize chartSize(double heightRatio)
{
    return QSize(880, static_cast<int>(880 * heightRatio));
}

QString chart(DocumentParts& parts, const QString& name, DocumentChart chart, const PageMetrics& m, double heightRatio)
{
    parts.charts.insert(name, std::move(chart));
    return QStringLiteral("<p align=\"center\" style=\"margin-top:8px; margin-bottom:8px\">"
                          "<img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
        .arg(name, pxText(m.contentWidth), pxText(m.contentWidth * heightRatio));
}

QString statusBackground(int status)
{
    return QColor::fromRgb(statusLook(static_cast<MeasureStatus>(status)).background).name();
}

} // namespace chitieu::render::html
