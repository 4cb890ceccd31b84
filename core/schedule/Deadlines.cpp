#include "Deadlines.h"

#include "core/catalogue/Catalogue.h"

#include <QCoreApplication>
#include <algorithm>

namespace chitieu {

namespace {
// Who receives a catalogue deadline's report: the plan sends every report to the
// provincial People's Committee, most of them through Sở LĐTBXH.
QString recipientText(const Catalogue& catalogue, const Deadline& d)
{
    QString to = d.to == QLatin1String("ubnd_tinh")
                     ? QCoreApplication::translate("Schedule", "Provincial People's Committee")
                     : d.to;
    if (const Agency* via = catalogue.agency(d.via))
        to = QCoreApplication::translate("Schedule", "%1, through %2").arg(to, via->shortName.text());
    return to;
}
} // namespace

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

QString communeDeadlineId()
{
    return QStringLiteral("communes");
}

bool reportedBy(const QString& reporters, Role role)
{
    switch (role) {
    case Role::Commune:
    case Role::Unset:
        return false; // the plan gives communes no deadline of their own
    case Role::District:
        return reporters == QLatin1String("districts") || reporters == QLatin1String("departments_and_districts");
    case Role::Province:
    case Role::Department:
        break;
    }
    // The province's installation is Sở LĐTBXH's, which consolidates every report above the
    // districts; the reviews are its work too (the districts feed them through their yearly files).
    return reporters != QLatin1String("districts");
}

QList<DueItem> deadlinesFor(const Catalogue& catalogue, const InstallationSettings& settings, int year,
                            std::optional<UnitLevel> childLevel)
{
    QList<DueItem> out;
    if (settings.role == Role::Commune) {
        out << DueItem{communeDeadlineId(), submissionDeadline(catalogue, settings, UnitLevel::Commune, year), false,
                       QCoreApplication::translate("Schedule", "The commune's data file for the year"),
                       QCoreApplication::translate("Schedule", "District People's Committee")};
    } else {
        for (const Deadline& d : catalogue.deadlines) {
            const auto date = deadlineDate(d, year);
            if (date && reportedBy(d.reporters, settings.role))
                out << DueItem{d.id, *date, false, d.what.text(), recipientText(catalogue, d)};
        }
    }
    if (childLevel) {
        const bool communes = *childLevel == UnitLevel::Commune;
        DueItem below;
        below.id = communes ? communeDeadlineId() : QStringLiteral("district-25-11");
        below.date = submissionDeadline(catalogue, settings, *childLevel, year);
        below.fromBelow = true;
        below.what = communes ? QCoreApplication::translate("Schedule", "The communes' data files")
                              : QCoreApplication::translate("Schedule", "The districts' data files");
        below.to = QCoreApplication::translate("Schedule", "This unit");
        out << below;
    }
    // By date; on the same day this unit's own report first.
    std::stable_sort(out.begin(), out.end(), [](const DueItem& a, const DueItem& b) {
        return a.date != b.date ? a.date < b.date : (!a.fromBelow && b.fromBelow);
    });
    return out;
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
