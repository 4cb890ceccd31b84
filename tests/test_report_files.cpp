// The report files made in core: XLSX read back from its XML (numbers as numbers in the right
// cells, frozen header rows, a sheet per section), the people's CSV (BOM, columns, Vietnamese
// figures, "<5"), and the CSV for programs.
#include "core/Csv.h"
#include "core/Error.h"
#include "core/narrative/NarrativeStore.h"
#include "core/report/MeasureCsv.h"
#include "core/report/ReportCsv.h"
#include "core/report/ReportModel.h"
#include "core/report/ReportXlsx.h"
#include "core/report/ReviewModel.h"
#include "core/report/XlsxLibrary.h"
#include "test_report_support.h"

using namespace chitieu;
using test::reports::Cell;
using test::reports::Xlsx;

namespace {
QString save(test::TempWorkspace& w, const QString& name, const QByteArray& bytes)
{
    return test::writeFile(w.file(name), bytes);
}

AnnualReport sampleReport(test::TempWorkspace& w, bool protect = false)
{
    test::reports::fillSample(w);
    test::reports::fillSubmissions(w);
    ReportOptions o;
    o.protectSmallNumbers = protect;
    return buildAnnualReport(*w, QStringLiteral("474"), 2024, o);
}

void checkNumber(const QMap<QString, Cell>& cells, const QString& ref, double expected)
{
    INFO(ref.toStdString());
    REQUIRE(cells.contains(ref));
    CHECK(cells[ref].number);
    CHECK(cells[ref].text.toDouble() == Approx(expected));
}

void checkText(const QMap<QString, Cell>& cells, const QString& ref, const QString& expected)
{
    INFO(ref.toStdString());
    REQUIRE(cells.contains(ref));
    CHECK_FALSE(cells[ref].number);
    CHECK(cells[ref].text == expected);
}

// The rows of a people's CSV, the BOM checked and removed.
QList<QStringList> peopleRows(const QByteArray& bytes)
{
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n"));
    QList<QStringList> out;
    for (const csv::Row& r : csv::parse(QString::fromUtf8(bytes.mid(3)), QStringLiteral("report.csv")))
        out << r.fields;
    return out;
}

QStringList rowOf(const QList<QStringList>& rows, int column, const QString& value)
{
    for (const QStringList& r : rows)
        if (r.value(column) == value)
            return r;
    FAIL("no row with " << value.toStdString());
    return {};
}
} // namespace

