#pragma once
// Exact arithmetic for measures. A target or factor is a decimal written in the catalogue
// (0.005, 0.8, 1.5, 100000), held as digits / 10^scale; a value is numerator x factor /
// denominator, held as those three. Comparisons and printed digits come from the exact
// quotient (128-bit products; counts are at most 10^12 and sums over a country stay far below
// 2^63), never from a double: 1000 / 20,000,001 x 100 is below 0.005, and 3 / 20000 x 100000
// prints as 15.

#include <QString>
#include <QtGlobal>
#include <optional>

namespace chitieu {

struct Decimal
{
    qint64 digits = 0; // the value is digits / 10^scale
    int scale = 0;

    // "0.005", "100", "1.5", "-2": at most 12 significant digits and 6 decimals (so that the
    // products of a comparison stay within 128 bits); nullopt otherwise (an exponent, junk,
    // too many digits).
    static std::optional<Decimal> parse(const QString& text);
    // The shortest decimal that reads back as `value` (how a JSON number was written).
    static std::optional<Decimal> fromDouble(double value);
    double toDouble() const;
    QString text() const; // "0.005"
};

// numerator x factor / denominator, denominator > 0.
struct Quotient
{
    qint64 numerator = 0;
    qint64 denominator = 1;
    Decimal factor{1, 0};

    // -1, 0 or 1 as the exact value is below, on or above `d`.
    int compare(const Decimal& d) const;
    // -1, 0 or 1 against another quotient with the same factor.
    int compare(const Quotient& other) const;
    // Correctly rounded (to nearest, ties to even) to `significant` digits, plain decimal
    // notation with a dot, no exponent, no trailing zeros: "15", "0.00499999975000001".
    QString significantText(int significant = 15) const;
    // The same digits as a double: what programs reading the CSV get.
    double toDouble() const;

    // Rounded to `decimals` places (half away from zero, as people and spreadsheets round):
    // sign, the integer digits and the decimal digits without trailing zeros.
    struct Digits
    {
        bool negative = false;
        QString integer;  // "1234"
        QString decimals; // "5" (empty when none)
    };
    Digits fixed(int decimals) const;
};

} // namespace chitieu
