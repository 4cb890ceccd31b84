#pragma once
// The file formats of `report` and `review`, by name. chitieu_core provides csv (for
// programs), csv-excel (for people: UTF-8 with a BOM) and xlsx. PDF needs Qt Gui, which
// chitieu_core must not link: ui/reports registers it (ui::registerReportWriters), and the
// chitieu-cli main() calls that before building its application object, so a command line
// built on core alone still works, just without pdf.

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <memory>

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
    std::function<QByteArray(const AnnualReport&)> annual;
    std::function<QByteArray(const ReviewReport&)> review;
};

// Adds or replaces a format.
void registerReportFormat(const ReportFormat& format);
const ReportFormat* reportFormat(const QString& name);
QStringList reportFormatNames(); // in registration order, the built-in ones first

// The application object of the command line. A format that needs Qt Gui installs a factory
// making a QApplication (offscreen); without one it is a QCoreApplication.
using ApplicationFactory = std::function<std::unique_ptr<QCoreApplication>(int& argc, char** argv)>;
void setApplicationFactory(ApplicationFactory factory);
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv);

} // namespace chitieu::cli
