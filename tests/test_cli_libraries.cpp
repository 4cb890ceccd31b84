// chitieu-cli loads no more of Qt than a command needs: never the widgets or the charts
// (neither linked nor mapped), and Qt Gui's application with its platform plugin only for a
// PDF. CHITIEU_DEBUG_PRINT_MAPS=1 makes it list, on stderr at exit, the Qt libraries and
// plugins its process mapped (from /proc/self/maps, so Linux only).
#include "cli/Cli.h"
#include "cli/LoadedLibraries.h"
#include "test_report_support.h"

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

// Qt modules a command line never needs, and the platform plugins that only a drawing
// application (QGuiApplication) loads.
void checkNoWidgetsNoPlatform(const QStringList& mapped)
{
    INFO(mapped.join('\n').toStdString());
    REQUIRE(anyContains(mapped, "libQt6Core")); // the list is real
    for (const char* module : {"libQt6Widgets", "libQt6Charts", "libQt6OpenGL", "libQt6PrintSupport"})
        CHECK_FALSE(anyContains(mapped, module));
    CHECK_FALSE(anyContains(mapped, "/platforms/"));
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
    QStringList mine = cli::loadedQtLibraries();
    CHECK(anyContains(mine, "libQt6Core"));
    CHECK(anyContains(mine, "libQt6Sql")); // the command-line tests link core, which uses Qt Sql
    CHECK(mine.removeDuplicates() == 0);
}

TEST_CASE("chitieu-cli --version and report --format csv map neither widgets, charts nor a platform")
{
    test::TempWorkspace w;
    checkNoWidgetsNoPlatform(mappedBy({"--version"}));
    checkNoWidgetsNoPlatform(mappedBy({"--db", w.path(), "report", "--unit", "474", "--year", "2024"}));
    checkNoWidgetsNoPlatform(mappedBy({"catalogue"}));
    checkNoWidgetsNoPlatform(mappedBy({"--db", w.path(), "report", "--format", "pdf"}, 2)); // usage: no drawing
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
    for (const char* module : {"libQt6Widgets", "libQt6Charts", "libQt6OpenGL", "libQt6PrintSupport"})
        CHECK_FALSE(anyContains(mapped, module));
    // The document: its title and a measure.
    const QString text = test::reports::pdfText(pdf).simplified();
    CHECK(text.contains("BÁO CÁO"));
    CHECK(text.contains("Kết quả thực hiện các chỉ tiêu về trẻ em của Thành phố Huế năm 2024"));
    CHECK(text.contains("Tỷ suất tử vong trẻ sơ sinh"));
}
#endif

TEST_CASE("chitieu-cli is not linked to the widgets or the charts")
{
    QProcess ldd;
    ldd.start("ldd", {QStringLiteral(CHITIEU_CLI_PATH)});
    REQUIRE(ldd.waitForFinished(60000));
    const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
    INFO(libraries.toStdString());
    REQUIRE(libraries.contains("libQt6Core"));
    CHECK_FALSE(libraries.contains("libQt6Widgets"));
    CHECK_FALSE(libraries.contains("libQt6Charts"));
    CHECK_FALSE(libraries.contains("libQt6OpenGL"));
    CHECK_FALSE(libraries.contains("libQt6PrintSupport"));
}
