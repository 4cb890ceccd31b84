// The command line's report and review in every format, headless, and their refusals with
// the right exit codes (0 ok, 1 refused input, 2 wrong usage).
#include "support/CliSupport.h"
#include "test_report_support.h"

#include <QFile>
#include <QProcessEnvironment>

using namespace chitieu;
using test::CliResult;
using test::reports::Xlsx;

namespace {
// The real chitieu-cli in a chosen environment: `unset` names are removed, `set` added.
CliResult cli(const QStringList& args, const QStringList& unset = {}, const QMap<QString, QString>& set = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : unset)
        env.remove(name);
    for (auto it = set.cbegin(); it != set.cend(); ++it)
        env.insert(it.key(), it.value());
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CHITIEU_CLI_PATH), args);
    p.waitForFinished(120000);
    // QString::fromUtf8 drops a byte-order mark: keep it visible as U+FEFF.
    const QByteArray out = p.readAllStandardOutput();
    const bool bom = out.startsWith("\xEF\xBB\xBF");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            (bom ? QString(QChar(0xFEFF)) : QString()) + QString::fromUtf8(out.mid(bom ? 3 : 0)),
            QString::fromUtf8(p.readAllStandardError())};
}

// No display at all, as on a server or in CI.
const QStringList noDisplay{QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                            QStringLiteral("QT_QPA_PLATFORM")};

struct Fixture
{
    test::TempWorkspace w;
    QString db;
    Fixture()
    {
        w.serve(Role::District, QStringLiteral("474"), QStringLiteral("Nguyễn Văn A"));
        test::reports::fillSample(w);
        db = w.path();
    }
    QStringList report(const QStringList& more) const
    {
        return QStringList{QStringLiteral("--db"),   db,
                           QStringLiteral("report"), QStringLiteral("--unit"),
                           QStringLiteral("474"),    QStringLiteral("--year"),
                           QStringLiteral("2024")} +
               more;
    }
    QStringList review(const QString& kind, const QStringList& more) const
    {
        return QStringList{QStringLiteral("--db"),
                           db,
                           QStringLiteral("review"),
                           QStringLiteral("--unit"),
                           QStringLiteral("474"),
                           QStringLiteral("--kind"),
                           kind} +
               more;
    }
};

