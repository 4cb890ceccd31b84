#include "Clock.h"

namespace chitieu {

namespace {
const SystemClock systemClock;
const Clock* installed = nullptr;
} // namespace

const Clock& Clock::instance()
{
    return installed ? *installed : systemClock;
}

QString storedTime(const QDateTime& t)
{
    return t.isValid() ? t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODateWithMs) : QString();
}

QDateTime storedTimeFrom(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

void Clock::install(const Clock* clock)
{
    installed = clock;
}

} // namespace chitieu
