#pragma once
// Importing exchange files. Each file is read with hard limits, its hash and signature
// checked, its content checked against the catalogue and the unit tree, compared with what
// is stored, and then applied whole in one transaction, or not at all. A file that is
// refused, already here or older than what is here leaves the database exactly as it was.
// Questions for a person go through ImportDecisions. Before the first file of a batch (one
// Importer) is written, the database is backed up (store/Backups).

#include "Envelope.h"
#include "ExchangeFormat.h"
#include "ImportDecisions.h"
#include "ImportWrite.h"
#include "core/EnumTable.h"

#include <QStringList>

namespace chitieu {
class Workspace;
}

namespace chitieu::exchange {

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

class Importer
{
public:
    Importer(Workspace& workspace, ImportDecisions& decisions);

    FileOutcome importFile(const QString& path);
    FileOutcome importBytes(const QByteArray& bytes, const QString& fileName);

    // Folders become the *.chitieu files inside them (sorted by name); files stay as given.
    static QStringList expandPaths(const QStringList& paths);

private:
    FileOutcome importSubmission(const OpenedFile& file, FileOutcome outcome);
    // A file without data: a report (sections, a department's figures).
    FileOutcome importReport(const OpenedFile& file, FileOutcome outcome);
    FileOutcome importReturn(const OpenedFile& file, FileOutcome outcome);
    bool keyAccepted(const OpenedFile& file, const QString& fileName, FileOutcome& outcome);
    // Who and when, for the rows the import writes.
    importwrite::ApplyContext applyContext(const OpenedFile& file, const QString& fileName) const;

    // A backup of the database before the batch's first write (one Importer is one batch).
    void backUpOnce();

    Workspace& m_workspace;
    ImportDecisions& m_decisions;
    bool m_backedUp = false;
};

} // namespace chitieu::exchange
