// chitieu-cli loads no more of Qt than a command needs: never the widgets or the charts
// (neither linked nor mapped), and Qt Gui, through the PDF module, only for a PDF.
// CHITIEU_DEBUG_PRINT_MAPS=1 makes it list, on stderr at exit, the Qt libraries and plugins
// its process mapped (from /proc/self/maps, so Linux only).
#include "cli/Cli.h"
#include "cli/LoadedLibraries.h"
#include "cli/PdfModuleLoader.h"
#include "core/Error.h"
#include "test_report_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

using namespace chitieu;

namespace {
// The Qt files the real chitieu-cli had mapped when it ran `args` in Vietnamese.
QStringList mappedBy(const QStringList& args, int expectedExit = 0)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("CHITIEU_DEBUG_PRINT_MAPS", "1");
    env.insert("LANG", "C.UTF-8");
    env.remove("LC_ALL");
    env.remove("LC_MESSAGES");
    env.insert("LANGUAGE", "vi");
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CHITIEU_CLI_PATH), args);
    REQUIRE(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    INFO(err.toStdString());
    REQUIRE(p.exitCode() == expectedExit);
    QStringList out;
    for (const QString& line : err.split('\n'))
        if (line.startsWith("CHITIEU_DEBUG_PRINT_MAPS "))
            out << line.mid(QStringLiteral("CHITIEU_DEBUG_PRINT_MAPS ").size());
    return out;
}

bool anyContains(const QStringList& paths, const QString& part)
{
    for (const QString& path : paths)
        if (path.contains(part))
            return true;
    return false;
}

// Qt modules a command line never needs, Qt Gui, and the platform plugins that only a drawing
// application (QGuiApplication) loads.
void checkNoGui(const QStringList& mapped)
{
    INFO(mapped.join('\n').toStdString());
    REQUIRE(anyContains(mapped, "libQt6Core")); // the list is real
    for (const char* module : {"libQt6Gui", "libQt6Widgets", "libQt6Charts", "libQt6OpenGL", "libQt6PrintSupport"})
        CHECK_FALSE(anyContains(mapped, module));
    CHECK_FALSE(anyContains(mapped, "/platforms/"));
}

