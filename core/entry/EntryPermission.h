#pragma once
// Who may enter a commune's yearly form. A commune installation enters its own commune. A
// district installation may enter for any commune under it (a commune that sent paper
// forms); those values are marked as entered by the district. Other installations only read.

#include "core/store/ValueStore.h"

#include <QList>
#include <QString>

namespace chitieu {

struct InstallationSettings;
class UnitTree;
struct OrgUnit;

struct EntryPermission
{
    bool allowed = false;
    bool onBehalf = false; // a district entering for one of its communes
    QString refusal;       // why not, when not allowed: a sentence for the user

    // The audit source of a typed edit: "entry", or "district_entry" when on behalf.
    QString source() const;
    // How the installation's writes are marked (user, source, enteredByUnit).
    ChangeContext context(const InstallationSettings& settings, const QString& sourceOverride = {}) const;

    static EntryPermission check(const InstallationSettings& settings, const UnitTree& units, const QString& unitCode);
    // The command line stores values of this installation's branch only (its unit and the
    // units under it); the province and departments hold the whole province. Throws Error
    // naming both units otherwise. An installation that has no unit yet takes any.
    static void requireInBranch(const InstallationSettings& settings, const UnitTree& units, const QString& unitCode);
    // The communes this installation may enter, in tree order.
    static QList<const OrgUnit*> enterableUnits(const InstallationSettings& settings, const UnitTree& units);
};

} // namespace chitieu
