// A corpus of bad exchange files, made here: each is refused with its own clear sentence and
// the database stays exactly as it was (a dump of every table before and after).
#include "core/exchange/Envelope.h"
#include "core/exchange/KeyStore.h"
#include "core/exchange/PayloadJson.h"
#include "test_exchange_support.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace chitieu;
using namespace chitieu::exchange;
using test::at;
using test::Installation;
using test::ScopedClock;

namespace {
const QString commune = QStringLiteral("20164");
const QString district = QStringLiteral("483");

struct BadFile
{
    QString name;
    QString expected; // a part of the sentence that says what is wrong
    QByteArray bytes;
};

QJsonObject withValueField(QJsonObject root, int index, const QString& key, const QJsonValue& value)
{
    QJsonArray values = root[QStringLiteral("values")].toArray();
    QJsonObject v = values[index].toObject();
    v[key] = value;
    values[index] = v;
    root[QStringLiteral("values")] = values;
    return root;
}

QJsonObject withUnitField(QJsonObject root, const QString& key, const QJsonValue& value)
{
    QJsonObject unit = root[QStringLiteral("unit")].toObject();
    unit[key] = value;
    root[QStringLiteral("unit")] = unit;
    return root;
}

QJsonObject belowBlock(const QString& code, int level = 3)
{
    return QJsonObject{{"unit", QJsonObject{{"code", code}, {"name", "Xã"}, {"level", level}}},
                       {"form", QJsonObject{{"state", "in_progress"}, {"changed_at", ""}}},
                       {"source_made_at", ""},
                       {"source_hash", ""},
                       {"values", QJsonArray{}}};
}

QJsonObject withBelow(QJsonObject root, const QJsonArray& blocks)
{
    root[QStringLiteral("below")] = blocks;
    return root;
}

QByteArray setU16(QByteArray b, int at, quint16 v)
{
    b[at] = static_cast<char>(v >> 8);
    b[at + 1] = static_cast<char>(v & 0xff);
    return b;
}
} // namespace

