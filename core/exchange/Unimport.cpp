#include "Unimport.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/format/Dates.h"
#include "core/format/Numbers.h"
#include "core/store/Backups.h"
#include "core/store/Database.h"
#include "core/store/FormStatus.h"
#include "core/store/History.h"
#include "core/store/SubmissionStore.h"
#include "core/store/ValueStore.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

namespace chitieu::exchange {

namespace {

QString count(const QVariant& v)
{
    return v.isNull() ? QCoreApplication::translate("Unimport", "no value") : formatCount(v.toLongLong());
}

const QString kFileColumns = QStringLiteral(
    "SELECT content_hash, file_name, unit_code, year, imported_at, imported_by, taken_back_at <> '', priors_kept "
    "FROM received_files WHERE result = 'applied' AND content_hash <> '' ");

ReceivedFile fileFrom(const QSqlQuery& q)
{
    return ReceivedFile{q.value(0).toString(),
                        q.value(1).toString(),
                        q.value(2).toString(),
                        q.value(3).toInt(),
                        storedTimeFrom(q.value(4).toString()),
                        q.value(5).toString(),
                        q.value(6).toBool()};
}

// The latest application of the file: its import rows after its last take-back.
const QString kImportRows = QStringLiteral(
    "SELECT id, unit_code, year, element, old_value, new_value, old_comment, new_comment FROM audit "
    "WHERE file_hash = ? AND source = 'import' AND id > COALESCE((SELECT MAX(id) FROM audit WHERE file_hash = ? "
    "AND source = 'unimport'), 0) ORDER BY id");

} // namespace

QList<ReceivedFile> appliedFiles(Database& db)
{
    QList<ReceivedFile> out;
    QSqlQuery q = db.exec(kFileColumns + QStringLiteral("AND priors_kept = 1 ORDER BY id DESC"));
    while (q.next())
        out << fileFrom(q);
    return out;
}

ReceivedFile appliedFile(Database& db, const QString& hashOrPrefix)
{
    const QString hash = hashOrPrefix.trimmed().toLower();
    if (hash.size() < 8)
        throw Error(QCoreApplication::translate(
                        "Unimport",
                        "Give at least the first 8 characters of the file's hash, not \"%1\"; the Exchange tab and "
                        "\"chitieu-cli unimport --list\" show the received files.")
                        .arg(hashOrPrefix));
    QSqlQuery q =
        db.exec(kFileColumns + QStringLiteral("AND content_hash LIKE ? ORDER BY id DESC"), {hash + QLatin1Char('%')});
    QList<ReceivedFile> found;
    QList<bool> kept;
    while (q.next()) {
        if (!found.isEmpty() && found.constLast().hash == q.value(0).toString())
            continue; // the same file applied again after a take-back: its latest application
        found << fileFrom(q);
        kept << q.value(7).toBool();
    }
    if (found.isEmpty())
        throw Error(QCoreApplication::translate(
                        "Unimport",
                        "No applied file has the hash %1; \"chitieu-cli unimport --list\" shows the received files.")
                        .arg(hashOrPrefix));
    if (found.size() > 1)
        throw Error(QCoreApplication::translate("Unimport",
                                                "Several applied files have a hash beginning with %1: give more of it.")
                        .arg(hashOrPrefix));
    if (!kept.constFirst())
        throw Error(QCoreApplication::translate(
                        "Unimport",
                        "The file %1 cannot be taken back: it is a report or a return, or it was imported by an "
                        "older version that did not keep what an import replaces. Restore the backup made before "
                        "it was imported instead (chitieu-cli backups).")
                        .arg(found.constFirst().fileName));
    return found.constFirst();
}

ReceivedFile latestAppliedFile(Database& db, const QString& unitCode, int year)
{
    QSqlQuery q = db.exec(
        kFileColumns + QStringLiteral("AND priors_kept = 1 AND taken_back_at = '' AND unit_code = ? AND year = ? "
                                      "ORDER BY id DESC LIMIT 1"),
        {unitCode, year});
    if (!q.next())
        throw Error(QCoreApplication::translate("Unimport", "No applied data file of %1 for %2 is left to take back.")
                        .arg(unitCode)
                        .arg(year));
    return fileFrom(q);
}

UnimportPlan planUnimport(Workspace& w, const QString& hash)
{
    Database& db = w.db();
    UnimportPlan plan;
    plan.file = appliedFile(db, hash);
    if (plan.file.takenBack) {
        QSqlQuery r = db.exec(QStringLiteral("SELECT taken_back_at, taken_back_by FROM received_files WHERE "
                                             "content_hash = ? AND result = 'applied' ORDER BY id DESC LIMIT 1"),
                              {plan.file.hash});
        r.next();
        throw Error(
            QCoreApplication::translate("Unimport", "The file %1 was already taken back on %2 by %3.")
                .arg(plan.file.fileName, formatDateTime(storedTimeFrom(r.value(0).toString())), r.value(1).toString()));
    }
    const UnitTree& units = w.units();
    QSqlQuery rows = db.exec(kImportRows, {plan.file.hash, plan.file.hash});
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        const QString unit = rows.value(1).toString();
        const int year = rows.value(2).toInt();
        const QString element = rows.value(3).toString();
        QSqlQuery later = db.exec(QStringLiteral("SELECT new_value, changed_at, changed_by, source, file_hash FROM "
                                                 "audit WHERE unit_code=? AND year=? AND element=? AND id>? ORDER BY "
                                                 "id"),
                                  {unit, year, element, id});
        // A later file that was itself taken back left the value as this file wrote it.
        QStringList open;
        QVariantList firstOther, last;
        while (later.next()) {
            const QString source = later.value(3).toString();
            last = {later.value(0), later.value(1), later.value(2), source};
            const QString file = later.value(4).toString();
            if (source == QLatin1String("import") && !file.isEmpty()) {
                open << file;
                continue;
            }
            if (source == QLatin1String("unimport") && open.removeOne(file))
                continue;
            firstOther = {later.value(0), later.value(1), later.value(2), source};
            break;
        }
        if (firstOther.isEmpty() && !open.isEmpty())
            firstOther = last; // a later file still applied
        if (!firstOther.isEmpty()) {
            plan.conflicts << QCoreApplication::translate("Unimport", "%1, %2, %3: changed to %4 on %5 by %6 (%7)")
                                  .arg(units.displayName(unit))
                                  .arg(year)
                                  .arg(element, count(firstOther[0]),
                                       formatDateTime(storedTimeFrom(firstOther[1].toString())),
                                       firstOther[2].toString(),
                                       changeSources.text(changeSources.fromKey(firstOther[3].toString())));
            continue;
        }
        // Whether the value it replaced was typed here: it stays this installation's own.
        QSqlQuery before = db.exec(QStringLiteral("SELECT source FROM audit WHERE unit_code=? AND year=? AND "
                                                  "element=? AND id<? ORDER BY id DESC LIMIT 1"),
                                   {unit, year, element, id});
        const bool own = before.next() && before.value(0).toString() != QLatin1String("import") &&
                         before.value(0).toString() != QLatin1String("unimport");
        auto optional = [](const QVariant& v) {
            return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
        };
        plan.values << ValueChange{unit,
                                   element,
                                   optional(rows.value(5)),
                                   optional(rows.value(4)),
                                   rows.value(7).toString(),
                                   rows.value(6).toString(),
                                   own};
    }
    for (const submissions::Prior& prior : submissions::priorsOf(db, plan.file.hash)) {
        const QString unit = units.displayName(prior.unitCode);
        if (!prior.current || prior.current->hash != prior.writtenHash)
            plan.conflicts << QCoreApplication::translate("Unimport",
                                                          "%1, %2: another file of the unit was received later (on %3)")
                                  .arg(unit)
                                  .arg(prior.year)
                                  .arg(formatDateTime(prior.current ? prior.current->receivedAt : QDateTime()));
        else if (prior.current->returned)
            plan.conflicts << QCoreApplication::translate(
                                  "Unimport", "%1, %2: the file was returned to the unit after it was imported")
                                  .arg(unit)
                                  .arg(prior.year);
        else
            plan.rows << (prior.existed ? QCoreApplication::translate(
                                              "Unimport", "%1, %2: the file received before this one counts again")
                                              .arg(unit)
                                        : QCoreApplication::translate(
                                              "Unimport", "%1, %2: no file of the unit is counted as received")
                                              .arg(unit))
                             .arg(prior.year);
    }
    QSqlQuery forms =
        db.exec(QStringLiteral("SELECT p.unit_code, p.year, p.existed, p.state, p.written_state, "
                               "p.written_at, f.state, f.changed_at, f.changed_by FROM import_prior_forms "
                               "p LEFT JOIN form_status f ON f.unit_code = p.unit_code AND f.year = "
                               "p.year WHERE p.file_hash = ?"),
                {plan.file.hash});
    while (forms.next()) {
        const QString unit = units.displayName(forms.value(0).toString());
        const int year = forms.value(1).toInt();
        if (forms.value(6).toString() != forms.value(4).toString() ||
            forms.value(7).toString() != forms.value(5).toString()) {
            plan.conflicts << QCoreApplication::translate("Unimport",
                                                          "%1, %2: the form was changed later (to %3 on %4 by %5)")
                                  .arg(unit)
                                  .arg(year)
                                  .arg(formStates.text(formStates.fromKey(forms.value(6).toString())),
                                       formatDateTime(storedTimeFrom(forms.value(7).toString())),
                                       forms.value(8).toString());
            continue;
        }
        plan.rows << QCoreApplication::translate("Unimport", "%1, %2: the form goes back to %3")
                         .arg(unit)
                         .arg(year)
                         .arg(forms.value(2).toBool() ? formStates.text(formStates.fromKey(forms.value(3).toString()))
                                                      : formStates.text(FormState::NotStarted));
    }
    return plan;
}

