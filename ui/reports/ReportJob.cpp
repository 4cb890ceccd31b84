#include "ReportJob.h"

#include "core/Error.h"
#include "core/report/ReportCsv.h"
#include "core/report/ReportXlsx.h"
#include "core/report/ReviewModel.h"
#include "core/workspace/Workspace.h"
#include "render/ReportPrinter.h"
#include "ui/common/BackgroundTask.h"

#include <QCoreApplication>
#include <QSaveFile>

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
    Workspace workspace(job.databasePath, *job.catalogue); // this thread's own connection
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
    QSaveFile f(job.path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        throw Error(QCoreApplication::translate("ReportJob", "Cannot write %1: %2. Choose another folder.")
                        .arg(job.path, f.errorString()));
    stopIfCancelled(progress); // QSaveFile drops what it wrote unless committed
    if (!f.commit())
        throw Error(QCoreApplication::translate("ReportJob", "Cannot write %1: %2. Choose another folder.")
                        .arg(job.path, f.errorString()));
    progress.step(steps, steps, QCoreApplication::translate("ReportJob", "Saved."));
}

} // namespace chitieu::ui
