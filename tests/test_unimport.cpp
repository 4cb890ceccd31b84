// Taking back an applied file: the values, form states and submission rows return to what they
// were before it; refused with the list of conflicts after a later change; a district's file at
// the province; the command line's refusals with their message, exit code and nothing changed.
#include "core/Error.h"
#include "core/exchange/Unimport.h"
#include "core/store/History.h"
#include "support/CliSupport.h"
#include "test_exchange_support.h"

#include <QSqlRecord>

using namespace chitieu;
using namespace chitieu::exchange;
using test::at;
using test::dumpDatabase;
using test::Installation;
using test::ScopedClock;

namespace {
const QString commune = QStringLiteral("20164");      // Xã Hương Phú, Huyện Nam Đông
const QString otherCommune = QStringLiteral("20161"); // Thị trấn Khe Tre, same district
const QString district = QStringLiteral("483");

// What a take-back must restore: values and comments, submission rows, form states.
QString restorable(Workspace& w)
{
    QString out;
    for (const QString& sql :
         {QStringLiteral("SELECT unit_code, year, element, value, comment FROM data_values ORDER BY 1, 2, 3"),
          QStringLiteral("SELECT * FROM submissions ORDER BY unit_code, year"),
          QStringLiteral("SELECT * FROM form_status ORDER BY unit_code, year")}) {
        QSqlQuery q = w.db().exec(sql);
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i)
                fields << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out += fields.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
        out += QStringLiteral("--\n");
    }
    return out;
}

QString lastHash(Workspace& w)
{
    return w.db().scalar(QStringLiteral("SELECT content_hash FROM received_files ORDER BY id DESC LIMIT 1")).toString();
}

test::CliResult cli(Installation& at, const QStringList& args)
{
    return test::runCliInProcess(QStringList{QStringLiteral("--db"), at.ws().path()} + args);
}
} // namespace

TEST_CASE("Taking back a file restores the values, the form and the file received before it")
{
    ScopedClock clock(at(2024, 11, 1));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    test::ScriptedDecisions yes;
    yes.changes = yes.ownValues = true;

    c.enter(commune, 2024, {{"live_births", 100}, {"neonatal_deaths", 1}}, QStringLiteral("sổ khai sinh"));
    const QString first = c.exportFile(2024, QStringLiteral("huong-phu-1.chitieu"), Installation::Form::AsItIs);
    const QString beforeFirst = restorable(d.w());
    clock.clock().set(at(2024, 11, 2));
    REQUIRE(d.import(first, yes).result == ImportResult::Applied);
    const QString firstHash = lastHash(d.w());
    const QString afterFirst = restorable(d.w());

    clock.clock().set(at(2024, 11, 3));
    c.enter(commune, 2024, {{"live_births", 110}, {"children_under1", 90}}, QStringLiteral("đã sửa"));
    c.w().values().apply({{commune, 2024, "neonatal_deaths", std::nullopt, std::nullopt}},
                         {"Lê Thị Cúc", "entry", commune});
    const QString second = c.exportFile(2024, QStringLiteral("huong-phu-2.chitieu"));
    clock.clock().set(at(2024, 11, 4));
    REQUIRE(d.import(second, yes).result == ImportResult::Applied);
    const QString secondHash = lastHash(d.w());
    REQUIRE(restorable(d.w()) != afterFirst);
    CHECK(FormStatus::load(d.w().db(), commune, 2024).state == FormState::Complete);

    // The unit and year find the latest file; the plan shows every value going back.
    clock.clock().set(at(2024, 11, 5));
    CHECK(latestAppliedFile(d.w().db(), commune, 2024).hash == secondHash);
    const UnimportPlan plan = planUnimport(d.w(), secondHash.left(10));
    CHECK(plan.conflicts.isEmpty());
    REQUIRE(plan.values.size() == 3);
    for (const ValueChange& v : plan.values) {
        if (v.element == "live_births")
            CHECK((v.oldValue == 110 && v.newValue == 100 && v.newComment == "sổ khai sinh"));
        else if (v.element == "neonatal_deaths")
            CHECK((!v.oldValue && v.newValue == 1));
        else
            CHECK((v.element == "children_under1" && v.oldValue == 90 && !v.newValue));
    }
    CHECK(plan.rows.size() == 2); // the submission row and the form
    CHECK(applyUnimport(d.w(), plan, QStringLiteral("Trần Văn Đức")) == 3);
    CHECK(restorable(d.w()) == afterFirst);
    CHECK(FormStatus::load(d.w().db(), commune, 2024).state == FormState::InProgress);

    // Audited as a take-back, with the file's hash.
    HistoryFilter f;
    f.unitCode = commune;
    const QList<HistoryEntry> h = history::changes(d.w().db(), f);
    const int takenBack = static_cast<int>(std::count_if(h.cbegin(), h.cend(), [&](const HistoryEntry& e) {
        return e.source == ChangeSource::Unimport && e.fileHash == secondHash && e.changedBy == "Trần Văn Đức";
    }));
    CHECK(takenBack == 4); // three values and the file itself

    // Taken back once only; the earlier file can be taken back in its turn, to nothing.
    const auto again = [&] { planUnimport(d.w(), secondHash); };
    CHECK_THROWS_WITH(again(), Catch::Contains("already taken back") && Catch::Contains("Trần Văn Đức"));
    CHECK(latestAppliedFile(d.w().db(), commune, 2024).hash == firstHash);
    CHECK(applyUnimport(d.w(), planUnimport(d.w(), firstHash), QStringLiteral("Trần Văn Đức")) == 2);
    CHECK(restorable(d.w()) == beforeFirst);
    CHECK_THROWS_WITH(latestAppliedFile(d.w().db(), commune, 2024), Catch::Contains("No applied data file"));

    // A file taken back can be imported again, and taken back again.
    REQUIRE(d.import(second, yes).result == ImportResult::Applied);
    CHECK(d.w().values().value(commune, 2024, "live_births") == 110);
    CHECK(planUnimport(d.w(), secondHash).values.size() == 2); // from nothing: live_births, children_under1
}

