#pragma once
// Dates and times as people read them: day first, dd/MM/yyyy, as the plan's documents write
// them (en_GB writes the day first too, so English keeps the same pattern). Files and the
// database use ISO 8601 instead (exchange::timeText, Qt::ISODate).

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace chitieu {

QString formatDate(const QDate& date);                        // "05/12/2024"; empty for an invalid date
QString formatDate(const std::optional<QDateTime>& time);     // the day of a time; empty when there is none
QString formatDateTime(const QDateTime& time);                // "05/12/2024 09:30"; empty for an invalid time
QString formatDateTime(const std::optional<QDateTime>& time); // empty when there is none

} // namespace chitieu
