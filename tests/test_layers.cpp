// The folders of core/ form layers: no folder may reach itself again through the includes of
// its files (schedule -> exchange -> schedule was such a cycle), and core includes nothing of
// the libraries built over it. The test reads the #include lines of the source tree, fails on
// a cycle and prints which folder includes which (run build/tests/test_layers to see it); render/
// and cli/ include nothing of ui/.
#include "support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <functional>
#include <iostream>
#include <map>

namespace {

// folder -> folder it includes -> one include that makes the edge ("file includes file").
using FolderGraph = std::map<QString, std::map<QString, QString>>;

const QString rootFolder = QStringLiteral("(core)"); // the files directly in core/

// The folder of core/ a path such as core/store/Database.h lies in.
QString folderOf(const QString& corePath)
{
    const QStringList parts = corePath.split(QLatin1Char('/'));
    return parts.size() > 2 ? parts[1] : rootFolder;
}

// What a file of core includes, as paths from the repository root ("core/store/Database.h",
// "ui/common/StatusStyle.h"). A quoted include without "core/" is relative to the file.
QStringList includesOf(const QString& sourceDir, const QString& path)
{
    QFile f(QDir(sourceDir).filePath(path));
    REQUIRE(f.open(QIODevice::ReadOnly));
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s+\"([^\"]+)\""),
                                            QRegularExpression::MultilineOption);
    const QString dir = QFileInfo(path).path();
    QStringList out;
    auto it = include.globalMatch(QString::fromUtf8(f.readAll()));
    while (it.hasNext()) {
        const QString target = it.next().captured(1);
        const bool fromRoot = QFileInfo::exists(QDir(sourceDir).filePath(target));
        out << (fromRoot ? target : QDir::cleanPath(dir + QLatin1Char('/') + target));
    }
    return out;
}

FolderGraph coreGraph(const QString& sourceDir, QStringList& outside)
{
    FolderGraph g;
    QDirIterator files(QDir(sourceDir).filePath(QStringLiteral("core")),
                       {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = QDir(sourceDir).relativeFilePath(files.next());
        const QString from = folderOf(path);
        g[from];
        for (const QString& target : includesOf(sourceDir, path)) {
            if (!target.startsWith(QLatin1String("core/"))) {
                outside << QStringLiteral("%1 includes %2").arg(path, target);
                continue;
            }
            const QString to = folderOf(target);
            if (to != from)
                g[from].emplace(to, QStringLiteral("%1 includes %2").arg(path, target));
        }
    }
    return g;
}

// A path of folders that comes back to its start, or empty when there is none.
QStringList findCycle(const FolderGraph& g)
{
    std::map<QString, int> state; // 0 unseen, 1 on the path, 2 done
    QStringList path;
    std::function<bool(const QString&)> visit = [&](const QString& f) {
        state[f] = 1;
        path << f;
        const auto edges = g.find(f);
        if (edges != g.end())
            for (const auto& [to, why] : edges->second) {
                if (state[to] == 1) {
                    path << to;
                    path = path.mid(path.indexOf(to));
                    return true;
                }
                if (state[to] == 0 && visit(to))
                    return true;
            }
        path.removeLast();
        state[f] = 2;
        return false;
    };
    for (const auto& [folder, edges] : g)
        if (state[folder] == 0 && visit(folder))
            return path;
    return {};
}

QString describe(const FolderGraph& g, const QStringList& cycle)
{
    QStringList lines;
    for (int i = 0; i + 1 < cycle.size(); ++i)
        lines << QStringLiteral("  %1 -> %2 (%3)").arg(cycle[i], cycle[i + 1], g.at(cycle[i]).at(cycle[i + 1]));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("The cycle finder names a cycle between folders and passes a layered graph")
{
    FolderGraph g;
    g[QStringLiteral("schedule")][QStringLiteral("exchange")] = QStringLiteral("YearStatus.h includes Completeness.h");
    g[QStringLiteral("exchange")][QStringLiteral("store")] = QStringLiteral("Importer.cpp includes Database.h");
    CHECK(findCycle(g).isEmpty());
    g[QStringLiteral("exchange")][QStringLiteral("schedule")] = QStringLiteral("Completeness.cpp includes Deadlines.h");
    const QStringList cycle = findCycle(g);
    REQUIRE(cycle.size() == 3);
    CHECK(cycle.first() == cycle.last());
    CHECK(describe(g, cycle).contains(QStringLiteral("Completeness.cpp includes Deadlines.h")));
    CHECK(folderOf(QStringLiteral("core/store/Database.h")) == QStringLiteral("store"));
    CHECK(folderOf(QStringLiteral("core/Error.h")) == rootFolder);
}

TEST_CASE("No include cycle between the folders of core, and core includes nothing above it")
{
    QStringList outside;
    const FolderGraph g = coreGraph(QStringLiteral(CHITIEU_SOURCE_DIR), outside);
    REQUIRE(g.size() > 5); // the tree was found

    std::cout << "Folders of core/ and the folders their files include:\n";
    for (const auto& [folder, edges] : g) {
        QStringList to;
        for (const auto& [target, why] : edges)
            to << target;
        std::cout << "  " << folder.toStdString() << " -> " << to.join(QStringLiteral(", ")).toStdString() << "\n";
    }

    const QStringList cycle = findCycle(g);
    INFO("include cycle:\n" << describe(g, cycle).toStdString());
    CHECK(cycle.isEmpty());
    INFO("includes from core of files outside core:\n" << outside.join(QLatin1Char('\n')).toStdString());
    CHECK(outside.isEmpty());
}

TEST_CASE("The document renderer and the command line include nothing of the screens")
{
    // render/ draws PDFs for the command line and the desktop alike: it reads the status
    // colours from core (core/format/StatusLook.h), never from ui/; cli/ links no Widgets.
    const QString sourceDir = QStringLiteral(CHITIEU_SOURCE_DIR);
    QStringList wrong;
    int files = 0;
    for (const QString& library : {QStringLiteral("render"), QStringLiteral("cli")}) {
        QDirIterator it(QDir(sourceDir).filePath(library), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = QDir(sourceDir).relativeFilePath(it.next());
            ++files;
            for (const QString& target : includesOf(sourceDir, path))
                if (target.startsWith(QLatin1String("ui/")) || target.startsWith(QLatin1String("app/")) ||
                    (library == QLatin1String("render") && target.startsWith(QLatin1String("cli/"))))
                    wrong << QStringLiteral("%1 includes %2").arg(path, target);
        }
    }
    REQUIRE(files > 10); // the trees were found
    INFO(wrong.join(QLatin1Char('\n')).toStdString());
    CHECK(wrong.isEmpty());
}
