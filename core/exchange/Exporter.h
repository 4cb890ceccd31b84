#pragma once
// Writing this installation's exchange file of a deliverable for a year, signed with the
// installation's key: the deliverable's sections as the installation wrote them and its own
// targets, and, when the deliverable goes with the data, its own values and form state and
// the latest accepted values of every unit below it (so the unit above can drill down); a
// department sends the figures of the indicators it leads instead. Each written file is
// recorded in sent_files: the deliverable counts as sent.

#include "ExchangeFormat.h"

#include <QByteArray>

namespace chitieu {
class Workspace;
struct Deliverable;
} // namespace chitieu

namespace chitieu::exchange {

struct ExportResult
{
    QString path;
    QString unitCode;
    QString deliverable;
    int sections = 0;
    int year = 0;
    QDateTime madeAt;
    QString hashHex;
    int values = 0; // every value in the file, own and below
    int units = 0;  // unit blocks, the sender's included
};

// The file's content for a unit and year, as the installation has it now (its data
// deliverable; Error when its role sends no data file).
Payload buildSubmission(Workspace& workspace, const QString& unitCode, int year);
// The file of one of this installation's deliverables. Throws Error when the installation
// does not make it, it is not due in the year, or no installation receives it (a document
// for the Provincial People's Committee is saved as PDF instead).
Payload buildDeliverableFile(Workspace& workspace, const QString& deliverableId, int year);
// The deliverable with a data file this installation makes in `year`, or nullptr.
const Deliverable* ownDataDeliverable(Workspace& workspace, int year);
// Signs a payload with this installation's key (made on first use).
QByteArray sealWithOwnKey(Workspace& workspace, const Payload& payload);
// Whether the file of a deliverable (empty: the data file) carries the unit's counts: a unit's
// data file does; a written report, and a department's figures, do not.
bool fileCarriesData(Workspace& workspace, const QString& deliverableId, int year);
// Why the unit's data for the year is not ready to send, in a sentence (the form empty or in
// progress; for a district or the province, communes not complete), or "" when it is
// complete. Such a file arrives as "received, not complete" and is not counted above.
QString incompleteExportReason(Workspace& workspace, const QString& unitCode, int year);
// Writes the file of this installation's unit (the only unit it may sign for) and records
// it in sent_files. The file is checked with the importer's own checks before it is written,
// so that it is never one the unit above refuses. Throws Error when the unit is not this
// installation's, the path is the database's, the database is damaged, the content would be
// refused, the file can't be written and recorded (then no file is left), or the file carries
// data that is not complete (incompleteExportReason) and allowIncomplete is false (the screen
// asks first; the command line needs --allow-incomplete).
ExportResult exportSubmission(Workspace& workspace, const QString& unitCode, int year, const QString& path,
                              bool allowIncomplete = false);
// The same for a deliverable (empty: the data deliverable).
ExportResult exportDeliverable(Workspace& workspace, const QString& unitCode, const QString& deliverableId, int year,
                               const QString& path, bool allowIncomplete = false);
// Throws Error when the sealed file would be refused by an importer: too large, or content
// beyond the program's limits.
void verifyOwnFile(Workspace& workspace, const QByteArray& bytes, const Payload& payload);

} // namespace chitieu::exchange
