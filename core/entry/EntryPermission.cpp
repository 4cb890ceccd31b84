#include "EntryPermission.h"

#include "core/Error.h"
#include "core/store/InstallationSettings.h"
#include "core/units/OrgUnit.h"

#include <QCoreApplication>

namespace chitieu {

QString EntryPermission::source() const
{
    return onBehalf ? ChangeContext::districtEntry : ChangeContext::entry;
}

ChangeContext EntryPermission::context(const InstallationSettings& settings, const QString& sourceOverride) const
{
    ChangeContext c;
    c.user = settings.userName;
    c.source = sourceOverride.isEmpty() ? source() : sourceOverride;
    c.enteredByUnit = settings.unitCode;
    return c;
}

EntryPermission EntryPermission::check(const InstallationSettings& settings, const UnitTree& units,
                                       const QString& unitCode)
{
    EntryPermission p;
    if (settings.role == Role::Province || settings.role == Role::Department) {
        p.refusal = QCoreApplication::translate(
            "EntryPermission", "Communes enter their figures themselves, or their district does for them; "
                               "this computer only reads them.");
        return p;
    }
    if (settings.role == Role::Unset) {
        p.refusal = QCoreApplication::translate(
            "EntryPermission",
            "Choose which unit this computer serves (Settings > Settings...) before entering figures.");
        return p;
    }
    const OrgUnit* unit = units.find(unitCode);
    if (!unit) {
        p.refusal =
            QCoreApplication::translate("EntryPermission", "The unit %1 is not in the unit list.").arg(unitCode);
        return p;
    }
    if (unit->level != UnitLevel::Commune) {
        p.refusal = QCoreApplication::translate("EntryPermission",
                                                "The yearly form is entered for a commune: choose a commune, not %1.")
                        .arg(units.displayName(unitCode));
        return p;
    }
    if (settings.role == Role::Commune) {
        if (settings.unitCode == unitCode)
            p.allowed = true;
        else
            p.refusal = QCoreApplication::translate("EntryPermission",
                                                    "This computer enters the figures of %1 only; %2 enters its own.")
                            .arg(units.displayName(settings.unitCode), units.displayName(unitCode));
        return p;
    }
    // A district enters for the communes under it.
    if (units.isWithin(unitCode, settings.unitCode)) {
        p.allowed = true;
        p.onBehalf = true;
    } else {
        p.refusal = QCoreApplication::translate(
                        "EntryPermission", "%1 is not under %2: this computer can enter only for its own communes.")
                        .arg(units.displayName(unitCode), units.displayName(settings.unitCode));
    }
    return p;
}

void EntryPermission::requireInBranch(const InstallationSettings& settings, const UnitTree& units,
                                      const QString& unitCode)
{
    if (settings.role == Role::Province || settings.role == Role::Department || settings.unitCode.isEmpty() ||
        !units.find(unitCode) || !units.find(settings.unitCode))
        return; // the whole province, or nothing to compare with (unknown units are refused by the store)
    if (unitCode == settings.unitCode || units.isWithin(unitCode, settings.unitCode))
        return;
    throw Error(QCoreApplication::translate(
                    "EntryPermission",
                    "%1 is not in the branch of %2, the unit this installation serves: it stores the values of %2 "
                    "and the units under it only. The values of %1 come in its own file, through its district.")
                    .arg(units.displayName(unitCode), units.displayName(settings.unitCode)));
}

QList<const OrgUnit*> EntryPermission::enterableUnits(const InstallationSettings& settings, const UnitTree& units)
{
    QList<const OrgUnit*> out;
    if (settings.role == Role::Commune) {
        if (const OrgUnit* u = units.find(settings.unitCode); u && u->level == UnitLevel::Commune)
            out << u;
    } else if (settings.role == Role::District) {
        out = units.communesUnder(settings.unitCode);
    }
    return out;
}

} // namespace chitieu
