#pragma once
// Shared by the report tests: a small district data set worked out by hand, and readers for
// what the writers produce (an XLSX is a zip of XML, read back with `unzip -p`; a PDF's
// text comes from `pdftotext`).

#include "core/report/ReportModel.h"
#include "support/TestSupport.h"

#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace chitieu::test::reports {

// A report's line of a measure; fails the test when the report has none.
inline const MeasureLine& lineOf(const AnnualReport& r, const QString& code)
{
    for (const MeasureLine& l : r.lines)
        if (l.measure.code == code)
            return l;
    FAIL("no line " << code.toStdString());
    return r.lines.first();
}

// Two communes of Thành phố Huế (474): 19774 Kim Long and 19780 Phường Đúc.
//
// 2024  live_births 1000 + 500, neonatal_deaths 3 + 0   -> 2a = 3 / 1500 x 1000 = 2 ‰, not met (< 1)
//       infant_deaths 0 + 1                              -> 2b = 1 / 1500 x 1000 = 0,6667 ‰, met (<= 0.8)
//       under1_fully_immunised 900 + 470 of 950 + 480    -> 4a = 1370 / 1430 = 95,8042 %, met (> 95)
//       cfc_registered 1 + 0 of the 2 that answered      -> 1a = 50 %, not met
//       children_abused 2 + 0 of 5000 + 3000             -> 7 = 0,025 %, not met (< 0.01)
//       child_marriages 3 + 6, 2023: 4 + 6               -> 11 = (10 - 9) / 10 = 10 %, met (>= 2)
// 2023  live_births 900 + 600, neonatal_deaths 1 + 0     -> 2a = 0,6667 ‰, met
//       children_abused 1 of 5000 (19774 only)           -> 7 = 0,02 %, not met
// 2020  live_births 800 + 200, neonatal_deaths 4 + 1     -> 2a = 5 ‰
//       children_abused 3 of 5000                        -> 7 = 0,06 %
// Every form is complete; the figures cover 2 of the 27 communes, and this installation's
// setting gives a status at any coverage (0 %).
inline void fillSample(TempWorkspace& w)
{
    InstallationSettings s = w->settings();
    s.minCoveragePercent = 0;
    w->saveSettings(s);
    w.setComplete(QStringLiteral("19774"), 2024,
                  {{"live_births", 1000},
                   {"neonatal_deaths", 3},
                   {"infant_deaths", 0},
                   {"children_under1", 950},
                   {"under1_fully_immunised", 900},
                   {"cfc_registered", 1},
                   {"children_total", 5000},
                   {"children_abused", 2},
                   {"child_marriages", 3}});
    w.setComplete(QStringLiteral("19780"), 2024,
                  {{"live_births", 500},
                   {"neonatal_deaths", 0},
                   {"infant_deaths", 1},
                   {"children_under1", 480},
                   {"under1_fully_immunised", 470},
                   {"cfc_registered", 0},
                   {"children_total", 3000},
                   {"children_abused", 0},
                   {"child_marriages", 6}});
    w.setComplete(QStringLiteral("19774"), 2023,
                  {{"live_births", 900},
                   {"neonatal_deaths", 1},
                   {"child_marriages", 4},
                   {"children_total", 5000},
                   {"children_abused", 1}});
    w.setComplete(QStringLiteral("19780"), 2023,
                  {{"live_births", 600}, {"neonatal_deaths", 0}, {"child_marriages", 6}});
    w.setComplete(QStringLiteral("19774"), 2020,
                  {{"live_births", 800}, {"neonatal_deaths", 4}, {"children_total", 5000}, {"children_abused", 3}});
    w.setComplete(QStringLiteral("19780"), 2020, {{"live_births", 200}, {"neonatal_deaths", 1}});
}

