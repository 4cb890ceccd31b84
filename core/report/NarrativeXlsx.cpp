#include "NarrativeXlsx.h"

#include "ReportModel.h"
#include "ReportText.h"

#include <QCoreApplication>

namespace chitieu::xlsx {

namespace {

namespace col = reporttext::column;

QString figuresSheetName()
{
    return QCoreApplication::translate("Reports", "Summary");
}

// The paragraphs of a section, one per row; a note when it is not written.
int writeText(Sheet& sheet, int row, const RichText& text)
{
    if (text.isEmpty()) {
        sheet.text(row++, 0, reporttext::notWritten(), Style::Note);
        return row;
    }
    int number = 0;
    for (const TextBlock& b : text.blocks) {
        number = b.kind == TextBlock::Kind::Numbered ? number + 1 : 0;
        const QString prefix = b.kind == TextBlock::Kind::Bullet     ? QStringLiteral("• ")
                               : b.kind == TextBlock::Kind::Numbered ? QStringLiteral("%1. ").arg(number)
                                                                     : QString();
        sheet.richText(row++, 0, b.runs, prefix);
    }
    return row;
}

void targetsSheet(Book& book, const QString& unitLine, const QList<MeasureLine>& lines)
{
    Sheet& sheet = book.addSheet(QCoreApplication::translate("Reports", "Own targets"));
    sheet.titleBlock(QCoreApplication::translate("Reports", "The unit's own targets beside the plan's"), unitLine, {},
                     {col::code(), col::name(), col::target(), col::unitTarget(), col::document(), col::period()},
                     {8, 50, 14, 16, 18, 12});
    int row = sheet.nextRow();
    for (const MeasureLine& l : lines) {
        if (!l.unitTarget)
            continue;
        sheet.text(row, 0, l.measure.code);
        sheet.text(row, 1, l.measure.name.text());
        sheet.text(row, 2, reporttext::target(l.measure));
        sheet.text(row, 3,
                   formatTarget(l.unitTarget->comparator, l.unitTarget->exactTarget(), l.measure, documentLocale()));
        sheet.text(row, 4, l.unitTarget->document);
        sheet.text(row, 5, QStringLiteral("%1-%2").arg(l.unitTarget->fromYear).arg(l.unitTarget->toYear));
        ++row;
    }
}

void departmentFigures(Book& book, const DocumentNarrative& n, const QList<MeasureLine>& lines)
{
    Sheet& sheet = book.addSheet(QCoreApplication::translate("Reports", "Departments' figures"));
    sheet.titleBlock(QCoreApplication::translate("Reports", "Figures reported by the departments"), n.title, {},
                     {col::lead(), col::code(), col::name(), col::numerator(), col::denominator(),
                      QCoreApplication::translate("Reports", "Value"), col::target(), col::status()},
                     {16, 8, 44, 12, 12, 12, 14, 14});
    int row = sheet.nextRow();
    for (const Contribution& c : n.contributions)
        for (const ReportedFigure& f : c.figures) {
            const MeasureLine* line = nullptr;
            for (const MeasureLine& l : lines)
                if (l.measure.code == f.measure)
                    line = &l;
            sheet.text(row, 0, c.senderName);
            sheet.text(row, 1, f.measure);
            if (line) {
                sheet.text(row, 2, line->measure.name.text());
                sheet.rate(row, 5, f.value, false, rateDecimals(line->measure));
                sheet.text(row, 6, reporttext::target(line->measure));
            }
            sheet.count(row, 3, f.numerator, false);
            sheet.count(row, 4, f.denominator, false);
            sheet.text(row, 7, measureStatuses.text(f.status),
                       f.status == MeasureStatus::Met      ? Style::Met
                       : f.status == MeasureStatus::NotMet ? Style::NotMet
                                                           : Style::NoData);
            ++row;
        }
}

} // namespace

void narrativeSheets(Book& book, const DocumentNarrative& n, const QString& unitLine, const QList<MeasureLine>& lines)
{
    Sheet& sheet = book.addSheet(QCoreApplication::translate("Reports", "Report"));
    sheet.setWidths({110});
    sheet.text(0, 0, n.title, Style::Title);
    sheet.text(1, 0, unitLine, Style::Bold);
    int row = 3;
    int number = 0;
    for (const NarrativePart& p : n.parts) {
        const QString title = p.key == figuresPart   ? reporttext::figuresHeading()
                              : p.key == targetsPart ? reporttext::targetsHeading()
                                                     : p.title;
        sheet.text(row++, 0, QStringLiteral("%1. %2").arg(reporttext::roman(++number), title), Style::BoldWrapped);
        if (p.key == figuresPart)
            sheet.text(row++, 0,
                       QCoreApplication::translate("Reports",
                                                   "The figures are on the sheet \"%1\" and the sheets after "
                                                   "it.")
                           .arg(figuresSheetName()),
                       Style::Note);
        else if (p.key == targetsPart)
            sheet.text(row++, 0,
                       QCoreApplication::translate("Reports", "The unit's own targets are on the sheet \"%1\".")
                           .arg(QCoreApplication::translate("Reports", "Own targets")),
                       Style::Note);
        else
            row = writeText(sheet, row, p.text);
        ++row;
    }
    if (!n.contributions.isEmpty()) {
        sheet.text(row++, 0, reporttext::contributionsHeading(), Style::BoldWrapped);
        for (const Contribution& c : n.contributions) {
            ++row;
            sheet.text(row++, 0, reporttext::contributionLine(c), Style::BoldWrapped);
            for (const NarrativePart& p : c.sections) {
                sheet.text(row++, 0, p.title, Style::Italic);
                row = writeText(sheet, row, p.text);
            }
        }
    }
    bool targets = n.hasPart(targetsPart);
    for (const MeasureLine& l : lines)
        targets = targets || l.unitTarget.has_value();
    if (targets)
        targetsSheet(book, unitLine, lines);
    bool figures = false;
    for (const Contribution& c : n.contributions)
        figures = figures || !c.figures.isEmpty();
    if (figures)
        departmentFigures(book, n, lines);
}

} // namespace chitieu::xlsx
