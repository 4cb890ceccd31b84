#include "Deadlines.h"

#include "core/catalogue/Catalogue.h"
#include "core/store/InstallationSettings.h"

namespace chitieu {

std::optional<QDate> deadlineDate(const Deadline& d, int year)
{
    if (!d.yearly && d.year && *d.year != year)
        return std::nullopt;
    return QDate(year, d.month, d.day);
}

QDate submissionDeadline(const Catalogue& catalogue, const InstallationSettings& settings, UnitLevel senderLevel,
                         int year)
{
    if (senderLevel == UnitLevel::Commune)
        return QDate(year, settings.communeDeadlineMonth, settings.communeDeadlineDay);
    for (const Deadline& d : catalogue.deadlines)
        if (d.id == QLatin1String("district-25-11"))
            if (const auto date = deadlineDate(d, year))
                return *date;
    return QDate(year, 11, 25);
}

} // namespace chitieu
