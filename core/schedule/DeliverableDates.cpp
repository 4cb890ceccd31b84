#include "DeliverableDates.h"

#include <QCoreApplication>

namespace chitieu {

std::optional<PlanRole> planRoleOf(const Catalogue& catalogue, const InstallationSettings& s)
{
    switch (s.role) {
    case Role::Unset:
        return std::nullopt;
    case Role::Commune:
        return PlanRole::Communes;
    case Role::District:
        return PlanRole::Districts;
    case Role::Province:
        return PlanRole::ConsolidatingAgency;
    case Role::Department:
        break;
    }
    return s.agencyCode == catalogue.consolidatingAgency ? PlanRole::ConsolidatingAgency : PlanRole::Departments;
}

QString ownAgency(const InstallationSettings& s)
{
    return s.role == Role::Department ? s.agencyCode : QString();
}

std::optional<QDate> dueDate(const Deliverable& d, int year, const InstallationSettings& s)
{
    if (!d.isDue(year))
        return std::nullopt;
    if (d.dateSetByRecipient)
        return QDate(year, s.communeDeadlineMonth, s.communeDeadlineDay);
    return QDate(year, d.month, d.day);
}

QList<const Deliverable*> ownDeliverables(const Catalogue& catalogue, const InstallationSettings& s, int year)
{
    QList<const Deliverable*> out;
    const auto role = planRoleOf(catalogue, s);
    if (!role)
        return out;
    for (const Deliverable& d : catalogue.deliverables)
        if (d.reporters.contains(*role) && d.isDue(year))
            out << &d;
    return out;
}

bool sends(const Deliverable& d, PlanRole role, PlanRole receiver)
{
    return role != receiver && d.reporters.contains(role) && d.receiver() == receiver;
}

QList<const Deliverable*> receivedDeliverables(const Catalogue& catalogue, const InstallationSettings& s, int year)
{
    QList<const Deliverable*> out;
    const auto role = planRoleOf(catalogue, s);
    if (!role)
        return out;
    for (const Deliverable& d : catalogue.deliverables) {
        if (!d.isDue(year))
            continue;
        for (PlanRole sender : d.reporters)
            if (sends(d, sender, *role)) {
                out << &d;
                break;
            }
    }
    return out;
}

QString roleText(const Catalogue& catalogue, PlanRole role)
{
    switch (role) {
    case PlanRole::Communes:
        return QCoreApplication::translate("Schedule", "the communes");
    case PlanRole::Districts:
        return QCoreApplication::translate("Schedule", "the district People's Committee");
    case PlanRole::Departments:
        return QCoreApplication::translate("Schedule", "the departments");
    case PlanRole::ConsolidatingAgency:
        if (const Agency* a = catalogue.agency(catalogue.consolidatingAgency))
            return a->shortName.text();
        break;
    case PlanRole::ProvinceCommittee:
        return catalogue.receivingBody.text();
    }
    return QCoreApplication::translate("Schedule", "the consolidating agency");
}

QString recipientText(const Catalogue& catalogue, const Deliverable& d, PlanRole role)
{
    const QString to = roleText(catalogue, d.to);
    if (!d.via || *d.via == role)
        return to;
    return QCoreApplication::translate("Schedule", "%1, through %2").arg(to, roleText(catalogue, *d.via));
}

QString daysLeftText(qint64 daysLeft)
{
    if (daysLeft == 0)
        return QCoreApplication::translate("Schedule", "due today");
    if (daysLeft == 1)
        return QCoreApplication::translate("Schedule", "1 day left");
    if (daysLeft > 1)
        return QCoreApplication::translate("Schedule", "%1 days left").arg(daysLeft);
    if (daysLeft == -1)
        return QCoreApplication::translate("Schedule", "overdue by 1 day");
    return QCoreApplication::translate("Schedule", "overdue by %1 days").arg(-daysLeft);
}

} // namespace chitieu