TEST_CASE("The annual XLSX keeps numbers as numbers in the right cells, a sheet per section")
{
    test::TempWorkspace w;
    const QString path = save(w, QStringLiteral("r.xlsx"), annualXlsx(sampleReport(w)));
    const Xlsx x(path);
    CHECK(x.sheets() == QStringList({"Summary", "Sở LĐTBXH", "Sở Y tế", "Sở GD&ĐT", "Sở VH&TT", "Sở Tư pháp",
                                     "Công an tỉnh", "Units below", "Reporting"}));

    const auto summary = x.cells(QStringLiteral("Summary"));
    checkText(summary, QStringLiteral("A1"),
              QStringLiteral("Results of the targets for children of Thành phố Huế in 2024"));
    checkText(summary, QStringLiteral("A4"), QStringLiteral("Code"));
    checkText(summary, QStringLiteral("F4"), QStringLiteral("Value 2024"));
    // Row 5 is group 1's title, then 1a, 1b, 2a.
    CHECK(x.rowOf(QStringLiteral("Summary"), QStringLiteral("1a")) == 6);
    const int r = x.rowOf(QStringLiteral("Summary"), QStringLiteral("2a"));
    REQUIRE(r == 8);
    const QString n = QString::number(r);
    checkNumber(summary, "D" + n, 3);
    checkNumber(summary, "E" + n, 1500);
    checkNumber(summary, "F" + n, 2);
    checkText(summary, "G" + n, QStringLiteral("<"));
    checkNumber(summary, "H" + n, 1);
    checkText(summary, "I" + n, QStringLiteral("Not met"));
    checkNumber(summary, "J" + n, 1000.0 / 1500.0);
    checkNumber(summary, "K" + n, 5);
    checkText(summary, "L" + n, QStringLiteral("Sở Y tế"));
    // No figure, no cell: 3a has no data.
    const QString r3a = QString::number(x.rowOf(QStringLiteral("Summary"), QStringLiteral("3a")));
    CHECK_FALSE(summary.contains("F" + r3a));
    checkText(summary, "I" + r3a, QStringLiteral("No data"));

    // Rows 1-4 frozen.
    const QByteArray sheet = x.sheetXml(QStringLiteral("Summary"));
    CHECK(sheet.contains("ySplit=\"4\""));
    CHECK(sheet.contains("state=\"frozen\""));
    CHECK(x.sheetXml(QStringLiteral("Units below")).contains("ySplit=\"4\""));
    // Rates formatted with the decimals their target needs.
    const QByteArray styles = x.part(QStringLiteral("xl/styles.xml"));
    CHECK(styles.contains("formatCode=\"#,##0.00\""));
    CHECK(styles.contains("formatCode=\"#,##0.000\""));  // 7: target 0,01
    CHECK(styles.contains("formatCode=\"#,##0.0000\"")); // 8: target 0,005
    CHECK(styles.contains("formatCode=\"#,##0\""));

    // An agency's sheet: only its measures, no group rows.
    const auto health = x.cells(QStringLiteral("Sở Y tế"));
    checkText(health, QStringLiteral("A5"), QStringLiteral("2a"));
    checkNumber(health, QStringLiteral("F5"), 2);
    CHECK(x.rowOf(QStringLiteral("Sở Y tế"), QStringLiteral("9b")) == 15);
    CHECK(x.rowOf(QStringLiteral("Sở Y tế"), QStringLiteral("1a")) == 0);

    // The units below: measure by measure, 36 communes each (2024's tree).
    const auto units = x.cells(QStringLiteral("Units below"));
    // Kim Long's row of 2a (the units follow 2024's tree).
    auto rowWith = [](const QMap<QString, Cell>& cells, const QString& a, const QString& c) {
        for (int row = 1; row <= 5 + 36 * 32; ++row)
            if (cells.value(QStringLiteral("A%1").arg(row)).text == a &&
                cells.value(QStringLiteral("C%1").arg(row)).text == c)
                return row;
        return 0;
    };
    const int kimLong = rowWith(units, QStringLiteral("2a"), QStringLiteral("19774"));
    REQUIRE(kimLong > 0);
    const QString u = QString::number(kimLong);
    checkText(units, "C" + u, QStringLiteral("19774"));
    checkText(units, "D" + u, QStringLiteral("Phường Kim Long"));
    checkNumber(units, "E" + u, 3);
    checkNumber(units, "F" + u, 1000);
    checkNumber(units, "G" + u, 3);
    CHECK(units.contains(QStringLiteral("A%1").arg(4 + 36 * 32)));
    CHECK_FALSE(units.contains(QStringLiteral("A%1").arg(5 + 36 * 32)));

    // Who reported: dates are Excel dates (numbers), the arrival in words.
    const auto reporting = x.cells(QStringLiteral("Reporting"));
    auto rowOfUnit = [&](const QString& code) {
        for (int row = 5; row < 5 + 36; ++row)
            if (reporting.value(QStringLiteral("A%1").arg(row)).text == code)
                return QString::number(row);
        return QString();
    };
    const QString onTime = rowOfUnit(QStringLiteral("19774"));
    const QString late = rowOfUnit(QStringLiteral("19780"));
    const QString missing = rowOfUnit(QStringLiteral("19750"));
    REQUIRE_FALSE(onTime.isEmpty());
    REQUIRE_FALSE(late.isEmpty());
    REQUIRE_FALSE(missing.isEmpty());
    checkNumber(reporting, "C" + onTime, QDate(1899, 12, 30).daysTo(QDate(2024, 11, 15)));
    CHECK(reporting["D" + onTime].number);
    checkText(reporting, "F" + onTime, QStringLiteral("On time"));
    checkText(reporting, "F" + late, QStringLiteral("Late"));
    checkText(reporting, "F" + missing, QStringLiteral("Missing"));
    CHECK_FALSE(reporting.contains("D" + missing));
}

