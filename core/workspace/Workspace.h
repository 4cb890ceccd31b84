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
#include "core/units/UnitHistory.h"

#include <memory>

namespace chitieu {

class Workspace
{
public:
    // Opens (creating if needed) the database. A new database receives the built-in unit
    // list (Thừa Thiên Huế 2021), Huế's dated trees 2021–2025 with their crosswalk, and the
    // catalogue's id and version. A database of an earlier version that holds exactly the
    // built-in list receives the dated trees at its first opening.
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

    // Adds or updates units from a list (such as the national CSV). When the list held is then
    // no longer the built-in one, the built-in dated trees (Huế's) are removed, and true is
    // returned; dated trees a user loaded stay.
    bool importUnits(const UnitTree& tree);

    // The dated unit trees and their crosswalk (empty for an installation with one tree).
    UnitHistory unitHistory();
    // The tree of a reporting year: the dated tree in force on the year's data date (the
    // catalogue's data_date), or this installation's one unit list when it holds no dated
    // trees. `from` receives the tree's first day (invalid for the one list).
    UnitTree treeOfYear(int year, QDate* from = nullptr);

    // The user data folder's chitieu.sqlite (created on first use).
    static QString defaultDatabasePath();

private:
    bool holdsBuiltInList();

    Database m_db;
    const Catalogue& m_catalogue;
    UnitTree m_units;
    std::unique_ptr<ValueStore> m_values;
    std::unique_ptr<MeasureCalculator> m_calculator;
};

} // namespace chitieu
