// Keystroke benchmark (not a test): opens the entry form of a commune that has data and types
// into its children_total field with QTest, one key at a time (a 0 appended, then Backspace),
// timing each key until the form's measures are recomputed and the form has repainted.
// Prints: keystroke_us_median=... keystroke_us_p90=... keys=...
// Usage: bench_keystroke --db FILE --unit COMMUNE --year Y [--keys N]
// The database's installation is set to that commune (use a copy).
#include "core/workspace/Workspace.h"
#include "ui/entry/CountEdit.h"
#include "ui/entry/EntryForm.h"
#include "ui/entry/EntryRows.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLabel>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace chitieu;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database."), QStringLiteral("FILE"));
    const QCommandLineOption unit(QStringLiteral("unit"), QStringLiteral("Commune."), QStringLiteral("CODE"));
    const QCommandLineOption year(QStringLiteral("year"), QStringLiteral("Year."), QStringLiteral("Y"),
                                  QStringLiteral("2024"));
    const QCommandLineOption keys(QStringLiteral("keys"), QStringLiteral("Keys to time."), QStringLiteral("N"),
                                  QStringLiteral("400"));
    p.addOptions({db, unit, year, keys});
    p.addHelpOption();
    p.process(app);
    if (!p.isSet(db) || !p.isSet(unit)) {
        std::fprintf(stderr, "bench_keystroke: --db and --unit are needed\n");
        return 2;
    }
    Workspace w(p.value(db));
    InstallationSettings s = w.settings();
    s.role = Role::Commune;
    s.unitCode = p.value(unit);
    s.userName = QStringLiteral("bench");
    w.saveSettings(s);

    ui::EntryForm form(w);
    form.setYear(p.value(year).toInt());
    form.resize(1366, 768);
    form.show();
    if (!QTest::qWaitForWindowExposed(&form)) {
        std::fprintf(stderr, "bench_keystroke: the form was not shown\n");
        return 1;
    }
    QApplication::setActiveWindow(&form);
    const QString element = QStringLiteral("children_total");
    ui::CountEdit* field = form.field(element);
    QLabel* rate = form.measureRow(QStringLiteral("6a"))->value; // children_special / children_total
    const auto stored = w.values().value(p.value(unit), p.value(year).toInt(), element);
    if (!field || !rate || !stored || *stored < 100 || form.model() == nullptr) {
        std::fprintf(stderr, "bench_keystroke: the commune needs a stored children_total of 100 or more\n");
        return 1;
    }
    // The stored count typed anew without grouping, so that one more digit is still a count.
    field->setFocus(Qt::MouseFocusReason);
    field->selectAll();
    QTest::keyClicks(field, QString::number(*stored));
    QCoreApplication::processEvents();
    const QString before = rate->text();

    const int n = p.value(keys).toInt();
    QList<qint64> us;
    QElapsedTimer t;
    for (int i = 0; i < n; ++i) {
        const bool append = i % 2 == 0; // a 0 makes children_total ten times larger; Backspace undoes it
        t.start();
        QTest::keyClick(field, append ? Qt::Key_0 : Qt::Key_Backspace);
        QCoreApplication::processEvents(); // the repaint the changed labels asked for
        us << t.nsecsElapsed() / 1000;
        if ((rate->text() == before) == append) {
            std::fprintf(stderr, "bench_keystroke: the measure 6a did not follow key %d (%s)\n", i,
                         qPrintable(rate->text()));
            return 1;
        }
    }
    std::sort(us.begin(), us.end());
    std::printf("keystroke_us_median=%lld keystroke_us_p90=%lld keys=%d\n", static_cast<long long>(us[n / 2]),
                static_cast<long long>(us[n * 9 / 10]), n);
    return 0;
}
