#pragma once
// Counts and rates as people read and type them. Vietnamese writes 1.234,5: "." groups
// thousands and "," marks decimals. Machine formats (CSV for programs) use plain digits.

#include <QLocale>
#include <QString>
#include <optional>

namespace chitieu {

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

QString formatCount(qint64 value, const QLocale& locale = QLocale());
// A rate with up to `decimals` decimals, trailing zeros dropped (12,5 not 12,500).
QString formatRate(double value, int decimals = 2, const QLocale& locale = QLocale());
// Full precision, dot decimal, no grouping: for CSV read by programs.
QString machineNumber(double value);

} // namespace chitieu