TEST_CASE("A later change of the same values forbids taking a file back, with the list of conflicts")
{
    ScopedClock clock(at(2024, 11, 1));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    c.enter(commune, 2024, {{"live_births", 100}, {"neonatal_deaths", 1}});
    REQUIRE(d.import(c.exportFile(2024, QStringLiteral("huong-phu.chitieu"))).result == ImportResult::Applied);
    const QString hash = lastHash(d.w());
    clock.clock().set(at(2024, 11, 6, 14));
    d.w().values().apply({{commune, 2024, "neonatal_deaths", 2, std::nullopt}},
                         {"Nguyễn Văn Sửa", "district_entry", district});

    const UnimportPlan plan = planUnimport(d.w(), hash);
    REQUIRE(plan.conflicts.size() == 1);
    CHECK(plan.conflicts[0].contains("neonatal_deaths"));
    CHECK(plan.conflicts[0].contains("Nguyễn Văn Sửa"));
    CHECK(plan.conflicts[0].contains("06/11/2024"));
    const QString before = dumpDatabase(d.w().db());
    CHECK_THROWS_WITH(applyUnimport(d.w(), plan, "Trần Văn Đức"),
                      Catch::Contains("cannot be taken back") && Catch::Contains("neonatal_deaths"));
    CHECK(dumpDatabase(d.w().db()) == before);

    const test::CliResult r = cli(d, {"unimport", hash});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("cannot be taken back"));
    CHECK(r.err.contains("neonatal_deaths"));
    CHECK(dumpDatabase(d.w().db()) == before);

    // A later change of the form is a conflict too.
    FormStatus::save(d.w().db(), commune, 2024, FormState::Returned, "Trần Văn Đức", "thiếu số liệu");
    CHECK(planUnimport(d.w(), hash).conflicts.size() == 2);
}

