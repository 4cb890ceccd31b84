#pragma once
// What this installation is: the unit it serves, its role, the user's name. Kept in the
// database's settings table; this struct is the only place that knows the keys.

#include "core/EnumTable.h"
#include "core/units/OrgUnit.h"

#include <QDate>
#include <QString>

namespace chitieu {

class Database;

enum class Role { Unset, Commune, District, Province, Department };

struct InstallationSettings
{
    Role role = Role::Unset;
    QString unitCode;   // the commune, district or province served (the province for a department)
    QString agencyCode; // for a department installation
    QString userName;
    QString catalogueId;
    QString catalogueVersion;
    QString language;            // empty: follow the system
    int communeDeadlineDay = 15; // a district's own deadline for its communes
    int communeDeadlineMonth = 11;
    // Soft checks of the entry form: a count that moved by more than this share from last
    // year, or a rate further than this share from its target, asks for a comment.
    int softChangePercent = 50;
    int softTargetGapPercent = 50;
    // Above commune level a figure gets a status (met, not met) only when it covers at least
    // this share of the communes expected; below it the status is "incomplete" (value shown).
    int minCoveragePercent = 100;
    // Who signs this installation's documents (Decree 30/2020's signature block). Empty lines
    // are left out; an empty title takes the default of the issuing body.
    QString signerFor;   // "TM. ỦY BAN NHÂN DÂN": signing on behalf of a collective body
    QString signerProxy; // "KT. CHỦ TỊCH": a deputy signing for the head
    QString signerTitle; // "PHÓ CHỦ TỊCH", "GIÁM ĐỐC"
    QString signerName;
    // How many backups (store/Backups) are kept beside the database; older ones are deleted.
    int backupsKept = 30;

    // A move to a merged unit's new unit that the user declined, "OLD>NEW": not offered again
    // at start (File > Administrative units over the years... still offers it).
    QString declinedMove;

    bool isConfigured() const { return role != Role::Unset && !unitCode.isEmpty(); }
    // Serves `code` of `units` with the role its level gives (init --unit, and the move of a
    // merged unit's installation to its new unit). Throws Error when `units` does not hold it.
    void serveUnit(const UnitTree& units, const QString& code);

    static InstallationSettings load(Database& db);
    void save(Database& db) const;
};

// "" is Unset: no role chosen yet.
inline constexpr EnumEntry<Role> roleEntries[] = {
    {Role::Unset, ""},
    {Role::Commune, "commune"},
    {Role::District, "district"},
    {Role::Province, "province"},
    {Role::Department, "department"},
};
inline constexpr EnumTable<Role> roles("Keys", QT_TRANSLATE_NOOP("Keys", "role"), roleEntries);

} // namespace chitieu
