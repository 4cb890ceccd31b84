#pragma once
// Shared test fixtures: a temporary folder and database, a fixed clock, values entered in
// one call, the repository's test data. Core tests and UI tests both link it; it uses Qt
// Core only (support/CliSupport.h runs the command line).

#include "core/Clock.h"
#include "core/workspace/Workspace.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <functional>
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

    // Enter counts for a unit and year (element -> count): the form is then in progress.
    void set(const QString& unit, int year, const std::map<QString, qint64>& counts);
    // Mark a unit's form for a year complete, as a commune does once its figures are in (no
    // checks: a fixture); consolidated figures count only complete forms.
    void complete(const QString& unit, int year);
    // Both: the counts of a commune that has reported.
    void setComplete(const QString& unit, int year, const std::map<QString, qint64>& counts);
    // The installation serves `unit` with `role`, for `userName`.
    void serve(Role role, const QString& unit, const QString& userName);

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

QString writeFile(const QString& path, const QByteArray& bytes);
// Runs the event loop until `done` holds (work coming back from another thread), at most
// `timeoutMs`; returns whether it holds.
bool runEventsUntil(const std::function<bool()>& done, int timeoutMs = 30000);
// A file of the repository's test data (tests/data, see its README.md).
QString dataFile(const QString& relative);

// For the main()s: headless by default (catch_discover_tests runs the executables at build
// time without a display, and child processes inherit it), Vietnamese as the default locale
// (the program's default) and the tests' own settings names; then Catch2 runs the tests.
void prepareTestProcess();
int runCatch(int argc, char* argv[]);

} // namespace chitieu::test

// Lets Catch2 print QStrings in failure messages.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