QStringList lines(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

TEST_CASE("report writes the CSV for programs, the CSV for Excel, XLSX and PDF")
{
    Fixture f;
    SECTION("csv for programs: the earlier columns unchanged, the coverage after them, no BOM")
    {
        const CliResult r = cli(f.report({QStringLiteral("--format"), QStringLiteral("csv")}), noDisplay);
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.startsWith(
            QStringLiteral("unit,year,measure,indicator,numerator,denominator,value,comparator,"
                           "target,factor,status,unit_target,unit_status,units_covered,units_expected,flags\n")));
        // 2 of the 36 communes of 474 reported (the sample judges at any coverage); Kim Long's 3
        // neonatal deaths with no infant death break a hard check, so 2a is flagged.
        CHECK(
            lines(r.out).contains(QStringLiteral("474,2024,2a,2,3,1500,2,<,1,1000,not_met,,,2,36,hard_check_failed")));
        CHECK(lines(r.out).contains(QStringLiteral("474,2024,4a,4,1370,1430,95.8041958041958,>,95,100,met,,,2,36,")));
        // At the default coverage (every commune) the same value is not judged.
        const CliResult strict =
            cli(f.report({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--min-coverage"), "100"}),
                noDisplay);
        CHECK(lines(strict.out)
                  .contains(QStringLiteral("474,2024,2a,2,3,1500,2,<,1,1000,incomplete,,,2,36,hard_check_failed")));
        // 3c applies: in 2024's unit tree Thành phố Huế has 7 Xã (none reported).
        CHECK(lines(r.out).contains(QStringLiteral("474,2024,3c,3,,,,<,5,100,no_data,,,0,7,")));
        CHECK(r.err.isEmpty());
    }
    SECTION("csv for one agency: only the measures of its indicators")
    {
        const CliResult r = cli(f.report({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--agency"),
                                          QStringLiteral("stp")}),
                                noDisplay);
        REQUIRE(r.exitCode == 0);
        const QStringList rows = lines(r.out);
        REQUIRE(rows.size() == 3); // the header, 12a and 12b (Sở Tư pháp leads indicator 12)
        CHECK(rows[1].startsWith(QStringLiteral("474,2024,12a,12,")));
        CHECK(rows[2].startsWith(QStringLiteral("474,2024,12b,12,")));
    }
    SECTION("csv-excel: a BOM, the people's columns")
    {
        const CliResult r = cli(f.report({QStringLiteral("--format"), QStringLiteral("csv-excel")}), noDisplay);
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.startsWith(QChar(0xFEFF)));
        CHECK(r.out.contains(QStringLiteral("Group,Code,Measure,Unit of measure,Numerator,Denominator,Value 2024")));
        // The command line runs in English here (C locale): the catalogue's words follow the program's.
        CHECK(r.out.contains(
            QStringLiteral("1,2a,Neonatal mortality rate,\"per 1,000 live births\",3,1.500,2,<,1,Not met")));
        const QString file = f.w.file(QStringLiteral("excel.csv"));
        REQUIRE(cli(f.report({QStringLiteral("--format"), QStringLiteral("csv-excel"), QStringLiteral("-o"), file}))
                    .exitCode == 0);
        QFile in(file);
        REQUIRE(in.open(QIODevice::ReadOnly));
        CHECK(in.readAll().startsWith("\xEF\xBB\xBF"
                                      "Group,Code"));
    }
    SECTION("xlsx")
    {
        const QString file = f.w.file(QStringLiteral("r.xlsx"));
        const CliResult r =
            cli(f.report({QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), file}), noDisplay);
        REQUIRE(r.exitCode == 0);
        const Xlsx x(file);
        const auto cells = x.cells(QStringLiteral("Summary"));
        const QString row = QString::number(x.rowOf(QStringLiteral("Summary"), QStringLiteral("4a")));
        CHECK(cells["D" + row].number);
        CHECK(cells["D" + row].text == QStringLiteral("1370"));
    }
    SECTION("pdf with no display at all")
    {
        const QString file = f.w.file(QStringLiteral("r.pdf"));
        const CliResult r =
            cli(f.report({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), file}), noDisplay);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QString text = test::reports::pdfText(file);
        CHECK(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
        CHECK(text.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
        CHECK(text.contains(QStringLiteral("THÀNH PHỐ HUẾ")));
        CHECK(text.contains(QStringLiteral("BÁO CÁO")));
        CHECK(test::reports::pdfWords(file).contains(QStringLiteral("1.370")));
    }
    SECTION("pdf with a display that cannot be reached")
    {
        const QString file = f.w.file(QStringLiteral("r2.pdf"));
        const CliResult r =
            cli(f.report({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), file}), {},
                {{QStringLiteral("DISPLAY"), QStringLiteral(":97")},
                 {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")}});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(test::reports::pdfText(file).contains(QStringLiteral("BÁO CÁO")));
    }
    SECTION("protected")
    {
        const CliResult r = cli(f.report(
            {QStringLiteral("--format"), QStringLiteral("csv-excel"), QStringLiteral("--protect-small-numbers")}));
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(
            QStringLiteral("1,2a,Neonatal mortality rate,\"per 1,000 live births\",<5,1.500,<5,<,1,Not met")));
    }
}

TEST_CASE("review writes the mid-term and final reviews in every format")
{
    Fixture f;
    const CliResult machine = cli(f.review(QStringLiteral("mid"), {QStringLiteral("--format"), QStringLiteral("csv")}));
    REQUIRE(machine.exitCode == 0);
    CHECK(lines(machine.out).size() == 1 + 32 * 4);
    CHECK(
        lines(machine.out).contains(QStringLiteral("474,mid,7,2023,1,5000,0.02,<,0.01,not_met,not_met,1,1,36,toward")));

    // Thành phố Huế is no unit of 2025's tree: its final review is refused on its own, and made
    // on the tree of 01/07/2021 when asked.
    const CliResult refused =
        cli(f.review(QStringLiteral("final"), {QStringLiteral("--format"), QStringLiteral("csv-excel")}));
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("01/07/2025")));
    const CliResult excel =
        cli(f.review(QStringLiteral("final"), {QStringLiteral("--format"), QStringLiteral("csv-excel"),
                                               QStringLiteral("--on-tree"), QStringLiteral("2021-07-01")}));
    REQUIRE(excel.exitCode == 0);
    CHECK(excel.out.startsWith(QChar(0xFEFF)));
    CHECK(excel.out.contains(QStringLiteral("2020,2021,2022,2023,2024,2025,Comparison")));

    const QString xlsx = f.w.file(QStringLiteral("mid.xlsx"));
    REQUIRE(cli(f.review(QStringLiteral("mid"),
                         {QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), xlsx}))
                .exitCode == 0);
    const Xlsx x(xlsx);
    CHECK(x.cells(QStringLiteral("Off track"))[QStringLiteral("A5")].text == QStringLiteral("7"));

    for (const QString& kind : {QStringLiteral("mid"), QStringLiteral("final")}) {
        const QString pdf = f.w.file(kind + QStringLiteral(".pdf"));
        // The final review of Thành phố Huế stands on the last tree that had it as a unit.
        QStringList args{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf};
        if (kind == QLatin1String("final"))
            args << QStringLiteral("--on-tree") << QStringLiteral("2021-07-01");
        const CliResult r = cli(f.review(kind, args), noDisplay);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QString text = test::reports::pdfText(pdf).simplified();
        CHECK(text.contains(kind == QLatin1String("mid") ? QStringLiteral("Mid-term review")
                                                         : QStringLiteral("Final review")));
        CHECK(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    }
}

