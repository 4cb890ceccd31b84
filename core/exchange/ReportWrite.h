#pragma once
// Inside the importer: the report part of a file of format 2, written inside the importer's
// one transaction: the sender's sections of the deliverable (each replaced, a missing one
// removed), its own targets (all replaced), and the report received (received_reports, with
// a department's figures).

#include "ExchangeFormat.h"
#include "ImportWrite.h"

#include <optional>

namespace chitieu {
class Workspace;
} // namespace chitieu

namespace chitieu::exchange::importwrite {

struct ReceivedReport
{
    QDateTime madeAt;
    QString hash;
    QDateTime receivedAt;
};

// The latest report of the deliverable received from the sender (unit, or unit and agency).
std::optional<ReceivedReport> receivedReport(Database& db, const QString& unitCode, const QString& agency, int year,
                                             const QString& deliverable);
// An audit row saying that the user replaced a newer report of the sender with this one.
void recordReportReplaced(ValueStore& values, Database::Transaction& t, const Payload& payload,
                          const ReceivedReport& newer, const ApplyContext& c);
void writeReport(Workspace& workspace, Database::Transaction& t, const Payload& payload, const ApplyContext& c);

// A department's figures as stored with its report, and read back (JSON text).
QString figuresText(const QList<FileFigure>& figures);
QList<FileFigure> figuresFromText(const QString& text);

} // namespace chitieu::exchange::importwrite
