#include "ImportWrite.h"

#include "KeyStore.h"
#include "PayloadJson.h"
#include "core/Clock.h"
#include "core/store/Database.h"
#include "core/store/FormStatus.h"
#include "core/store/SubmissionStore.h"
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
} // namespace

QList<ValueChange> diff(ValueStore& values, const Payload& p, const QString& installationUnit)
{
    QList<ValueChange> out;
    for (const UnitBlock* b : blocks(p)) {
        const QMap<QString, StoredValue> stored = values.values(b->code, p.year);
        auto isOwn = [&](const StoredValue& s) {
            // Typed here (by hand, the CLI or a bulk load), not imported. An empty unit means
            // it was typed before the installation had a unit: still this installation's.
            return s.source != ChangeContext::imported &&
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
    // A file's values share a few times (most have the file's own): each written as text once
    // (QDateTime::toString with its offset was 2 % of a district's import).
    QHash<std::pair<qint64, int>, QString> timeTexts;
    auto textOf = [&timeTexts](const QDateTime& time) {
        const std::pair<qint64, int> key{time.toMSecsSinceEpoch(), time.offsetFromUtc()};
        auto it = timeTexts.constFind(key);
        if (it == timeTexts.cend())
            it = timeTexts.insert(key, timeText(time));
        return *it;
    };
    QList<ValueWrite> writes;
    for (const ValueChange& change : changes) {
        ValueWrite w{change.unitCode, p.year, change.element, change.newValue, change.newComment};
        if (const FileValue* v = fileValues.value(change.unitCode + QLatin1Char('|') + change.element)) {
            w.changedAt = textOf(v->changedAt.isValid() ? v->changedAt : p.madeAt);
            w.changedBy = v->changedBy.isEmpty() ? p.madeBy : v->changedBy;
        }
        writes << w;
    }
    values.apply(writes, {c.user, ChangeContext::imported, p.sender.code, c.hashHex}, t);
}

void writeSubmissions(Database& db, const Payload& p, const ApplyContext& c)
{
    const QDateTime now = storedTimeFrom(c.now);
    submissions::keepPrior(db, p.sender.code, p.year, c.hashHex, c.hashHex);
    submissions::save(db, {p.sender.code, p.year, p.madeAt, now, p.sender.formState, p.sender.formStateAt, c.hashHex,
                           c.signerKeyHex});
    for (const UnitBlock& b : p.below) {
        if (!b.sourceMadeAt.isValid() || b.sourceHash.isEmpty())
            continue; // entered by the sender itself: no file of its own
        const auto stored = submissions::find(db, b.code, p.year);
        if (stored && stored->hash == b.sourceHash)
            continue; // the same file: keep when it came and whether it was returned
        submissions::keepPrior(db, b.code, p.year, c.hashHex, b.sourceHash);
        submissions::save(db, {b.code, p.year, b.sourceMadeAt, now, b.formState, b.formStateAt, b.sourceHash, {}});
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
        db.run(QStringLiteral("INSERT INTO import_prior_forms(file_hash, unit_code, year, existed, state, changed_at, "
                              "changed_by, reason, written_state, written_at) SELECT ?,?,?,?,?,?,?,?, state, "
                              "changed_at FROM form_status WHERE unit_code=? AND year=?"),
               {c.hashHex, b->code, p.year, existed ? 1 : 0, priorRow[0], priorRow[1], priorRow[2], priorRow[3],
                b->code, p.year});
    }
}

void recordReceived(Database& db, const Payload& p, const ApplyContext& c, const QString& summary, bool priorsKept)
{
    db.run(
        QStringLiteral("INSERT INTO received_files(file_name, content_hash, unit_code, year, made_at, result, "
                       "reason, imported_at, imported_by, priors_kept) VALUES(?,?,?,?,?,'applied',?,?,?,?)"),
        {c.fileName, c.hashHex, p.sender.code, p.year, timeText(p.madeAt), summary, c.now, c.user, priorsKept ? 1 : 0});
}

void trustSignerKey(ValueStore& values, Database& db, Database::Transaction& t, const Payload& p,
                    const QByteArray& signerKey, const ApplyContext& c, const std::optional<MovedKeyReview>& moved)
{
    const auto trusted = keystore::trustedKey(db, senderKey(p));
    if (trusted && trusted->publicKey == signerKey)
        return;
    // The old unit and the day it went into the sender, before; the sender, after.
    if (moved)
        for (const UnitMove& m : moved->moves)
            values.auditEvent(
                senderKey(p), p.year, QStringLiteral("signing_key"),
                QStringLiteral("%1 %2 %3")
                    .arg(m.fromCode, m.date().toString(Qt::ISODate), QString::fromLatin1(signerKey.toHex())),
                QStringLiteral("%1 %2").arg(p.sender.code, QString::fromLatin1(signerKey.toHex())),
                {c.user, QStringLiteral("moved_key"), p.sender.code, c.hashHex}, t);
    if (trusted)
        values.auditEvent(senderKey(p), p.year, QStringLiteral("signing_key"),
                          QString::fromLatin1(trusted->publicKey.toHex()), QString::fromLatin1(signerKey.toHex()),
                          {c.user, QStringLiteral("key"), p.sender.code, c.hashHex}, t);
    keystore::trust(db, senderKey(p), signerKey, c.user);
}

void recordReplaced(ValueStore& values, Database::Transaction& t, const Payload& p, const Submission& newer,
                    const ApplyContext& c)
{
    // The file's made_at and hash, before and after: which file the values came from.
    values.auditEvent(p.sender.code, p.year, QStringLiteral("submission"),
                      storedTime(newer.madeAt) + QLatin1Char(' ') + newer.hash,
                      storedTime(p.madeAt) + QLatin1Char(' ') + c.hashHex,
                      {c.user, QStringLiteral("replace_newer"), p.sender.code, c.hashHex}, t);
}

} // namespace chitieu::exchange::importwrite
