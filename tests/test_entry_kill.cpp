// "If the program is killed at any moment, at most the edit being typed is lost": a child
// process (this test binary, in a hidden case) commits edits through the form model, leaves
// one typed but not committed, and kills itself with SIGKILL; the database it leaves behind
// holds every committed edit and its audit rows.
#include "core/entry/EntryFormModel.h"
#include "core/store/InstallationSettings.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <csignal>

using namespace chitieu;

TEST_CASE("child: commit two edits, leave one typed, then die", "[.killed-child]")
{
    Workspace w(qEnvironmentVariable("CHITIEU_KILL_DB"));
    InstallationSettings s = w.settings();
    s.role = Role::Commune;
    s.unitCode = "19744";
    s.userName = "Lê Văn C";
    w.saveSettings(s);
    EntryFormModel model(w);
    model.open("19744", 2024);
    model.commit({{"live_births", 250, {}}});
    model.commit({{"neonatal_deaths", 1, {}}});
    model.setPending("infant_deaths", 2); // being typed when the power goes
    std::raise(SIGKILL);
}

TEST_CASE("A form killed at any moment keeps every committed edit")
{
    QTemporaryDir dir;
    const QString db = dir.filePath("killed.sqlite");
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("CHITIEU_KILL_DB", db);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {"[.killed-child]"});
    REQUIRE(child.waitForFinished(60000));
    // It died by the signal, not by returning.
    CHECK(child.exitStatus() == QProcess::CrashExit);

    Workspace after(db); // the WAL left behind is recovered on open
    CHECK(after.values().value("19744", 2024, "live_births") == 250);
    CHECK(after.values().value("19744", 2024, "neonatal_deaths") == 1);
    CHECK_FALSE(after.values().value("19744", 2024, "infant_deaths").has_value());
    CHECK(after.values().audit("19744", 2024).size() == 2);
}
