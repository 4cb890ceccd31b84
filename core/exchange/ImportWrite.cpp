#include "ImportWrite.h"

#include "KeyStore.h"
#include "PayloadJson.h"
#include "core/store/Database.h"
#include "core/store/FormStatus.h"
#include "core/store/ValueStore.h"

#include <QHash>

namespace chitieu::exchange::importwrite {

namespace {
QList<const UnitBlock*> blocks(const Payload& p)
{
    QList<const UnitBlock*> out{&p.sender};
    for (const UnitBlock& b : p.below)
        out << &b;
    return out;
}
// The submission row the import is about to replace (or that there was none), for taking
// the file back (exchange/Unimport).
void keepPriorSubmission(Database& db, const QString& unitCode, int year, const QString& fileHash,
                         const QString& writtenHash)
{
    const int existed =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM submissions WHERE unit_code=? AND year=?"), {unitCode, year})
            .toInt();
    if (existed)
        db.exec(QStringLiteral("INSERT INTO import_prior_submissions(file_hash, unit_code, year, existed, made_at, "
                               "received_at, form_state, form_state_at, content_hash, signer_key, status, "
                               "status_reason, written_hash) SELECT ?, unit_code, year, 1, made_at, received_at, "
                               "form_state, form_state_at, content_hash, signer_key, status, status_reason, ? FROM "
                               "submissions WHERE unit_code=? AND year=?"),
                {fileHash, writtenHash, unitCode, year});
    else
        db.exec(QStringLiteral("INSERT INTO import_prior_submissions(file_hash, unit_code, year, existed, "
                               "written_hash) VALUES(?,?,?,0,?)"),
                {fileHash, unitCode, year, writtenHash});
}
} // namespace

std::optional<StoredSubmission> submission(Database& db, const QString& unitCode, int year)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT made_at, content_hash, received_at FROM submissions "
                                         "WHERE unit_code = ? AND year = ?"),
                          {unitCode, year});
    if (!q.next())
        return std::nullopt;
    return StoredSubmission{QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), q.value(1).toString(),
                            QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)};
}

QList<ValueChange> diff(ValueStore& values, const Payload& p, const QString& installationUnit)
{
    QList<ValueChange> out;
    for (const UnitBlock* b : blocks(p)) {
        const QMap<QString, StoredValue> stored = values.values(b->code, p.year);
        auto isOwn = [&](const StoredValue& s) {
            // Typed here (by hand, the CLI or a bulk load), not imported. An empty unit means
            // it was typed before the installation had a unit: still this installation's.
            return s.source != QLatin1String("import") &&
                   (s.enteredByUnit == installationUnit || s.enteredByUnit.isEmpty());
        };
        QSet<QString> inFile;
        for (const FileValue& v : b->values) {
            inFile.insert(v.element);
            const auto it = stored.constFind(v.element);
            if (it != stored.cend() && it->value == v.value && it->comment == v.comment)
                continue;
            ValueChange c{b->code, v.element, std::nullopt, v.value, QString(), v.comment, false};
            if (it != stored.cend()) {
                c.oldValue = it->value;
                c.oldComment = it->comment;
                c.own = isOwn(*it);
            }
            out << c;
        }
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            if (!inFile.contains(it.key()))
                out << ValueChange{b->code, it.key(), it->value, std::nullopt, it->comment, QString(), isOwn(*it)};
    }
    return out;
}

void writeChanges(ValueStore& values, Database::Transaction& t, const Payload& p, const QList<ValueChange>& changes,
                  const ApplyContext& c)
{
    QHash<QString, const FileValue*> fileValues;
    for (const UnitBlock* b : blocks(p))
        for (const FileValue& v : b->values)
            fileValues.insert(b->code + QLatin1Char('|') + v.element, &v);
    QList<ValueWrite> writes;
    for (const ValueChange& change : changes) {
        ValueWrite w{change.unitCode, p.year, change.element, change.newValue, change.newComment};
        if (const FileValue* v = fileValues.value(change.unitCode + QLatin1Char('|') + change.element)) {
            w.changedAt = timeText(v->changedAt.isValid() ? v->changedAt : p.madeAt);
            w.changedBy = v->changedBy.isEmpty() ? p.madeBy : v->changedBy;
        }
        writes << w;
    }
    values.apply(writes, {c.user, QStringLiteral("import"), p.sender.code, c.hashHex}, t);
}

