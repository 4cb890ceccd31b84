#include "Program.h"

#include "Cli.h"
#include "LoadedLibraries.h"
#include "PdfModuleLoader.h"
#include "chitieu/Version.h"
#include "core/Error.h"
#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

namespace chitieu::cli {

int runProgram(int argc, char* argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    // A command that draws (a PDF) runs on the PDF module's QGuiApplication, every other on a
    // QCoreApplication, without Qt Gui. The module is loaded before the application is made;
    // when it cannot be, the command stops at its problem, said once the language is set.
    const bool draws = needsGui(args);
    std::unique_ptr<QCoreApplication> app;
    if (draws) {
        try {
            app.reset(PdfModule::forProcess().makeApplication(argc, argv));
        } catch (const Error&) { // said below
        }
    }
    const bool drawing = app != nullptr;
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("chitieu"));
    QCoreApplication::setApplicationName(QStringLiteral("chitieu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHITIEU_VERSION));
    // The command line follows the system's language (LANG, LANGUAGE): see core/i18n/Language.h.
    i18n::applyLanguage(i18n::chooseLanguage(QString()));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (draws && !drawing) {
        try {
            PdfModule::forProcess(); // fails again, now in the user's language
        } catch (const Error& e) {
            err << e.message() << "\n";
            return Refused;
        }
    }
    const int code = run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    if (qEnvironmentVariable("CHITIEU_DEBUG_PRINT_MAPS") == QLatin1String("1"))
        for (const QString& path : loadedLibraries())
            err << "CHITIEU_DEBUG_PRINT_MAPS " << path << "\n";
    err.flush();
    return code;
}

} // namespace chitieu::cli
