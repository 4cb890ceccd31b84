// The history of values: every source of change is read back with who, when and, for an
// import, the received file; the filters; the CSV.
#include "core/Csv.h"
#include "core/Error.h"
#include "core/store/History.h"
#include "test_exchange_support.h"

using namespace chitieu;
using test::at;
using test::Installation;
using test::ScopedClock;

namespace {
void apply(Workspace& w, const QString& unit, qint64 value, const QString& user, const QString& source,
           const QString& comment = {})
{
    w.values().apply({{unit, 2024, "live_births", value, comment.isEmpty() ? std::nullopt : std::optional(comment)}},
                     {user, source, unit});
}
} // namespace

TEST_CASE("Every change of a value is in its history, with who, when, how and the file of an import")
{
    ScopedClock clock(at(2024, 11, 1, 8));
    Installation commune(QStringLiteral("20161"), Role::Commune, QStringLiteral("Lê Văn C"));
    commune.enter(QStringLiteral("20161"), 2024, {{"live_births", 100}});
    const QString file = commune.exportFile(2024, QStringLiteral("Quang-Thai-20161-2024.chitieu"));

    Installation district(QStringLiteral("483"), Role::District, QStringLiteral("Trần Văn Đức"));
    Workspace& w = district.w();
    clock.clock().set(at(2024, 11, 2, 9));
    test::ScriptedDecisions yes;
    REQUIRE(district.import(file, yes).result == exchange::ImportResult::Applied);
    const QString hash = w.db().scalar("SELECT content_hash FROM received_files").toString();
    clock.clock().set(at(2024, 11, 3, 10));
    apply(w, "20161", 101, "Trần Văn Đức", "district_entry", "sổ khai sinh");
    apply(w, "20161", 100, "Trần Văn Đức", "undo");
    apply(w, "20161", 101, "Trần Văn Đức", "redo");
    clock.clock().set(at(2024, 11, 4, 11));
    apply(w, "20161", 102, "chitieu-cli", "cli");
    apply(w, "20161", 103, "Phạm Thị D", "load-values");
    apply(w, "20164", 50, "Phạm Thị D", "entry");

    HistoryFilter f;
    f.unitCode = "20161";
    f.year = 2024;
    f.element = "live_births";
    const QList<HistoryEntry> h = history::changes(w.db(), f);
    REQUIRE(h.size() == 6);
    CHECK(h[0].source == ChangeSource::Import);
    CHECK_FALSE(h[0].oldValue);
    CHECK(h[0].newValue == 100);
    CHECK(h[0].changedBy == "Trần Văn Đức");
    CHECK(h[0].changedAt == at(2024, 11, 2, 9));
    CHECK(h[0].fileHash == hash);
    CHECK(h[0].fileName == "Quang-Thai-20161-2024.chitieu");
    CHECK(h[1].source == ChangeSource::DistrictEntry);
    CHECK((h[1].oldValue == 100 && h[1].newValue == 101));
    CHECK(h[1].newComment == "sổ khai sinh");
    CHECK(h[2].source == ChangeSource::Undo);
    CHECK(h[3].source == ChangeSource::Redo);
    CHECK(h[4].source == ChangeSource::Cli);
    CHECK(h[5].source == ChangeSource::LoadValues);
    CHECK((h[5].oldValue == 102 && h[5].newValue == 103));
    for (int i = 1; i < h.size(); ++i)
        CHECK(h[i].fileHash.isEmpty());

    // Filters: person, dates (both days included), unit.
    HistoryFilter byPerson;
    byPerson.person = "Phạm Thị D";
    CHECK(history::changes(w.db(), byPerson).size() == 2);
    HistoryFilter days;
    days.unitCode = "20161";
    days.from = QDate(2024, 11, 2);
    days.to = QDate(2024, 11, 3);
    CHECK(history::changes(w.db(), days).size() == 4);
    HistoryFilter other;
    other.unitCode = "20164";
    REQUIRE(history::changes(w.db(), other).size() == 1);
    CHECK(history::people(w.db()) == QStringList{"chitieu-cli", "Phạm Thị D", "Trần Văn Đức"});

    // The CSV: a header and a row per change, the import's file named.
    const QList<csv::Row> rows = csv::parse(history::toCsv(h), "history.csv");
    REQUIRE(rows.size() == 7);
    CHECK(rows[0].fields.value(0) == "changed_at");
    CHECK(rows[1].fields == QStringList{"2024-11-02T09:00:00.000Z", "20161", "2024", "live_births", "", "100", "", "",
                                        "Trần Văn Đức", "import", "Quang-Thai-20161-2024.chitieu", hash});
    CHECK(rows[2].fields.value(7) == "sổ khai sinh");
}

TEST_CASE("A source this version does not know is an error that names it")
{
    test::TempWorkspace ws;
    ws->values().apply({{"20161", 2024, "live_births", 5, std::nullopt}}, {"An", "telepathy", "20161"});
    CHECK_THROWS_WITH(history::changes(ws->db(), {}), Catch::Contains("telepathy"));
}
