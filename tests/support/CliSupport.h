#pragma once
// Running the command line from a test: the real chitieu-cli executable, or its code
// in-process. Linked by the tests registered with chitieu_add_test(... CLI).

#include <QString>
#include <QStringList>

namespace chitieu::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real chitieu-cli executable.
CliResult runCli(const QStringList& args);
// Runs the CLI in-process (faster, same code path).
CliResult runCliInProcess(const QStringList& args);

} // namespace chitieu::test
