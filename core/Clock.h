#pragma once
// The one clock. Everything that depends on "now" (deadlines, lateness, audit times)
// asks a Clock, so tests can fix the date.

#include <QDate>
#include <QDateTime>

namespace chitieu {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }

    // The process-wide clock: the system clock unless a test installed another.
    static const Clock& instance();
    static void install(const Clock* clock); // nullptr restores the system clock
};

// A time as the database and the exchange files keep it: ISO 8601 with milliseconds and the
// UTC offset (2024-11-10T09:30:00.000+07:00); empty for an invalid time.
QString storedTime(const QDateTime& time);
// The time a stored text says (as storedTime writes it, or without the offset as older rows
// have it); invalid for an empty or unreadable text.
QDateTime storedTimeFrom(const QString& text);

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime& at) { m_at = at; }

private:
    QDateTime m_at;
};

} // namespace chitieu
