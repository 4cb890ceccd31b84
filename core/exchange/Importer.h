#pragma once
// Importing exchange files. Each file is read with hard limits, its hash and signature
// checked, its content checked against the catalogue and the unit tree, its signer and its
// date checked (a key trusted for another unit, a date in the future), compared with what
// is stored, and then applied whole in one transaction, or not at all. A file that is
// refused, already here or older than what is here leaves the database exactly as it was.
// Questions for a person go through ImportDecisions. Before the first file of a batch (one
// Importer) is written, the database is backed up (store/Backups).

#include "Envelope.h"
#include "ExchangeFormat.h"
#include "ImportDecisions.h"
#include "ImportWrite.h"
#include "core/EnumTable.h"
#include "core/store/SubmissionStore.h"

#include <QStringList>

namespace chitieu {
class Workspace;
}

namespace chitieu::exchange {

struct TrustedKey;

enum class ImportResult { Applied, AlreadyHad, Older, Refused };
inline constexpr EnumEntry<ImportResult> importResultEntries[] = {
    {ImportResult::Applied, "applied", QT_TRANSLATE_NOOP("Exchange", "Applied")},
    {ImportResult::AlreadyHad, "already_had", QT_TRANSLATE_NOOP("Exchange", "Already had it")},
    {ImportResult::Older, "older", QT_TRANSLATE_NOOP("Exchange", "Older than what we have")},
    {ImportResult::Refused, "refused", QT_TRANSLATE_NOOP("Exchange", "Refused")},
};
inline constexpr EnumTable<ImportResult> importResults("Exchange", QT_TRANSLATE_NOOP("Keys", "import result"),
                                                       importResultEntries);

struct FileOutcome
{
    QString path;
    QString fileName;
    ImportResult result = ImportResult::Refused;
    QString message; // the reason of a refusal, or what happened
    FileKind kind = FileKind::Submission;
    QString unitCode; // empty when the file could not be read
    QString agency;   // a department's code
    QString deliverable;
    int year = 0;
    int changed = 0; // values added, changed or removed
};

// A file's envelope and content, read and verified (hash, signature, structure), not yet
// checked against an installation. Throws Error.
struct OpenedFile
{
    Envelope envelope;
    Payload payload;
};
OpenedFile openExchangeBytes(const QByteArray& bytes);

// The files an import was given: each file as given, and each exchange file (*.chitieu, in
// any case) inside a folder; `problem` says why one cannot be imported at all (a name that
// is not valid text). Other files of a folder are left aside and counted.
struct FoundFile
{
    QString path;
    QString problem;
};
struct FileList
{
    QList<FoundFile> files;
    QStringList leftAside; // files in the folders that are not exchange files
};

class Importer
{
public:
    Importer(Workspace& workspace, ImportDecisions& decisions);

    FileOutcome importFile(const QString& path);
    FileOutcome importFile(const FoundFile& file);
    FileOutcome importBytes(const QByteArray& bytes, const QString& fileName);

    // Folders become the exchange files inside them (sorted by name); files stay as given.
    static FileList findFiles(const QStringList& paths);

private:
    FileOutcome importSubmission(const OpenedFile& file, FileOutcome outcome);
    // A file without data: a report (sections, a department's figures).
    FileOutcome importReport(const OpenedFile& file, FileOutcome outcome);
    FileOutcome importReturn(const OpenedFile& file, FileOutcome outcome);
    // The signer (ImportKeys.cpp): refuses a key trusted for another unit, unless that unit
    // went into this one (a moved installation's key, when the user accepts it); asks about a
    // new key for this one.
    bool keyAccepted(const OpenedFile& file, const QString& fileName, FileOutcome& outcome);
    // A key trusted for other units that all went into the signer by the file's year: the
    // question, or null when one of them did not (the file is then refused).
    std::optional<MovedKeyReview> movedKeyReview(const OpenedFile& file, const QString& fileName,
                                                 const QList<TrustedKey>& others);
    // What the outcome and the received file's row add when a moved key was accepted.
    QString movedKeyNote() const;
    // A stored file of the unit and year that this one may not replace: already here, or
    // newer (unless the user chooses to replace it). False with the outcome set.
    bool replaces(const OpenedFile& file, const std::optional<Submission>& stored, FileOutcome& outcome);
    // A signer as keys are trusted (a unit's code, or "46/syt" for a department), for people.
    QString signerName(const QString& signer) const;
    // Who and when, for the rows the import writes.
    importwrite::ApplyContext applyContext(const OpenedFile& file, const QString& fileName) const;

    // A backup of the database before the batch's first write (one Importer is one batch).
    void backUpOnce();

    Workspace& m_workspace;
    ImportDecisions& m_decisions;
    bool m_backedUp = false;
    std::optional<MovedKeyReview> m_movedKey; // accepted for the file being imported
};

} // namespace chitieu::exchange
