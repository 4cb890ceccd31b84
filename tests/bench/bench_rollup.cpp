// Benchmark (not a test): how long the roll-up takes on the national unit list. Prints
// figures; run by hand: bench_rollup [path-to-admin-units-vietnam-2021.csv]
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>

using namespace chitieu;

namespace {
long residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString units = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(CHITIEU_UNITS_CSV);
    QTemporaryDir dir;
    QTextStream out(stdout);
    QElapsedTimer t;

    t.start();
    Workspace w(dir.filePath(QStringLiteral("bench.sqlite")));
    w.importUnits(UnitTree::loadCsv(units));
    out << "units loaded: " << w.units().units().size() << " in " << t.elapsed() << " ms\n";

    // Every commune, every element, one year: the largest realistic database.
    QList<ValueWrite> writes;
    QRandomGenerator rng(208);
    for (const OrgUnit& u : w.units().units()) {
        if (u.level != UnitLevel::Commune)
            continue;
        for (const DataElement& e : w.catalogue().elements)
            writes << ValueWrite{u.code, 2024, e.code, e.max ? qint64(rng.bounded(2)) : qint64(rng.bounded(1, 5000)),
                                 std::nullopt};
    }
    t.restart();
    w.values().apply(writes, {QStringLiteral("bench"), QStringLiteral("bench"), QString()});
    out << "values stored: " << writes.size() << " in " << t.elapsed() << " ms\n";

    const OrgUnit* root = w.units().roots().value(0);
    const OrgUnit* district = w.units().children(root->code).value(0);
    struct Case
    {
        const char* what;
        QString code;
    };
    for (const Case& c : {Case{"province (first)", root->code}, Case{"district (first)", district->code}}) {
        t.restart();
        const int rounds = 20;
        for (int i = 0; i < rounds; ++i)
            w.calculator().computeAll(c.code, 2024);
        out << "computeAll " << c.what << ": " << double(t.elapsed()) / rounds << " ms per call\n";
    }
    // The whole country: every province in turn.
    t.restart();
    for (const OrgUnit* p : w.units().roots())
        w.calculator().computeAll(p->code, 2024);
    out << "computeAll for all " << w.units().roots().size() << " provinces: " << t.elapsed() << " ms\n";
    out << "peak resident memory: " << residentKb() / 1024 << " MB\n";
    return 0;
}
