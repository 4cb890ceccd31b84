// Received files that must not block, damage or silently alter data: a file from the future
// (a wrong clock), an older file chosen to replace a newer one, one unit's key used for
// another unit, a return from a unit that is not directly above, and texts that would print
// fake lines. Each refusal says why and leaves a dump of the database unchanged.
#include "chitieu/Version.h"
#include "core/Limits.h"
#include "core/Printable.h"
#include "core/exchange/Envelope.h"
#include "core/exchange/KeyStore.h"
#include "core/exchange/PayloadJson.h"
#include "core/exchange/Returns.h"
#include "core/store/DesktopLock.h"
#include "core/store/SubmissionStore.h"
#include "test_exchange_support.h"

using namespace chitieu;
using namespace chitieu::exchange;
using test::at;
using test::dumpDatabase;
using test::Installation;
using test::ScopedClock;
using test::ScriptedDecisions;

namespace {
const QString commune = QStringLiteral("20164");      // Xã Hương Phú, Huyện Nam Đông
const QString otherCommune = QStringLiteral("20161"); // Thị trấn Khe Tre, same district
const QString district = QStringLiteral("483");       // Huyện Nam Đông
const QString province = QStringLiteral("46");

void enter(Installation& i, const QString& unit, qint64 births)
{
    i.enter(unit, 2024, {{"live_births", births}, {"children_under1", births - 10}});
}
} // namespace

TEST_CASE("A file made more than a day after this computer's clock is refused, naming both times")
{
    ScopedClock clock(at(2099, 12, 31));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    enter(c, commune, 200);
    const QString future = c.exportFile(2024, QStringLiteral("future.chitieu"));

    clock.clock().set(at(2024, 11, 10));
    const QString before = dumpDatabase(d.w().db());
    const FileOutcome o = d.import(future);
    INFO(o.message.toStdString());
    CHECK(o.result == ImportResult::Refused);
    CHECK(o.message.contains(QStringLiteral("31/12/2099")));
    CHECK(o.message.contains(QStringLiteral("10/11/2024")));
    CHECK(o.message.contains(QStringLiteral("clock")));
    CHECK(dumpDatabase(d.w().db()) == before);

    // The unit's genuine file, made with a right clock, is then applied.
    const QString genuine = c.exportFile(2024, QStringLiteral("genuine.chitieu"));
    CHECK(d.import(genuine).result == ImportResult::Applied);

    // Less than a day ahead (clocks a few hours apart) is accepted.
    clock.clock().set(at(2024, 11, 11, 20));
    enter(c, commune, 205);
    const QString ahead = c.exportFile(2024, QStringLiteral("ahead.chitieu"));
    clock.clock().set(at(2024, 11, 11, 9));
    ScriptedDecisions yes;
    yes.changes = true;
    CHECK(d.import(ahead, yes).result == ImportResult::Applied);
}

TEST_CASE("An older file replaces a newer one only when the user chooses it, and the history says so")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    enter(c, commune, 200);
    const QString right = c.exportFile(2024, QStringLiteral("right.chitieu"));
    // The commune's clock runs ahead by a year when it sends a wrong count.
    clock.clock().set(at(2025, 11, 9));
    enter(c, commune, 999);
    const QString wrong = c.exportFile(2024, QStringLiteral("wrong.chitieu"));
    REQUIRE(d.import(wrong).result == ImportResult::Applied);

    clock.clock().set(at(2025, 11, 10));
    const QString before = dumpDatabase(d.w().db());
    ScriptedDecisions keep;
    keep.changes = true;
    const FileOutcome refused = d.import(right, keep);
    CHECK(refused.result == ImportResult::Older);
    CHECK(refused.message.contains(QStringLiteral("newer data is kept")));
    REQUIRE(keep.replaceReviews.size() == 1);
    CHECK(keep.replaceReviews.first().madeAt == at(2024, 11, 10));
    CHECK(keep.replaceReviews.first().storedMadeAt == at(2025, 11, 9));
    CHECK(dumpDatabase(d.w().db()) == before);

    ScriptedDecisions replace;
    replace.changes = true;
    replace.older = true;
    const FileOutcome o = d.import(right, replace);
    INFO(o.message.toStdString());
    REQUIRE(o.result == ImportResult::Applied);
    CHECK(d.w().values().value(commune, 2024, "live_births") == 200);
    const auto stored = submissions::find(d.w().db(), commune, 2024);
    REQUIRE(stored);
    CHECK(stored->madeAt == at(2024, 11, 10));
    // The replacement is in the history, with both files, and every row carries the file's hash.
    bool replaced = false;
    for (const AuditRow& a : d.w().values().audit(commune, 2024)) {
        if (a.source == QLatin1String("replace_newer")) {
            replaced = true;
            CHECK(a.oldComment.contains(QStringLiteral("2025-11-09")));
            CHECK(a.newComment.contains(stored->hash));
        }
        if (a.element == QLatin1String("live_births") && a.newValue == 200) {
            CHECK(a.batch == stored->hash);
            CHECK(a.oldValue == 999);
        }
    }
    CHECK(replaced);
}

