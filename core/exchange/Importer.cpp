#include "Importer.h"

#include "FileChecks.h"
#include "ImportText.h"
#include "ImportWrite.h"
#include "KeyStore.h"
#include "PayloadJson.h"
#include "ReportWrite.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/Printable.h"
#include "core/catalogue/OrderRules.h"
#include "core/format/Dates.h"
#include "core/format/Numbers.h"
#include "core/store/Backups.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace chitieu::exchange {

using importtext::when;
using importtext::withHint;

namespace {
// A name that does not survive decoding (bytes that are not UTF-8, as in a zip made on
// Windows) decodes to replacement characters and no longer names the file.
bool nameIsReadable(const QDir& dir, const QString& name)
{
    return !name.contains(QChar(QChar::ReplacementCharacter)) || QFileInfo::exists(dir.filePath(name));
}

// The file's counts are the sender's data and are stored as sent, even when they break the
// plan's arithmetic (neonatal <= infant deaths ...); the outcome says which units do, and the
// reports flag the measures built on them.
QString brokenChecksNote(const Payload& p, const QList<HardRule>& rules)
{
    QStringList units;
    auto check = [&](const UnitBlock& b) {
        ElementValues values;
        for (const FileValue& v : b.values)
            values.insert(v.element, v.value);
        if (!brokenElements(rules, values).isEmpty())
            units << b.code;
    };
    check(p.sender);
    for (const UnitBlock& b : p.below)
        check(b);
    if (units.isEmpty())
        return {};
    return QLatin1Char(' ') +
           QCoreApplication::translate("Exchange", "Counts of %1 break a hard check: stored as sent, and the measures "
                                                   "built on them are flagged in reports.")
               .arg(units.join(QStringLiteral(", ")));
}
} // namespace

OpenedFile openExchangeBytes(const QByteArray& bytes)
{
    OpenedFile f;
    f.envelope = openEnvelope(bytes);
    f.payload = payloadFromJson(f.envelope.payload, f.envelope.formatVersion);
    return f;
}

Importer::Importer(Workspace& workspace, ImportDecisions& decisions) : m_workspace(workspace), m_decisions(decisions) {}

FileList Importer::findFiles(const QStringList& paths)
{
    FileList out;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            out.files << FoundFile{path, {}};
            continue;
        }
        const QDir dir(path);
        // Every file, readable or not: one that cannot be read is refused with the reason.
        for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name)) {
            if (!name.endsWith(QLatin1String(".chitieu"), Qt::CaseInsensitive)) {
                out.leftAside << dir.filePath(name);
                continue;
            }
            FoundFile f{dir.filePath(name), {}};
            if (!nameIsReadable(dir, name))
                f.problem = QCoreApplication::translate(
                    "Exchange", "The name of this file is not valid text (it may come from a zip made on another "
                                "computer), so it cannot be opened by its name. Rename it, for example to "
                                "UNIT-YEAR.chitieu, and import it again. Nothing was imported from it.");
            out.files << f;
        }
    }
    return out;
}

QString Importer::signerName(const QString& signer) const
{
    const qsizetype slash = signer.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return m_workspace.units().displayName(signer);
    const Agency* agency = m_workspace.catalogue().agency(signer.mid(slash + 1));
    return agency ? agency->shortName.text() : printable(signer);
}

importwrite::ApplyContext Importer::applyContext(const OpenedFile& file, const QString& fileName) const
{
    const QString name = m_workspace.settings().userName;
    return {name.isEmpty() ? QStringLiteral("import") : name, storedTime(Clock::instance().now()), fileName,
            file.envelope.hashHex(), file.envelope.publicKeyHex()};
}

FileOutcome Importer::importFile(const FoundFile& file)
{
    if (file.problem.isEmpty())
        return importFile(file.path);
    FileOutcome o;
    o.path = file.path;
    o.fileName = QFileInfo(file.path).fileName();
    o.message = file.problem;
    return o;
}

void Importer::backUpOnce()
{
    if (m_backedUp)
        return;
    backups::make(m_workspace.db(), BackupReason::Import);
    m_backedUp = true;
}

FileOutcome Importer::importFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName().normalized(QString::NormalizationForm_C);
    try {
        FileOutcome o = importBytes(readExchangeFile(path), name);
        o.path = path;
        return o;
    } catch (const Error& e) {
        FileOutcome o;
        o.path = path;
        o.fileName = name;
        o.message = e.message();
        return o;
    }
}

namespace {
// A file is placed in this installation's unit list or, when that refuses it, in the unit
// tree of its year (a commune of 2025 reports to the city directly). Refused by both, the
// list's reason is given.
void checkUnitsOfYear(Workspace& w, const Payload& p, const QString& installationUnit)
{
    try {
        checkUnits(p, w.units(), installationUnit);
    } catch (const Error& byList) {
        if (w.unitHistory().isEmpty())
            throw;
        try {
            checkUnits(p, w.treeOfYear(p.year), installationUnit);
        } catch (const Error&) {
            throw byList;
        }
    }
}
} // namespace

