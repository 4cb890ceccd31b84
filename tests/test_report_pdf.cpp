// The PDF in the official layout, read back with pdftotext: header lines, title, figures,
// recipients and signature; fonts embedded; A4; protection; the review; and printing through
// a QPrinter gives the same document.
#include "core/report/ChartData.h"
#include "core/report/ReportModel.h"
#include "core/report/ReviewModel.h"
#include "render/ReportPrinter.h"
#include "test_report_support.h"

#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>

using namespace chitieu;
namespace reports = chitieu::render;
using test::reports::pdfLines;
using test::reports::pdfText;
using test::reports::pdfWords;

namespace {
void configureDistrict(Workspace& w)
{
    InstallationSettings s = w.settings();
    s.role = Role::District;
    s.unitCode = QStringLiteral("474");
    s.userName = QStringLiteral("Nguyễn Văn A");
    w.saveSettings(s);
}

AnnualReport report(test::TempWorkspace& w, bool protect = false)
{
    configureDistrict(*w);
    test::reports::fillSample(w);
    test::reports::fillSubmissions(w);
    ReportOptions o;
    o.protectSmallNumbers = protect;
    o.issued = QDate(2024, 12, 5);
    return buildAnnualReport(*w, QStringLiteral("474"), 2024, o);
}

QString info(const QString& pdf)
{
    return QString::fromUtf8(test::reports::run(QStringLiteral("pdfinfo"), {pdf}));
}
} // namespace

TEST_CASE("The annual PDF has the official header, the title, the right figures and the signature block")
{
    test::TempWorkspace w;
    const QString pdf = test::writeFile(w.file(QStringLiteral("r.pdf")), reports::annualPdf(report(w)));
    const QString text = pdfText(pdf).simplified(); // paragraphs may wrap anywhere
    const QStringList lines = pdfLines(pdf);
    INFO(text.toStdString());

    // Header: issuing body top-left, national title and motto top-right, number, place and date.
    CHECK(lines.contains(QStringLiteral("ỦY BAN NHÂN DÂN")));
    CHECK(lines.contains(QStringLiteral("THÀNH PHỐ HUẾ")));
    CHECK(lines.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    CHECK(lines.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    CHECK(text.contains(QStringLiteral("/BC-UBND")));
    CHECK(lines.contains(QStringLiteral("Huế, ngày 05 tháng 12 năm 2024")));
    // Title.
    CHECK(lines.contains(QStringLiteral("BÁO CÁO")));
    CHECK(text.contains(QStringLiteral("Results of the targets for children of Thành phố Huế in 2024")));
    // The order of the header: the national title before the title, the title before the body.
    CHECK(text.indexOf(QStringLiteral("CỘNG HÒA")) < text.indexOf(QStringLiteral("BÁO CÁO")));
    CHECK(text.indexOf(QStringLiteral("BÁO CÁO")) < text.indexOf(QStringLiteral("I. Overview")));

    // Figures: 2a is 3 deaths of 1.500 births, 2 ‰; 4a 1.370 of 1.430, 95,8 %; 3 met, 3 not met;
    // 3c applies (2024's tree gave Huế city Xã) and has no data; every figure on the 2 of the 36
    // communes that reported; 2020 mapped from its own tree, and said so.
    CHECK(text.contains(QStringLiteral("3 of 32 measures met, 3 not met, 0 incomplete, 26 without data, on 2 of 36 "
                                       "communes that have reported")));
    CHECK(text.contains(QStringLiteral("2020: mapped exactly.")));
    CHECK(pdfWords(pdf).contains(QStringLiteral("1.500")));
    CHECK(pdfWords(pdf).contains(QStringLiteral("1.370")));
    CHECK(pdfWords(pdf).contains(QStringLiteral("1.430")));
    CHECK(text.contains(QStringLiteral("95,8")));
    // In "measures not met", each with the communes it covers.
    CHECK(text.contains(QStringLiteral("Tỷ suất tử vong trẻ sơ sinh: 2 ‰ · 2/36, target < 1 ‰")));
    CHECK(text.contains(QStringLiteral("Tỷ lệ trẻ em bị xâm hại: 0,025 % · 2/36, target < 0,01 %")));
    CHECK(text.contains(QStringLiteral("Sở Y tế")));

    // Recipients and signature.
    CHECK(lines.contains(QStringLiteral("Nơi nhận:")));
    CHECK(lines.contains(QStringLiteral("- Lưu: VT.")));
    CHECK(lines.contains(QStringLiteral("TM. ỦY BAN NHÂN DÂN")));
    CHECK(lines.contains(QStringLiteral("CHỦ TỊCH")));
    // Annexes after the signature: the units below and who reported.
    CHECK(text.indexOf(QStringLiteral("CHỦ TỊCH")) < text.indexOf(QStringLiteral("Annex 1")));
    CHECK(text.contains(QStringLiteral("Phường Kim Long")));
    CHECK(text.contains(QStringLiteral("36 units report to Thành phố Huế: 1 on time, 1 late, 34 missing.")));
    CHECK(text.contains(QStringLiteral("10/11/2024 09:00")));

    // A4, several pages, Liberation Serif embedded with a Unicode map (so text copies right).
    const QString meta = info(pdf);
    CHECK(meta.contains(QStringLiteral("595 x 842 pts (A4)")));
    CHECK(meta.contains(QStringLiteral("Results of the targets for children of Thành phố Huế in 2024")));
    const QString fonts = QString::fromUtf8(test::reports::run(QStringLiteral("pdffonts"), {pdf}));
    CHECK(fonts.contains(QStringLiteral("LiberationSerif")));
    CHECK(fonts.contains(QStringLiteral("LiberationSerif-Bold")));
    // Page numbers from page 2 on, at the top.
    const QString page2 = QString::fromUtf8(test::reports::run(
        QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                                      QStringLiteral("2"), pdf, QStringLiteral("-")}));
    CHECK(page2.trimmed().startsWith(QStringLiteral("2")));
    const QString page1 = QString::fromUtf8(test::reports::run(
        QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                      QStringLiteral("1"), pdf, QStringLiteral("-")}));
    CHECK(page1.trimmed().startsWith(QStringLiteral("ỦY BAN NHÂN DÂN")));
}