TEST_CASE("A key trusted for one unit is refused for another, and never blocks the other unit's real file")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation a(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation b(otherCommune, Role::Commune, QStringLiteral("Hồ Văn Bảo"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    enter(a, commune, 200);
    REQUIRE(d.import(a.exportFile(2024, QStringLiteral("a.chitieu"))).result == ImportResult::Applied);

    // B's file, made later but signed with A's key.
    enter(b, otherCommune, 80);
    clock.clock().set(at(2024, 11, 12));
    const Payload forged = buildSubmission(b.w(), otherCommune, 2024);
    const QString path =
        test::writeFile(a.file(QStringLiteral("forged.chitieu")),
                        seal(payloadToJson(forged), keystore::ensureOwnKey(a.w().db()), kFormatVersion));
    const QString before = dumpDatabase(d.w().db());
    ScriptedDecisions yes;
    yes.changes = yes.newKey = yes.ownValues = yes.older = true; // no answer lets it through
    const FileOutcome o = d.import(path, yes);
    INFO(o.message.toStdString());
    CHECK(o.result == ImportResult::Refused);
    CHECK(o.message.contains(QStringLiteral("Khe Tre")));
    CHECK(o.message.contains(QStringLiteral("Hương Phú")));
    CHECK(dumpDatabase(d.w().db()) == before);

    // B's real file, made before the forged one, is applied.
    clock.clock().set(at(2024, 11, 10, 10));
    const QString real = b.exportFile(2024, QStringLiteral("b.chitieu"));
    clock.clock().set(at(2024, 11, 13));
    const FileOutcome ok = d.import(real);
    INFO(ok.message.toStdString());
    CHECK(ok.result == ImportResult::Applied);
    CHECK(d.w().values().value(otherCommune, 2024, "live_births") == 80);
}

TEST_CASE("Only the unit directly above returns a file, in core and on receipt")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    Installation p(province, Role::Province, QStringLiteral("Ngô Thị Hoa"));
    enter(c, commune, 200);
    REQUIRE(d.import(c.exportFile(2024, QStringLiteral("c.chitieu"))).result == ImportResult::Applied);
    ScriptedDecisions yes;
    yes.changes = true;
    REQUIRE(p.import(d.exportFile(2024, QStringLiteral("d.chitieu")), yes).result == ImportResult::Applied);

    // The province holds the commune's file (inside the district's) but may not return it.
    const QString before = dumpDatabase(p.w().db());
    CHECK_THROWS_WITH(returnSubmission(p.w(), commune, 2024, QStringLiteral("Sai số"), p.file("r.chitieu")),
                      Catch::Contains("is not directly under"));
    CHECK(!QFileInfo::exists(p.file("r.chitieu")));
    CHECK(dumpDatabase(p.w().db()) == before);

    // A return the province made anyway, received by the commune: refused.
    Payload r;
    r.kind = FileKind::Return;
    r.catalogueId = p.w().catalogue().id;
    r.catalogueVersion = p.w().catalogue().version;
    r.programVersion = QStringLiteral(CHITIEU_VERSION);
    r.madeAt = at(2024, 11, 11);
    r.madeBy = QStringLiteral("Ngô Thị Hoa");
    r.year = 2024;
    r.sender.code = province;
    r.sender.name = p.w().units().find(province)->name;
    r.sender.level = static_cast<int>(UnitLevel::Province);
    r.returnedUnit = commune;
    r.reason = QStringLiteral("Sai số");
    r.returnedHash = submissions::find(p.w().db(), commune, 2024)->hash;
    const QString path = test::writeFile(p.file(QStringLiteral("return.chitieu")),
                                         seal(payloadToJson(r), keystore::ensureOwnKey(p.w().db()), kFormatVersion));
    clock.clock().set(at(2024, 11, 12));
    const QString communeBefore = dumpDatabase(c.w().db());
    const FileOutcome o = c.import(path);
    INFO(o.message.toStdString());
    CHECK(o.result == ImportResult::Refused);
    CHECK(o.message.contains(QStringLiteral("not the unit directly above")));
    CHECK(o.message.contains(QStringLiteral("Nam Đông")));
    CHECK(dumpDatabase(c.w().db()) == communeBefore);
}

TEST_CASE("Printed texts from outside cannot print a line of their own")
{
    CHECK(printable(QStringLiteral("Xã A\n  signing key: FAKE")) == QStringLiteral("Xã A\\n  signing key: FAKE"));
    CHECK(printable(QStringLiteral("a\rb\tc")) == QStringLiteral("a\\rb\\tc"));
    CHECK(printable(QStringLiteral("abc\u202Etxt")) == QStringLiteral("abc\\u202etxt"));
    CHECK(printable(QString(QChar(0xD800)) + QStringLiteral("x")) == QStringLiteral("\\ud800x"));
    CHECK(printable(QString(QChar(0))) == QStringLiteral("\\u0000"));
    const QString emoji = QString::fromUtf8("Huế 👶");
    CHECK(printable(emoji) == emoji); // a whole character outside the BMP stays itself
}

TEST_CASE("One set of limits: comments keep tabs and line breaks, names are one line, halves of characters never")
{
    using limits::TextKind;
    CHECK(limits::textProblem(QString(2000, QLatin1Char('a')), TextKind::Comment).isEmpty());
    CHECK(limits::textProblem(QString(2001, QLatin1Char('a')), TextKind::Comment).contains(QStringLiteral("2001")));
    CHECK(limits::textProblem(QStringLiteral("a\tb\nc"), TextKind::Comment).isEmpty());
    CHECK(limits::textProblem(QStringLiteral("a\nb"), TextKind::Name).contains(QStringLiteral("U+000A")));
    CHECK(limits::textProblem(QStringLiteral("a") + QChar(0) + QStringLiteral("b"), TextKind::Comment)
              .contains(QStringLiteral("U+0000")));
    CHECK(limits::textProblem(QString(QChar(0xDC00)), TextKind::Comment).contains(QStringLiteral("surrogate")));
    CHECK(limits::textProblem(QString(201, QLatin1Char('n')), TextKind::Name).contains(QStringLiteral("201")));

    // The value store refuses a comment beyond the limit, storing nothing.
    test::TempWorkspace ws;
    const QString before = dumpDatabase(ws->db());
    CHECK_THROWS_WITH(ws->values().apply({{commune, 2024, "live_births", 5, QString(2400, QLatin1Char('x'))}},
                                         {QStringLiteral("t"), ChangeContext::cliSet, commune}),
                      Catch::Contains("2400 characters"));
    CHECK(dumpDatabase(ws->db()) == before);
}

TEST_CASE("A write that expects another stored value than the one there is refused (undo after another program)")
{
    test::TempWorkspace ws;
    ws->values().apply({{commune, 2024, "live_births", 100, std::nullopt}},
                       {QStringLiteral("form"), ChangeContext::entry, commune});
    // Another program writes 150.
    ws->values().apply({{commune, 2024, "live_births", 150, std::nullopt}},
                       {QStringLiteral("cli"), ChangeContext::cliSet, commune});
    const QString before = dumpDatabase(ws->db());
    ValueWrite undo{commune, 2024, "live_births", std::nullopt, std::nullopt};
    undo.expected = StoredState{100, QString()};
    CHECK_THROWS_WITH(ws->values().apply({undo}, {QStringLiteral("form"), ChangeContext::undo, commune}),
                      Catch::Contains("changed by another program") && Catch::Contains("150"));
    CHECK(dumpDatabase(ws->db()) == before);
    undo.expected = StoredState{150, QString()};
    CHECK(ws->values().apply({undo}, {QStringLiteral("form"), ChangeContext::undo, commune}) == 1);
    CHECK(!ws->values().value(commune, 2024, "live_births"));
}

TEST_CASE("A second copy of the desktop program on the same database is refused, naming the database")
{
    test::TempWorkspace ws;
    const QString before = dumpDatabase(ws->db());
    {
        DesktopLock first(ws.path());
        CHECK_THROWS_WITH(DesktopLock(ws.path()), Catch::Contains(ws.path().toStdString()) &&
                                                      Catch::Contains("already open in another window"));
        CHECK(QFileInfo::exists(DesktopLock::lockPath(ws.path())));
    }
    // Closed: the next copy opens it.
    CHECK_NOTHROW(DesktopLock(ws.path()));
    CHECK(dumpDatabase(ws->db()) == before);
}