// 19774 sent its 2024 file on time (before the district's 15/11), 19780 late; the other 25
// communes of 474 sent nothing.
inline void fillSubmissions(TempWorkspace& w)
{
    const QString sql =
        QStringLiteral("INSERT INTO submissions(unit_code, year, made_at, received_at, form_state, content_hash) "
                       "VALUES(?, 2024, ?, ?, 'complete', 'h')");
    w->db().exec(sql, {QStringLiteral("19774"), QStringLiteral("2024-11-10T09:00:00.000"),
                       QStringLiteral("2024-11-12T08:00:00.000")});
    w->db().exec(sql, {QStringLiteral("19780"), QStringLiteral("2024-11-20T16:30:00.000"),
                       QStringLiteral("2024-11-21T08:00:00.000")});
}

inline QByteArray run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

inline QString pdfText(const QString& path)
{
    return QString::fromUtf8(
        run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
}

inline QStringList pdfLines(const QString& path)
{
    QStringList out;
    for (const QString& l : pdfText(path).split(QLatin1Char('\n')))
        out << l.trimmed();
    return out;
}

// The words of the text: table cells that pdftotext puts on one line come apart.
inline QStringList pdfWords(const QString& path)
{
    return pdfText(path).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

struct Cell
{
    bool number = false; // stored as a number (no t attribute, or t="n")
    QString text;        // the number as written, or the string
    int style = 0;
};

class Xlsx
{
public:
    explicit Xlsx(const QString& path) : m_path(path)
    {
        m_shared = parseShared(part(QStringLiteral("xl/sharedStrings.xml")));
        QXmlStreamReader x(part(QStringLiteral("xl/workbook.xml")));
        while (!x.atEnd())
            if (x.readNext() == QXmlStreamReader::StartElement && x.name() == QLatin1String("sheet"))
                m_sheets << x.attributes().value(QLatin1String("name")).toString();
    }
    QStringList sheets() const { return m_sheets; }
    QByteArray part(const QString& name) const
    {
        return run(QStringLiteral("unzip"), {QStringLiteral("-p"), m_path, name});
    }
    QByteArray sheetXml(const QString& sheet) const
    {
        const auto at = m_sheets.indexOf(sheet);
        REQUIRE(at >= 0);
        return part(QStringLiteral("xl/worksheets/sheet%1.xml").arg(at + 1));
    }
    // Cell reference ("D5") -> cell.
    QMap<QString, Cell> cells(const QString& sheet) const
    {
        QMap<QString, Cell> out;
        QXmlStreamReader x(sheetXml(sheet));
        QString ref;
        Cell cell;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("c")) {
                ref = x.attributes().value(QLatin1String("r")).toString();
                const QString t = x.attributes().value(QLatin1String("t")).toString();
                cell =
                    Cell{t.isEmpty() || t == QLatin1String("n"), {}, x.attributes().value(QLatin1String("s")).toInt()};
                if (t == QLatin1String("s"))
                    cell.text = QStringLiteral("#shared");
            } else if (x.isStartElement() && (x.name() == QLatin1String("v") || x.name() == QLatin1String("t"))) {
                const QString v = x.readElementText();
                cell.text = cell.text == QLatin1String("#shared") ? m_shared.value(v.toInt()) : v;
            } else if (x.isEndElement() && x.name() == QLatin1String("c")) {
                out.insert(ref, cell);
            }
        }
        return out;
    }
    // The row (1-based) whose column A holds `text`, or 0.
    int rowOf(const QString& sheet, const QString& text) const
    {
        const auto all = cells(sheet);
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            if (it.key().startsWith(QLatin1Char('A')) && it.value().text == text && !it.value().number)
                return it.key().mid(1).toInt();
        return 0;
    }

private:
    static QStringList parseShared(const QByteArray& xml)
    {
        QStringList out;
        QXmlStreamReader x(xml);
        QString current;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("si"))
                current.clear();
            else if (x.isStartElement() && x.name() == QLatin1String("t"))
                current += x.readElementText();
            else if (x.isEndElement() && x.name() == QLatin1String("si"))
                out << current;
        }
        return out;
    }
    QString m_path;
    QStringList m_sheets;
    QStringList m_shared;
};

} // namespace chitieu::test::reports
