// chitieu-cli import --accept-moved-key: the file of a commune installation that moved to
// its new unit, signed with the key the receiver trusts for its old unit, is refused (exit 1,
// what to do, nothing stored changed) until the flag accepts the key for the new unit; the
// history then says so.
#include "core/exchange/KeyStore.h"
#include "core/store/Database.h"
#include "support/CliSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace chitieu;
using test::runCli;

namespace {
struct Db
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("chitieu.sqlite"));
    test::CliResult run(QStringList args) { return runCli(QStringList{QStringLiteral("--db"), path} + args); }
};

QString dumpTables(const QString& path)
{
    Database db(path, Database::OpenMode::Existing);
    QString out;
    // data_values has no rowid: its rows come in their key's order.
    for (const char* t : {"unit_keys", "data_values", "audit", "received_files", "submissions"}) {
        const QLatin1String table(t);
        const QString order =
            table == QLatin1String("data_values") ? QStringLiteral("1, 2, 3") : QStringLiteral("rowid");
        QSqlQuery q = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order));
        while (q.next())
            for (int i = 0; q.value(i).isValid(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
}
} // namespace

TEST_CASE("import --accept-moved-key trusts a moved commune's key for its new unit")
{
    Db commune;
    Db city;
    REQUIRE(commune.run({"init", "--unit", "19792", "--user", "Lê Thị Cúc"}).exitCode == 0);
    REQUIRE(city.run({"init", "--unit", "46", "--user", "Phạm Thị Phương"}).exitCode == 0);
    // The city recorded Xuân Phú's key from an earlier file of it.
    QByteArray key;
    {
        Database c(commune.path, Database::OpenMode::Existing);
        key = exchange::keystore::ensureOwnKey(c).publicKey;
        Database r(city.path, Database::OpenMode::Existing);
        Database::Transaction t(r);
        exchange::keystore::trust(r, QStringLiteral("19792"), key, QStringLiteral("Phạm Thị Phương"));
        t.commit();
    }
    // Xuân Phú became part of Vỹ Dạ on 01/07/2025: the installation moves and sends as Vỹ Dạ.
    REQUIRE(commune.run({"init", "--unit", "19777"}).exitCode == 0);
    REQUIRE(
        commune.run({"set", "--unit", "19777", "--year", "2025", "live_births=130", "neonatal_deaths=1"}).exitCode ==
        0);
    REQUIRE(commune.run({"complete", "--unit", "19777", "--year", "2025"}).exitCode == 0);
    const QString file = commune.dir.filePath("vy-da-2025.chitieu");
    REQUIRE(commune.run({"export", "--unit", "19777", "--year", "2025", "-o", file}).exitCode == 0);

    const QString before = dumpTables(city.path);
    const test::CliResult refused = city.run({"import", "--accept-changes", "--accept-new-key", file});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("signed with the key recorded for Phường Xuân Phú (19792)"));
    CHECK(refused.err.contains("became part of Phường Vỹ Dạ (19777) on 01/07/2025"));
    CHECK(refused.err.contains("--accept-moved-key"));
    CHECK(dumpTables(city.path) == before);

    const test::CliResult accepted = city.run({"import", "--accept-moved-key", file});
    INFO(accepted.err.toStdString());
    REQUIRE(accepted.exitCode == 0);
    CHECK(accepted.out.contains("The signing key of Phường Xuân Phú (19792) was accepted for Phường Vỹ Dạ (19777)"));
    const test::CliResult history = city.run({"history", "--unit", "19777", "--year", "2025"});
    REQUIRE(history.exitCode == 0);
    CHECK(history.out.contains("Signing key of a merged unit accepted"));
    {
        Database r(city.path, Database::OpenMode::Existing);
        CHECK(exchange::keystore::trustedKey(r, QStringLiteral("19777"))->publicKey == key);
    }
}

TEST_CASE("status names the unit a merged commune went into through every change, and UNCONFIRMED")
{
    Db db;
    // Điền Hương (19822) went into Phong Thạnh on 01/01/2025 (no source confirms it), which went
    // into Phong Phú (19828) on 01/07/2025.
    REQUIRE(db.run({"init", "--unit", "19822"}).exitCode == 0);
    const test::CliResult told = db.run({"status", "--year", "2025", "--date", "2025-07-02"});
    REQUIRE(told.exitCode == 0);
    CHECK(told.out.contains("Its unit in the tree in force today: Phường Phong Phú (19828), from 01/07/2025"));
    CHECK(told.out.contains("chitieu-cli init --unit 19828."));
    CHECK(told.out.contains("UNCONFIRMED"));
    REQUIRE(db.run({"init", "--unit", "19828"}).exitCode == 0);
    CHECK_FALSE(db.run({"status", "--year", "2025", "--date", "2025-07-02"}).out.contains("Its unit in the tree"));
}
