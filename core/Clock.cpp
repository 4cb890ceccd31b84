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

void Clock::install(const Clock* clock)
{
    installed = clock;
}

} // namespace chitieu
