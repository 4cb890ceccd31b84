#include "SubmissionStore.h"

#include "Database.h"
#include "core/Clock.h"

namespace chitieu::submissions {

std::optional<Submission> find(Database& db, const QString& unitCode, int year)
{
    // Asked several times for each imported file: prepared once (the handle resets it).
    CachedStatement q = db.cached(QStringLiteral("SELECT made_at, received_at, form_state, form_state_at, "
                                                 "content_hash, signer_key, status, status_reason FROM submissions "
                                                 "WHERE unit_code = ?1 AND year = ?2"));
    if (!q.bind(0, unitCode).bind(1, year).next())
        return std::nullopt;
    Submission s;
    s.unitCode = unitCode;
    s.year = year;
    s.madeAt = storedTimeFrom(q.text(0));
    s.receivedAt = storedTimeFrom(q.text(1));
    // The column's default "" says no form state came with the file.
    const QString state = q.text(2);
    if (!state.isEmpty())
        s.formState = formStates.fromKey(state);
    s.formStateAt = storedTimeFrom(q.text(3));
    s.hash = q.text(4);
    s.signerKey = q.text(5);
    s.returned = q.text(6) == QLatin1String("returned");
    s.returnedReason = q.text(7);
    return s;
}

void save(Database& db, const Submission& s)
{
    db.cached(QStringLiteral("INSERT INTO submissions(unit_code, year, made_at, received_at, form_state, "
                             "form_state_at, content_hash, signer_key, status, status_reason) "
                             "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,'accepted','') "
                             "ON CONFLICT(unit_code, year) DO UPDATE SET made_at=excluded.made_at, "
                             "received_at=excluded.received_at, form_state=excluded.form_state, "
                             "form_state_at=excluded.form_state_at, content_hash=excluded.content_hash, "
                             "signer_key=excluded.signer_key, status='accepted', status_reason=''"))
        .bind(0, s.unitCode)
        .bind(1, s.year)
        .bind(2, storedTime(s.madeAt))
        .bind(3, storedTime(s.receivedAt))
        .bind(4, s.formState ? formStates.key(*s.formState) : QString())
        .bind(5, storedTime(s.formStateAt))
        .bind(6, s.hash)
        .bind(7, s.signerKey)
        .run();
}

void markReturned(Database& db, const QString& unitCode, int year, const QString& reason)
{
    db.run(QStringLiteral("UPDATE submissions SET status = 'returned', status_reason = ? "
                          "WHERE unit_code = ? AND year = ?"),
           {reason, unitCode, year});
}

void keepPrior(Database& db, const QString& unitCode, int year, const QString& fileHash, const QString& writtenHash)
{
    if (find(db, unitCode, year))
        db.run(QStringLiteral("INSERT INTO import_prior_submissions(file_hash, unit_code, year, existed, made_at, "
                              "received_at, form_state, form_state_at, content_hash, signer_key, status, "
                              "status_reason, written_hash) SELECT ?, unit_code, year, 1, made_at, received_at, "
                              "form_state, form_state_at, content_hash, signer_key, status, status_reason, ? FROM "
                              "submissions WHERE unit_code=? AND year=?"),
               {fileHash, writtenHash, unitCode, year});
    else
        db.run(QStringLiteral("INSERT INTO import_prior_submissions(file_hash, unit_code, year, existed, "
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
    db.run(QStringLiteral("DELETE FROM submissions WHERE (unit_code, year) IN (SELECT unit_code, year FROM "
                          "import_prior_submissions WHERE file_hash = ?)"),
           key);
    db.run(QStringLiteral("INSERT INTO submissions(unit_code, year, made_at, received_at, form_state, form_state_at, "
                          "content_hash, signer_key, status, status_reason) SELECT unit_code, year, made_at, "
                          "received_at, form_state, form_state_at, content_hash, signer_key, status, status_reason "
                          "FROM import_prior_submissions WHERE file_hash = ? AND existed = 1"),
           key);
    db.run(QStringLiteral("DELETE FROM import_prior_submissions WHERE file_hash = ?"), key);
}

} // namespace chitieu::submissions
