#pragma once
// Counts and rates as people read and type them, and the locale they are written in.
// Vietnamese writes 1.234,5: "." groups thousands and "," marks decimals. Machine formats
// (CSV for programs) use plain digits. Every screen, report and file for people formats its
// numbers here (a measure's value and target: MeasureText.h; dates: Dates.h).

#include "core/Exact.h"

#include <QLocale>
#include <QString>
#include <optional>

namespace chitieu {

// Far above any real count: larger figures are refused, which also guards against overflow.
constexpr qint64 kMaxCount = 1'000'000'000'000LL;

struct CountParse
{
    std::optional<qint64> value; // set when the text is a valid count
    QString error;               // otherwise a sentence saying what is expected
};

// A whole number >= 0 in the given locale's format: "1234", "1.234" (vi) or "1,234" (en).
// Empty text gives neither value nor error.
CountParse parseCount(const QString& text, const QLocale& locale = QLocale());
// Plain digits only, as in CSV files for programs.
CountParse parsePlainCount(const QString& text);

// The locale of documents for people (PDF, XLSX, people's CSV): English when the program
// runs in English, otherwise Vietnamese (1.234,5), whatever the system locale of a server
// running the CLI. Screens use the default QLocale, which the language choice sets.
QLocale documentLocale();

QString formatCount(qint64 value, const QLocale& locale = QLocale());
// A numerator or denominator: a sum of counts, held as a number by the calculator.
QString formatSum(double value, const QLocale& locale = QLocale());
// A rate with up to `decimals` decimals, trailing zeros dropped (12,5 not 12,500). A value
// that rounds to zero is "0", never "-0".
QString formatRate(double value, int decimals = 2, const QLocale& locale = QLocale());
// Full precision, dot decimal, no grouping: for CSV read by programs.
QString machineNumber(double value);
// A measure's value for programs: the exact quotient correctly rounded to 15 significant
// digits, plain decimal notation ("15", "0.00499999975000001").
QString machineValue(const Quotient& value);
// Digits already rounded (Quotient::fixed) in the locale: grouped, its decimal sign.
QString formatDigits(const Quotient::Digits& digits, const QLocale& locale = QLocale());

} // namespace chitieu
