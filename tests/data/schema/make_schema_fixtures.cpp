// Writes the fixture databases of tests/data/schema: vN.sqlite for every schema version N,
// made by the program's own migrations (Database::createAtVersion), in WAL mode as the
// program leaves its files, holding the rows below for every table that version has.
// Usage (see README.md beside this file):
//   build/tests/make_schema_fixtures tests/data/schema
// A table without rows here stops the generator: a new migration adds its rows below.
#include "core/Error.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <map>
#include <sodium.h>

// The columns of schema 1, named: later versions add columns with defaults (6: the received
// file; 8: the unit that made a change, its batch).
#define AUDIT_COLUMNS                                                                                                  \
    "(id, unit_code, year, element, old_value, new_value, old_comment, new_comment, changed_by, changed_at, source)"

namespace {

// An Ed25519 key pair made from a fixed seed, so every run writes the same keys (hex, as
// exchange/KeyStore stores them).
std::pair<QString, QString> keyPair(unsigned char seedByte)
{
    unsigned char seed[crypto_sign_SEEDBYTES];
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
    for (unsigned char& b : seed)
        b = seedByte;
    crypto_sign_seed_keypair(publicKey, secretKey, seed);
    const auto hex = [](const unsigned char* bytes, size_t size) {
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes), static_cast<int>(size)).toHex());
    };
    return {hex(publicKey, sizeof publicKey), hex(secretKey, sizeof secretKey)};
}