FileOutcome Importer::importBytes(const QByteArray& bytes, const QString& fileName)
{
    FileOutcome outcome;
    outcome.fileName = fileName;
    outcome.path = fileName;
    try {
        OpenedFile file = openExchangeBytes(bytes);
        outcome.kind = file.payload.kind;
        outcome.unitCode = file.payload.sender.code;
        outcome.agency = file.payload.agency;
        outcome.year = file.payload.year;
        const InstallationSettings settings = m_workspace.settings();
        checkCatalogue(file.payload, m_workspace.catalogue());
        checkUnitsOfYear(m_workspace, file.payload, settings.unitCode);
        checkValues(file.payload, m_workspace.catalogue());
        checkNotFromFuture(file.payload, Clock::instance().now(), m_workspace.units());
        resolveDeliverable(file.payload, m_workspace.catalogue(), m_workspace.units());
        checkReport(file.payload, m_workspace.catalogue(), m_workspace.units(), settings);
        outcome.deliverable = file.payload.deliverable;
        // Nothing is compared with, or written into, a damaged database.
        m_workspace.db().requireIntact();
        if (file.payload.kind == FileKind::Return)
            return importReturn(file, outcome);
        return file.payload.withData ? importSubmission(file, outcome) : importReport(file, outcome);
    } catch (const Error& e) {
        outcome.result = ImportResult::Refused;
        outcome.message = e.message();
        return outcome;
    }
}

bool Importer::replaces(const OpenedFile& file, const std::optional<Submission>& stored, FileOutcome& outcome)
{
    if (!stored)
        return true;
    const Payload& p = file.payload;
    const QString sender = m_workspace.units().displayName(p.sender.code);
    if (stored->hash == file.envelope.hashHex()) {
        outcome.result = ImportResult::AlreadyHad;
        outcome.message = QCoreApplication::translate(
                              "Exchange", "This file of %1 for %2 was already imported on %3; nothing changed.")
                              .arg(sender)
                              .arg(p.year)
                              .arg(when(stored->receivedAt));
        return false;
    }
    // Only a file signed with the same key can make this one older: a file from a key that is
    // no longer (or was never) the unit's must not block the unit's real file.
    if (stored->signerKey != file.envelope.publicKeyHex() || p.madeAt > stored->madeAt)
        return true;
    outcome.result = ImportResult::Older;
    outcome.message =
        withHint(QCoreApplication::translate(
                     "Exchange", "This file of %1 for %2 was made on %3, but the file already imported was made on "
                                 "%4. The newer data is kept; nothing was imported.")
                     .arg(sender)
                     .arg(p.year)
                     .arg(when(p.madeAt), when(stored->madeAt)),
                 m_decisions.howToAccept(Question::ReplaceNewer));
    return false;
}

