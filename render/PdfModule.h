#pragma once
// The PDF module (libchitieu_pdf): chitieu_render and Qt Gui in a library that chitieu-cli
// loads only to draw a PDF, so that its other commands start without Qt Gui and the 27
// libraries Qt Gui brings (about 11 ms of every command's start). This header is the
// contract between the module (PdfModule.cpp) and its loader (cli/PdfModuleLoader.cpp):
// the entry points' names and types, and the stamp that both must agree on.

#include "chitieu/Version.h"
#include "core/report/ReportModel.h"
#include "core/report/ReviewModel.h"

#include <QByteArray>
#include <QString>

class QCoreApplication;

namespace chitieu::pdfmodule {

// The program's version and the sizes of the reports handed over: a module of another build
// is refused instead of reading a report laid out differently.
inline QByteArray stamp()
{
    return QByteArray(CHITIEU_VERSION) + ' ' + QByteArray::number(qulonglong(sizeof(AnnualReport))) + ' ' +
           QByteArray::number(qulonglong(sizeof(ReviewReport)));
}

// The entry points, all extern "C". The drawing ones catch every Error: it is returned in
// `problem` (already translated) with false, and crosses no library boundary as an exception.
using StampFunction = const char* (*)();
using ApplicationFunction = QCoreApplication* (*)(int* argc, char** argv);
using AnnualFunction = bool (*)(const AnnualReport* report, QByteArray* pdf, QString* problem);
using ReviewFunction = bool (*)(const ReviewReport* report, QByteArray* pdf, QString* problem);

inline constexpr char stampName[] = "chitieu_pdf_stamp";
inline constexpr char applicationName[] = "chitieu_pdf_application";
inline constexpr char annualName[] = "chitieu_pdf_annual";
inline constexpr char reviewName[] = "chitieu_pdf_review";

} // namespace chitieu::pdfmodule
