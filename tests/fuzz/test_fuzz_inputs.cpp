// Every seed and every regression input of the fuzz targets, through the same entry
// functions as the libFuzzer programs: each is read or refused with a chitieu::Error, never
// anything else (and, in the sanitizer build, without a sanitizer report).
#include "FuzzTargets.h"
#include "core/Error.h"
#include "core/catalogue/Catalogue.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>
#include <utility>

using namespace chitieu;

namespace {
const QString fuzzDir = QStringLiteral(CHITIEU_FUZZ_DIR);

QStringList inputsOf(const QString& kind, const QString& target)
{
    const QDir dir(fuzzDir + QLatin1Char('/') + kind + QLatin1Char('/') + target);
    QStringList out;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

struct Outcome
{
    int read = 0;
    int refused = 0;
};

Outcome runAll(const fuzz::Target& target, const QStringList& files)
{
    Outcome o;
    for (const QString& path : files) {
        INFO(path.toStdString());
        try {
            target.run(readAll(path));
            ++o.read;
        } catch (const Error& e) {
            CHECK_FALSE(e.message().trimmed().isEmpty());
            ++o.refused;
        } catch (const std::exception& e) {
            FAIL("not a chitieu::Error: " << e.what());
        }
    }
    return o;
}
} // namespace

TEST_CASE("Each fuzz target reads or refuses every seed and regression input, with nothing else thrown")
{
    fuzz::prepare();
    for (const fuzz::Target& target : fuzz::targets()) {
        INFO("target " << target.name.toStdString());
        const QStringList corpus = inputsOf(QStringLiteral("corpus"), target.name);
        const QStringList regressions = inputsOf(QStringLiteral("regressions"), target.name);
        const Outcome seeds = runAll(target, corpus);
        // A seed corpus that exercises both answers: the entry reaches the reader's end.
        CHECK(seeds.read >= 1);
        CHECK(seeds.refused >= 1);
        const Outcome found = runAll(target, regressions);
        CHECK(found.read + found.refused == regressions.size());
    }
}

TEST_CASE("Every folder of fuzz inputs belongs to a target")
{
    for (const QString& kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
        const QDir dir(fuzzDir + QLatin1Char('/') + kind);
        REQUIRE(dir.exists());
        for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            INFO(kind.toStdString() << "/" << name.toStdString());
            CHECK(fuzz::target(name) != nullptr);
        }
    }
}

TEST_CASE("A catalogue whole number beyond int's range is refused, not cast")
{
    // Found by UBSan: 2147483648 was cast to int before its range was checked.
    const std::pair<const char*, const char*> refused[] = {
        {"2147483648", "2147483648 is larger than 2147483647"},
        {"-2147483649", "-2147483649 is below -2147483648"},
        {"1e300", "is larger than 2147483647"},
        {"-1e300", "is below -2147483648"},
        {"2.5", "2.5 is not a whole number"},
    };
    for (const auto& [number, problem] : refused) {
        const QByteArray json = QByteArrayLiteral("{\"id\":\"x\",\"version\":\"1\",\"name_vi\":\"a\",\"name_en\":\"a\","
                                                  "\"issuer_vi\":\"a\",\"issuer_en\":\"a\",\"first_year\":") +
                                number + '}';
        INFO(number);
        try {
            Catalogue::fromJson(json, QStringLiteral("big.json"));
            FAIL("accepted");
        } catch (const Error& e) {
            CHECK(e.message().contains(QStringLiteral("big.json, at first_year: ")));
            CHECK(e.message().contains(QString::fromUtf8(problem)));
        }
    }
    // The range's ends are still whole numbers: the check goes on to the next key.
    for (const char* number : {"2147483647", "-2147483648"}) {
        const QByteArray json = QByteArrayLiteral("{\"id\":\"x\",\"version\":\"1\",\"name_vi\":\"a\",\"name_en\":\"a\","
                                                  "\"issuer_vi\":\"a\",\"issuer_en\":\"a\",\"first_year\":") +
                                number + '}';
        INFO(number);
        CHECK_THROWS_WITH(Catalogue::fromJson(json, QStringLiteral("big.json")),
                          Catch::Contains("at last_year: this entry is missing"));
    }
}
