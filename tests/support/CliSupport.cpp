#include "CliSupport.h"

#include "cli/Cli.h"

#include <QProcess>
#include <QTextStream>

namespace chitieu::test {

CliResult runCli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(CHITIEU_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

CliResult runCliInProcess(const QStringList& args)
{
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    const int code = cli::run(args, o, e);
    o.flush();
    e.flush();
    return {code, out, err};
}

} // namespace chitieu::test
