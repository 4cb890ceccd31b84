#include "SubmissionStore.h"

#include "Database.h"
#include "core/Clock.h"

namespace chitieu::submissions {

namespace {} // namespace

std::optional<Submission> find(Database& db, const QString& unitCode, int year)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT made_at, received_at, form_state, form_state_at, content_hash, "
                                         "signer_key, status, status_reason FROM submissions "
                                         "WHERE unit_code = ? AND year = ?"),
                          {unitCode, year});
    if (!q.next())
        return std::nullopt;
    Submission s;
    s.unitCode = unitCode;
    s.year = year;
    s.madeAt = storedTimeFrom(q.value(0).toString());
    s.receivedAt = storedTimeFrom(q.value(1).toString());
    // The column's default "" says no form state came with the file.
    const QString state = q.value(2).toString();
    if (!state.isEmpty())
        s.formState = formStates.fromKey(state);
    s.formStateAt = storedTimeFrom(q.value(3).toString());
    s.hash = q.value(4).toString();
    s.signerKey = q.value(5).toString();
    s.returned = q.value(6).toString() == QLatin1String("returned");
    s.returnedReason = q.value(7).toString();
    return s;
}

void save(Database& db, const Submission& s)
{
    db.exec(QStringLiteral("INSERT INTO submissions(unit_code, year, made_at, received_at, form_state, form_state_at, "
                           "content_hash, signer_key, status, status_reason) VALUES(?,?,?,?,?,?,?,?,'accepted','') "
                           "ON CONFLICT(unit_code, year) DO UPDATE SET made_at=excluded.made_at, "
                           "received_at=excluded.received_at, form_state=excluded.form_state, "
                           "form_state_at=excluded.form_state_at, content_hash=excluded.content_hash, "
                           "signer_key=excluded.signer_key, status='accepted', status_reason=''"),
            {s.unitCode, s.year, storedTime(s.madeAt), storedTime(s.receivedAt),
             s.formState ? formStates.key(*s.formState) : QString(), storedTime(s.formStateAt), s.hash, s.signerKey});
}

void markReturned(Database& db, const QString& unitCode, int year, const QString& reason)
{
    db.exec(QStringLiteral("UPDATE submissions SET status = 'returned', status_reason = ? "
                           "WHERE unit_code = ? AND year = ?"),
            {reason, unitCode, year});
}

void keepPrior(Database& db, const QString& unitCode, int year, const QString& fileHash, const QString& writtenHash)
{
    if (find(db, unitCode, year))
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

QList<Prior> priorsOf(Database& db, const QString& fileHash)
{
    QList<Prior> out;
    QSqlQuery q = db.exec(QStringLiteral("SELECT unit_code, year, existed, written_hash FROM import_prior_submissions "
                                         "WHERE file_hash = ? ORDER BY rowid"),
                          {fileHash});
    while (q.next())
        out << Prior{q.value(0).toString(), q.value(1).toInt(), q.value(2).toBool(), q.value(3).toString()};
    for (Prior& p : out)
        p.current = find(db, p.unitCode, p.year);
    return out;
}

void restorePriors(Database& db, const QString& fileHash)
{
    const QVariantList key{fileHash};
    db.exec(QStringLiteral("DELETE FROM submissions WHERE (unit_code, year) IN (SELECT unit_code, year FROM "
                           "import_prior_submissions WHERE file_hash = ?)"),
            key);
    db.exec(QStringLiteral("INSERT INTO submissions(unit_code, year, made_at, received_at, form_state, form_state_at, "
                           "content_hash, signer_key, status, status_reason) SELECT unit_code, year, made_at, "
                           "received_at, form_state, form_state_at, content_hash, signer_key, status, status_reason "
                           "FROM import_prior_submissions WHERE file_hash = ? AND existed = 1"),
            key);
    db.exec(QStringLiteral("DELETE FROM import_prior_submissions WHERE file_hash = ?"), key);
}

} // namespace chitieu::submissions