int applyUnimport(Workspace& w, const UnimportPlan& plan, const QString& user)
{
    if (!plan.conflicts.isEmpty())
        throw Error(QCoreApplication::translate(
                        "Unimport",
                        "The file %1 cannot be taken back: later changes touched what it changed:\n%2\nUndo those "
                        "changes first, or leave the file as it is.")
                        .arg(plan.file.fileName, plan.conflicts.join(QLatin1Char('\n'))));
    Database& db = w.db();
    backups::make(db, BackupReason::Import);
    Database::Transaction t(db);
    // Checked again under the write lock: another program may have changed the data since.
    const UnimportPlan now = planUnimport(w, plan.file.hash);
    if (now.values != plan.values || now.rows != plan.rows || !now.conflicts.isEmpty())
        throw Error(
            QCoreApplication::translate(
                "Unimport", "The data changed while taking back %1 was being reviewed; nothing was changed. Try again.")
                .arg(plan.file.fileName));
    const QString installationUnit = w.settings().unitCode;
    QList<ValueWrite> own, received;
    for (const ValueChange& c : plan.values)
        (c.own ? own : received) << ValueWrite{c.unitCode, plan.file.year, c.element, c.newValue, c.newComment};
    int changed = w.values().apply(own, {user, ChangeContext::unimport, installationUnit, plan.file.hash}, t);
    changed += w.values().apply(received, {user, ChangeContext::unimport, plan.file.unitCode, plan.file.hash}, t);
    const QVariantList key{plan.file.hash};
    submissions::restorePriors(db, plan.file.hash);
    db.run(QStringLiteral("DELETE FROM form_status WHERE (unit_code, year) IN (SELECT unit_code, year FROM "
                          "import_prior_forms WHERE file_hash = ?)"),
           key);
    db.run(QStringLiteral("INSERT INTO form_status(unit_code, year, state, changed_at, changed_by, reason) SELECT "
                          "unit_code, year, state, changed_at, changed_by, reason FROM import_prior_forms WHERE "
                          "file_hash = ? AND existed = 1"),
           key);
    db.run(QStringLiteral("DELETE FROM import_prior_forms WHERE file_hash = ?"), key);
    const QString at = Clock::instance().now().toString(Qt::ISODateWithMs);
    db.run(QStringLiteral("UPDATE received_files SET taken_back_at = ?, taken_back_by = ? WHERE id = (SELECT MAX(id) "
                          "FROM received_files WHERE content_hash = ? AND result = 'applied')"),
           {at, user, plan.file.hash});
    // One row for the take-back itself, also when no value changed (only the form or the file).
    w.values().auditEvent(plan.file.unitCode, plan.file.year, QStringLiteral("received_file"), plan.file.fileName,
                          QString(), {user, ChangeContext::unimport, installationUnit, plan.file.hash}, t);
    t.commit();
    return changed;
}

} // namespace chitieu::exchange