FileOutcome Importer::importSubmission(const OpenedFile& file, FileOutcome outcome)
{
    Database& db = m_workspace.db();
    const Payload& p = file.payload;
    const QString sender = m_workspace.units().displayName(p.sender.code);
    // The signer first: an untrusted file must not be judged newer or older than anything.
    if (!keyAccepted(file, outcome.fileName, outcome))
        return outcome;
    const auto stored = submissions::find(db, p.sender.code, p.year);
    bool replaceNewer = false;
    if (!replaces(file, stored, outcome)) {
        if (outcome.result != ImportResult::Older ||
            !m_decisions.replaceNewer({outcome.fileName, p.sender.code, p.year, p.madeAt, stored->madeAt}))
            return outcome;
        replaceNewer = true;
    }
    for (const UnitBlock& b : p.below) {
        const auto mine = submissions::find(db, b.code, p.year);
        // A block without a source file (the district has no file of that unit) must not
        // replace what this installation holds from the unit's own file either.
        if (mine && (!b.sourceMadeAt.isValid() || mine->madeAt > b.sourceMadeAt))
            throw Error(
                QCoreApplication::translate(
                    "Exchange",
                    "The file carries the values of %1 from its file of %2, but this installation has a newer "
                    "file of %1 (made on %3). Ask %4 to import that newer file and send theirs again. "
                    "Nothing was imported.")
                    .arg(m_workspace.units().displayName(b.code), when(b.sourceMadeAt), when(mine->madeAt), sender));
    }

    const QString me = m_workspace.settings().unitCode;
    ChangeReview review{outcome.fileName, p.sender.code, p.year,
                        p.madeAt,         std::nullopt,  importwrite::diff(m_workspace.values(), p, me)};
    if (stored)
        review.previousMadeAt = stored->madeAt;
    const bool touchesStored = std::any_of(review.changes.cbegin(), review.changes.cend(),
                                           [](const ValueChange& c) { return c.oldValue.has_value(); });
    if (!review.changes.isEmpty() && (stored || touchesStored) && !m_decisions.acceptChanges(review)) {
        outcome.result = ImportResult::Refused;
        outcome.message =
            withHint(QCoreApplication::translate(
                         "Exchange", "The changes in this file (%1 values) were not accepted; nothing was imported.")
                         .arg(formatCount(review.changes.size())),
                     m_decisions.howToAccept(Question::Changes));
        return outcome;
    }
    const int own = static_cast<int>(review.ownChanges().size());
    if (own > 0 && !m_decisions.overwriteOwnValues(review)) {
        outcome.result = ImportResult::Refused;
        outcome.message =
            withHint(QCoreApplication::translate(
                         "Exchange",
                         "The file would overwrite %1 values entered on this computer; they were kept and nothing was "
                         "imported.")
                         .arg(formatCount(own)),
                     m_decisions.howToAccept(Question::OwnValues));
        return outcome;
    }

    const importwrite::ApplyContext c = applyContext(file, outcome.fileName);
    const QString summary =
        (review.changes.isEmpty()
             ? QCoreApplication::translate("Exchange", "Applied %1 for %2: the values were already the same.")
                   .arg(sender)
                   .arg(p.year)
             : QCoreApplication::translate("Exchange", "Applied %1 for %2: %3 values added, %4 changed, %5 removed.")
                   .arg(sender)
                   .arg(p.year)
                   .arg(formatCount(std::count_if(review.changes.cbegin(), review.changes.cend(),
                                                  [](const ValueChange& v) { return !v.oldValue; })))
                   .arg(formatCount(std::count_if(review.changes.cbegin(), review.changes.cend(),
                                                  [](const ValueChange& v) { return v.oldValue && v.newValue; })))
                   .arg(formatCount(std::count_if(review.changes.cbegin(), review.changes.cend(),
                                                  [](const ValueChange& v) { return !v.newValue; })))) +
        brokenChecksNote(p, orderRules(m_workspace.catalogue()));
    backUpOnce();
    Database::Transaction t(db);
    // Checked again under the write lock: another program (another import of the same
    // files) may have changed the data while the user was reading the review, and the review
    // must be what is applied.
    const auto storedNow = submissions::find(db, p.sender.code, p.year);
    const bool sameStored = storedNow.has_value() == stored.has_value() && (!stored || storedNow->hash == stored->hash);
    if (!sameStored && !replaces(file, storedNow, outcome))
        return outcome; // the other import applied this file, or a newer one
    if (!sameStored || importwrite::diff(m_workspace.values(), p, me) != review.changes)
        throw Error(QCoreApplication::translate(
                        "Exchange",
                        "The data of %1 changed while this file was being reviewed; nothing was imported. Import the "
                        "file again.")
                        .arg(sender));
    if (replaceNewer)
        importwrite::recordReplaced(m_workspace.values(), t, p, *stored, c);
    importwrite::writeChanges(m_workspace.values(), t, p, review.changes, c);
    importwrite::writeSubmissions(db, p, c);
    importwrite::writeFormStates(db, p, c);
    importwrite::writeReport(m_workspace, t, p, c);
    importwrite::trustSignerKey(m_workspace.values(), db, t, p, file.envelope.publicKey, c, m_movedKey);
    importwrite::recordReceived(db, p, c, summary + movedKeyNote(), true);
    t.commit();
    outcome.result = ImportResult::Applied;
    outcome.changed = static_cast<int>(review.changes.size());
    outcome.message = summary + movedKeyNote();
    return outcome;
}

