// Entering counts: validation, audit trail, all-or-nothing.
#include "core/Error.h"
#include "core/store/ValueStore.h"
#include "support/TestSupport.h"

using namespace chitieu;

namespace {
QString refusal(test::TempWorkspace& ws, const ValueWrite& w)
{
    try {
        ws->values().apply({w}, {QStringLiteral("t"), QStringLiteral("test"), QString()});
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}
} // namespace

TEST_CASE("Each change is stored with an audit row holding old and new")
{
    test::TempWorkspace ws;
    test::ScopedClock clock(QDateTime(QDate(2024, 11, 20), QTime(9, 30)));
    ChangeContext who{QStringLiteral("Lê Văn C"), QStringLiteral("entry"), QStringLiteral("19744")};
    ws->values().apply({{QStringLiteral("19744"), 2024, QStringLiteral("live_births"), 120, QStringLiteral("sổ A")}},
                       who);
    ws->values().apply({{QStringLiteral("19744"), 2024, QStringLiteral("live_births"), 125, std::nullopt}}, who);
    // Writing the same value again is not a change.
    CHECK(ws->values().apply({{QStringLiteral("19744"), 2024, QStringLiteral("live_births"), 125, std::nullopt}},
                             who) == 0);

    CHECK(ws->values().value(QStringLiteral("19744"), 2024, QStringLiteral("live_births")) == 125);
    const auto stored = ws->values().values(QStringLiteral("19744"), 2024);
    CHECK(stored.value(QStringLiteral("live_births")).comment == QStringLiteral("sổ A")); // kept
    CHECK(stored.value(QStringLiteral("live_births")).changedBy == QStringLiteral("Lê Văn C"));
    CHECK(stored.value(QStringLiteral("live_births")).changedAt == QDateTime(QDate(2024, 11, 20), QTime(9, 30)));

    const QList<AuditRow> audit = ws->values().audit(QStringLiteral("19744"), 2024);
    REQUIRE(audit.size() == 2);
    CHECK_FALSE(audit[0].oldValue.has_value());
    CHECK(audit[0].newValue == 120);
    CHECK(audit[1].oldValue == 120);
    CHECK(audit[1].newValue == 125);
    CHECK(audit[1].changedBy == QStringLiteral("Lê Văn C"));
    CHECK(audit[1].source == QStringLiteral("entry"));

    // Removing a value is audited too.
    ws->values().apply({{QStringLiteral("19744"), 2024, QStringLiteral("live_births"), std::nullopt, std::nullopt}},
                       who);
    CHECK_FALSE(ws->values().value(QStringLiteral("19744"), 2024, QStringLiteral("live_births")).has_value());
    CHECK(ws->values().audit(QStringLiteral("19744"), 2024).last().oldValue == 125);
}

TEST_CASE("Bad writes are refused with a sentence, and nothing of the batch is stored")
{
    test::TempWorkspace ws;
    CHECK(refusal(ws, {QStringLiteral("99999"), 2024, QStringLiteral("live_births"), 1, {}})
              .contains(QStringLiteral("99999")));
    CHECK(refusal(ws, {QStringLiteral("19744"), 2024, QStringLiteral("births"), 1, {}})
              .contains(QStringLiteral("births")));
    CHECK(refusal(ws, {QStringLiteral("19744"), 2019, QStringLiteral("live_births"), 1, {}})
              .contains(QStringLiteral("2019")));
    CHECK(refusal(ws, {QStringLiteral("19744"), 2026, QStringLiteral("live_births"), 1, {}})
              .contains(QStringLiteral("2026")));
    CHECK(refusal(ws, {QStringLiteral("19744"), 2024, QStringLiteral("live_births"), -1, {}})
              .contains(QStringLiteral("-1")));
    CHECK(refusal(ws, {QStringLiteral("19744"), 2024, QStringLiteral("cfc_registered"), 2, {}})
              .contains(QStringLiteral("1")));
    // A per-commune flag cannot be entered for a district.
    CHECK(refusal(ws, {QStringLiteral("474"), 2024, QStringLiteral("has_play_space"), 1, {}})
              .contains(QStringLiteral("474")));

    // One bad write in a batch: nothing is stored.
    QList<ValueWrite> batch{{QStringLiteral("19744"), 2024, QStringLiteral("live_births"), 10, {}},
                            {QStringLiteral("19744"), 2024, QStringLiteral("infant_deaths"), -3, {}}};
    CHECK_THROWS_AS(ws->values().apply(batch, {}), Error);
    CHECK_FALSE(ws->values().value(QStringLiteral("19744"), 2024, QStringLiteral("live_births")).has_value());
    CHECK(ws->values().audit(QStringLiteral("19744"), 2024).isEmpty());
}

TEST_CASE("Comments are stored in NFC")
{
    test::TempWorkspace ws;
    const QString nfd = QStringLiteral("Số liệu từ sổ hộ tịch").normalized(QString::NormalizationForm_D);
    REQUIRE(nfd != QStringLiteral("Số liệu từ sổ hộ tịch"));
    ws->values().apply({{QStringLiteral("19744"), 2024, QStringLiteral("live_births"), 5, nfd}}, {});
    CHECK(ws->values().values(QStringLiteral("19744"), 2024).value(QStringLiteral("live_births")).comment ==
          QStringLiteral("Số liệu từ sổ hộ tịch"));
}
