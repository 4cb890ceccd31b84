#pragma once
// Shared test fixtures: a temporary folder and database, a fixed clock, values entered in
// one call, and a way to run the command-line program.

#include "core/Clock.h"
#include "core/workspace/Workspace.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <map>
#include <memory>

namespace chitieu::test {

// A fresh database in a temporary folder, with the built-in units and catalogue.
class TempWorkspace
{
public:
    TempWorkspace();
    Workspace& operator*() { return *m_workspace; }
    Workspace* operator->() { return m_workspace.get(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    // Enter counts for a unit and year (element -> count).
    void set(const QString& unit, int year, const std::map<QString, qint64>& counts);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

// Installs a fixed clock for the lifetime of the object.
class ScopedClock
{
public:
    explicit ScopedClock(const QDateTime& at);
    ~ScopedClock();
    FixedClock& clock() { return m_clock; }

private:
    FixedClock m_clock;
};

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

QString writeFile(const QString& path, const QByteArray& bytes);
QString sharedFile(const QString& relative); // a file under ../shared

} // namespace chitieu::test

// Lets Catch2 print QStrings in failure messages.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
