#include "Workspace.h"

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

void Workspace::importUnits(const UnitTree& tree)
{
    unitstore::save(m_db, tree);
    m_units = unitstore::load(m_db);
}

QString Workspace::defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("chitieu.sqlite"));
}

} // namespace chitieu
