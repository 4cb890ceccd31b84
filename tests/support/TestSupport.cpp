#include "TestSupport.h"

#include "cli/Cli.h"

#include <QFile>
#include <QProcess>

namespace chitieu::test {

TempWorkspace::TempWorkspace()
{
    REQUIRE(m_dir.isValid());
    m_workspace = std::make_unique<Workspace>(path());
}

void TempWorkspace::set(const QString& unit, int year, const std::map<QString, qint64>& counts)
{
    QList<ValueWrite> writes;
    for (const auto& [element, count] : counts)
        writes << ValueWrite{unit, year, element, count, std::nullopt};
    m_workspace->values().apply(writes, {QStringLiteral("test"), QStringLiteral("test"), QString()});
}

ScopedClock::ScopedClock(const QDateTime& at) : m_clock(at)
{
    Clock::install(&m_clock);
}

ScopedClock::~ScopedClock()
{
    Clock::install(nullptr);
}

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

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QString sharedFile(const QString& relative)
{
    return QStringLiteral(CHITIEU_SHARED_DIR "/") + relative;
}

} // namespace chitieu::test
