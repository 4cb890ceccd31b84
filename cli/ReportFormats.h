#pragma once
// The file formats of `report` and `review`, by name: csv (for programs), csv-excel (for
// people: UTF-8 with a BOM), xlsx, and pdf (the official document, drawn by chitieu_render in
// the PDF module, cli/PdfModuleLoader.h, on its QGuiApplication).

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <functional>

namespace chitieu {
struct AnnualReport;
struct ReviewReport;
} // namespace chitieu

namespace chitieu::cli {

struct ReportFormat
{
    QString name;          // the --format value
    bool binary = false;   // needs -o FILE (cannot go to standard output)
    bool forPeople = true; // false: the machine CSV, which small-number protection does not apply to
    bool drawn = false;    // drawn with Qt Gui: needs a QGuiApplication
    std::function<QByteArray(const AnnualReport&)> annual;
    std::function<QByteArray(const ReviewReport&)> review;
};

const QList<ReportFormat>& reportFormats();
const ReportFormat* reportFormat(const QString& name); // nullptr when unknown
QStringList reportFormatNames();

} // namespace chitieu::cli
