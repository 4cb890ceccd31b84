#include "PdfModuleLoader.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <iterator>
#include <memory>
#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_MACOS)
#include <mach-o/dyld.h>
#endif

namespace chitieu::cli {

namespace {

QString reinstall()
{
    return QCoreApplication::translate("Cli", "Install Chỉ Tiêu Trẻ Em again, or choose another --format.");
}

template <typename Function> Function entry(QLibrary& library, const char* name)
{
    const auto f = reinterpret_cast<Function>(library.resolve(name));
    if (!f)
        throw Error(QCoreApplication::translate("Cli", "%1 is not the PDF module of Chỉ Tiêu Trẻ Em: it has no %2. %3")
                        .arg(QDir::toNativeSeparators(library.fileName()), QString::fromLatin1(name), reinstall()));
    return f;
}

// The PDF a drawing entry point makes of `report`; its problem as an Error.
template <typename Report> QByteArray pdfOf(bool (*draw)(const Report*, QByteArray*, QString*), const Report& report)
{
    QByteArray pdf;
    QString problem;
    if (!draw(&report, &pdf, &problem))
        throw Error(problem);
    return pdf;
}

} // namespace

PdfModule PdfModule::load(const QString& path)
{
    if (!QFileInfo::exists(path))
        throw Error(QCoreApplication::translate("Cli", "The PDF module %1 is missing. %2")
                        .arg(QDir::toNativeSeparators(path), reinstall()));
    // Destroying a QLibrary leaves its library loaded: the application the module makes and
    // the functions below stay valid until the process ends.
    QLibrary library(path);
    if (!library.load())
        throw Error(QCoreApplication::translate("Cli", "The PDF module %1 cannot be loaded (%2). %3")
                        .arg(QDir::toNativeSeparators(path), library.errorString(), reinstall()));
    const QByteArray theirs = entry<pdfmodule::StampFunction>(library, pdfmodule::stampName)();
    if (theirs != pdfmodule::stamp())
        throw Error(
            QCoreApplication::translate(
                "Cli", "The PDF module %1 belongs to another build of Chỉ Tiêu Trẻ Em (%2, this program: %3). %4")
                .arg(QDir::toNativeSeparators(path), QString::fromUtf8(theirs), QString::fromUtf8(pdfmodule::stamp()),
                     reinstall()));
    PdfModule m;
    m.m_application = entry<pdfmodule::ApplicationFunction>(library, pdfmodule::applicationName);
    m.m_annual = entry<pdfmodule::AnnualFunction>(library, pdfmodule::annualName);
    m.m_review = entry<pdfmodule::ReviewFunction>(library, pdfmodule::reviewName);
    return m;
}

QString PdfModule::pathForProcess()
{
    // Asked before the application exists, so not QCoreApplication::applicationFilePath().
#if defined(Q_OS_LINUX)
    const QString program = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
#elif defined(Q_OS_WIN)
    wchar_t name[32768];
    const DWORD size = GetModuleFileNameW(nullptr, name, DWORD(std::size(name)));
    const QString program = QString::fromWCharArray(name, int(size));
#elif defined(Q_OS_MACOS)
    char name[4096];
    uint32_t size = sizeof name;
    const QString program = _NSGetExecutablePath(name, &size) == 0 ? QString::fromUtf8(name) : QString();
#else
#error "Where is the running program? Add this system to PdfModule::pathForProcess."
#endif
    if (program.isEmpty())
        throw Error(QCoreApplication::translate(
                        "Cli", "The running program's file cannot be found, and the PDF module beside it neither. %1")
                        .arg(reinstall()));
    return QDir::cleanPath(QFileInfo(program).absolutePath() + QLatin1Char('/') + QStringLiteral(CHITIEU_PDF_MODULE));
}

const PdfModule& PdfModule::forProcess()
{
    // A failed load is tried again: its message is translated once the application has its language.
    static std::unique_ptr<PdfModule> loaded;
    if (!loaded)
        loaded = std::make_unique<PdfModule>(load(pathForProcess()));
    return *loaded;
}

QCoreApplication* PdfModule::makeApplication(int& argc, char** argv) const
{
    return m_application(&argc, argv);
}

QByteArray PdfModule::annual(const AnnualReport& report) const
{
    return pdfOf(m_annual, report);
}

QByteArray PdfModule::review(const ReviewReport& report) const
{
    return pdfOf(m_review, report);
}

} // namespace chitieu::cli
