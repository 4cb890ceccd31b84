// The data generator: deterministic, within the hard checks, plausible, and its exchange files
// are what a commune installation exports and what a district installation imports.
#include "DataGenFiles.h"
#include "core/Error.h"
#include "core/entry/HardChecks.h"
#include "core/exchange/Envelope.h"
#include "core/exchange/Exporter.h"
#include "core/exchange/Importer.h"
#include "core/exchange/KeyStore.h"
#include "core/store/FormStatus.h"
#include "support/CliSupport.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>

using namespace chitieu;
using namespace chitieu::bench;

namespace {
const QString kNational = QStringLiteral(CHITIEU_SOURCE_DIR "/tests/data/admin-units-vietnam-2021.csv");
const QList<int> kYears{2020, 2021, 2022, 2023, 2024, 2025};

QByteArray valuesCsv(const DataGenerator& gen, const QList<const OrgUnit*>& communes, const QList<int>& years)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeValuesCsv(gen, communes, years, buffer);
    return buffer.data();
}

ElementValues asHash(const QList<Count>& counts)
{
    ElementValues out;
    for (const Count& c : counts)
        out.insert(c.element, c.value);
    return out;
}

void configure(Workspace& w, Role role, const QString& unit, const QString& user)
{
    InstallationSettings s = w.settings();
    s.role = role;
    s.unitCode = unit;
    s.userName = user;
    w.saveSettings(s);
}

QString runDatagen(const QStringList& args, int expectedExit)
{
    QProcess p;
    p.start(QStringLiteral(CHITIEU_DATAGEN_PATH), args);
    REQUIRE(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    INFO(err.toStdString());
    CHECK(p.exitCode() == expectedExit);
    return err;
}
} // namespace

TEST_CASE("The same seed gives the same bytes, another seed other counts")
{
    const UnitTree hue = UnitTree::builtIn();
    const DataGenerator a(Catalogue::builtIn(), hue, 208);
    const DataGenerator b(Catalogue::builtIn(), hue, 208);
    const DataGenerator other(Catalogue::builtIn(), hue, 209);
    const QByteArray csv = valuesCsv(a, a.communes(), kYears);
    CHECK(csv == valuesCsv(b, b.communes(), kYears));
    CHECK(csv != valuesCsv(other, other.communes(), kYears));
    // Header plus one row per commune, year and element.
    CHECK(csv.count('\n') == 1 + 145 * 6 * Catalogue::builtIn().elements.size());
    CHECK(csv.startsWith("unit_code,year,element,value\n"));

    const OrgUnit* commune = hue.find(QStringLiteral("19744"));
    REQUIRE(commune);
    const QByteArray file = submissionFile(a, *commune, 2024);
    CHECK(file == submissionFile(b, *commune, 2024));
    CHECK(file != submissionFile(other, *commune, 2024));
    CHECK(file != submissionFile(a, *commune, 2023));

    // A commune's figures do not depend on the list around it: the national list, or only
    // the communes of one district, give Huế's communes the same counts.
    const UnitTree national = UnitTree::loadCsv(kNational);
    const DataGenerator wide(Catalogue::builtIn(), national, 208);
    const OrgUnit* same = national.find(QStringLiteral("19744"));
    REQUIRE(same);
    CHECK(wide.counts(*same, 2024) == a.counts(*commune, 2024));
    const QList<const OrgUnit*> district = a.communes(commune->parentCode);
    CHECK(district.contains(commune));
    CHECK(district.size() < 145);
}

TEST_CASE("Every generated commune and year passes the hard checks and stays within each count's range")
{
    const Catalogue& cat = Catalogue::builtIn();
    const HardChecks checks(cat);
    const UnitTree national = UnitTree::loadCsv(kNational);
    const DataGenerator gen(cat, national, 208);
    const QList<const OrgUnit*> communes = gen.communes();
    CHECK(communes.size() == 10603);
    int checked = 0;
    for (int i = 0; i < communes.size(); ++i) {
        // Every commune for 2024; every tenth for every year.
        for (const int year : kYears) {
            if (year != 2024 && i % 10 != 0)
                continue;
            const QList<Count> counts = gen.counts(*communes[i], year);
            REQUIRE(counts.size() == cat.elements.size());
            const ElementValues v = asHash(counts);
            const QList<HardViolation> broken = checks.check(v);
            INFO(communes[i]->code.toStdString() << " " << year);
            REQUIRE(broken.isEmpty());
            for (const DataElement& e : cat.elements) {
                REQUIRE(v.value(e.code, -1) >= 0);
                if (e.max)
                    REQUIRE(v.value(e.code) <= *e.max);
            }
            ++checked;
        }
    }
    CHECK(checked > 10603);
}