TEST_CASE("A protected XLSX writes <5 as text where a small count or its rate would be")
{
    test::TempWorkspace w;
    const Xlsx x(save(w, QStringLiteral("p.xlsx"), annualXlsx(sampleReport(w, true))));
    const auto summary = x.cells(QStringLiteral("Summary"));
    const QString n = QString::number(x.rowOf(QStringLiteral("Summary"), QStringLiteral("2a")));
    checkText(summary, "D" + n, QStringLiteral("<5"));
    checkNumber(summary, "E" + n, 1500);
    checkText(summary, "F" + n, QStringLiteral("<5"));
    checkText(summary, "J" + n, QStringLiteral("<5")); // 2023: one death
    checkNumber(summary, "K" + n, 5);                  // 2020: five deaths, shown
    const QString a4 = QString::number(x.rowOf(QStringLiteral("Summary"), QStringLiteral("4a")));
    checkNumber(summary, "D" + a4, 1370);
    // The note under the title: the coverage, the sample's broken hard check (3 neonatal deaths
    // but no infant death at Kim Long), and the protection.
    REQUIRE(summary.contains(QStringLiteral("A3")));
    const QString note = summary[QStringLiteral("A3")].text;
    CHECK(note.contains(QStringLiteral("The figures stand on the 2 of 36 communes that have reported.")));
    CHECK(note.contains(QStringLiteral("Measures 2a, 2b hold counts that break a hard check")));
    CHECK(note.endsWith(
        QStringLiteral("Small-number protection: counts from 1 to 4, and rates built on them, are shown as \"<5\".")));
}

TEST_CASE("The review XLSX has the path of each measure by year and the measures off track")
{
    test::TempWorkspace w;
    test::reports::fillSample(w);
    const ReviewReport review = buildReview(*w, QStringLiteral("474"), ReviewKind::MidTerm);
    const Xlsx x(save(w, QStringLiteral("review.xlsx"), reviewXlsx(review)));
    CHECK(x.sheets().mid(0, 3) == QStringList({"Review", "Off track", "Sở LĐTBXH"}));
    const auto cells = x.cells(QStringLiteral("Review"));
    checkText(cells, QStringLiteral("D4"), QStringLiteral("2020"));
    checkText(cells, QStringLiteral("G4"), QStringLiteral("2023"));
    checkText(cells, QStringLiteral("J4"), QStringLiteral("Assessment 2023"));
    const QString n = QString::number(x.rowOf(QStringLiteral("Review"), QStringLiteral("2a")));
    checkNumber(cells, "D" + n, 5);
    CHECK_FALSE(cells.contains("E" + n));
    checkNumber(cells, "G" + n, 1000.0 / 1500.0);
    checkNumber(cells, "I" + n, 1);
    checkText(cells, "J" + n, QStringLiteral("Met"));
    checkText(cells, "K" + n, QStringLiteral("Improving"));
    const auto off = x.cells(QStringLiteral("Off track"));
    checkText(off, QStringLiteral("A5"), QStringLiteral("7"));
    checkNumber(off, QStringLiteral("G5"), 0.02);
    CHECK_FALSE(off.contains(QStringLiteral("A6")));
    CHECK(x.sheetXml(QStringLiteral("Review")).contains("ySplit=\"4\""));
}

TEST_CASE("The people's CSV starts with a BOM and has the report's columns, figures as people read them")
{
    test::TempWorkspace w;
    const QList<QStringList> rows = peopleRows(annualPeopleCsv(sampleReport(w)));
    // The header, 32 measures, and two notes: the coverage and the broken hard check.
    REQUIRE(rows.size() == 35);
    CHECK(rows[0] == QStringList({"Group", "Code", "Measure", "Unit of measure", "Numerator", "Denominator",
                                  "Value 2024", "Comparison", "Target", "Assessment", "Value 2023", "Value 2020",
                                  "Lead agency", "Communes covered"}));
    const QStringList a2 = rowOf(rows, 1, QStringLiteral("2a"));
    CHECK(a2 == QStringList({"1", "2a", "Tỷ suất tử vong trẻ sơ sinh", "‰", "3", "1.500", "2", "<", "1", "Not met",
                             "0,67", "5", "Sở Y tế", "2/36"}));
    // 2020 was on another unit tree: the note says how it was mapped before the coverage.
    CHECK(rows[33].value(0).contains(QStringLiteral("2020: mapped exactly.")));
    CHECK(rows[33].value(0).endsWith(QStringLiteral("The figures stand on the 2 of 36 communes that have reported.")));
    CHECK(rowOf(rows, 1, QStringLiteral("7"))[6] == QStringLiteral("0,025"));
    CHECK(rowOf(rows, 1, QStringLiteral("8"))[8] == QStringLiteral("0,005"));
    CHECK(rowOf(rows, 1, QStringLiteral("3a"))[6] == QStringLiteral("–"));

    test::TempWorkspace w2;
    const QList<QStringList> hidden = peopleRows(annualPeopleCsv(sampleReport(w2, true)));
    const QStringList p2 = rowOf(hidden, 1, QStringLiteral("2a"));
    CHECK(p2[4] == QStringLiteral("<5"));
    CHECK(p2[5] == QStringLiteral("1.500"));
    CHECK(p2[6] == QStringLiteral("<5"));
    CHECK(p2[11] == QStringLiteral("5"));
    CHECK(rowOf(hidden, 1, QStringLiteral("4a"))[4] == QStringLiteral("1.370"));
    CHECK(hidden.last().value(0).contains(QStringLiteral("<5")));
}

