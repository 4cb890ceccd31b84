// Measures computed from counts (being extended with hand-worked cases for all 32).
#include "support/TestSupport.h"

using namespace chitieu;

TEST_CASE("2a at commune level")
{
    test::TempWorkspace ws;
    ws.set(QStringLiteral("19744"), 2024, {{QStringLiteral("live_births"), 400}, {QStringLiteral("neonatal_deaths"), 2}});
    const MeasureResult r = ws->calculator().compute(*ws->catalogue().measure(QStringLiteral("2a")), QStringLiteral("19744"), 2024);
    CHECK(r.value == Approx(5.0)); // 2 / 400 x 1000
    CHECK(r.status == MeasureStatus::NotMet);
}
