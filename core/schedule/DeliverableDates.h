#pragma once
// The plan's deliverables as an installation sees them: which role it plays in the plan,
// which deliverables it makes and which it receives in a year, and when each is due. Every
// answer comes from the catalogue's roles: no deliverable id, agency code or date of plan
// 208 is written here.

#include "core/catalogue/Catalogue.h"
#include "core/store/InstallationSettings.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace chitieu {

// The role an installation plays: a commune, a district, a department, or the consolidating
// agency (the province's installation, or the department the catalogue names as consolidating).
// Nothing for an installation not set up.
std::optional<PlanRole> planRoleOf(const Catalogue& catalogue, const InstallationSettings& settings);
// The agency whose reports this installation makes: a department's code; empty for a unit's
// People's Committee and for the province's installation.
QString ownAgency(const InstallationSettings& settings);

// The date a deliverable is due in `year`, or nothing when it is not due that year. A date
// the recipient sets (the communes' data) is the district's own deadline, a setting.
std::optional<QDate> dueDate(const Deliverable& deliverable, int year, const InstallationSettings& settings);

// What this installation makes in `year` (its role is among the reporters), in catalogue order.
QList<const Deliverable*> ownDeliverables(const Catalogue& catalogue, const InstallationSettings& settings, int year);
// What it receives in `year`: deliverables sent to its role (directly or to pass on).
QList<const Deliverable*> receivedDeliverables(const Catalogue& catalogue, const InstallationSettings& settings,
                                               int year);
// Whether units or departments of `role` send `deliverable` to an installation of `receiver`.
bool sends(const Deliverable& deliverable, PlanRole role, PlanRole receiver);

// Who receives the deliverable made by `role`, in the UI language: "Provincial People's
// Committee, through Sở LĐTBXH" ("through" left out when the role is the one passing it on).
QString recipientText(const Catalogue& catalogue, const Deliverable& deliverable, PlanRole role);
// The words for a role ("the districts", "the consolidating agency Sở LĐTBXH").
QString roleText(const Catalogue& catalogue, PlanRole role);

// "5 days left", "1 day left", "due today", "overdue by 3 days": translated words.
QString daysLeftText(qint64 daysLeft);

} // namespace chitieu
