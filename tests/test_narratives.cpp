// The plan's reports end to end through chitieu-cli: a district's words and a department's
// report travel to Sở LĐTBXH and into its 05/12 consolidated PDF; a unit's own target beside
// the province's with both statuses; a file of the old exchange format stays readable; the
// refusals of `narrative` and `targets` change nothing.
#include "core/catalogue/Catalogue.h"
#include "core/targets/UnitTargets.h"
#include "core/workspace/Workspace.h"
#include "support/CliSupport.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace chitieu;
using test::CliResult;
using test::runCli;

namespace {
class Installations
{
public:
    QString db(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    QString text(const QString& name, const QString& content) const
    {
        return test::writeFile(file(name), content.toUtf8());
    }
    CliResult run(const QString& name, const QStringList& args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db(name)} + args);
    }

private:
    QTemporaryDir m_dir;
};

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString lineStarting(const QString& text, const QString& start)
{
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (line.startsWith(start))
            return line;
    return {};
}

// The field `name` of the CSV row starting with `start` (the first line holds the names; these
// rows have no quoted fields).
QString column(const QString& csv, const QString& start, const QString& name)
{
    const QStringList header = csv.section(QLatin1Char('\n'), 0, 0).split(QLatin1Char(','));
    const qsizetype at = header.indexOf(name);
    REQUIRE(at >= 0);
    return lineStarting(csv, start).split(QLatin1Char(',')).value(at);
}
} // namespace

