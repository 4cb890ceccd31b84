#include "ReportJob.h"

#include "core/Error.h"
#include "core/report/ReportCsv.h"
#include "core/report/ReportXlsx.h"
#include "core/report/ReviewModel.h"
#include "core/store/OutputFile.h"
#include "core/workspace/Workspace.h"
#include "render/ReportPrinter.h"
#include "ui/common/BackgroundTask.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace chitieu::ui {

namespace {
void stopIfCancelled(const TaskProgress& progress)
{
    if (progress.cancelled())
        throw Cancelled{};
}

template <typename Report> QByteArray fileBytes(const Report& r, ReportFileFormat format);

template <> QByteArray fileBytes(const AnnualReport& r, ReportFileFormat format)
{
    switch (format) {
    case ReportFileFormat::Pdf:
        return render::annualPdf(r);
    case ReportFileFormat::Xlsx:
        return annualXlsx(r);
    case ReportFileFormat::Csv:
        break;
    }
    return annualPeopleCsv(r);
}

template <> QByteArray fileBytes(const ReviewReport& r, ReportFileFormat format)
{
    switch (format) {
    case ReportFileFormat::Pdf:
        return render::reviewPdf(r);
    case ReportFileFormat::Xlsx:
        return reviewXlsx(r);
    case ReportFileFormat::Csv:
        break;
    }
    return reviewPeopleCsv(r);
}
} // namespace

void runReportJob(const ReportJob& job, TaskProgress& progress)
{
    constexpr int steps = 3;
    progress.step(0, steps, QCoreApplication::translate("ReportJob", "Computing the report..."));
    output::refuseDatabase(job.path, job.databasePath); // before any work
    // This thread's own connection.
    Workspace workspace(job.databasePath, Database::OpenMode::Existing, *job.catalogue);
    QByteArray bytes;
    if (job.kind == ReportJobKind::Annual) {
        const AnnualReport report = buildAnnualReport(workspace, job.unitCode, job.year, job.options);
        stopIfCancelled(progress);
        progress.step(1, steps, QCoreApplication::translate("ReportJob", "Laying out the document..."));
        bytes = fileBytes(report, job.format);
    } else {
        const ReviewKind kind = job.kind == ReportJobKind::MidTerm ? ReviewKind::MidTerm : ReviewKind::Final;
        const ReviewReport report = buildReview(workspace, job.unitCode, kind, job.options);
        stopIfCancelled(progress);
        progress.step(1, steps, QCoreApplication::translate("ReportJob", "Laying out the document..."));
        bytes = fileBytes(report, job.format);
    }
    stopIfCancelled(progress);
    progress.step(2, steps, QCoreApplication::translate("ReportJob", "Writing the file..."));
    std::optional<Database::Transaction> t;
    if (job.sent) {
        t.emplace(workspace.db());
        SentRecord sent = *job.sent;
        sent.contentHash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        recordSent(workspace.db(), sent);
    }
    output::AtomicFile f(job.path, job.databasePath, bytes);
    stopIfCancelled(progress); // what was written is dropped unless committed
    f.commit();
    if (t) {
        try {
            t->commit();
        } catch (const Error&) {
            QFile::remove(job.path); // never a document that counts as sent without its record
            throw;
        }
    }
    progress.step(steps, steps, QCoreApplication::translate("ReportJob", "Saved."));
}

} // namespace chitieu::ui
