#include "ReportFormats.h"

#include "core/report/MeasureCsv.h"
#include "core/report/ReportCsv.h"
#include "core/report/ReportModel.h"
#include "core/report/ReportXlsx.h"
#include "core/report/ReviewModel.h"

namespace chitieu::cli {

namespace {

QList<ReportFormat> builtIn()
{
    ReportFormat machineCsv;
    machineCsv.name = QStringLiteral("csv");
    machineCsv.forPeople = false;
    machineCsv.annual = [](const AnnualReport& r) { return measuresCsv(r).toUtf8(); };
    machineCsv.review = [](const ReviewReport& r) { return reviewMeasuresCsv(r).toUtf8(); };

    ReportFormat excelCsv{QStringLiteral("csv-excel"), false, true, annualPeopleCsv, reviewPeopleCsv};
    ReportFormat xlsx{QStringLiteral("xlsx"), true, true, annualXlsx, reviewXlsx};
    return {machineCsv, excelCsv, xlsx};
}

QList<ReportFormat>& formats()
{
    static QList<ReportFormat> list = builtIn();
    return list;
}

ApplicationFactory& factory()
{
    static ApplicationFactory f;
    return f;
}

} // namespace

void registerReportFormat(const ReportFormat& format)
{
    for (ReportFormat& f : formats())
        if (f.name == format.name) {
            f = format;
            return;
        }
    formats() << format;
}

const ReportFormat* reportFormat(const QString& name)
{
    for (const ReportFormat& f : formats())
        if (f.name == name)
            return &f;
    return nullptr;
}

QStringList reportFormatNames()
{
    QStringList out;
    for (const ReportFormat& f : formats())
        out << f.name;
    return out;
}

void setApplicationFactory(ApplicationFactory f)
{
    factory() = std::move(f);
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    if (factory())
        return factory()(argc, argv);
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace chitieu::cli
