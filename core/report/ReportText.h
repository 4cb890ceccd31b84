#pragma once
// How report figures read for people, shared by the PDF, XLSX and people's CSV: Vietnamese
// number format (unless the program runs in English), rates with as many decimals as the
// target needs, "<5" for a protected figure, words for the status and column titles.

#include "ReportModel.h"

#include <QLocale>
#include <QString>
#include <optional>

namespace chitieu {
struct ReviewReport;
}

namespace chitieu::reporttext {

// The locale of documents for people: English when the program runs in English, otherwise
// Vietnamese (1.234,5), whatever the system locale of a server running the CLI.
QLocale documentLocale();

// Decimals for a measure's rate: one more than its target shows, at least 2, at most 4
// (7's target 0,01 gives 3; 8's 0,005 gives 4).
int rateDecimals(const Measure& measure);

// "–" when there is no figure, "<5" when it is hidden, else the formatted number.
QString count(const std::optional<double>& value, bool hidden, const QLocale& locale = documentLocale());
QString rate(const std::optional<double>& value, bool hidden, const Measure& measure,
             const QLocale& locale = documentLocale());
QString value(const Figures& f, const Measure& m, const QLocale& locale = documentLocale());
QString numerator(const Figures& f, const QLocale& locale = documentLocale());
QString denominator(const Figures& f, const QLocale& locale = documentLocale());

QString comparatorSign(Comparator c);                                       // <, ≤, >, ≥
QString target(const Measure& m, const QLocale& locale = documentLocale()); // "< 1 ‰"
QString missing();                                                          // –

// Titles shared by every format.
QString annualTitle(const AnnualReport& r); // "Results of the targets for children in 2024"
QString reviewTitle(const ReviewReport& r);
QString unitLine(const QString& unitName, const QString& unitCode);
QString protectedNote();              // what "<5" means
QString statusWords(MeasureStatus s); // Met, Not met, No data (translated)

// Column titles.
namespace column {
QString group();
QString code();
QString name();
QString unitLabel();
QString numerator();
QString denominator();
QString valueIn(int year);
QString comparator();
QString target();
QString status();
QString statusIn(int year);
QString lead();
QString unitCode();
QString unitName();
QString direction();
QString offTrack();
} // namespace column

} // namespace chitieu::reporttext
