#include "InstallationSettings.h"

#include "Database.h"
#include "core/Error.h"
#include "core/Limits.h"

#include <QCoreApplication>
#include <QMap>

namespace chitieu {

InstallationSettings InstallationSettings::load(Database& db)
{
    QMap<QString, QString> values;
    CachedStatement q = db.cached(QStringLiteral("SELECT key, value FROM settings")); // read by every import
    while (q.next())
        values.insert(q.text(0), q.text(1));
    InstallationSettings s;
    s.role = roles.fromKey(values.value(QStringLiteral("role")));
    s.unitCode = values.value(QStringLiteral("unit_code"));
    s.agencyCode = values.value(QStringLiteral("agency_code"));
    s.userName = values.value(QStringLiteral("user_name"));
    s.catalogueId = values.value(QStringLiteral("catalogue_id"));
    s.catalogueVersion = values.value(QStringLiteral("catalogue_version"));
    s.language = values.value(QStringLiteral("language"));
    s.communeDeadlineDay = values.value(QStringLiteral("commune_deadline_day"), QStringLiteral("15")).toInt();
    s.communeDeadlineMonth = values.value(QStringLiteral("commune_deadline_month"), QStringLiteral("11")).toInt();
    s.softChangePercent = values.value(QStringLiteral("soft_change_percent"), QStringLiteral("50")).toInt();
    s.softTargetGapPercent = values.value(QStringLiteral("soft_target_gap_percent"), QStringLiteral("50")).toInt();
    s.minCoveragePercent = values.value(QStringLiteral("min_coverage_percent"), QStringLiteral("100")).toInt();
    s.signerFor = values.value(QStringLiteral("signer_for"));
    s.signerProxy = values.value(QStringLiteral("signer_proxy"));
    s.signerTitle = values.value(QStringLiteral("signer_title"));
    s.signerName = values.value(QStringLiteral("signer_name"));
    s.backupsKept = values.value(QStringLiteral("backups_kept"), QStringLiteral("30")).toInt();
    s.declinedMove = values.value(QStringLiteral("declined_move"));
    return s;
}

void InstallationSettings::save(Database& db) const
{
    // The name goes into every file this installation signs: the program's limits apply.
    limits::checkText(userName, limits::TextKind::Name, QCoreApplication::translate("Settings", "The user name"));
    // The signer's lines are printed on every report.
    const QList<std::pair<QString, QString>> signerLines = {
        {signerFor, QCoreApplication::translate("Settings", "The line above the signer's title")},
        {signerProxy, QCoreApplication::translate("Settings", "The signer's proxy line")},
        {signerTitle, QCoreApplication::translate("Settings", "The signer's title")},
        {signerName, QCoreApplication::translate("Settings", "The signer's name")},
    };
    for (const auto& [text, what] : signerLines)
        limits::checkText(text, limits::TextKind::Name, what);
    const QList<std::pair<const char*, QString>> values = {
        {"role", roles.key(role)},
        {"unit_code", unitCode},
        {"agency_code", agencyCode},
        {"user_name", userName},
        {"catalogue_id", catalogueId},
        {"catalogue_version", catalogueVersion},
        {"language", language},
        {"commune_deadline_day", QString::number(communeDeadlineDay)},
        {"commune_deadline_month", QString::number(communeDeadlineMonth)},
        {"soft_change_percent", QString::number(softChangePercent)},
        {"soft_target_gap_percent", QString::number(softTargetGapPercent)},
        {"min_coverage_percent", QString::number(minCoveragePercent)},
        {"signer_for", signerFor},
        {"signer_proxy", signerProxy},
        {"signer_title", signerTitle},
        {"signer_name", signerName},
        {"backups_kept", QString::number(backupsKept)},
        {"declined_move", declinedMove},
    };
    Database::Transaction t(db);
    for (const auto& [key, value] : values)
        db.run(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
               {QString::fromLatin1(key), value});
    t.commit();
}

} // namespace chitieu

namespace chitieu {

void InstallationSettings::serveUnit(const UnitTree& units, const QString& code)
{
    const OrgUnit* u = units.find(code);
    if (!u)
        throw Error(QCoreApplication::translate("Settings", "The unit %1 is not in the unit list.").arg(code));
    unitCode = u->code;
    switch (u->level) {
    case UnitLevel::Province:
        role = Role::Province;
        return;
    case UnitLevel::District:
        role = Role::District;
        return;
    case UnitLevel::Commune:
        break;
    }
    role = Role::Commune;
}

} // namespace chitieu
