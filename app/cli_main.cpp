#include "chitieu/Version.h"
#include "core/cli/Cli.h"
#include "core/cli/ReportFormats.h"
#include "core/i18n/Language.h"
#include "ui/reports/ReportWriters.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    chitieu::ui::registerReportWriters(); // pdf needs Qt Gui, which chitieu_core does not link
    const auto app = chitieu::cli::makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("chitieu"));
    QCoreApplication::setApplicationName(QStringLiteral("chitieu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHITIEU_VERSION));
    // The command line follows the system's language (LANG, LANGUAGE): see core/i18n/Language.h.
    chitieu::i18n::applyLanguage(chitieu::i18n::chooseLanguage(QString()));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = chitieu::cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
