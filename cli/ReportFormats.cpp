#include "ReportFormats.h"

#include "PdfModuleLoader.h"
#include "core/report/MeasureCsv.h"
#include "core/report/ReportCsv.h"
#include "core/report/ReportModel.h"
#include "core/report/ReportXlsx.h"
#include "core/report/ReviewModel.h"

namespace chitieu::cli {

const QList<ReportFormat>& reportFormats()
{
    static const QList<ReportFormat> list = {
        {QStringLiteral("csv"), false, false, false, [](const AnnualReport& r) { return measuresCsv(r).toUtf8(); },
         [](const ReviewReport& r) { return reviewMeasuresCsv(r).toUtf8(); }},
        {QStringLiteral("csv-excel"), false, true, false, annualPeopleCsv, reviewPeopleCsv},
        {QStringLiteral("xlsx"), true, true, false, annualXlsx, reviewXlsx},
        {QStringLiteral("pdf"), true, true, true,
         [](const AnnualReport& r) { return PdfModule::forProcess().annual(r); },
         [](const ReviewReport& r) { return PdfModule::forProcess().review(r); }},
    };
    return list;
}

const ReportFormat* reportFormat(const QString& name)
{
    for (const ReportFormat& f : reportFormats())
        if (f.name == name)
            return &f;
    return nullptr;
}

QStringList reportFormatNames()
{
    QStringList out;
    for (const ReportFormat& f : reportFormats())
        out << f.name;
    return out;
}

} // namespace chitieu::cli
