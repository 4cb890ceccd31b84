#pragma once
// How report figures read for people, shared by the PDF, XLSX and people's CSV: the
// formatting module's numbers in the documents' locale (core/format), "–" for no figure,
// "<5" for a protected figure, words for the status, titles and column titles.

#include "ReportModel.h"
#include "core/format/MeasureText.h"
#include "core/format/Numbers.h"

#include <QLocale>
#include <QString>
#include <optional>

namespace chitieu {
struct ReviewReport;
}

namespace chitieu::reporttext {

// "–" when there is no figure, "<5" when it is hidden, else the formatted number.
QString count(const std::optional<double>& value, bool hidden, const QLocale& locale = documentLocale());
QString rate(const std::optional<double>& value, bool hidden, const Measure& measure,
             const QLocale& locale = documentLocale());
QString value(const Figures& f, const Measure& m, const QLocale& locale = documentLocale());
QString numerator(const Figures& f, const QLocale& locale = documentLocale());
QString denominator(const Figures& f, const QLocale& locale = documentLocale());

QString target(const Measure& m, const QLocale& locale = documentLocale()); // "< 1 ‰"
QString missing();                                                          // –

// Titles shared by every format.
QString annualTitle(const AnnualReport& r); // "Results of the targets for children in 2024"
QString reviewTitle(const ReviewReport& r);
QString unitLine(const QString& unitName, const QString& unitCode);
QString protectedNote(); // what "<5" means

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
QString unitTarget();
QString unitStatus();
QString document();
QString period();
} // namespace column

// The words of a deliverable's document.
QString roman(int number); // 1 -> "I", 4 -> "IV"
QString figuresHeading();  // the part of the figures
QString targetsHeading();  // the part of the unit's own targets
QString contributionsHeading();
QString notWritten();                            // a section not written yet
QString contributionLine(const Contribution& c); // "Sở Y tế — report of 30/11 (made on 28/11/2024)"

// A unit's own target as people read it: "≤ 0,7 ‰ (45/KH-UBND)".
QString unitTarget(const UnitTarget& target, const Measure& measure, const QLocale& locale = documentLocale());

} // namespace chitieu::reporttext