QString sha256Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Rows of each table, as a district installation of Thành phố Huế (474) holds them after a
// season: two communes' figures (one entered by the district from a paper form), their
// history, form states, an imported file, a refused one, a file sent to the province.
std::map<QString, QStringList> rows()
{
    const QString communeKey = keyPair(2).first;
    const QString fileHash = sha256Hex(QStringLiteral("19744-2024"));
    const QString fileHash2023 = sha256Hex(QStringLiteral("19744-2023"));
    const auto [ownPublic, ownSecret] = keyPair(1);
    return {
        {QStringLiteral("units"),
         {QStringLiteral("INSERT INTO units VALUES('46', 'Tỉnh Thừa Thiên Huế', 'Tỉnh', 1, NULL, 0)"),
          QStringLiteral("INSERT INTO units VALUES('474', 'Thành phố Huế', 'Thành phố', 2, '46', 0)"),
          QStringLiteral("INSERT INTO units VALUES('476', 'Huyện Phong Điền', 'Huyện', 2, '46', 0)"),
          QStringLiteral("INSERT INTO units VALUES('19744', 'Phường Phú Thuận', 'Phường', 3, '474', 1)"),
          QStringLiteral("INSERT INTO units VALUES('19747', 'Phường Phú Bình', 'Phường', 3, '474', 1)"),
          QStringLiteral("INSERT INTO units VALUES('19822', 'Xã Điền Hương', 'Xã', 3, '476', 0)")}},
        {QStringLiteral("settings"),
         {QStringLiteral("INSERT INTO settings VALUES('role', 'district')"),
          QStringLiteral("INSERT INTO settings VALUES('unit_code', '474')"),
          QStringLiteral("INSERT INTO settings VALUES('user_name', 'Trần Thị Bình')"),
          QStringLiteral("INSERT INTO settings VALUES('catalogue_id', 'plan-208-tth-2021')"),
          QStringLiteral("INSERT INTO settings VALUES('catalogue_version', '1.0')"),
          QStringLiteral("INSERT INTO settings VALUES('language', 'vi')"),
          QStringLiteral("INSERT INTO settings VALUES('commune_deadline_day', '10')"),
          QStringLiteral("INSERT INTO settings VALUES('commune_deadline_month', '11')"),
          QStringLiteral("INSERT INTO settings VALUES('soft_change_percent', '40')")}},
        {QStringLiteral("data_values"),
         {QStringLiteral("INSERT INTO data_values VALUES('19744', 2024, 'live_births', 412, '', "
                         "'2024-11-04T08:30:12.250', 'Lê Văn C', 'import', '19744')"),
          QStringLiteral("INSERT INTO data_values VALUES('19744', 2024, 'neonatal_deaths', 1, "
                         "'Trẻ sinh non, chuyển viện \"Trung ương Huế\"', '2024-11-04T08:31:40.000', 'Lê Văn C', "
                         "'import', '19744')"),
          QStringLiteral("INSERT INTO data_values VALUES('19744', 2023, 'live_births', 398, '', "
                         "'2023-11-06T14:02:00.000', 'Lê Văn C', 'import', '19744')"),
          QStringLiteral("INSERT INTO data_values VALUES('19747', 2024, 'children_total', 5120, '', "
                         "'2024-11-12T10:15:00.000', 'Trần Thị Bình', 'entry', '474')"),
          QStringLiteral("INSERT INTO data_values VALUES('19747', 2024, 'cfc_registered', 1, '', "
                         "'2024-11-12T10:16:30.500', 'Trần Thị Bình', 'entry', '474')"),
          QStringLiteral("INSERT INTO data_values VALUES('19822', 2023, 'child_marriages', 0, "
                         "'Không có trường hợp nào', '2023-11-20T09:00:00.000', 'Nguyễn Văn An', 'cli', '')")}},
        {QStringLiteral("audit"),
         {QStringLiteral("INSERT INTO audit" AUDIT_COLUMNS
                         " VALUES(1, '19744', 2023, 'live_births', NULL, 398, NULL, '', 'Trần Thị Bình', "
                         "'2023-11-06T14:02:00.000', 'import')"),
          QStringLiteral("INSERT INTO audit" AUDIT_COLUMNS
                         " VALUES(2, '19744', 2024, 'live_births', NULL, 412, NULL, '', 'Trần Thị Bình', "
                         "'2024-11-04T08:30:12.250', 'import')"),
          QStringLiteral("INSERT INTO audit" AUDIT_COLUMNS
                         " VALUES(3, '19744', 2024, 'neonatal_deaths', NULL, 1, NULL, "
                         "'Trẻ sinh non, chuyển viện \"Trung ương Huế\"', 'Trần Thị Bình', '2024-11-04T08:31:40.000', "
                         "'import')"),
          QStringLiteral("INSERT INTO audit" AUDIT_COLUMNS
                         " VALUES(4, '19747', 2024, 'children_total', NULL, 5210, NULL, '', "
                         "'Trần Thị Bình', '2024-11-12T10:14:00.000', 'entry')"),
          QStringLiteral("INSERT INTO audit" AUDIT_COLUMNS
                         " VALUES(5, '19747', 2024, 'children_total', 5210, 5120, '', '', "
                         "'Trần Thị Bình', '2024-11-12T10:15:00.000', 'entry')"),
          QStringLiteral("INSERT INTO audit" AUDIT_COLUMNS
                         " VALUES(6, '19747', 2024, 'cfc_registered', NULL, 1, NULL, '', "
                         "'Trần Thị Bình', '2024-11-12T10:16:30.500', 'entry')"),
          QStringLiteral("INSERT INTO audit" AUDIT_COLUMNS
                         " VALUES(7, '19822', 2023, 'child_marriages', NULL, 0, NULL, "
                         "'Không có trường hợp nào', 'Nguyễn Văn An', '2023-11-20T09:00:00.000', 'cli')")}},
        {QStringLiteral("form_status"),
         {QStringLiteral("INSERT INTO form_status VALUES('19744', 2024, 'complete', '2024-11-04T08:45:00.000', "
                         "'Lê Văn C', '')"),
          QStringLiteral("INSERT INTO form_status VALUES('19747', 2024, 'returned', '2024-11-13T16:20:00.000', "
                         "'Trần Thị Bình', 'Thiếu số trẻ dưới 5 tuổi được cân đo')"),
          QStringLiteral("INSERT INTO form_status VALUES('19822', 2023, 'in_progress', '2023-11-20T09:00:00.000', "
                         "'Nguyễn Văn An', '')")}},
        {QStringLiteral("submissions"),
         {QStringLiteral("INSERT INTO submissions VALUES('19744', 2024, '2024-11-04T08:46:10.000', "
                         "'2024-11-05T07:55:31.125', 'complete', '2024-11-04T08:45:00.000', '%1', '%2', 'accepted', "
                         "'')")
              .arg(fileHash, communeKey)}},
        {QStringLiteral("received_files"),
         {QStringLiteral(
              "INSERT INTO received_files(id, file_name, content_hash, unit_code, year, made_at, result, reason, "
              "imported_at, imported_by) VALUES(1, 'phu-thuan-2024.chitieu', '%1', '19744', 2024, "
              "'2024-11-04T08:46:10.000', 'applied', '2 giá trị mới', '2024-11-05T07:55:31.125', "
              "'Trần Thị Bình')")
              .arg(fileHash),
          QStringLiteral(
              "INSERT INTO received_files(id, file_name, content_hash, unit_code, year, made_at, result, reason, "
              "imported_at, imported_by) VALUES(2, 'bao-cao (1).chitieu', '%1', '', NULL, '', 'refused', "
              "'Tệp không phải tệp trao đổi của Chỉ Tiêu Trẻ Em', '2024-11-05T08:02:00.000', "
              "'Trần Thị Bình')")
              .arg(sha256Hex(QStringLiteral("not an exchange file")))}},
        // v7: what the import of 19744's file replaced (nothing: its first file), kept for a take-back.
        {QStringLiteral("import_prior_submissions"),
         {QStringLiteral("INSERT INTO import_prior_submissions(file_hash, unit_code, year, existed, written_hash) "
                         "VALUES('%1', '19744', 2024, 0, '%1')")
              .arg(fileHash)}},
        {QStringLiteral("import_prior_forms"),
         {QStringLiteral("INSERT INTO import_prior_forms VALUES('%1', '19744', 2024, 1, 'in_progress', "
                         "'2024-10-30T10:00:00.000', 'Trần Thị Bình', '', 'complete', '2024-11-05T07:55:31.125')")
              .arg(fileHash)}},
        {QStringLiteral("unit_keys"),
         {QStringLiteral("INSERT INTO unit_keys VALUES('19744', '%1', '2023-11-07T07:40:00.000', 'Trần Thị Bình')")
              .arg(communeKey)}},
        {QStringLiteral("sent_files"),
         {QStringLiteral("INSERT INTO sent_files(id, unit_code, year, made_at, content_hash, file_name) VALUES(1, "
                         "'474', 2024, '2024-11-20T15:30:00.000', '%1', 'thanh-pho-hue-2024.chitieu')")
              .arg(sha256Hex(QStringLiteral("474-2024")))}},
        // From schema 5: the district's own narrative with its history, a commune's narrative
        // received in its file, the district's own target, and the commune's report received.
        {QStringLiteral("narratives"),
         {QStringLiteral("INSERT INTO narratives VALUES('474', '', 2024, 'district-25-11', 'results', "
                         "'<p>Đã tổ chức <b>12</b> lớp tập huấn.</p>', '2024-11-18T10:00:00.000', 'Trần Thị Bình', "
                         "'entry')"),
          QStringLiteral("INSERT INTO narratives VALUES('19744', '', 2024, 'commune-data', 'difficulties', "
                         "'<ul><li>Thiếu cộng tác viên</li></ul>', '2024-11-04T08:40:00.000', 'Lê Văn C', 'import')")}},
        {QStringLiteral("narrative_history"),
         {QStringLiteral("INSERT INTO narrative_history VALUES(1, '474', '', 2024, 'district-25-11', 'results', '', "
                         "'<p>Đã tổ chức 10 lớp tập huấn.</p>', 'Trần Thị Bình', '2024-11-17T16:00:00.000', 'entry')"),
          QStringLiteral("INSERT INTO narrative_history VALUES(2, '474', '', 2024, 'district-25-11', 'results', "
                         "'<p>Đã tổ chức 10 lớp tập huấn.</p>', '<p>Đã tổ chức <b>12</b> lớp tập huấn.</p>', "
                         "'Trần Thị Bình', '2024-11-18T10:00:00.000', 'entry')")}},
        {QStringLiteral("unit_targets"),
         {QStringLiteral("INSERT INTO unit_targets VALUES('474', '2b', 2021, 2025, '<=', '0.7', '45/KH-UBND', "
                         "'2021-06-15T09:00:00.000', 'Trần Thị Bình', 'entry')")}},
        {QStringLiteral("received_reports"),
         {QStringLiteral("INSERT INTO received_reports VALUES('19744', '', 2024, 'commune-data', "
                         "'2024-11-04T08:46:10.000', '2024-11-05T07:55:31.125', '%1', '')")
              .arg(fileHash)}},
        {QStringLiteral("installation_key"),
         {QStringLiteral("INSERT INTO installation_key VALUES(1, '%1', '%2', '2023-10-02T09:12:44.000')")
              .arg(ownPublic, ownSecret)}},
        // Two dated trees of the city's corner where Phú Thuận was split on 01/07/2021.
        {QStringLiteral("unit_trees"),
         {QStringLiteral("INSERT INTO unit_trees VALUES('2021-01-01', 'built-in', '2025-01-06T08:00:00', 'chitieu')"),
          QStringLiteral("INSERT INTO unit_trees VALUES('2021-07-01', 'built-in', '2025-01-06T08:00:00', 'chitieu')")}},
        {QStringLiteral("unit_versions"),
         {QStringLiteral("INSERT INTO unit_versions VALUES(1, '46', 'Tỉnh Thừa Thiên Huế', 'Tỉnh', 1, '', 0)"),
          QStringLiteral("INSERT INTO unit_versions VALUES(2, '474', 'Thành phố Huế', 'Thành phố', 2, '46', 0)"),
          QStringLiteral("INSERT INTO unit_versions VALUES(3, '19744', 'Phường Phú Thuận', 'Phường', 3, '474', 1)"),
          QStringLiteral("INSERT INTO unit_versions VALUES(4, '19750', 'Phường Tây Lộc', 'Phường', 3, '474', 1)")}},
        {QStringLiteral("unit_tree_members"),
         {QStringLiteral("INSERT INTO unit_tree_members VALUES('2021-01-01', 1, 0)"),
          QStringLiteral("INSERT INTO unit_tree_members VALUES('2021-01-01', 2, 1)"),
          QStringLiteral("INSERT INTO unit_tree_members VALUES('2021-01-01', 3, 2)"),
          QStringLiteral("INSERT INTO unit_tree_members VALUES('2021-01-01', 4, 3)"),
          QStringLiteral("INSERT INTO unit_tree_members VALUES('2021-07-01', 1, 0)"),
          QStringLiteral("INSERT INTO unit_tree_members VALUES('2021-07-01', 2, 1)"),
          QStringLiteral("INSERT INTO unit_tree_members VALUES('2021-07-01', 4, 2)")}},
        {QStringLiteral("unit_crosswalk"),
         {QStringLiteral("INSERT INTO unit_crosswalk VALUES('2021-07-01', '46', 'Tỉnh Thừa Thiên Huế', '46', "
                         "'Tỉnh Thừa Thiên Huế', 'same', '', 'unchanged', 0)"),
          QStringLiteral("INSERT INTO unit_crosswalk VALUES('2021-07-01', '474', 'Thành phố Huế', '474', "
                         "'Thành phố Huế', 'merged', '', 'NQ 1264/NQ-UBTVQH14', 1)"),
          QStringLiteral("INSERT INTO unit_crosswalk VALUES('2021-07-01', '19744', 'Phường Phú Thuận', '19750', "
                         "'Phường Tây Lộc', 'split', '0.6051', 'NQ 1264/NQ-UBTVQH14', 2)"),
          QStringLiteral("INSERT INTO unit_crosswalk VALUES('2021-07-01', '19750', 'Phường Tây Lộc', '19750', "
                         "'Phường Tây Lộc', 'merged', '', 'NQ 1264/NQ-UBTVQH14', 3)")}},
        // From schema 11: the same history as the program writes it now, each change's time,
        // author, source, unit and batch once (one import, its two values), and the values
        // pointing to their change, keeping their sender's time and author where they differ.
        {QStringLiteral("changes"),
         {QStringLiteral("INSERT INTO changes VALUES(1, '2023-11-06T14:02:00.000', 'Trần Thị Bình', 'import', "
                         "'19744', '%1', '%1')")
              .arg(fileHash2023),
          QStringLiteral("INSERT INTO changes VALUES(2, '2024-11-05T07:55:31.125', 'Trần Thị Bình', 'import', "
                         "'19744', '%1', '%1')")
              .arg(fileHash),
          QStringLiteral("INSERT INTO changes VALUES(3, '2024-11-12T10:14:00.000', 'Trần Thị Bình', 'entry', '474', "
                         "'', '')"),
          QStringLiteral("INSERT INTO changes VALUES(4, '2024-11-12T10:15:00.000', 'Trần Thị Bình', 'entry', '474', "
                         "'', '')"),
          QStringLiteral("INSERT INTO changes VALUES(5, '2024-11-12T10:16:30.500', 'Trần Thị Bình', 'entry', '474', "
                         "'', '')"),
          QStringLiteral("INSERT INTO changes VALUES(6, '2023-11-20T09:00:00.000', 'Nguyễn Văn An', 'cli', '', '', "
                         "'')")}},
        {QStringLiteral("audit_rows"),
         {QStringLiteral("INSERT INTO audit_rows VALUES(1, '19744', 2023, 'live_births', NULL, 398, '', '', 1)"),
          QStringLiteral("INSERT INTO audit_rows VALUES(2, '19744', 2024, 'live_births', NULL, 412, '', '', 2)"),
          QStringLiteral("INSERT INTO audit_rows VALUES(3, '19744', 2024, 'neonatal_deaths', NULL, 1, '', "
                         "'Trẻ sinh non, chuyển viện \"Trung ương Huế\"', 2)"),
          QStringLiteral("INSERT INTO audit_rows VALUES(4, '19747', 2024, 'children_total', NULL, 5210, '', '', 3)"),
          QStringLiteral("INSERT INTO audit_rows VALUES(5, '19747', 2024, 'children_total', 5210, 5120, '', '', 4)"),
          QStringLiteral("INSERT INTO audit_rows VALUES(6, '19747', 2024, 'cfc_registered', NULL, 1, '', '', 5)"),
          QStringLiteral("INSERT INTO audit_rows VALUES(7, '19822', 2023, 'child_marriages', NULL, 0, '', "
                         "'Không có trường hợp nào', 6)")}},
        {QStringLiteral("data_values@11"),
         {QStringLiteral("INSERT INTO data_values VALUES('19744', 2024, 'live_births', 412, '', 2, "
                         "'2024-11-04T08:30:12.250', 'Lê Văn C')"),
          QStringLiteral("INSERT INTO data_values VALUES('19744', 2024, 'neonatal_deaths', 1, "
                         "'Trẻ sinh non, chuyển viện \"Trung ương Huế\"', 2, '2024-11-04T08:31:40.000', 'Lê Văn C')"),
          QStringLiteral("INSERT INTO data_values VALUES('19744', 2023, 'live_births', 398, '', 1, "
                         "'2023-11-06T14:02:00.000', 'Lê Văn C')"),
          QStringLiteral("INSERT INTO data_values VALUES('19747', 2024, 'children_total', 5120, '', 4, NULL, NULL)"),
          QStringLiteral("INSERT INTO data_values VALUES('19747', 2024, 'cfc_registered', 1, '', 5, NULL, NULL)"),
          QStringLiteral("INSERT INTO data_values VALUES('19822', 2023, 'child_marriages', 0, "
                         "'Không có trường hợp nào', 6, NULL, NULL)")}},
    };
}

