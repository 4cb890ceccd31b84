#pragma once
// Saving a report as a file, as work for a background thread: plain inputs (the database's
// path, the unit, year, kind and options, the file to write), its own database connection,
// the report built afresh from them, then the document and the file. Nothing here is shared
// with the screen, so changing the screen's choices during a save cannot change what is saved.

#include "core/report/ReportModel.h"
#include "core/schedule/DeliverableStatus.h"

#include <QString>

namespace chitieu {
class Catalogue;
}

namespace chitieu::ui {

class TaskProgress;

enum class ReportFileFormat { Pdf, Xlsx, Csv };
enum class ReportJobKind { Annual, MidTerm, Final };

struct ReportJob
{
    QString databasePath;
    const Catalogue* catalogue = nullptr; // read-only, outlives the job
    QString unitCode;
    int year = 0; // the annual report's year
    ReportJobKind kind = ReportJobKind::Annual;
    ReportOptions options;
    ReportFileFormat format = ReportFileFormat::Pdf;
    QString path;
    // A document of this installation's own deliverable: recorded as sent together with the
    // file (its hash filled in from what is written), or the file is not left.
    std::optional<SentRecord> sent;
};

// Builds and writes the file (all or nothing: an earlier file is replaced only when the new
// one is complete, and a document recorded as sent is kept only when the record is). Throws Error, or Cancelled when
// the user cancelled; nothing is written then.
void runReportJob(const ReportJob& job, TaskProgress& progress);

} // namespace chitieu::ui