TEST_CASE("A corpus of bad files: each is refused with its own message and nothing changes")
{
    ScopedClock clock(at(2024, 11, 10));
    Installation c(commune, Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    c.enter(commune, 2024, {{"live_births", 200}, {"neonatal_deaths", 1}, {"cfc_registered", 1}});
    // The district already has the commune's first file, so it trusts the commune's key.
    REQUIRE(d.import(c.exportFile(2024, QStringLiteral("first.chitieu"))).result == ImportResult::Applied);

    clock.clock().set(at(2024, 11, 12));
    const KeyPair key = keystore::ensureOwnKey(c.w().db());
    const QByteArray goodJson = payloadToJson(buildSubmission(c.w(), commune, 2024));
    const QJsonObject good = QJsonDocument::fromJson(goodJson).object();
    const QByteArray goodFile = seal(goodJson, key, kFormatVersion);
    REQUIRE(good[QStringLiteral("values")].toArray().size() == 3);
    auto signedJson = [&](const QJsonObject& o) {
        return seal(QJsonDocument(o).toJson(QJsonDocument::Compact), key, kFormatVersion);
    };
    auto signedRaw = [&](const QByteArray& json) { return seal(json, key, kFormatVersion); };
    const int payloadStart = kHeaderBytes;
    const int hashStart = kHeaderBytes + static_cast<int>(goodJson.size());

    QList<BadFile> corpus;
    corpus << BadFile{"empty", "is empty", {}};
    corpus << BadFile{"truncated", "cut short", goodFile.left(goodFile.size() / 2)};
    corpus << BadFile{"truncated-header", "cut short", QByteArray("CHITI")};
    corpus << BadFile{"wrong-magic", "This is not a Chỉ Tiêu Trẻ Em exchange file.",
                      QByteArray("PK\x03\x04") + goodFile.mid(4)};
    {
        QByteArray b = goodFile;
        b[payloadStart + 40] = static_cast<char>(b[payloadStart + 40] ^ 0x01);
        corpus << BadFile{"one-bit-flipped", "does not match its hash", b};
    }
    {
        QByteArray b = goodFile;
        for (int i = 0; i < kHashBytes; ++i)
            b[hashStart + i] = 0;
        corpus << BadFile{"bad-hash", "does not match its hash", b};
    }
    {
        QByteArray b = goodFile;
        b[b.size() - 1] = static_cast<char>(b[b.size() - 1] ^ 0x80);
        corpus << BadFile{"bad-signature", "signature of the file is not valid", b};
    }
    corpus << BadFile{"another-key", "signed with another key",
                      seal(goodJson, crypto::generateKeyPair(), kFormatVersion)};
    corpus << BadFile{"newer-format", "newer version of Chỉ Tiêu Trẻ Em", setU16(goodFile, 8, kFormatVersion + 1)};
    corpus << BadFile{"header-flags", "header is damaged", setU16(goodFile, 10, 7)};
    corpus << BadFile{"extra-bytes", "bytes more than its content", goodFile + QByteArray(10, 'x')};
    corpus << BadFile{"huge-length", "is 4.294.967.295 bytes, more than the 20.971.520 bytes",
                      setU16(setU16(goodFile, 12, 0xffff), 14, 0xffff)};
    {
        QJsonObject o = good;
        o[QStringLiteral("catalogue")] = QJsonObject{{"id", "plan-999"}, {"version", "1.0"}};
        corpus << BadFile{"unknown-catalogue", "catalogue plan-999", signedJson(o)};
    }
    corpus << BadFile{"unknown-element", "data element", signedJson(withValueField(good, 0, "element", "ghost_count"))};
    {
        QJsonObject o = withUnitField(good, "code", "99999");
        corpus << BadFile{"unknown-unit", "unit 99999", signedJson(o)};
    }
    corpus << BadFile{"unknown-unit-below", "unit 88888", signedJson(withBelow(good, {belowBlock("88888")}))};
    corpus << BadFile{"outside-branch", "another branch", signedJson(withUnitField(good, "code", "20047"))};
    corpus << BadFile{"below-not-under-sender", "not under it", signedJson(withBelow(good, {belowBlock("20167")}))};
    {
        QJsonObject o = good;
        o[QStringLiteral("year")] = 2019;
        corpus << BadFile{"year-2019", "year 2019, outside the plan's years", signedJson(o)};
        o[QStringLiteral("year")] = 2026;
        corpus << BadFile{"year-2026", "year 2026, outside the plan's years", signedJson(o)};
    }
    corpus << BadFile{"negative", "is -5; counts are whole numbers of 0 or more",
                      signedJson(withValueField(good, 0, "value", -5))};
    corpus << BadFile{"non-integer", "is 2.5, not a whole number", signedJson(withValueField(good, 0, "value", 2.5))};
    corpus << BadFile{"huge-count", "more than any real count", signedJson(withValueField(good, 0, "value", 1e15))};
    corpus << BadFile{"count-as-text", "is not a number", signedJson(withValueField(good, 0, "value", "12"))};
    {
        QJsonObject o = good;
        QJsonArray values = o[QStringLiteral("values")].toArray();
        values.append(values[1]);
        o[QStringLiteral("values")] = values;
        corpus << BadFile{"duplicate-row", "is given twice", signedJson(o)};
    }
    corpus << BadFile{"duplicate-unit", "appears twice",
                      signedJson(withBelow(good, {belowBlock("20167"), belowBlock("20167")}))};
    corpus << BadFile{"junk-100MB",
                      "The file is 104.857.600 bytes; an exchange file is at most 20.971.520 bytes",
                      {}}; // written below, as a 100 MB file
    // One byte over the limit: the sizes are exact, not rounded to the same "20 MB".
    corpus << BadFile{
        "junk-20MB-and-1-byte", "The file is 20.971.521 bytes; an exchange file is at most 20.971.520 bytes", {}};
    {
        QByteArray deep = goodJson;
        deep.replace("\"comment\":\"\"", "\"comment\":" + QByteArray(5000, '[') + QByteArray(5000, ']'));
        REQUIRE(deep != goodJson);
        corpus << BadFile{"deeply-nested", "nested 5003 levels deep", signedRaw(deep)};
    }
    corpus << BadFile{"oversized-comment", "100000 characters long",
                      signedJson(withValueField(good, 0, "comment", QString(100000, QLatin1Char('x'))))};
    {
        QJsonObject o = good;
        QJsonArray values;
        for (int i = 0; i < 600; ++i)
            values.append(QJsonObject{{"element", QStringLiteral("e%1").arg(i)}, {"value", 1}});
        o[QStringLiteral("values")] = values;
        corpus << BadFile{"too-many-values", "600 entries, more than the 500", signedJson(o)};
    }
    corpus << BadFile{"not-json", "not valid JSON", signedRaw("this is not json at all")};
    corpus << BadFile{"json-array", "expected an object", signedRaw("[1,2,3]")};
    {
        QJsonObject o = good;
        o.remove(QStringLiteral("year"));
        corpus << BadFile{"missing-year", "wrong at year: this entry is missing", signedJson(o)};
    }
    corpus << BadFile{"level-mismatch", "in this installation's unit list it is a",
                      signedJson(withUnitField(good, "level", 2))};
    {
        // cfc_registered is the third value in element order: cfc_registered, live_births, neonatal_deaths.
        REQUIRE(good[QStringLiteral("values")].toArray()[0].toObject()[QStringLiteral("element")] == "cfc_registered");
        corpus << BadFile{"yes-no-count-2", "is a yes/no count", signedJson(withValueField(good, 0, "value", 2))};
    }
    corpus << BadFile{"own-unit", "this installation's own unit",
                      signedJson(withUnitField(withUnitField(good, "code", district), "level", 2))};
    {
        QJsonObject o = good;
        o[QStringLiteral("form")] = QJsonObject{{"state", "lost"}, {"changed_at", ""}};
        corpus << BadFile{"unknown-form-state", "unknown form state", signedJson(o)};
    }
    {
        QJsonObject o = good;
        o[QStringLiteral("made_at")] = "yesterday";
        corpus << BadFile{"bad-made-at", "not a date and time", signedJson(o)};
    }
    {
        QJsonObject o = good;
        o[QStringLiteral("format_version")] = 3;
        corpus << BadFile{"version-mismatch", "differs from the file's header", signedJson(o)};
        o = good;
        o[QStringLiteral("kind")] = "invoice";
        corpus << BadFile{"unknown-kind", "unknown kind of file", signedJson(o)};
    }
    {
        QByteArray bad = goodJson;
        bad.replace("Xã", "X\xff\xfe");
        REQUIRE(bad != goodJson);
        corpus << BadFile{"invalid-utf8", "not valid JSON", signedRaw(bad)};
    }
    {
        QJsonObject o = good;
        o[QStringLiteral("kind")] = "return";
        o[QStringLiteral("returned_unit")] = "20167";
        o[QStringLiteral("reason")] = "sai số liệu";
        o[QStringLiteral("returned_hash")] = "";
        corpus << BadFile{"return-for-another-unit", "This return is for unit", signedJson(o)};
    }
    REQUIRE(corpus.size() >= 25);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Database& db = d.w().db();
    const QString before = test::dumpDatabase(db);
    QSet<QString> messages;
    for (const BadFile& bad : corpus) {
        const QString path = dir.filePath(bad.name + QStringLiteral(".chitieu"));
        if (bad.name.startsWith(QLatin1String("junk-"))) {
            QFile f(path);
            REQUIRE(f.open(QIODevice::WriteOnly));
            QByteArray junk(1024 * 1024, '\0');
            for (int i = 0; i < junk.size(); ++i)
                junk[i] = static_cast<char>((static_cast<qint64>(i) * 7919) % 251); // i * 7919 overflows int
            f.write(junk);
            REQUIRE(f.resize(bad.name == QLatin1String("junk-100MB") ? 100LL * 1024 * 1024 : 20LL * 1024 * 1024 + 1));
        } else {
            test::writeFile(path, bad.bytes);
        }
        const FileOutcome o = d.import(path);
        INFO(bad.name.toStdString() << ": " << o.message.toStdString());
        CHECK(o.result == ImportResult::Refused);
        CHECK(o.message.contains(bad.expected));
        CHECK(test::dumpDatabase(db) == before);
        messages.insert(o.message);
        if (qEnvironmentVariableIsSet("CHITIEU_PRINT_CORPUS"))
            qInfo("%s: %s", qPrintable(bad.name), qPrintable(o.message));
    }
    // The sentences differ from file to file (only the two damaged-hash cases share one).
    CHECK(messages.size() >= corpus.size() - 3);

    // The whole folder at once: still nothing changes.
    ScopedClock later(at(2024, 11, 20));
    const FileList files = Importer::findFiles({dir.path()});
    CHECK(files.files.size() == corpus.size());
    FixedDecisions no;
    Importer folder(d.w(), no);
    for (const FoundFile& f : files.files)
        CHECK(folder.importFile(f).result == ImportResult::Refused);
    CHECK(test::dumpDatabase(db) == before);
    // And the good file is still welcome after all that.
    const QString goodPath = test::writeFile(dir.filePath(QStringLiteral("good.chitieu-ok")), goodFile);
    CHECK(folder.importFile(goodPath).result == ImportResult::Applied);
}

TEST_CASE("A commune-only count given for a district is refused at the province")
{
    ScopedClock clock(at(2024, 11, 24));
    Installation d(district, Role::District, QStringLiteral("Trần Văn Đức"));
    Installation p(QStringLiteral("46"), Role::Province, QStringLiteral("Phạm Thị Phương"));
    Payload payload = buildSubmission(d.w(), district, 2024);
    payload.sender.values << FileValue{QStringLiteral("cfc_registered"), 1, {}, {}, {}};
    const QString path =
        test::writeFile(d.file(QStringLiteral("d.chitieu")),
                        seal(payloadToJson(payload), keystore::ensureOwnKey(d.w().db()), kFormatVersion));
    const QString before = test::dumpDatabase(p.w().db());
    const FileOutcome o = p.import(path);
    CHECK(o.result == ImportResult::Refused);
    CHECK(o.message.contains(QStringLiteral("counted per commune only")));
    CHECK(test::dumpDatabase(p.w().db()) == before);
}
