// The command line's help and usage errors, made from each command's definition: the list
// of commands with a line each, every option of a command with its description, and wrong
// usage (exit 2, the message and the usage line) told apart from refused input (exit 1).
#include "core/Error.h"
#include "support/CliSupport.h"
#include "support/TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

using namespace chitieu;
using test::runCli;
using test::runCliInProcess;

namespace {
// The options README's "Command line" section gives each command.
const std::map<QString, QStringList> readmeOptions = {
    {"init", {"--units", "--unit", "--role", "--user", "--agency"}},
    {"load-values", {}},
    {"set", {"--unit", "--year", "--comment"}},
    {"report", {"--unit", "--year", "--format", "-o", "--protect-small-numbers", "--agency"}},
    {"review", {"--unit", "--kind", "--format", "-o", "--protect-small-numbers", "--agency"}},
    {"catalogue", {"--format"}},
    {"status", {"--year", "--date"}},
    {"export", {"--unit", "--year", "-o"}},
    {"import", {"--accept-changes", "--overwrite-own", "--accept-new-key", "--accept-moved-key"}},
    {"verify", {}},
    {"return", {"--unit", "--year", "--reason", "-o"}},
    {"units", {"--from", "--year", "--format"}},
};

// The line of `help` that describes `option`, as "  --unit <CODE>   The unit."; empty if none.
QString optionLine(const QString& help, const QString& option)
{
    const QRegularExpression line("^  (-\\w, )?" + QRegularExpression::escape(option) + "( <[^>]+>)?  +\\S.*$",
                                  QRegularExpression::MultilineOption);
    return line.match(help).captured(0);
}
} // namespace

TEST_CASE("--help lists every command with its one-line description")
{
    const auto r = runCli({"--help"});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("Usage: chitieu-cli [--db FILE] COMMAND"));
    CHECK(r.err.isEmpty());
    for (const auto& [command, options] : readmeOptions) {
        INFO(command.toStdString());
        CHECK(
            r.out.contains(QRegularExpression("^  " + command + "  +\\w.{10,}$", QRegularExpression::MultilineOption)));
    }
    CHECK(optionLine(r.out, "--db").contains("The database file"));
    CHECK(optionLine(r.out, "--version").contains("version"));
    // `help` says the same; without a command the help goes to stderr with exit 2.
    CHECK(runCliInProcess({"help"}).out == r.out);
    const auto none = runCliInProcess({});
    CHECK(none.exitCode == 2);
    CHECK(none.err == r.out);
}

TEST_CASE("COMMAND --help shows its usage line and every option with its description")
{
    for (const auto& [command, options] : readmeOptions) {
        INFO(command.toStdString());
        const auto r = runCliInProcess({command, "--help"});
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.startsWith("Usage: chitieu-cli "));
        CHECK(r.out.section('\n', 0, 0).contains(" " + command));
        for (const QString& option : options) {
            INFO(option.toStdString());
            CHECK_FALSE(optionLine(r.out, option).isEmpty());
            CHECK(r.out.section('\n', 0, 0).contains(option)); // in the usage line too
        }
        CHECK_FALSE(optionLine(r.out, "--help").isEmpty());
        // The same from `help COMMAND` and `--help COMMAND`.
        CHECK(runCliInProcess({"help", command}).out == r.out);
        CHECK(runCliInProcess({"--help", command}).out == r.out);
    }
    // Required options are bare in the usage line, the others in brackets.
    const QString report = runCliInProcess({"report", "-h"}).out.section('\n', 0, 0);
    CHECK(report.contains(" --unit CODE --year Y "));
    CHECK(report.contains("[--format csv|csv-excel|xlsx|pdf]"));
    CHECK(report.contains("[--protect-small-numbers]"));
    CHECK(runCliInProcess({"import", "--help"}).out.section('\n', 0, 0).endsWith(" FILE|FOLDER..."));
    CHECK(runCliInProcess({"catalogue", "--help"}).out.startsWith("Usage: chitieu-cli catalogue ")); // no database
}

TEST_CASE("Wrong usage exits 2 with the message and the usage line, made from the definitions")
{
    test::TempWorkspace w;
    const QStringList db{"--db", w.path()};
    struct Case
    {
        QStringList args;
        QString message;
    };
    const Case cases[] = {
        {{"report", "--unit", "474", "--year", "2024", "--frob"}, "chitieu-cli report: Unknown option 'frob'."},
        {{"report", "--year", "2024", "--unit"}, "chitieu-cli report: Missing value after '--unit'."},
        {{"report", "--unit", "474"}, "chitieu-cli report: --year is required"},
        {{"report", "--unit", "474", "--year", "twenty"}, "chitieu-cli report: --year must be a year such as 2024"},
        {{"catalogue", "extra"}, "chitieu-cli catalogue: unexpected argument extra"},
        {{"load-values", "a.csv", "b.csv"}, "chitieu-cli load-values: unexpected argument b.csv"},
        {{"load-values"}, "chitieu-cli load-values: CSV is missing"},
        {{"verify"}, "chitieu-cli verify: FILE is missing"},
        {{"review", "--unit", "474", "--kind", "yearly"}, "chitieu-cli review: --kind must be mid or final"},
        {{"help", "frobnicate"}, "chitieu-cli help: Unknown command frobnicate."},
    };
    for (const Case& c : cases) {
        INFO(c.args.join(' ').toStdString());
        const auto r = runCliInProcess(db + c.args);
        CHECK(r.exitCode == 2);
        CHECK(r.err.startsWith(c.message + "\n"));
        CHECK(r.err.contains("\nUsage: chitieu-cli "));
        CHECK(r.out.isEmpty());
    }
    // Before the command: the program's options.
    CHECK(runCliInProcess({"--db"}).exitCode == 2);
    CHECK(runCliInProcess({"--frob", "catalogue"}).err.startsWith("Unknown option 'frob'."));
    // Refused input is exit 1 with its sentence, without the usage line.
    const auto refused = runCliInProcess(db + QStringList{"report", "--unit", "99999", "--year", "2024"});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("99999"));
    CHECK_FALSE(refused.err.contains("Usage:"));
}

TEST_CASE("One error type: a refusal unless made as wrong usage")
{
    CHECK(Error("The unit 99999 is not in the unit list.").kind() == Error::Kind::Refused);
    const Error usage("--kind must be mid or final", Error::Kind::Usage);
    CHECK(usage.kind() == Error::Kind::Usage);
    CHECK(usage.message() == "--kind must be mid or final");
}

TEST_CASE("The help speaks the system's language")
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("LANG", "C.UTF-8");
    env.remove("LC_ALL");
    env.remove("LC_MESSAGES");
    env.insert("LANGUAGE", "vi");
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CHITIEU_CLI_PATH), {"report", "--help"});
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitCode() == 0);
    const QString help = QString::fromUtf8(p.readAllStandardOutput());
    INFO(help.toStdString());
    CHECK(help.startsWith("Cách dùng: chitieu-cli "));
    CHECK(help.contains("\nTùy chọn:\n")); // Qt's own heading, from translations/qtbase_vi.ts
    CHECK_FALSE(optionLine(help, "--unit").contains("The unit"));
}