TEST_CASE("Taking back a district's file at the province restores its communes too")
{
    ScopedClock clock(at(2024, 11, 1));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    Installation p(QStringLiteral("46"), Role::Province, QStringLiteral("Phạm Thị Phương"));
    test::ScriptedDecisions yes;
    yes.changes = yes.ownValues = true;

    c.enter(commune, 2024, {{"live_births", 100}});
    REQUIRE(d.import(c.exportFile(2024, QStringLiteral("huong-phu.chitieu"))).result == ImportResult::Applied);
    d.enter(otherCommune, 2024, {{"live_births", 50}});
    d.enter(district, 2024, {{"children_disaster_affected", 40}});
    const QString firstDistrict = d.exportFile(2024, QStringLiteral("nam-dong-1.chitieu"));
    clock.clock().set(at(2024, 11, 10));
    REQUIRE(p.import(firstDistrict, yes).result == ImportResult::Applied);
    const QString afterFirst = restorable(p.w());
    CHECK(p.w().db().scalar("SELECT COUNT(*) FROM submissions").toInt() == 2); // the district and its commune's file

    clock.clock().set(at(2024, 11, 12));
    c.enter(commune, 2024, {{"live_births", 120}});
    REQUIRE(d.import(c.exportFile(2024, QStringLiteral("huong-phu-2.chitieu")), yes).result == ImportResult::Applied);
    d.enter(otherCommune, 2024, {{"live_births", 55}});
    const QString secondDistrict = d.exportFile(2024, QStringLiteral("nam-dong-2.chitieu"));
    clock.clock().set(at(2024, 11, 14));
    REQUIRE(p.import(secondDistrict, yes).result == ImportResult::Applied);
    REQUIRE(p.w().values().value(commune, 2024, "live_births") == 120);

    const test::CliResult dry = cli(p, {"unimport", "--unit", district, "--year", "2024", "--dry-run"});
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains("nam-dong-2.chitieu"));
    CHECK(dry.out.contains(commune + " live_births: 120 -> 100"));
    CHECK(dry.out.contains(otherCommune + " live_births: 55 -> 50"));
    CHECK(restorable(p.w()) != afterFirst);

    const test::CliResult r = cli(p, {"unimport", "--unit", district, "--year", "2024"});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("2 values restored"));
    CHECK(restorable(p.w()) == afterFirst);
    CHECK(cli(p, {"unimport", "--list"}).out.contains("taken back"));
}

TEST_CASE("chitieu-cli unimport refuses what it cannot take back, with its message and exit code")
{
    ScopedClock clock(at(2024, 11, 1));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    c.enter(commune, 2024, {{"live_births", 100}});
    REQUIRE(d.import(c.exportFile(2024, QStringLiteral("huong-phu.chitieu"))).result == ImportResult::Applied);
    const QString hash = lastHash(d.w());
    const QString before = dumpDatabase(d.w().db());

    struct Case
    {
        QStringList args;
        int exitCode;
        QString message;
    };
    for (const Case& k : QList<Case>{
             {{"unimport"}, 2, "Give a file's hash"},
             {{"unimport", hash, "--list"}, 2, "Give a file's hash"},
             {{"unimport", "--unit", commune}, 2, "--unit and --year go together"},
             {{"unimport", "abc"}, 1, "at least the first 8 characters"},
             {{"unimport", "0123456789abcdef"}, 1, "No applied file has the hash"},
             {{"unimport", "--unit", "99999", "--year", "2024"}, 1, "not in the unit list"},
             {{"unimport", "--unit", commune, "--year", "2023"}, 1, "No applied data file"},
         }) {
        const test::CliResult r = cli(d, k.args);
        INFO(k.args.join(' ').toStdString() << "\n" << r.err.toStdString());
        CHECK(r.exitCode == k.exitCode);
        CHECK(r.err.contains(k.message));
        CHECK(dumpDatabase(d.w().db()) == before);
    }

    // A file imported before the replaced rows were kept is refused, not guessed.
    d.w().db().exec("UPDATE received_files SET priors_kept = 0");
    const QString older = dumpDatabase(d.w().db());
    const test::CliResult r = cli(d, {"unimport", hash});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("older version"));
    CHECK(r.err.contains("backup"));
    CHECK(dumpDatabase(d.w().db()) == older);
}