TEST_CASE("The review's people's CSV has a column per year, the trend and off track")
{
    test::TempWorkspace w;
    test::reports::fillSample(w);
    const QList<QStringList> rows =
        peopleRows(reviewPeopleCsv(buildReview(*w, QStringLiteral("474"), ReviewKind::MidTerm)));
    CHECK(rows[0] == QStringList({"Group", "Code", "Measure", "Unit of measure", "2020", "2021", "2022", "2023",
                                  "Comparison", "Target", "Assessment 2023", "Trend", "Off track", "Lead agency"}));
    const QStringList seven = rowOf(rows, 1, QStringLiteral("7"));
    // Each year with the communes it covers: 7's counts are held by Kim Long alone.
    CHECK(seven.mid(4, 4) == QStringList({"0,06 · 1/40", "– · 0/36", "– · 0/36", "0,02 · 1/36"}));
    CHECK(seven.mid(10, 3) == QStringList({"Not met", "Improving", "Yes"}));
}

TEST_CASE("The CSV for programs has no BOM and keeps the report command's columns")
{
    test::TempWorkspace w;
    const AnnualReport report = sampleReport(w);
    const QString fromModel = measuresCsv(report);
    CHECK_FALSE(fromModel.startsWith(QChar(0xFEFF)));
    CHECK(fromModel == measuresCsv(w->catalogue(), QStringLiteral("474"), 2024,
                                   w->calculator().computeAll(QStringLiteral("474"), 2024, CountingRule{false, 0})));
    // Every earlier column keeps its place and meaning; the unit's own target, then the
    // coverage and flags come after.
    CHECK(fromModel.startsWith(QStringLiteral("unit,year,measure,indicator,numerator,denominator,value,comparator,"
                                              "target,factor,status,unit_target,unit_status,units_covered,"
                                              "units_expected,flags\n")));

    const QString review = reviewMeasuresCsv(buildReview(*w, QStringLiteral("474"), ReviewKind::MidTerm));
    const QList<csv::Row> rows = csv::parse(review, QStringLiteral("review"));
    REQUIRE(rows.size() == 1 + 32 * 4);
    CHECK(rows[0].fields ==
          QStringList({"unit", "review", "measure", "year", "numerator", "denominator", "value", "comparator", "target",
                       "status", "end_status", "off_track", "units_covered", "units_expected", "trend"}));
    bool found = false;
    for (const csv::Row& r : rows)
        if (r.fields.value(2) == QLatin1String("7") && r.fields.value(3) == QLatin1String("2023")) {
            found = true;
            // 1 of the 36 communes holds 7's counts in 2023 (Kim Long).
            CHECK(r.fields == QStringList({"474", "mid", "7", "2023", "1", "5000", "0.02", "<", "0.01", "not_met",
                                           "not_met", "1", "1", "36", "toward"}));
        }
    CHECK(found);
}