// Runs `program` with `args` in English; its exit code and standard error.
std::pair<int, QString> runIn(const QString& program, const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("LANG", "C.UTF-8");
    env.insert("LANGUAGE", "en");
    env.remove("LC_ALL");
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

// The message of the Error that PdfModule::load(path) throws; empty when it loads.
QString loadProblem(const QString& path)
{
    try {
        cli::PdfModule::load(path);
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}
} // namespace

TEST_CASE("Only a PDF needs Qt Gui's application")
{
    const QStringList report{"--db", "x.sqlite", "report", "--unit", "474", "--year", "2024"};
    CHECK(cli::needsGui(report + QStringList{"--format", "pdf", "-o", "r.pdf"}));
    CHECK(cli::needsGui({"review", "--unit", "474", "--kind", "mid", "--format=pdf", "-o", "r.pdf"}));
    CHECK_FALSE(cli::needsGui(report));
    CHECK_FALSE(cli::needsGui(report + QStringList{"--format", "csv-excel"}));
    CHECK_FALSE(cli::needsGui(report + QStringList{"--format", "xlsx", "-o", "r.xlsx"}));
    CHECK_FALSE(cli::needsGui({"--version"}));
    CHECK_FALSE(cli::needsGui({"catalogue", "--format", "csv"}));
    CHECK_FALSE(cli::needsGui(report + QStringList{"--format", "pdf", "--help"}));
    // Wrong usage draws nothing: run() refuses it on a plain QCoreApplication.
    CHECK_FALSE(cli::needsGui({"status", "--year", "2024", "--format", "pdf"}));
    CHECK_FALSE(cli::needsGui({"report", "--format", "pdf", "-o", "r.pdf"}));
    CHECK_FALSE(cli::needsGui(report + QStringList{"--format"}));
}

#ifdef Q_OS_LINUX
TEST_CASE("This process's Qt libraries are read from /proc/self/maps")
{
    QStringList mine = cli::loadedLibraries();
    CHECK(anyContains(mine, "libQt6Core"));
    CHECK(anyContains(mine, "libQt6Sql")); // the command-line tests link core, which uses Qt Sql
    CHECK(mine.removeDuplicates() == 0);
}

TEST_CASE("chitieu-cli --version and report --format csv map neither Qt Gui, widgets, charts nor a platform")
{
    test::TempWorkspace w;
    checkNoGui(mappedBy({"--version"}));
    checkNoGui(mappedBy({"--db", w.path(), "report", "--unit", "474", "--year", "2024"}));
    checkNoGui(mappedBy({"catalogue"}));
    checkNoGui(mappedBy({"--db", w.path(), "report", "--format", "pdf"}, 2)); // usage: no drawing
}

TEST_CASE("chitieu-cli loads libxlsxwriter for a spreadsheet and for no other command")
{
    test::TempWorkspace w;
    CHECK_FALSE(anyContains(mappedBy({"--version"}), "/libxlsxwriter."));
    CHECK_FALSE(
        anyContains(mappedBy({"--db", w.path(), "report", "--unit", "474", "--year", "2024"}), "/libxlsxwriter."));
    const QString xlsx = w.file("r.xlsx");
    const QStringList mapped =
        mappedBy({"--db", w.path(), "report", "--unit", "474", "--year", "2024", "--format", "xlsx", "-o", xlsx});
    CHECK(anyContains(mapped, "/libxlsxwriter."));
    QFile book(xlsx);
    REQUIRE(book.open(QIODevice::ReadOnly));
    CHECK(book.read(2) == "PK"); // a workbook is a zip file
    CHECK(book.size() > 2000);
}

TEST_CASE("chitieu-cli report --format pdf draws on the offscreen platform, still without widgets")
{
    test::TempWorkspace w;
    const QString pdf = w.file("r.pdf");
    const QStringList mapped =
        mappedBy({"--db", w.path(), "report", "--unit", "474", "--year", "2024", "--format", "pdf", "-o", pdf});
    INFO(mapped.join('\n').toStdString());
    CHECK(anyContains(mapped, "libQt6Gui"));
    CHECK(anyContains(mapped, "/platforms/libqoffscreen"));
    CHECK(anyContains(mapped, "/libchitieu_pdf.")); // the module beside the program drew it
    for (const char* module : {"libQt6Widgets", "libQt6Charts", "libQt6OpenGL", "libQt6PrintSupport"})
        CHECK_FALSE(anyContains(mapped, module));
    // The document: its title and a measure.
    const QString text = test::reports::pdfText(pdf).simplified();
    CHECK(text.contains("BÁO CÁO"));
    CHECK(text.contains("Kết quả thực hiện các chỉ tiêu về trẻ em của Thành phố Huế năm 2024"));
    CHECK(text.contains("Tỷ suất tử vong trẻ sơ sinh"));
}
#endif

TEST_CASE("chitieu-cli without its PDF module: a PDF is refused with the reason, the rest works")
{
    // The program alone in a folder, as if the module had been deleted.
    test::TempWorkspace w;
    const QString alone = w.file("bin/chitieu-cli");
    REQUIRE(QDir().mkpath(w.file("bin")));
    REQUIRE(QFile::copy(QStringLiteral(CHITIEU_CLI_PATH), alone));
    const QString pdf = w.file("r.pdf");
    const auto [code, err] =
        runIn(alone, {"--db", w.path(), "report", "--unit", "474", "--year", "2024", "--format", "pdf", "-o", pdf});
    INFO(err.toStdString());
    CHECK(code == 1);
    CHECK(err.contains("The PDF module "));
    CHECK(err.contains("libchitieu_pdf"));
    CHECK(err.contains(" is missing. Install Chỉ Tiêu Trẻ Em again, or choose another --format."));
    CHECK_FALSE(QFile::exists(pdf));
    // Everything else needs no module.
    const auto [csvCode, csvErr] = runIn(alone, {"--db", w.path(), "report", "--unit", "474", "--year", "2024"});
    INFO(csvErr.toStdString());
    CHECK(csvCode == 0);
    // And the module the real program uses is the one beside it.
    CHECK(QFile::exists(QFileInfo(QStringLiteral(CHITIEU_CLI_PATH)).absolutePath() + "/" +
                        QStringLiteral(CHITIEU_PDF_MODULE)));
}

TEST_CASE("A file that is not this build's PDF module is refused, with what is wrong")
{
    test::TempWorkspace w;
    CHECK(loadProblem(w.file("nothing.so")).contains(" is missing."));
    QFile text(w.file("text.so"));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("not a library");
    text.close();
    CHECK(loadProblem(text.fileName()).contains(" cannot be loaded ("));
    // A library, but not the module: Qt Core, which this process has loaded.
    QString core;
    for (const QString& path : cli::loadedLibraries())
        if (path.contains("libQt6Core"))
            core = path;
    REQUIRE_FALSE(core.isEmpty());
    CHECK(loadProblem(core).contains("is not the PDF module of Chỉ Tiêu Trẻ Em: it has no chitieu_pdf_stamp"));
    // The module of another build: its reports may be laid out differently.
    const QString other = loadProblem(QStringLiteral(CHITIEU_OTHER_BUILD_PDF_MODULE));
    CHECK(other.contains("belongs to another build of Chỉ Tiêu Trẻ Em (0.0.0 1 2, this program: "));
    // The real one loads.
    CHECK(loadProblem(cli::PdfModule::pathForProcess()) == QString());
}

TEST_CASE("chitieu-cli is not linked to Qt Gui, the widgets or the charts")
{
    QProcess ldd;
    ldd.start("ldd", {QStringLiteral(CHITIEU_CLI_PATH)});
    REQUIRE(ldd.waitForFinished(60000));
    const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
    INFO(libraries.toStdString());
    REQUIRE(libraries.contains("libQt6Core"));
    CHECK_FALSE(libraries.contains("libQt6Gui"));
    CHECK_FALSE(libraries.contains("libQt6Widgets"));
    CHECK_FALSE(libraries.contains("libQt6Charts"));
    CHECK_FALSE(libraries.contains("libQt6OpenGL"));
    CHECK_FALSE(libraries.contains("libQt6PrintSupport"));
    // Nor to libxlsxwriter, and so not to the OpenSSL it brings: loaded for a spreadsheet only.
    CHECK_FALSE(libraries.contains("libxlsxwriter"));
    CHECK_FALSE(libraries.contains("libcrypto"));
}
