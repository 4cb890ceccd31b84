#include "Workspace.h"

#include "core/store/UnitHistoryStore.h"
#include "core/store/UnitStore.h"

#include <QDir>
#include <QStandardPaths>

namespace chitieu {

Workspace::Workspace(const QString& databasePath, const Catalogue& catalogue)
    : Workspace(databasePath, Database::OpenMode::CreateIfMissing, catalogue)
{}

Workspace::Workspace(const QString& databasePath, Database::OpenMode mode, const Catalogue& catalogue)
    : m_db(databasePath, mode), m_catalogue(catalogue)
{
    if (unitstore::isEmpty(m_db))
        unitstore::save(m_db, UnitTree::builtIn());
    if (unithistory::isEmpty(m_db) && holdsBuiltInList())
        unithistory::saveAll(m_db, UnitHistory::builtIn(), QStringLiteral("built-in"), QStringLiteral("chitieu"));
    InstallationSettings s = settings();
    if (s.catalogueId != catalogue.id || s.catalogueVersion != catalogue.version) {
        s.catalogueId = catalogue.id;
        s.catalogueVersion = catalogue.version;
        s.save(m_db);
    }
    m_units = unitstore::load(m_db);
    m_values = std::make_unique<ValueStore>(m_db, m_catalogue, m_units);
    m_calculator = std::make_unique<MeasureCalculator>(m_db, m_catalogue);
}

bool Workspace::importUnits(const UnitTree& tree)
{
    unitstore::save(m_db, tree);
    m_units = unitstore::load(m_db);
    // Huế's dated trees describe the built-in list only: on another list (the national one)
    // every year is added up on the list itself, not on trees that hold only Huế.
    return !holdsBuiltInList() && unithistory::removeBuiltIn(m_db);
}

bool Workspace::holdsBuiltInList()
{
    const UnitTree builtInTree = UnitTree::builtIn();
    // Counted first: a national list is not loaded at every opening only to be told apart.
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM units")).toLongLong() != builtInTree.units().size())
        return false;
    const UnitTree heldTree = unitstore::load(m_db);
    QSet<QString> held;
    for (const OrgUnit& u : heldTree.units())
        held.insert(u.code);
    QSet<QString> builtIn;
    for (const OrgUnit& u : builtInTree.units())
        builtIn.insert(u.code);
    return held == builtIn;
}

UnitHistory Workspace::unitHistory()
{
    return m_calculator->history();
}

UnitTree Workspace::treeOfYear(int year, QDate* from)
{
    const UnitHistory history = unitHistory();
    if (history.isEmpty()) {
        if (from)
            *from = QDate();
        return m_units;
    }
    const DatedTree* t = history.treeOn(m_catalogue.dataDate(year));
    if (from)
        *from = t->from;
    return t->tree;
}

QString Workspace::defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("chitieu.sqlite"));
}

} // namespace chitieu
