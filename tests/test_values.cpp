// Entering counts: validation, audit trail, all-or-nothing.
#include "core/Clock.h"
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

TEST_CASE("A write's time and author and source and batch are stored once in its change")
{
    test::TempWorkspace ws;
    test::ScopedClock clock(QDateTime(QDate(2024, 11, 20), QTime(9, 30)));
    Database& db = ws->db();
    const int changesBefore = db.scalar(QStringLiteral("SELECT COUNT(*) FROM changes")).toInt();
    const ChangeContext load{QStringLiteral("Nguyễn Văn An"), ChangeContext::loadValues, QString(),
                             QStringLiteral("load:one")};
    const QStringList elements{QStringLiteral("live_births"), QStringLiteral("infant_deaths"),
                               QStringLiteral("neonatal_deaths")};
    QList<ValueWrite> writes;
    for (const QString& commune : {QStringLiteral("19744"), QStringLiteral("19747")})
        for (const QString& element : elements)
            writes << ValueWrite{commune, 2024, element, 3, {}};
    REQUIRE(ws->values().apply(writes, load) == 6);
    // One change for the six values, and no repeated text on the values or their audit rows.
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM changes")).toInt() == changesBefore + 1);
    const qint64 change = db.scalar(QStringLiteral("SELECT MAX(id) FROM changes")).toLongLong();
    CHECK(db.scalar(QStringLiteral("SELECT batch FROM changes WHERE id = ?"), {change}).toString() ==
          QStringLiteral("load:one"));
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM data_values WHERE change_id = ? AND changed_at IS NULL "
                                   "AND changed_by IS NULL"),
                    {change})
              .toInt() == 6);
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_rows WHERE change_id = ?"), {change}).toInt() == 6);
    // Read back, each value and audit row has its change's provenance.
    const StoredValue births = ws->values().values(QStringLiteral("19747"), 2024).value(QStringLiteral("live_births"));
    CHECK(births.changedBy == QStringLiteral("Nguyễn Văn An"));
    CHECK(births.source == ChangeContext::loadValues);
    CHECK(births.changedAt == QDateTime(QDate(2024, 11, 20), QTime(9, 30)));
    const QList<AuditRow> audit = ws->values().audit(QStringLiteral("19744"), 2024);
    REQUIRE(audit.size() == 3);
    CHECK(audit[2].batch == QStringLiteral("load:one"));
    CHECK(audit[2].changedBy == QStringLiteral("Nguyễn Văn An"));
    CHECK(audit[2].fileHash.isEmpty()); // a load is no received file

    // A write that changes nothing records no change.
    CHECK(ws->values().apply(writes, load) == 0);
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM changes")).toInt() == changesBefore + 1);

    // A value from another installation keeps its sender's time and author beside the change's.
    const ChangeContext import{QStringLiteral("Trần Thị Bình"), ChangeContext::imported, QStringLiteral("19744"),
                               QStringLiteral("abc123")};
    ValueWrite sent{QStringLiteral("19744"), 2024, QStringLiteral("live_births"), 7, {}};
    sent.changedAt = QStringLiteral("2024-11-04T08:30:12.250");
    sent.changedBy = QStringLiteral("Lê Văn C");
    REQUIRE(ws->values().apply({sent}, import) == 1);
    const StoredValue received =
        ws->values().values(QStringLiteral("19744"), 2024).value(QStringLiteral("live_births"));
    CHECK(received.changedAt == storedTimeFrom(QStringLiteral("2024-11-04T08:30:12.250")));
    CHECK(received.changedBy == QStringLiteral("Lê Văn C"));
    CHECK(received.source == ChangeContext::imported);
    CHECK(received.enteredByUnit == QStringLiteral("19744"));
    const AuditRow last = ws->values().audit(QStringLiteral("19744"), 2024).last();
    CHECK(last.changedBy == QStringLiteral("Trần Thị Bình")); // who imported it
    CHECK(last.fileHash == QStringLiteral("abc123"));
    CHECK(last.oldValue == 3);
}

TEST_CASE("A batch that gives one key twice writes both in order and audits each against the one before")
{
    test::TempWorkspace ws;
    const ChangeContext who{QStringLiteral("t"), QStringLiteral("test"), QString()};
    const QString commune = QStringLiteral("19744");
    const QString births = QStringLiteral("live_births");
    ws->values().apply({{commune, 2024, births, 100, QStringLiteral("a")}}, who);
    const int changed = ws->values().apply({{commune, 2024, births, 110, std::nullopt},
                                            {commune, 2024, QStringLiteral("children_total"), 900, std::nullopt},
                                            {commune, 2024, births, 120, QStringLiteral("b")},
                                            {commune, 2024, births, 120, QStringLiteral("b")}, // no change
                                            {commune, 2024, births, std::nullopt, std::nullopt}},
                                           who);
    CHECK(changed == 4);
    CHECK_FALSE(ws->values().value(commune, 2024, births));
    CHECK(ws->values().value(commune, 2024, QStringLiteral("children_total")) == 900);
    QList<AuditRow> births_audit;
    for (const AuditRow& a : ws->values().audit(commune, 2024))
        if (a.element == births)
            births_audit << a;
    REQUIRE(births_audit.size() == 4);
    CHECK(births_audit[1].oldValue == 100);
    CHECK(births_audit[1].newValue == 110);
    CHECK(births_audit[1].newComment == QStringLiteral("a")); // kept from the value it replaced
    CHECK(births_audit[2].oldValue == 110);
    CHECK(births_audit[2].newValue == 120);
    CHECK(births_audit[2].oldComment == QStringLiteral("a"));
    CHECK(births_audit[2].newComment == QStringLiteral("b"));
    CHECK(births_audit[3].oldValue == 120);
    CHECK_FALSE(births_audit[3].newValue);
    CHECK(births_audit[3].newComment.isEmpty());
}

TEST_CASE("A write refused for what it expected leaves nothing behind for the next write")
{
    test::TempWorkspace ws;
    const ChangeContext who{QStringLiteral("t"), QStringLiteral("test"), QString()};
    const QString commune = QStringLiteral("19744");
    ws->values().apply({{commune, 2024, QStringLiteral("live_births"), 100, std::nullopt}}, who);
    ValueWrite stale{commune, 2024, QStringLiteral("live_births"), 130, std::nullopt};
    stale.expected = StoredState{90, QString()};
    Database::Transaction t(ws->db());
    // The first write of the batch is fine; the second expects what is not stored.
    const QList<ValueWrite> batch{{commune, 2024, QStringLiteral("children_total"), 900, std::nullopt}, stale};
    CHECK_THROWS_WITH(ws->values().apply(batch, who, t), Catch::Contains("100") && Catch::Contains("90"));
    // In the same transaction, a later batch writes only its own value.
    CHECK(ws->values().apply({{commune, 2024, QStringLiteral("live_births"), 105, std::nullopt}}, who, t) == 1);
    t.commit();
    CHECK(ws->values().value(commune, 2024, QStringLiteral("live_births")) == 105);
    CHECK_FALSE(ws->values().value(commune, 2024, QStringLiteral("children_total")));
}
