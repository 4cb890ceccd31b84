#pragma once
// Loads the PDF module (render/PdfModule.h) that lies beside the program: the executable's
// folder, then CHITIEU_PDF_MODULE (the module's place relative to the program when installed,
// which the build tree mirrors: build/app/ and build/tests/ both lead to build/lib/...).
// chitieu-cli loads it only for a command that draws, before making its application.

#include "render/PdfModule.h"

namespace chitieu::cli {

class PdfModule
{
public:
    // The module of the file `path`, loaded and checked. Throws Error naming the file and
    // what is wrong with it: missing, not loadable, not the PDF module, of another build.
    static PdfModule load(const QString& path);
    // Where this process's module is: beside the running executable.
    static QString pathForProcess();
    // This process's module, loaded at the first call. Throws Error as load() does, at that
    // call and every later one.
    static const PdfModule& forProcess();

    // The QGuiApplication a drawing command runs on (offscreen unless a platform is set).
    QCoreApplication* makeApplication(int& argc, char** argv) const;
    // The PDF file's bytes. Throw Error.
    QByteArray annual(const AnnualReport& report) const;
    QByteArray review(const ReviewReport& report) const;

private:
    pdfmodule::ApplicationFunction m_application = nullptr;
    pdfmodule::AnnualFunction m_annual = nullptr;
    pdfmodule::ReviewFunction m_review = nullptr;
};

} // namespace chitieu::cli
