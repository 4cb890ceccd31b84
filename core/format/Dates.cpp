#include "Dates.h"

namespace chitieu {

QString formatDate(const QDate& date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString formatDate(const std::optional<QDateTime>& time)
{
    return time ? formatDate(time->date()) : QString();
}

QString formatDateTime(const QDateTime& time)
{
    return time.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString formatDateTime(const std::optional<QDateTime>& time)
{
    return time ? formatDateTime(*time) : QString();
}

} // namespace chitieu
