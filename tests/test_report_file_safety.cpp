// A report without data (exchange format 2: a deliverable's sections) gets the refusals of a
// data file: made in the future, signed with another sender's key, older than the report
// already received (unless the user chooses it, with a row in the history), a section with a
// control character. Each refusal leaves a dump of the database unchanged.
#include "core/exchange/Envelope.h"
#include "core/exchange/KeyStore.h"
#include "core/exchange/PayloadJson.h"
#include "core/narrative/NarrativeStore.h"
#include "test_exchange_support.h"

using namespace chitieu;
using namespace chitieu::exchange;
using test::at;
using test::dumpDatabase;
using test::Installation;
using test::ScopedClock;
using test::ScriptedDecisions;

namespace {
const QString district = QStringLiteral("483");      // Huyện Nam Đông
const QString otherDistrict = QStringLiteral("476"); // Huyện Phong Điền
const QString province = QStringLiteral("46");
const QString report = QStringLiteral("district-25-11"); // the districts' implementation report

void write(Installation& i, const QString& unit, const QString& text)
{
    RichText rich;
    rich.blocks << TextBlock{TextBlock::Kind::Paragraph, {TextRun{text}}};
    NarrativeStore(i.w().db(), i.w().catalogue(), i.w().units())
        .save({unit, {}, 2024, report, QStringLiteral("results")}, rich,
              {QStringLiteral("Trần Văn Đức"), ChangeContext::entry, unit});
}

QString exportReport(Installation& i, const QString& unit, const QString& name)
{
    const QString path = i.file(name);
    exportDeliverable(i.w(), unit, report, 2024, path);
    return path;
}

QString receivedText(Installation& p)
{
    const auto sections =
        NarrativeStore(p.w().db(), p.w().catalogue(), p.w().units()).sections(district, {}, 2024, report);
    return sections.contains(QStringLiteral("results")) ? sections[QStringLiteral("results")].text.plainText()
                                                        : QString();
}
} // namespace

TEST_CASE("A report made more than a day after this computer's clock is refused, naming both times")
{
    ScopedClock clock(at(2099, 12, 31));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    Installation p(province, Role::Province, QStringLiteral("Nguyễn Thị Hoa"));
    write(d, district, QStringLiteral("Đã tổ chức 12 lớp tập huấn."));
    const QString future = exportReport(d, district, QStringLiteral("future.chitieu"));

    clock.clock().set(at(2024, 11, 26));
    const QString before = dumpDatabase(p.w().db());
    ScriptedDecisions yes;
    yes.changes = yes.newKey = yes.ownValues = yes.older = true;
    const FileOutcome o = p.import(future, yes);
    INFO(o.message.toStdString());
    CHECK(o.result == ImportResult::Refused);
    CHECK(o.message.contains(QStringLiteral("31/12/2099")));
    CHECK(o.message.contains(QStringLiteral("26/11/2024")));
    CHECK(dumpDatabase(p.w().db()) == before);

    const FileOutcome genuine = p.import(exportReport(d, district, QStringLiteral("genuine.chitieu")));
    INFO(genuine.message.toStdString());
    CHECK(genuine.result == ImportResult::Applied);
    CHECK(receivedText(p) == QStringLiteral("Đã tổ chức 12 lớp tập huấn."));
}

TEST_CASE("An older report replaces a newer one only when the user chooses it, and the history says so")
{
    ScopedClock clock(at(2024, 11, 20));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    Installation p(province, Role::Province, QStringLiteral("Nguyễn Thị Hoa"));
    write(d, district, QStringLiteral("Bản đúng."));
    const QString right = exportReport(d, district, QStringLiteral("right.chitieu"));
    clock.clock().set(at(2024, 11, 21));
    write(d, district, QStringLiteral("Bản sai."));
    REQUIRE(p.import(exportReport(d, district, QStringLiteral("wrong.chitieu"))).result == ImportResult::Applied);

    const QString before = dumpDatabase(p.w().db());
    const FileOutcome refused = p.import(right);
    CHECK(refused.result == ImportResult::Older);
    CHECK(dumpDatabase(p.w().db()) == before);

    ScriptedDecisions yes;
    yes.older = true;
    const FileOutcome replaced = p.import(right, yes);
    INFO(replaced.message.toStdString());
    CHECK(replaced.result == ImportResult::Applied);
    CHECK(receivedText(p) == QStringLiteral("Bản đúng."));
    CHECK(p.w()
              .db()
              .scalar(QStringLiteral("SELECT COUNT(*) FROM audit WHERE element = 'report:district-25-11' AND source = "
                                     "'replace_newer' AND batch <> ''"))
              .toInt() == 1);
}

TEST_CASE("A report signed with another district's key is refused and never blocks that district's real report")
{
    ScopedClock clock(at(2024, 11, 20));
    Installation a(district, Role::District, QStringLiteral("Trần Văn Đức"));
    Installation b(otherDistrict, Role::District, QStringLiteral("Hồ Văn Bảo"));
    Installation p(province, Role::Province, QStringLiteral("Nguyễn Thị Hoa"));
    write(a, district, QStringLiteral("Nam Đông."));
    REQUIRE(p.import(exportReport(a, district, QStringLiteral("a.chitieu"))).result == ImportResult::Applied);

    write(b, otherDistrict, QStringLiteral("Giả mạo."));
    clock.clock().set(at(2024, 11, 22));
    const Payload forged = buildDeliverableFile(b.w(), report, 2024);
    const QString path =
        test::writeFile(a.file(QStringLiteral("forged.chitieu")),
                        seal(payloadToJson(forged), keystore::ensureOwnKey(a.w().db()), kFormatVersion));
    const QString before = dumpDatabase(p.w().db());
    ScriptedDecisions yes;
    yes.changes = yes.newKey = yes.ownValues = yes.older = true;
    const FileOutcome o = p.import(path, yes);
    INFO(o.message.toStdString());
    CHECK(o.result == ImportResult::Refused);
    CHECK(o.message.contains(QStringLiteral("Phong Điền")));
    CHECK(o.message.contains(QStringLiteral("Nam Đông")));
    CHECK(dumpDatabase(p.w().db()) == before);

    clock.clock().set(at(2024, 11, 21));
    write(b, otherDistrict, QStringLiteral("Phong Điền thật."));
    const QString real = exportReport(b, otherDistrict, QStringLiteral("b.chitieu"));
    clock.clock().set(at(2024, 11, 23));
    const FileOutcome ok = p.import(real);
    INFO(ok.message.toStdString());
    CHECK(ok.result == ImportResult::Applied);
}

TEST_CASE("A section with a control character is refused wherever it enters, and nothing is stored")
{
    ScopedClock clock(at(2024, 11, 20));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    const QString before = dumpDatabase(d.w().db());
    try {
        write(d, district, QStringLiteral("Dòng một\x01giả"));
        FAIL("a control character was stored");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("U+0001")));
    }
    CHECK(dumpDatabase(d.w().db()) == before);
    // As received in a file: the stored form of a section is read with the same rule.
    try {
        RichText::fromHtml(QStringLiteral("<p>Một\x1b[2Kdòng</p>"));
        FAIL("a control character was read");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("U+001B")));
    }
}