TEST_CASE("A district's and a department's words reach Sở LĐTBXH's consolidated report")
{
    Installations i;
    // Huyện Nam Đông writes its results and sends its 30/11 report with the data.
    REQUIRE(i.run("district", {"init", "--unit", "483", "--user", "Trần Văn Đức"}).exitCode == 0);
    REQUIRE(i.run("district", {"set", "--unit", "483", "--year", "2024", "live_births=100", "neonatal_deaths=1"})
                .exitCode == 0);
    const QString words = i.text("district.md", "Nam Đông đã **tổ chức** 12 lớp tập huấn.\n\n- Lớp cho cha mẹ\n");
    const CliResult set = i.run("district", {"narrative", "set", "--unit", "483", "--year", "2024", "--deliverable",
                                             "results-30-11", "--section", "results", "--file", words});
    INFO(set.out.toStdString() << set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.contains(": 2 paragraphs."));
    const CliResult shown = i.run("district", {"narrative", "show", "--unit", "483", "--year", "2024", "--deliverable",
                                               "results-30-11", "--section", "results"});
    CHECK(shown.out.contains("Nam Đông đã **tổ chức** 12 lớp tập huấn."));
    CHECK(shown.out.contains("- Lớp cho cha mẹ"));
    // Its counts are its own, none of its communes complete: the file with the data needs
    // --allow-incomplete (it arrives as not complete; the words travel all the same).
    const CliResult refused = i.run("district", {"export", "--unit", "483", "--year", "2024", "--deliverable",
                                                 "results-30-11", "-o", i.file("district.chitieu")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("--allow-incomplete"));
    CHECK_FALSE(QFile::exists(i.file("district.chitieu")));
    REQUIRE(i.run("district", {"export", "--unit", "483", "--year", "2024", "--deliverable", "results-30-11", "-o",
                               i.file("district.chitieu"), "--allow-incomplete"})
                .exitCode == 0);

    // Sở Y tế writes its own results report and sends it to Sở LĐTBXH.
    REQUIRE(i.run("health", {"init", "--unit", "46", "--role", "department", "--agency", "syt"}).exitCode == 0);
    const QString health = i.text("health.md", "Sở Y tế đã tiêm chủng đầy đủ cho trẻ em.\n");
    const CliResult one = i.run("health", {"narrative", "set", "--unit", "46", "--year", "2024", "--deliverable",
                                           "results-30-11", "--section", "results", "--file", health});
    REQUIRE(one.exitCode == 0);
    CHECK(one.out.contains(": 1 paragraph.")); // not "1 paragraphs"
    REQUIRE(i.run("health", {"export", "--unit", "46", "--year", "2024", "--deliverable", "results-30-11", "-o",
                             i.file("health.chitieu")})
                .exitCode == 0);

    // Sở LĐTBXH receives both and writes its consolidated report of 05/12.
    REQUIRE(i.run("dolisa", {"init", "--unit", "46", "--role", "department", "--agency", "sldtbxh"}).exitCode == 0);
    {
        // The signer, as the Settings dialog stores it.
        Workspace w(i.db("dolisa"), Catalogue::builtIn());
        InstallationSettings s = w.settings();
        s.signerTitle = QStringLiteral("GIÁM ĐỐC");
        s.signerName = QStringLiteral("Nguyễn Văn Ký");
        w.saveSettings(s);
    }
    const CliResult imported =
        i.run("dolisa", {"import", "--accept-new-key", i.file("district.chitieu"), i.file("health.chitieu")});
    INFO(imported.out.toStdString() << imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.count("Applied") >= 2);
    const CliResult status = i.run("dolisa", {"status", "--year", "2024", "--date", "2024-12-01"});
    CHECK(lineStarting(status.out, "  05/12/2024  dolisa-05-12").contains("4 days left"));
    const QString own = i.text("dolisa.md", "Toàn tỉnh đã hoàn thành phần lớn chỉ tiêu.\n");
    REQUIRE(i.run("dolisa", {"narrative", "set", "--unit", "46", "--year", "2024", "--deliverable", "dolisa-05-12",
                             "--section", "results", "--file", own})
                .exitCode == 0);
    const CliResult pdf = i.run("dolisa", {"report", "--unit", "46", "--year", "2024", "--deliverable", "dolisa-05-12",
                                           "--number", "125/BC-SLĐTBXH", "--recipients", "UBND tỉnh;|Lưu: VT, BVCSTE.",
                                           "--format", "pdf", "-o", i.file("dolisa.pdf")});
    INFO(pdf.err.toStdString());
    REQUIRE(pdf.exitCode == 0);
    // A document without recipients or issuing body is refused, and no file is written.
    const CliResult bare = i.run("dolisa", {"report", "--unit", "46", "--year", "2024", "--deliverable", "dolisa-05-12",
                                            "--recipients", "", "--format", "pdf", "-o", i.file("bare.pdf")});
    CHECK(bare.exitCode == 1);
    CHECK(bare.err.contains("The list of recipients (\"Nơi nhận\") is empty"));
    CHECK_FALSE(QFile::exists(i.file("bare.pdf")));
    const CliResult noIssuer =
        i.run("dolisa", {"report", "--unit", "46", "--year", "2024", "--deliverable", "dolisa-05-12", "--issuer", " ",
                         "--format", "pdf", "-o", i.file("bare.pdf")});
    CHECK(noIssuer.exitCode == 1);
    CHECK(noIssuer.err.contains("The issuing body is empty"));
    CHECK_FALSE(QFile::exists(i.file("bare.pdf")));
    const QString text = pdfText(i.file("dolisa.pdf")).simplified();
    CHECK(text.contains("Toàn tỉnh đã hoàn thành phần lớn chỉ tiêu."));
    CHECK(text.contains("Nam Đông đã tổ chức 12 lớp tập huấn."));
    CHECK(text.contains("Lớp cho cha mẹ"));
    CHECK(text.contains("Sở Y tế đã tiêm chủng đầy đủ cho trẻ em."));
    // The document details given for this report and the signer of the settings.
    CHECK(text.contains("125/BC-SLĐTBXH"));
    CHECK(text.contains("Lưu: VT, BVCSTE."));
    CHECK(text.contains("GIÁM ĐỐC"));
    CHECK(text.contains("Nguyễn Văn Ký"));
    // Its own words come before those of the districts and departments it gathers.
    CHECK(text.indexOf("Toàn tỉnh đã hoàn thành") < text.indexOf("Nam Đông đã tổ chức"));

    // Written to a file, the consolidated report counts as sent.
    const CliResult after = i.run("dolisa", {"status", "--year", "2024", "--date", "2024-12-06"});
    CHECK(lineStarting(after.out, "  05/12/2024  dolisa-05-12").contains("sent"));
}

TEST_CASE("A district's own target is shown beside the province's, with the status against each")
{
    Installations i;
    REQUIRE(i.run("district", {"init", "--unit", "483"}).exitCode == 0);
    // 2a = 1 / 100 x 1000 = 10 per mille: not met against the plan's < 1, met against the district's < 15.
    // The counts are the district's own, on none of its 10 communes: judged only when the report
    // is asked to judge at any coverage, as for the plan's target.
    REQUIRE(i.run("district", {"set", "--unit", "483", "--year", "2024", "live_births=100", "neonatal_deaths=1"})
                .exitCode == 0);
    const QStringList anyCoverage{"report", "--unit",         "483", "--year", "2024", "--format",
                                  "csv",    "--min-coverage", "0"};
    const CliResult before = i.run("district", anyCoverage);
    REQUIRE(before.exitCode == 0);
    CHECK(column(before.out, "483,2024,2a,", "status") == "not_met");
    CHECK(column(before.out, "483,2024,2a,", "unit_target").isEmpty());
    CHECK(column(before.out, "483,2024,2a,", "unit_status").isEmpty());

    const CliResult set = i.run("district", {"targets", "set", "--unit", "483", "--measure", "2a", "--target", "15",
                                             "--comparator", "<", "--from-year", "2024", "--document", "45/KH-UBND"});
    INFO(set.out.toStdString() << set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    const CliResult list = i.run("district", {"targets", "list", "--unit", "483"});
    CHECK(list.out.contains("483,2a,2024,2025,<,15,<,1,45/KH-UBND"));
    const CliResult after = i.run("district", anyCoverage);
    CHECK(column(after.out, "483,2024,2a,", "status") == "not_met");
    CHECK(column(after.out, "483,2024,2a,", "unit_target") == "<15");
    CHECK(column(after.out, "483,2024,2a,", "unit_status") == "met");
    CHECK(column(after.out, "483,2024,2a,", "units_covered") == "0");
    CHECK(column(after.out, "483,2024,2a,", "units_expected") == "10");
    // Another measure without a target of its own: both columns empty.
    CHECK(column(after.out, "483,2024,2b,", "unit_target").isEmpty());
    CHECK(column(after.out, "483,2024,2b,", "unit_status").isEmpty());
    // At the default coverage (every commune) neither target judges a figure of 0 communes of 10.
    const CliResult strict = i.run("district", {"report", "--unit", "483", "--year", "2024", "--format", "csv"});
    CHECK(column(strict.out, "483,2024,2a,", "status") == "incomplete");
    CHECK(column(strict.out, "483,2024,2a,", "unit_status") == "incomplete");
}

TEST_CASE("A unit's own target is judged exactly and by the same coverage rule as the plan's")
{
    const Measure* m8 = Catalogue::builtIn().measure(QStringLiteral("8"));
    REQUIRE(m8);
    UnitTarget t;
    t.measure = m8->code;
    t.comparator = Comparator::Less;
    t.target = parseTarget(QStringLiteral("0,005"));
    MeasureResult r;
    r.status = MeasureStatus::NotMet; // whatever the plan's target said
    // 1000 / 20,000,001 x 100 = 0.00499999975...: below 0.005, which a tolerance of 1e-9 missed.
    r.exact = Quotient{1000, 20000001, m8->exactFactor};
    CHECK(t.statusOf(r) == MeasureStatus::Met);
    // 1000 / 20,000,000 x 100 is 0.005 exactly: not below it, but on it.
    r.exact = Quotient{1000, 20000000, m8->exactFactor};
    CHECK(t.statusOf(r) == MeasureStatus::NotMet);
    t.comparator = Comparator::LessOrEqual;
    CHECK(t.statusOf(r) == MeasureStatus::Met);
    // A figure on too few communes, or none, is not judged against any target.
    for (MeasureStatus s : {MeasureStatus::Incomplete, MeasureStatus::NoData, MeasureStatus::NotApplicable}) {
        r.status = s;
        CHECK(t.statusOf(r) == s);
    }
    // A target that cannot be compared exactly is refused, saying why.
    CHECK_THROWS_WITH(parseTarget(QStringLiteral("0,0000001")),
                      Catch::Contains("with at most 6 decimals (such as 0.7 or 0,7)"));
}

TEST_CASE("A file of the old exchange format (1) is still read as the sender's data file")
{
    Installations i;
    REQUIRE(i.run("huế", {"init", "--unit", "474"}).exitCode == 0);
    const CliResult r =
        i.run("huế", {"import", "--accept-new-key", test::dataFile("exchange/commune-19744-2024-v1.chitieu")});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("5 values added"));
    const CliResult csv = i.run("huế", {"report", "--unit", "19744", "--year", "2024", "--format", "csv"});
    CHECK(lineStarting(csv.out, "19744,2024,2a,").startsWith("19744,2024,2a,2,1,412,"));
}

TEST_CASE("narrative and targets refuse bad input and change nothing")
{
    Installations i;
    REQUIRE(i.run("district", {"init", "--unit", "483"}).exitCode == 0);
    const QString words = i.text("w.md", "Một đoạn.\n");
    const QStringList show{"narrative", "show", "--unit", "483", "--year", "2024", "--deliverable", "results-30-11"};
    const QString nothing = i.run("district", show).out;
    REQUIRE(nothing.contains("(not written yet)"));

    const CliResult section = i.run("district", {"narrative", "set", "--unit", "483", "--year", "2024", "--deliverable",
                                                 "results-30-11", "--section", "nonsense", "--file", words});
    CHECK(section.exitCode == 1);
    CHECK(section.err.contains("has no section nonsense"));
    CHECK(section.err.contains("results, difficulties, proposals"));
    const CliResult other = i.run("district", {"narrative", "set", "--unit", "474", "--year", "2024", "--deliverable",
                                               "results-30-11", "--section", "results", "--file", words});
    CHECK(other.exitCode == 1);
    CHECK(other.err.contains("only, not of Thành phố Huế (474)"));
    const CliResult unknown = i.run("district", {"narrative", "set", "--unit", "483", "--year", "2024", "--deliverable",
                                                 "no-such", "--section", "results", "--file", words});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("no-such"));
    CHECK(i.run("district", show).out == nothing);

    const CliResult comparator =
        i.run("district", {"targets", "set", "--unit", "483", "--measure", "2a", "--target", "5", "--comparator", "=",
                           "--from-year", "2024", "--document", "45/KH-UBND"});
    CHECK(comparator.exitCode == 2);
    CHECK(comparator.err.contains("--comparator must be one of <, <=, > or >="));
    const CliResult document = i.run("district", {"targets", "set", "--unit", "483", "--measure", "2a", "--target", "5",
                                                  "--comparator", "<", "--from-year", "2024"});
    CHECK(document.exitCode == 2);
    CHECK(document.err.contains("--document"));
    const CliResult measure = i.run("district", {"targets", "set", "--unit", "483", "--measure", "99z", "--target", "5",
                                                 "--comparator", "<", "--from-year", "2024", "--document", "X"});
    CHECK(measure.exitCode == 1);
    CHECK(measure.err.contains("99z"));
    CHECK(i.run("district", {"targets", "list", "--unit", "483"}).out.trimmed().count(QLatin1Char('\n')) == 0);
}
