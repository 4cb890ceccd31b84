#include "Program.h"

#include "Cli.h"
#include "LoadedLibraries.h"
#include "chitieu/Version.h"
#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

namespace chitieu::cli {

namespace {
// Drawing needs Qt Gui, and Qt Gui a platform: offscreen, since nothing is shown and there
// is often no display. A platform the user set is tried first, with offscreen behind it, so
// that a display left over from a closed ssh session does not stop a report.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (!needsGui(args))
        return std::make_unique<QCoreApplication>(argc, argv);
    const QByteArray chosen = qgetenv("QT_QPA_PLATFORM");
    qputenv("QT_QPA_PLATFORM", chosen.isEmpty() ? QByteArray("offscreen") : chosen + ";offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}
} // namespace

int runProgram(int argc, char* argv[])
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("chitieu"));
    QCoreApplication::setApplicationName(QStringLiteral("chitieu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHITIEU_VERSION));
    // The command line follows the system's language (LANG, LANGUAGE): see core/i18n/Language.h.
    i18n::applyLanguage(i18n::chooseLanguage(QString()));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    if (qEnvironmentVariable("CHITIEU_DEBUG_PRINT_MAPS") == QLatin1String("1"))
        for (const QString& path : loadedQtLibraries())
            err << "CHITIEU_DEBUG_PRINT_MAPS " << path << "\n";
    err.flush();
    return code;
}

} // namespace chitieu::cli