TEST_CASE("The XLSX of a deliverable holds its written sections in the official order, and what was received")
{
    test::TempWorkspace w;
    InstallationSettings s = w->settings();
    s.role = Role::District;
    s.unitCode = QStringLiteral("474");
    w->saveSettings(s);
    test::reports::fillSample(w);
    test::reports::fillSubmissions(w); // 19774 and 19780 sent their data files
    NarrativeStore store(w->db(), w->catalogue(), w->units());
    const ChangeContext typed{QStringLiteral("Trần Thị Hoa"), QStringLiteral("entry"), QStringLiteral("474")};
    const QString deliverable = QStringLiteral("results-30-11");
    store.save({QStringLiteral("474"), {}, 2024, deliverable, QStringLiteral("results")},
               RichText::fromMarkdown(QStringLiteral("Đã tổ chức **12** lớp tập huấn.\n\n- Lớp cho cha mẹ\n")), typed);
    store.save({QStringLiteral("474"), {}, 2024, deliverable, QStringLiteral("proposals")},
               RichText::fromMarkdown(QStringLiteral("Đề nghị bổ sung kinh phí.\n")), typed);
    store.save({QStringLiteral("19774"), {}, 2024, QStringLiteral("commune-data"), QStringLiteral("results")},
               RichText::fromMarkdown(QStringLiteral("Kim Long đã thăm 40 gia đình.\n")),
               {QStringLiteral("Xã"), QStringLiteral("import"), QStringLiteral("19774")});

    ReportOptions o;
    o.deliverable = deliverable;
    const Xlsx x(
        save(w, QStringLiteral("words.xlsx"), annualXlsx(buildAnnualReport(*w, QStringLiteral("474"), 2024, o))));
    // The words first, then the figures.
    REQUIRE(x.sheets().size() > 2);
    CHECK(x.sheets().at(0) == QStringLiteral("Report"));
    CHECK(x.sheets().at(1) == QStringLiteral("Summary"));

    const auto cells = x.cells(QStringLiteral("Report"));
    QStringList column; // column A from row 1, "" for an empty row
    for (int row = 1; row <= 40; ++row)
        column << cells.value(QStringLiteral("A%1").arg(row)).text;
    auto rowOf = [&column](const QString& text) { return column.indexOf(text) + 1; };
    INFO(column.join(QLatin1Char('\n')).toStdString());
    // The parts in the catalogue's order (results, figures, difficulties, proposals), numbered;
    // the sections' titles in the document's language, Vietnamese.
    const int results = rowOf(QStringLiteral("I. Kết quả thực hiện nhiệm vụ, giải pháp"));
    const int figures = rowOf(QStringLiteral("II. Results of the targets for children"));
    const int difficulties = rowOf(QStringLiteral("III. Khó khăn, vướng mắc"));
    const int proposals = rowOf(QStringLiteral("IV. Đề xuất, kiến nghị"));
    REQUIRE(results > 0);
    CHECK(column.value(results) == QStringLiteral("Đã tổ chức 12 lớp tập huấn."));
    CHECK(column.value(results + 1) == QStringLiteral("• Lớp cho cha mẹ"));
    CHECK(figures > results + 2);
    CHECK(difficulties > figures);
    CHECK(column.value(difficulties) == QStringLiteral("(not written yet)"));
    CHECK(proposals > difficulties);
    CHECK(column.value(proposals) == QStringLiteral("Đề nghị bổ sung kinh phí."));
    // The commune's words received with its file, after the unit's own.
    const int received = rowOf(QStringLiteral("Reports received from the units and departments"));
    CHECK(received > proposals);
    const int phuThuan = rowOf(QStringLiteral("Kim Long đã thăm 40 gia đình."));
    CHECK(phuThuan > received);
    CHECK(column.mid(received, phuThuan - received).join(QLatin1Char('|')).contains(QStringLiteral("Kim Long")));
    // The bold word stays bold: a run of its own with <b/>.
    const QString shared = QString::fromUtf8(x.part(QStringLiteral("xl/sharedStrings.xml")));
    CHECK(shared.contains(QRegularExpression(QStringLiteral("<r><rPr><b/>((?!</r>).)*<t[^>]*>12</t></r>"),
                                             QRegularExpression::DotMatchesEverythingOption)));
}

TEST_CASE("A spreadsheet library that is missing or not libxlsxwriter is named in the error")
{
    try {
        xlsx::loadLibrary(QStringLiteral("chitieu-no-such-library"), QStringLiteral("4"));
        FAIL("a library that does not exist was loaded");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("chitieu-no-such-library")));
        CHECK(e.message().contains(QStringLiteral("could not be loaded")));
        CHECK(e.message().contains(QStringLiteral("libxlsxwriter4")));
    }
    // A real library without the functions: SQLite's, which this process has loaded.
    try {
        xlsx::loadLibrary(QStringLiteral("sqlite3"), QStringLiteral("0"));
        FAIL("SQLite's library was taken for libxlsxwriter");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("has no function workbook_new")));
    }
    // The real one has every function the workbooks need.
    const xlsx::Library& real = xlsx::library();
    CHECK(real.workbookNew != nullptr);
    CHECK(real.setNumFormat != nullptr);
}