FileOutcome Importer::importReport(const OpenedFile& file, FileOutcome outcome)
{
    Database& db = m_workspace.db();
    const Payload& p = file.payload;
    const Deliverable& d = m_workspace.catalogue().requireDeliverable(p.deliverable);
    const QString sender = signerName(senderKey(p));
    // The signer first, as for a data file: an untrusted file is judged older or newer than nothing.
    if (!keyAccepted(file, outcome.fileName, outcome))
        return outcome;
    auto alreadyHad = [&](const importwrite::ReceivedReport& stored) {
        outcome.result = ImportResult::AlreadyHad;
        outcome.message = QCoreApplication::translate(
                              "Exchange", "This report of %1 (%2, %3) was already imported on %4; nothing changed.")
                              .arg(sender, d.name.text())
                              .arg(p.year)
                              .arg(when(stored.receivedAt));
        return outcome;
    };
    const auto stored = importwrite::receivedReport(db, p.sender.code, p.agency, p.year, d.id);
    if (stored && stored->hash == file.envelope.hashHex())
        return alreadyHad(*stored);
    bool replaceNewer = false;
    if (stored && p.madeAt <= stored->madeAt) {
        if (!m_decisions.replaceNewer({outcome.fileName, p.sender.code, p.year, p.madeAt, stored->madeAt})) {
            outcome.result = ImportResult::Older;
            outcome.message = withHint(
                QCoreApplication::translate(
                    "Exchange", "This report of %1 (%2, %3) was made on %4, but the one already imported was made on "
                                "%5. The newer report is kept; nothing was imported.")
                    .arg(sender, d.name.text())
                    .arg(p.year)
                    .arg(when(p.madeAt), when(stored->madeAt)),
                m_decisions.howToAccept(Question::ReplaceNewer));
            return outcome;
        }
        replaceNewer = true;
    }
    const importwrite::ApplyContext c = applyContext(file, outcome.fileName);
    const QString summary =
        QCoreApplication::translate("Exchange", "Applied the report of %1 (%2, %3): %4 sections%5.")
            .arg(sender, d.name.text())
            .arg(p.year)
            .arg(p.sections.size())
            .arg(p.figures.isEmpty() ? QString()
                                     : QCoreApplication::translate("Exchange", ", %1 figures").arg(p.figures.size()));
    backUpOnce();
    Database::Transaction t(db);
    // Checked again under the write lock: another program may have imported meanwhile.
    const auto storedNow = importwrite::receivedReport(db, p.sender.code, p.agency, p.year, d.id);
    if (storedNow && storedNow->hash == file.envelope.hashHex())
        return alreadyHad(*storedNow); // the other import applied this very file
    if (storedNow.has_value() != stored.has_value() || (stored && storedNow->hash != stored->hash))
        throw Error(QCoreApplication::translate("Exchange", "Another report of %1 arrived while this one was being "
                                                            "imported; nothing was imported. Import the file again.")
                        .arg(sender));
    if (replaceNewer)
        importwrite::recordReportReplaced(m_workspace.values(), t, p, *stored, c);
    importwrite::writeReport(m_workspace, t, p, c);
    importwrite::trustSignerKey(m_workspace.values(), db, t, p, file.envelope.publicKey, c, m_movedKey);
    importwrite::recordReceived(db, p, c, summary + movedKeyNote());
    t.commit();
    outcome.result = ImportResult::Applied;
    outcome.message = summary + movedKeyNote();
    return outcome;
}

FileOutcome Importer::importReturn(const OpenedFile& file, FileOutcome outcome)
{
    Database& db = m_workspace.db();
    const Payload& p = file.payload;
    const QString hash = file.envelope.hashHex();
    const QString sender = m_workspace.units().displayName(p.sender.code);
    if (!keyAccepted(file, outcome.fileName, outcome))
        return outcome;
    // Asked before and again under the write lock: another import may apply it meanwhile.
    const auto alreadyHad = [&] {
        if (db.scalar(QStringLiteral("SELECT COUNT(*) FROM received_files WHERE content_hash = ?"), {hash}).toInt() ==
            0)
            return false;
        outcome.result = ImportResult::AlreadyHad;
        outcome.message =
            QCoreApplication::translate("Exchange", "This return from %1 was already imported; nothing changed.")
                .arg(sender);
        return true;
    };
    if (alreadyHad())
        return outcome;
    const FormStatus form = FormStatus::load(db, p.returnedUnit, p.year);
    if (form.changedAt.isValid() && form.changedAt > p.madeAt) {
        outcome.result = ImportResult::Older;
        outcome.message =
            QCoreApplication::translate(
                "Exchange", "Your form for %1 was changed on %2, after %3 made this return (%4): the return is out "
                            "of date and was not applied.")
                .arg(p.year)
                .arg(when(form.changedAt), sender, when(p.madeAt));
        return outcome;
    }
    const importwrite::ApplyContext c = applyContext(file, outcome.fileName);
    const QString summary =
        QCoreApplication::translate(
            "Exchange", "%1 returned your form for %2: \"%3\". The form is open again: correct it and send a "
                        "new file.")
            .arg(sender)
            .arg(p.year)
            .arg(printable(p.reason));
    backUpOnce();
    Database::Transaction t(db);
    if (alreadyHad())
        return outcome;
    FormStatus::save(db, p.returnedUnit, p.year, FormState::Returned, p.madeBy.isEmpty() ? sender : p.madeBy, p.reason);
    importwrite::trustSignerKey(m_workspace.values(), db, t, p, file.envelope.publicKey, c, m_movedKey);
    importwrite::recordReceived(db, p, c, summary + movedKeyNote());
    t.commit();
    outcome.result = ImportResult::Applied;
    outcome.message = summary + movedKeyNote();
    return outcome;
}

} // namespace chitieu::exchange
