#include "ReportWriters.h"

#include "ReportPrinter.h"
#include "cli/ReportFormats.h"

#include <QApplication>
#include <cstring>

namespace chitieu::ui {

namespace {
// True when the words ask for a PDF (--format pdf): only then does the command line pay
// for a QApplication; every other command keeps a plain QCoreApplication.
bool wantsPdf(int argc, char** argv)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--format") == 0 && std::strcmp(argv[i + 1], "pdf") == 0)
            return true;
    return false;
}
} // namespace

void registerReportWriters()
{
    cli::registerReportFormat({QStringLiteral("pdf"), true, true, reports::annualPdf, reports::reviewPdf});
    cli::setApplicationFactory([](int& argc, char** argv) -> std::unique_ptr<QCoreApplication> {
        if (!wantsPdf(argc, argv))
            return std::make_unique<QCoreApplication>(argc, argv);
        // Offscreen whatever the environment says: nothing is shown, and an unreachable
        // display (DISPLAY left over from a closed ssh session) must not stop a report.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QApplication>(argc, argv);
    });
}

} // namespace chitieu::ui
