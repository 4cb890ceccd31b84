// The PDF module's entry points (PdfModule.h). Built as libchitieu_pdf, a module that only
// chitieu-cli loads; the desktop program links chitieu_render itself.
#include "PdfModule.h"

#include "ReportPrinter.h"
#include "core/Error.h"

#include <QGuiApplication>
#include <type_traits>

#define CHITIEU_PDF_ENTRY extern "C" Q_DECL_EXPORT

namespace {

template <typename Draw> bool drawn(Draw draw, QByteArray* pdf, QString* problem)
{
    try {
        *pdf = draw();
        return true;
    } catch (const chitieu::Error& e) {
        *problem = e.message();
        return false;
    }
}

} // namespace

CHITIEU_PDF_ENTRY const char* chitieu_pdf_stamp()
{
    static const QByteArray stamp = chitieu::pdfmodule::stamp();
    return stamp.constData();
}

// Drawing needs Qt Gui, and Qt Gui a platform: offscreen, since nothing is shown and there
// is often no display. A platform the user set is tried first, with offscreen behind it, so
// that a display left over from a closed ssh session does not stop a report.
CHITIEU_PDF_ENTRY QCoreApplication* chitieu_pdf_application(int* argc, char** argv)
{
    const QByteArray chosen = qgetenv("QT_QPA_PLATFORM");
    qputenv("QT_QPA_PLATFORM", chosen.isEmpty() ? QByteArray("offscreen") : chosen + ";offscreen");
    return new QGuiApplication(*argc, argv);
}

CHITIEU_PDF_ENTRY bool chitieu_pdf_annual(const chitieu::AnnualReport* report, QByteArray* pdf, QString* problem)
{
    return drawn([report] { return chitieu::render::annualPdf(*report); }, pdf, problem);
}

CHITIEU_PDF_ENTRY bool chitieu_pdf_review(const chitieu::ReviewReport* report, QByteArray* pdf, QString* problem)
{
    return drawn([report] { return chitieu::render::reviewPdf(*report); }, pdf, problem);
}

static_assert(std::is_same_v<decltype(&chitieu_pdf_stamp), chitieu::pdfmodule::StampFunction>);
static_assert(std::is_same_v<decltype(&chitieu_pdf_application), chitieu::pdfmodule::ApplicationFunction>);
static_assert(std::is_same_v<decltype(&chitieu_pdf_annual), chitieu::pdfmodule::AnnualFunction>);
static_assert(std::is_same_v<decltype(&chitieu_pdf_review), chitieu::pdfmodule::ReviewFunction>);
