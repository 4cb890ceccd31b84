#pragma once
// One open database with what it needs around it: the catalogue, the unit tree, the value
// store and the calculator. The CLI and the desktop program both work through it; a function
// that needs only one of these parts takes that part, not the workspace.

#include "core/catalogue/Catalogue.h"
#include "core/compute/MeasureCalculator.h"
#include "core/store/Database.h"
#include "core/store/InstallationSettings.h"
#include "core/store/ValueStore.h"
#include "core/units/OrgUnit.h"

#include <memory>

namespace chitieu {

class Workspace
{
public:
    // Opens (creating if needed) the database. A new database receives the built-in unit
    // list (Thừa Thiên Huế 2021) and the catalogue's id and version.
    explicit Workspace(const QString& databasePath, const Catalogue& catalogue = Catalogue::builtIn());
    // The same, creating a database only as `mode` allows (Database::OpenMode).
    Workspace(const QString& databasePath, Database::OpenMode mode, const Catalogue& catalogue = Catalogue::builtIn());

    Database& db() { return m_db; }
    const Catalogue& catalogue() const { return m_catalogue; }
    const UnitTree& units() const { return m_units; }
    ValueStore& values() { return *m_values; }
    MeasureCalculator& calculator() { return *m_calculator; }

    InstallationSettings settings() { return InstallationSettings::load(m_db); }
    void saveSettings(const InstallationSettings& s) { s.save(m_db); }

    // Adds or updates units from a list (such as the national CSV).
    void importUnits(const UnitTree& tree);

    // The user data folder's chitieu.sqlite (created on first use).
    static QString defaultDatabasePath();

private:
    Database m_db;
    const Catalogue& m_catalogue;
    UnitTree m_units;
    std::unique_ptr<ValueStore> m_values;
    std::unique_ptr<MeasureCalculator> m_calculator;
};

} // namespace chitieu