TEST_CASE("Generated counts are plausible: births and children in proportion, some targets met and some not")
{
    test::TempWorkspace ws;
    const DataGenerator gen(ws->catalogue(), ws->units(), 208);
    QList<ValueWrite> writes;
    for (const OrgUnit* c : gen.communes())
        for (const Count& v : gen.counts(*c, 2024))
            writes << ValueWrite{c->code, 2024, v.element, v.value, std::nullopt};
    ws->values().apply(writes, {QStringLiteral("test"), QStringLiteral("cli"), QString()});

    const YearCounts t = ws->calculator().counts(QStringLiteral("46"), 2024, CountingRule{true, 100});
    // The province's children: about 28 % of about 1.2 million people; births about 5 % of them.
    CHECK(t.sum(QStringLiteral("children_total")) > 150000);
    CHECK(t.sum(QStringLiteral("children_total")) < 600000);
    const double birthsPerChild =
        double(t.sum(QStringLiteral("live_births"))) / double(t.sum(QStringLiteral("children_total")));
    CHECK(birthsPerChild > 0.04);
    CHECK(birthsPerChild < 0.07);

    int met = 0;
    int notMet = 0;
    QSet<QString> sometimesMet;
    QSet<QString> sometimesNot;
    for (const OrgUnit* d : ws->units().children(QStringLiteral("46")))
        for (const MeasureResult& r : ws->calculator().computeAll(d->code, 2024, CountingRule{true, 100})) {
            met += r.status == MeasureStatus::Met;
            notMet += r.status == MeasureStatus::NotMet;
            if (r.status == MeasureStatus::Met)
                sometimesMet << r.code;
            if (r.status == MeasureStatus::NotMet)
                sometimesNot << r.code;
        }
    CHECK(met > 0);
    CHECK(notMet > 0);
    // Mortality lies near the plan's targets: some districts meet 2a and some do not.
    CHECK(sometimesMet.contains(QStringLiteral("2a")));
    CHECK(sometimesNot.contains(QStringLiteral("2a")));
}

TEST_CASE("A generated commune file is byte for byte what the commune's own installation exports")
{
    const UnitTree hue = UnitTree::builtIn();
    const DataGenerator gen(Catalogue::builtIn(), hue, 208);
    const OrgUnit& commune = *hue.find(QStringLiteral("19744"));
    const CommuneInstallation installation = installationOf(gen, commune);
    const QList<Count> counts = gen.counts(commune, 2024);
    const EntryTimes times = entryTimes(gen, commune, 2024, int(counts.size()));

    // The commune's computer: its key, its user typing each count at its time, then complete.
    test::TempWorkspace ws;
    configure(*ws, Role::Commune, commune.code, installation.userName);
    ws->db().exec(QStringLiteral("INSERT INTO installation_key(id, public_key, secret_key, created_at) "
                                 "VALUES(1, ?, ?, '2024-01-01T00:00:00.000')"),
                  {QString::fromLatin1(installation.key.publicKey.toHex()),
                   QString::fromLatin1(installation.key.secretKey.toHex())});
    for (int i = 0; i < counts.size(); ++i) {
        test::ScopedClock at(times.values[i]);
        ws->values().apply({ValueWrite{commune.code, 2024, counts[i].element, counts[i].value, std::nullopt}},
                           {installation.userName, QStringLiteral("entry"), commune.code});
    }
    {
        test::ScopedClock at(times.completedAt);
        FormStatus::save(ws->db(), commune.code, 2024, FormState::Complete, installation.userName);
    }
    test::ScopedClock at(times.madeAt);
    const QString exported = ws.file(QStringLiteral("export.chitieu"));
    exchange::exportSubmission(*ws, commune.code, 2024, exported);
    QFile f(exported);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == submissionFile(gen, commune, 2024));
}