void writeSubmissions(Database& db, const Payload& p, const ApplyContext& c)
{
    static const QString upsert = QStringLiteral(
        "INSERT INTO submissions(unit_code, year, made_at, received_at, form_state, form_state_at, content_hash, "
        "signer_key, status, status_reason) VALUES(?,?,?,?,?,?,?,?,'accepted','') "
        "ON CONFLICT(unit_code, year) DO UPDATE SET made_at=excluded.made_at, received_at=excluded.received_at, "
        "form_state=excluded.form_state, form_state_at=excluded.form_state_at, content_hash=excluded.content_hash, "
        "signer_key=excluded.signer_key, status='accepted', status_reason=''");
    keepPriorSubmission(db, p.sender.code, p.year, c.hashHex, c.hashHex);
    db.exec(upsert, {p.sender.code, p.year, timeText(p.madeAt), c.now, formStates.key(p.sender.formState),
                     timeText(p.sender.formStateAt), c.hashHex, c.signerKeyHex});
    for (const UnitBlock& b : p.below) {
        if (!b.sourceMadeAt.isValid() || b.sourceHash.isEmpty())
            continue; // entered by the sender itself: no file of its own
        const auto stored = submission(db, b.code, p.year);
        if (stored && stored->hash == b.sourceHash)
            continue; // the same file: keep when it came and whether it was returned
        keepPriorSubmission(db, b.code, p.year, c.hashHex, b.sourceHash);
        db.exec(upsert, {b.code, p.year, timeText(b.sourceMadeAt), c.now, formStates.key(b.formState),
                         timeText(b.formStateAt), b.sourceHash, QString()});
    }
}

void writeFormStates(Database& db, const Payload& p, const ApplyContext& c)
{
    for (const UnitBlock* b : blocks(p)) {
        const FormStatus current = FormStatus::load(db, b->code, p.year);
        if (current.state == b->formState)
            continue;
        QSqlQuery prior = db.exec(QStringLiteral("SELECT state, changed_at, changed_by, reason FROM form_status "
                                                 "WHERE unit_code=? AND year=?"),
                                  {b->code, p.year});
        const bool existed = prior.next();
        const QVariantList priorRow = {existed ? prior.value(0) : QString(), existed ? prior.value(1) : QString(),
                                       existed ? prior.value(2) : QString(), existed ? prior.value(3) : QString()};
        prior.finish();
        FormStatus::save(db, b->code, p.year, b->formState, c.user);
        db.exec(QStringLiteral("INSERT INTO import_prior_forms(file_hash, unit_code, year, existed, state, changed_at, "
                               "changed_by, reason, written_state, written_at) SELECT ?,?,?,?,?,?,?,?, state, "
                               "changed_at FROM form_status WHERE unit_code=? AND year=?"),
                {c.hashHex, b->code, p.year, existed ? 1 : 0, priorRow[0], priorRow[1], priorRow[2], priorRow[3],
                 b->code, p.year});
    }
}

void recordReceived(Database& db, const Payload& p, const ApplyContext& c, const QString& summary, bool priorsKept)
{
    db.exec(
        QStringLiteral("INSERT INTO received_files(file_name, content_hash, unit_code, year, made_at, result, "
                       "reason, imported_at, imported_by, priors_kept) VALUES(?,?,?,?,?,'applied',?,?,?,?)"),
        {c.fileName, c.hashHex, p.sender.code, p.year, timeText(p.madeAt), summary, c.now, c.user, priorsKept ? 1 : 0});
}

void trustSignerKey(Database& db, const Payload& p, const QByteArray& signerKey, const ApplyContext& c)
{
    const auto trusted = keystore::trustedKey(db, senderKey(p));
    if (trusted && trusted->publicKey == signerKey)
        return;
    if (trusted)
        db.exec(QStringLiteral(
                    "INSERT INTO audit(unit_code, year, element, old_value, new_value, old_comment, "
                    "new_comment, changed_by, changed_at, source, file_hash) VALUES(?,?,'signing_key',NULL,NULL,?,?,"
                    "?,?,'key',?)"),
                {senderKey(p), p.year, QString::fromLatin1(trusted->publicKey.toHex()),
                 QString::fromLatin1(signerKey.toHex()), c.user, c.now, c.hashHex});
    keystore::trust(db, senderKey(p), signerKey, c.user);
}

} // namespace chitieu::exchange::importwrite
