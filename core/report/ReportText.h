#pragma once
// How report figures read for people, shared by the PDF, XLSX and people's CSV: the
// formatting module's numbers in the documents' locale (core/format), "–" for no figure,
// "<5" for a protected figure, words for the status, titles and column titles.

#include "ReportModel.h"
#include "core/format/MeasureText.h"
#include "core/format/Numbers.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace chitieu {
struct ReviewReport;
struct ReviewLine;
} // namespace chitieu

namespace chitieu::reporttext {

// "–" when there is no figure, "<5" when it is hidden, else the formatted number.
QString count(const std::optional<qint64>& value, bool hidden, const QLocale& locale = documentLocale());
// The value without its unit ("0,61"), "rise from 0" for 11 from nothing, "–", or "<5".
QString value(const Figures& f, const Measure& m, const QLocale& locale = documentLocale());
// "9/10" communes covered of expected above commune level; "" otherwise.
QString coverage(const Figures& f);
// The value followed by the coverage: "0,61 · 9/10".
QString valueWithCoverage(const Figures& f, const Measure& m, const QLocale& locale = documentLocale());
QString numerator(const Figures& f, const QLocale& locale = documentLocale());
QString denominator(const Figures& f, const QLocale& locale = documentLocale());

QString target(const Measure& m, const QLocale& locale = documentLocale()); // "< 1 ‰"
QString missing();                                                          // –

// Titles shared by every format.
QString annualTitle(const AnnualReport& r); // "Results of the targets for children in 2024"
QString reviewTitle(const ReviewReport& r);
QString unitLine(const QString& unitName, const QString& unitCode);
QString protectedNote(); // what "<5" means
// The sentence of a report's figures coverage: "The figures stand on the 9 of 10 communes
// that have reported." (and the forms not complete, left out or included); "" for a commune.
QString coverageSentence(const ReportCoverage& c, UnitLevel level);
// The count of measures by status, and above commune level the communes the figures stand
// on: "12 of 32 measures met, 3 not met, 2 incomplete, 15 without data, on 9 of 10 communes
// that have reported".
QString statusCounts(const AnnualReport& r);
QString statusCounts(const ReviewReport& r); // in the review's end year
// Notes under a table: measures whose figures hold counts that break a hard check, and 11's
// rise from 0 (empty when none).
QStringList figureNotes(const QList<MeasureLine>& lines);
// What a review line's trend compares: "2021-2025, 9 communes in both"; "" without a trend.
QString trendBasis(const ReviewLine& line);

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
QString coverage();
QString lead();
QString unitCode();
QString unitName();
QString direction();
QString offTrack();
QString unitTarget();
QString unitStatus();
QString document();
QString period();
// The annual table's columns as people read them, from code to lead agency, then the unit's
// own target and its assessment when the unit has set targets (the CSV and the XLSX alike).
QStringList annualMeasures(const AnnualReport& r);
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