TEST_CASE("Generated commune files import into a fresh district installation")
{
    QTemporaryDir dir;
    const UnitTree hue = UnitTree::builtIn();
    const DataGenerator gen(Catalogue::builtIn(), hue, 208);
    const OrgUnit& commune = *hue.find(QStringLiteral("19744"));
    const QList<const OrgUnit*> district = gen.communes(commune.parentCode);
    CHECK(writeSubmissionFiles(gen, district, {2023, 2024}, dir.path()) == 2 * district.size());

    test::TempWorkspace ws;
    configure(*ws, Role::District, commune.parentCode, QStringLiteral("Trần Thị Bình"));
    exchange::FixedDecisions no; // nothing needs a yes: every file is new
    exchange::Importer importer(*ws, no);
    for (const int year : {2023, 2024})
        for (const OrgUnit* c : district) {
            const exchange::FileOutcome r = importer.importFile(submissionPath(dir.path(), *c, year));
            INFO(r.message.toStdString());
            REQUIRE(r.result == exchange::ImportResult::Applied);
        }
    for (const Count& v : gen.counts(commune, 2024))
        CHECK(ws->values().value(commune.code, 2024, v.element) == v.value);
    CHECK(FormStatus::load(ws->db(), commune.code, 2024).state == FormState::Complete);
    const auto key = exchange::keystore::trustedKey(ws->db(), commune.code);
    REQUIRE(key);
    CHECK(key->publicKey == installationOf(gen, commune).key.publicKey);
    // Each commune signs with its own key.
    CHECK(installationOf(gen, *district.value(1)).key.publicKey != key->publicKey);
}

TEST_CASE("The generator refuses a catalogue it does not model and a unit that is not a commune")
{
    const UnitTree hue = UnitTree::builtIn();
    Catalogue extra = Catalogue::builtIn();
    extra.elements << DataElement{QStringLiteral("children_orphaned"), {}, {}, ElementScope::Any, std::nullopt};
    try {
        DataGenerator(extra, hue, 1);
        FAIL("an unknown element was accepted");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("children_orphaned")));
        CHECK(e.message().contains(QStringLiteral("DataGen.cpp")));
    }
    Catalogue fewer = Catalogue::builtIn();
    fewer.elements.removeLast();
    CHECK_THROWS_AS(DataGenerator(fewer, hue, 1), Error);

    const DataGenerator gen(Catalogue::builtIn(), hue, 1);
    try {
        gen.counts(*hue.find(QStringLiteral("46")), 2024);
        FAIL("a province got commune counts");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("46 is not a commune")));
    }
}

TEST_CASE("chitieu-datagen writes a values CSV that chitieu-cli loads, and refuses bad options")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("values.csv"));
    runDatagen({QStringLiteral("--under"), QStringLiteral("474"), QStringLiteral("--years"),
                QStringLiteral("2023-2024"), QStringLiteral("--values-csv"), csv},
               0);
    // The tool gives the library's bytes.
    const UnitTree hue = UnitTree::builtIn();
    const DataGenerator gen(Catalogue::builtIn(), hue, 208);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == valuesCsv(gen, gen.communes(QStringLiteral("474")), {2023, 2024}));

    const QString db = dir.filePath(QStringLiteral("d.sqlite"));
    CHECK(test::runCli(
              {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--unit"), QStringLiteral("474")})
              .exitCode == 0);
    const test::CliResult load = test::runCli({QStringLiteral("--db"), db, QStringLiteral("load-values"), csv});
    INFO(load.err.toStdString());
    CHECK(load.exitCode == 0);

    CHECK(runDatagen({QStringLiteral("--values-csv"), csv, QStringLiteral("--exchange-dir"), dir.path()}, 2)
              .contains(QStringLiteral("exactly one of")));
    CHECK(runDatagen({QStringLiteral("--years"), QStringLiteral("2019"), QStringLiteral("--values-csv"), csv}, 1)
              .contains(QStringLiteral("2019 is outside 2020-2025")));
    CHECK(runDatagen({QStringLiteral("--under"), QStringLiteral("99999"), QStringLiteral("--values-csv"), csv}, 1)
              .contains(QStringLiteral("99999 is not in the unit list")));
    CHECK(runDatagen({QStringLiteral("--seed"), QStringLiteral("x"), QStringLiteral("--values-csv"), csv}, 1)
              .contains(QStringLiteral("--seed")));
}