TEST_CASE("The PDF's charts are drawn as lines and text, not as pictures")
{
    test::TempWorkspace w;
    const AnnualReport r = report(w);
    const QString pdf = test::writeFile(w.file(QStringLiteral("r.pdf")), reports::annualPdf(r));
    // pdfimages lists a header of two lines, then one line per picture.
    const QStringList images =
        QString::fromUtf8(test::reports::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    INFO(images.join(QLatin1Char('\n')).toStdString());
    CHECK(images.size() == 2);
    // The charts' words are the PDF's text: their titles, the axis, the groups and agencies.
    const QString text = pdfText(pdf).simplified();
    for (const chartdata::Breakdown by : {chartdata::Breakdown::Group, chartdata::Breakdown::Agency}) {
        const chartdata::StatusChart chart = chartdata::statusChart(r, by);
        CHECK(text.contains(chart.title.simplified()));
        REQUIRE_FALSE(chart.bars.isEmpty());
        CHECK(text.contains(chart.bars.first().section.simplified()));
    }
    CHECK(text.contains(chartdata::countAxisTitle()));
}

TEST_CASE("A protected PDF prints <5 instead of small counts and their rates")
{
    test::TempWorkspace w;
    const QString open = test::writeFile(w.file(QStringLiteral("open.pdf")), reports::annualPdf(report(w)));
    test::TempWorkspace w2;
    const QString shut = test::writeFile(w2.file(QStringLiteral("shut.pdf")), reports::annualPdf(report(w2, true)));
    const QString openText = pdfText(open).simplified();
    const QString shutText = pdfText(shut).simplified();
    // 7: 2 abused children of 8.000, 0,025 %.
    CHECK(openText.contains(QStringLiteral("0,025")));
    CHECK_FALSE(shutText.contains(QStringLiteral("0,025")));
    CHECK(openText.contains(QStringLiteral("Tỷ suất tử vong trẻ sơ sinh: 2 ‰ · 2/36")));
    CHECK(shutText.contains(QStringLiteral("Tỷ suất tử vong trẻ sơ sinh: <5 ‰ · 2/36")));
    CHECK(pdfWords(shut).contains(QStringLiteral("<5")));
    CHECK_FALSE(pdfWords(open).contains(QStringLiteral("<5")));
    // What is not small stays: 1.370 immunised, 1.500 births.
    CHECK(pdfWords(shut).contains(QStringLiteral("1.370")));
    CHECK(pdfWords(shut).contains(QStringLiteral("1.500")));
    CHECK(shutText.contains(QStringLiteral("Small-number protection")));
}

TEST_CASE("The review PDF shows each measure's path and the measures off track")
{
    test::TempWorkspace w;
    configureDistrict(*w);
    test::reports::fillSample(w);
    ReportOptions o;
    o.issued = QDate(2023, 12, 20);
    const ReviewReport mid = buildReview(*w, QStringLiteral("474"), ReviewKind::MidTerm, o);
    const QString pdf = test::writeFile(w.file(QStringLiteral("mid.pdf")), reports::reviewPdf(mid));
    const QString text = pdfText(pdf).simplified(); // paragraphs may wrap anywhere
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    CHECK(text.contains(QStringLiteral("Huế, ngày 20 tháng 12 năm 2023")));
    CHECK(text.contains(QStringLiteral("Mid-term review of the targets for children of Thành phố Huế, 2021-2023")));
    CHECK(text.contains(QStringLiteral("At the end of 2023: 1 of 32 measures met, 1 not met, 0 incomplete, 30 "
                                       "without data, on 2 of 36 communes that have reported.")));
    // 2020 on 2023's units: the 40 communes of its own tree that make them.
    CHECK(text.contains(QStringLiteral("Communes whose figures count, year by year: 2020: 2 of 40; 2021: 0 of 36;")));
    CHECK(text.contains(QStringLiteral("1 measures do not meet their target at the end of 2023: 7.")));
    CHECK(text.contains(QStringLiteral("0,06")));
    CHECK(text.contains(QStringLiteral("0,67")));
    CHECK_FALSE(text.contains(QStringLiteral("2024"))); // the mid-term stops at 2023
    CHECK(text.contains(QStringLiteral("Nơi nhận:")));

    // Thành phố Huế is no unit of 2025's tree: its final review stands on the tree of 01/07/2021.
    ReportOptions onItsTree = o;
    onItsTree.onTree = QDate(2021, 7, 1);
    const ReviewReport final = buildReview(*w, QStringLiteral("474"), ReviewKind::Final, onItsTree);
    const QString finalText =
        pdfText(test::writeFile(w.file(QStringLiteral("final.pdf")), reports::reviewPdf(final))).simplified();
    CHECK(finalText.contains(QStringLiteral("Final review of the targets for children of Thành phố Huế, 2021-2025")));
    CHECK(finalText.contains(QStringLiteral("At the end of 2025: 0 of 32 measures met")));
    CHECK(finalText.contains(QStringLiteral("2024")));
}

TEST_CASE("Printing paints the same document on a QPrinter as the PDF file")
{
    test::TempWorkspace w;
    const AnnualReport r = report(w);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = w.file(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    const int pages = reports::paint(r, printer);
    CHECK(pages >= 3);
    const QString text = pdfText(printed).simplified();
    CHECK(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    CHECK(text.contains(QStringLiteral("BÁO CÁO")));
    CHECK(pdfWords(printed).contains(QStringLiteral("1.370")));
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info(printed));
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1).toInt() == pages);
    CHECK(info(printed).contains(QStringLiteral("A4")));
}