// Fills one fixture. Returns an error text, empty on success. A table whose columns changed
// has its rows of schema N and later under "table@N".
QString fill(const QString& path, int version, const std::map<QString, QStringList>& allRows)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
    db.setDatabaseName(path);
    if (!db.open())
        return db.lastError().text();
    QSqlQuery q(db);
    QStringList tables;
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                          "ORDER BY rowid"));
    while (q.next())
        tables << q.value(0).toString();
    QString error;
    const QStringList setup{QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
                            QStringLiteral("BEGIN")};
    for (const QString& statement : setup)
        if (!q.exec(statement))
            error = q.lastError().text();
    for (const QString& table : tables) {
        const auto reshaped = allRows.find(table + QStringLiteral("@11"));
        const auto found = version >= 11 && reshaped != allRows.end() ? reshaped : allRows.find(table);
        if (found == allRows.end()) {
            error = QStringLiteral("no rows for table %1: add some to make_schema_fixtures.cpp").arg(table);
            break;
        }
        for (const QString& statement : found->second)
            if (error.isEmpty() && !q.exec(statement))
                error = QStringLiteral("%1: %2").arg(statement, q.lastError().text());
    }
    if (error.isEmpty() && !q.exec(QStringLiteral("COMMIT")))
        error = q.lastError().text();
    q.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    return error;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 2 || sodium_init() < 0) {
        err << "usage: make_schema_fixtures FOLDER (tests/data/schema)\n";
        return 2;
    }
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    const auto allRows = rows();
    for (int version = 1; version <= chitieu::Database::latestSchemaVersion(); ++version) {
        const QString path = folder.filePath(QStringLiteral("v%1.sqlite").arg(version));
        QFile::remove(path);
        QString error;
        try {
            chitieu::Database::createAtVersion(path, version);
            error = fill(path, version, allRows);
        } catch (const chitieu::Error& e) {
            error = e.message();
        }
        if (!error.isEmpty()) {
            err << path << ": " << error << "\n";
            return 1;
        }
        QTextStream(stdout) << "wrote " << path << "\n";
    }
    return 0;
}
