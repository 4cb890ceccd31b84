#pragma once
// Writing this installation's exchange file for a year: its own values and form state, and
// the latest accepted values of every unit below it (so the unit above can drill down),
// signed with the installation's key. Each written file is recorded in sent_files.

#include "ExchangeFormat.h"

#include <QByteArray>

namespace chitieu {
class Workspace;
}

namespace chitieu::exchange {

struct ExportResult
{
    QString path;
    QString unitCode;
    int year = 0;
    QDateTime madeAt;
    QString hashHex;
    int values = 0; // every value in the file, own and below
    int units = 0;  // unit blocks, the sender's included
};

// The file's content for a unit and year, as the installation has it now.
Payload buildSubmission(Workspace& workspace, const QString& unitCode, int year);
// Signs a payload with this installation's key (made on first use).
QByteArray sealWithOwnKey(Workspace& workspace, const Payload& payload);
// Why the unit's data for the year is not ready to send, in a sentence (the form empty or in
// progress; for a district or the province, communes not complete), or "" when it is
// complete. Such a file arrives as "received, not complete" and is not counted above.
QString incompleteExportReason(Workspace& workspace, const QString& unitCode, int year);
// Writes the file of this installation's unit (the only unit it may sign for) and records
// it in sent_files. Throws Error when the unit is not this installation's, the file can't be
// written, or the data is not complete (incompleteExportReason) and allowIncomplete is false
// (the screen asks first; the command line needs --allow-incomplete).
ExportResult exportSubmission(Workspace& workspace, const QString& unitCode, int year, const QString& path,
                              bool allowIncomplete = false);
// Writes bytes atomically (a half-written file never replaces a good one).
void writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace chitieu::exchange