TEST_CASE("report and review refuse wrong usage with 2 and bad input with 1")
{
    Fixture f;
    const QString out = f.w.file(QStringLiteral("x.pdf"));
    auto format = [](const QString& name) { return QStringList{QStringLiteral("--format"), name}; };

    CHECK(cli(f.report(format(QStringLiteral("docx")))).exitCode == 2);
    CHECK(cli(f.report(format(QStringLiteral("csv")) << QStringLiteral("extra"))).exitCode == 2);
    CHECK(cli(f.review(QStringLiteral("mid"), format(QStringLiteral("csv")) << QStringLiteral("extra"))).exitCode == 2);
    const CliResult noFile = cli(f.report(format(QStringLiteral("pdf"))));
    CHECK(noFile.exitCode == 2);
    CHECK(noFile.err.contains(QStringLiteral("-o")));
    CHECK(cli(f.report(format(QStringLiteral("xlsx")))).exitCode == 2);
    CHECK(cli(f.report(format(QStringLiteral("csv")) << QStringLiteral("--protect-small-numbers"))).exitCode == 2);
    CHECK(cli(f.review(QStringLiteral("yearly"), format(QStringLiteral("csv")))).exitCode == 2);
    CHECK(cli({QStringLiteral("--db"), f.db, QStringLiteral("review"), QStringLiteral("--unit"), QStringLiteral("474")})
              .exitCode == 2);
    CHECK(cli({QStringLiteral("--db"), f.db, QStringLiteral("review"), QStringLiteral("--kind"), QStringLiteral("mid")})
              .exitCode == 2);
    CHECK(cli(f.review(QStringLiteral("mid"), format(QStringLiteral("pdf"))
                                                  << QStringLiteral("--year") << QStringLiteral("2024")))
              .exitCode == 2);

    const CliResult unknown = cli({QStringLiteral("--db"), f.db, QStringLiteral("report"), QStringLiteral("--unit"),
                                   QStringLiteral("99999"), QStringLiteral("--year"), QStringLiteral("2024"),
                                   QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("99999")));
    CHECK_FALSE(QFile::exists(out));
    CHECK(cli({QStringLiteral("--db"), f.db, QStringLiteral("report"), QStringLiteral("--unit"), QStringLiteral("474"),
               QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--format"), QStringLiteral("xlsx"),
               QStringLiteral("-o"), out})
              .exitCode == 1);
    CHECK(cli({QStringLiteral("--db"), f.db, QStringLiteral("review"), QStringLiteral("--unit"),
               QStringLiteral("99999"), QStringLiteral("--kind"), QStringLiteral("final")})
              .exitCode == 1);
    const CliResult noAgency =
        cli(f.report(format(QStringLiteral("csv")) << QStringLiteral("--agency") << QStringLiteral("nobody")));
    CHECK(noAgency.exitCode == 1);
    CHECK(noAgency.err.contains(QStringLiteral("nobody")));
    const QString nowhere = f.w.file(QStringLiteral("no/such/folder/r.pdf"));
    const CliResult unwritable = cli(f.report(format(QStringLiteral("pdf")) << QStringLiteral("-o") << nowhere));
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains(nowhere));
}

TEST_CASE("The command line says which formats it has, and draws a PDF only on an application that can draw")
{
    Fixture f;
    const CliResult unknown = test::runCliInProcess(f.report({QStringLiteral("--format"), QStringLiteral("docx")}));
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("csv, csv-excel, xlsx, pdf")));
    // In-process, on the command-line tests' QCoreApplication, drawing is refused with a sentence
    // and no file; the program itself makes a QGuiApplication for pdf and draws it.
    const QString pdf = f.w.file(QStringLiteral("p.pdf"));
    const QStringList args = f.report({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
    const CliResult inProcess = test::runCliInProcess(args);
    CHECK(inProcess.exitCode == 1);
    CHECK(inProcess.err.contains(QStringLiteral("QGuiApplication")));
    CHECK_FALSE(QFile::exists(pdf));
    const CliResult r = test::runCli(args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(test::reports::pdfText(pdf).contains(QStringLiteral("BÁO CÁO")));
}
