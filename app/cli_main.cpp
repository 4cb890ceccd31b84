#include "core/cli/Cli.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("chitieu"));
    QCoreApplication::setApplicationName(QStringLiteral("chitieu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHITIEU_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = chitieu::cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
