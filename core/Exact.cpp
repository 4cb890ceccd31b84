#include "Exact.h"

#include <QLocale>
#include <QRegularExpression>
#include <cstdint>
#include <cstdlib>
#include <stdexcept>

namespace chitieu {

namespace {

// An unsigned 128-bit number from two 64-bit halves: portable (MSVC has no __int128), and
// only what the quotients need.
struct U128
{
    std::uint64_t hi = 0;
    std::uint64_t lo = 0;

    bool isZero() const { return hi == 0 && lo == 0; }
    friend bool operator<(const U128& a, const U128& b) { return a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo; }
    friend bool operator==(const U128& a, const U128& b) { return a.hi == b.hi && a.lo == b.lo; }
};

U128 sub(const U128& a, const U128& b) // a >= b
{
    U128 r;
    r.lo = a.lo - b.lo;
    r.hi = a.hi - b.hi - (a.lo < b.lo ? 1 : 0);
    return r;
}

U128 mul(std::uint64_t a, std::uint64_t b)
{
    const std::uint64_t aLo = a & 0xffffffffu, aHi = a >> 32, bLo = b & 0xffffffffu, bHi = b >> 32;
    const std::uint64_t ll = aLo * bLo, lh = aLo * bHi, hl = aHi * bLo, hh = aHi * bHi;
    const std::uint64_t middle = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
    U128 r;
    r.lo = (middle << 32) | (ll & 0xffffffffu);
    r.hi = hh + (lh >> 32) + (hl >> 32) + (middle >> 32);
    return r;
}

// a x b; the operands of this module keep it below 2^128 (see Decimal::parse's limits).
U128 mul(const U128& a, std::uint64_t b)
{
    U128 r = mul(a.lo, b);
    const U128 high = mul(a.hi, b);
    if (high.hi != 0 || r.hi + high.lo < r.hi)
        throw std::overflow_error("exact arithmetic beyond 128 bits");
    r.hi += high.lo;
    return r;
}

std::uint64_t powerOf10(int n)
{
    std::uint64_t p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

std::uint64_t magnitude(qint64 v)
{
    return v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
}

// Quotient and remainder, by shifting and subtracting (128 steps: values print rarely).
std::pair<U128, U128> divmod(const U128& n, const U128& d)
{
    U128 q;
    U128 r;
    for (int bit = 127; bit >= 0; --bit) {
        const bool carry = (r.hi >> 63) != 0;
        r.hi = (r.hi << 1) | (r.lo >> 63);
        r.lo = (r.lo << 1) | (((bit >= 64 ? n.hi >> (bit - 64) : n.lo >> bit)) & 1u);
        if (carry || !(r < d)) {
            r = sub(r, d);
            if (bit >= 64)
                q.hi |= std::uint64_t(1) << (bit - 64);
            else
                q.lo |= std::uint64_t(1) << bit;
        }
    }
    return {q, r};
}

QString decimalString(U128 v)
{
    if (v.isZero())
        return QStringLiteral("0");
    QString out;
    const U128 ten{0, 10};
    while (!v.isZero()) {
        const auto [q, r] = divmod(v, ten);
        out.prepend(QLatin1Char(static_cast<char>('0' + r.lo)));
        v = q;
    }
    return out;
}

int sign(qint64 v)
{
    return (v > 0) - (v < 0);
}

// The quotient's magnitude as digits: the integer part, then decimal digits as asked.
struct Expansion
{
    QString integer;   // without leading zeros, "" for 0
    QString decimals;  // as many as were generated
    bool rest = false; // a non-zero remainder after the last generated digit
};

// Generates decimal digits until `enough` says stop (given the digits so far) or the
// division ends.
template <typename Enough> Expansion expand(const Quotient& q, Enough enough)
{
    const U128 p = mul(magnitude(q.numerator), magnitude(q.factor.digits));
    const U128 d = mul(magnitude(q.denominator), powerOf10(q.factor.scale));
    auto [whole, r] = divmod(p, d);
    Expansion e;
    if (!whole.isZero())
        e.integer = decimalString(whole);
    while (!r.isZero() && !enough(e)) {
        const auto [digit, rest] = divmod(mul(r, 10), d);
        e.decimals += QLatin1Char(static_cast<char>('0' + digit.lo));
        r = rest;
    }
    e.rest = !r.isZero();
    return e;
}

// Adds one at the last digit of `digits` (only '0'-'9'); true when it carried out of the first.
bool increment(QString& digits)
{
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (digits[i] != QLatin1Char('9')) {
            digits[i] = QLatin1Char(static_cast<char>(digits[i].toLatin1() + 1));
            return false;
        }
        digits[i] = QLatin1Char('0');
    }
    return true;
}

int significantCount(const Expansion& e)
{
    if (!e.integer.isEmpty())
        return static_cast<int>(e.integer.size() + e.decimals.size());
    int leading = 0;
    while (leading < e.decimals.size() && e.decimals[leading] == QLatin1Char('0'))
        ++leading;
    return static_cast<int>(e.decimals.size()) - leading;
}

} // namespace

std::optional<Decimal> Decimal::parse(const QString& input)
{
    static const QRegularExpression form(QStringLiteral("^(-?)([0-9]+)(?:\\.([0-9]+))?$"));
    const auto m = form.match(input.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString decimals = m.captured(3);
    while (decimals.endsWith(QLatin1Char('0')))
        decimals.chop(1);
    QString digits = m.captured(2) + decimals;
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    if (digits.size() > 12 || decimals.size() > 6)
        return std::nullopt;
    Decimal d;
    d.digits = digits.toLongLong();
    d.scale = static_cast<int>(decimals.size());
    if (!m.captured(1).isEmpty())
        d.digits = -d.digits;
    return d;
}

std::optional<Decimal> Decimal::fromDouble(double value)
{
    return parse(QString::number(value, 'f', QLocale::FloatingPointShortest));
}

double Decimal::toDouble() const
{
    return text().toDouble();
}

QString Decimal::text() const
{
    QString digitsText = QString::number(magnitude(digits));
    if (scale > 0) {
        if (digitsText.size() <= scale)
            digitsText = QString(scale - digitsText.size() + 1, QLatin1Char('0')) + digitsText;
        digitsText.insert(digitsText.size() - scale, QLatin1Char('.'));
    }
    return (digits < 0 ? QStringLiteral("-") : QString()) + digitsText;
}

int Quotient::compare(const Decimal& d) const
{
    // n x f.digits / (den x 10^f.scale) against d.digits / 10^d.scale, both sides multiplied
    // out; den > 0 and the factor > 0, so the signs are those of n and d.
    const int left = sign(numerator) * sign(factor.digits);
    const int right = sign(d.digits);
    if (left != right)
        return left < right ? -1 : 1;
    if (left == 0)
        return 0;
    const int common = std::min(d.scale, factor.scale);
    const U128 a = mul(mul(magnitude(numerator), magnitude(factor.digits)), powerOf10(d.scale - common));
    const U128 b = mul(mul(magnitude(d.digits), magnitude(denominator)), powerOf10(factor.scale - common));
    const int byMagnitude = a < b ? -1 : (a == b ? 0 : 1);
    return left > 0 ? byMagnitude : -byMagnitude;
}

int Quotient::compare(const Quotient& other) const
{
    const int left = sign(numerator);
    const int right = sign(other.numerator);
    if (left != right)
        return left < right ? -1 : 1;
    if (left == 0)
        return 0;
    const U128 a = mul(magnitude(numerator), magnitude(other.denominator));
    const U128 b = mul(magnitude(other.numerator), magnitude(denominator));
    const int byMagnitude = a < b ? -1 : (a == b ? 0 : 1);
    return left > 0 ? byMagnitude : -byMagnitude;
}

QString Quotient::significantText(int significant) const
{
    // One digit beyond those kept decides the rounding; the remainder breaks a tie.
    Expansion e = expand(*this, [&](const Expansion& x) { return significantCount(x) > significant; });
    QString digits = e.integer + e.decimals;
    qsizetype point = e.integer.size();
    // Where the kept digits end: `significant` digits from the first non-zero one.
    qsizetype first = 0;
    while (first < digits.size() && digits[first] == QLatin1Char('0'))
        ++first;
    const qsizetype keep = first + significant;
    if (keep < digits.size()) {
        const int next = digits[keep].toLatin1() - '0';
        bool after = e.rest;
        for (qsizetype i = keep + 1; i < digits.size() && !after; ++i)
            after = digits[i] != QLatin1Char('0');
        const bool odd = keep > 0 && ((digits[keep - 1].toLatin1() - '0') % 2) == 1;
        QString kept = digits.left(keep);
        if (next > 5 || (next == 5 && (after || odd))) {
            if (increment(kept)) {
                kept.prepend(QLatin1Char('1'));
                ++point;
            }
        }
        // Integer digits past the kept ones are zeros; decimal ones are dropped.
        digits = kept;
        if (digits.size() < point)
            digits += QString(point - digits.size(), QLatin1Char('0'));
    }
    QString integer = digits.left(point);
    QString decimals = digits.mid(point);
    while (decimals.endsWith(QLatin1Char('0')))
        decimals.chop(1);
    while (integer.size() > 1 && integer.startsWith(QLatin1Char('0')))
        integer.remove(0, 1);
    if (integer.isEmpty())
        integer = QStringLiteral("0");
    const bool zero = integer == QLatin1String("0") && decimals.isEmpty();
    const bool negative = !zero && sign(numerator) * sign(factor.digits) < 0;
    return (negative ? QStringLiteral("-") : QString()) + integer +
           (decimals.isEmpty() ? QString() : QStringLiteral(".") + decimals);
}

double Quotient::toDouble() const
{
    return significantText(15).toDouble();
}

Quotient::Digits Quotient::fixed(int places) const
{
    Expansion e = expand(*this, [&](const Expansion& x) { return x.decimals.size() > places; });
    QString decimals = e.decimals.leftJustified(places + 1, QLatin1Char('0'));
    const int next = decimals[places].toLatin1() - '0';
    decimals.truncate(places);
    QString integer = e.integer.isEmpty() ? QStringLiteral("0") : e.integer;
    if (next >= 5) {
        QString all = integer + decimals;
        if (increment(all))
            all.prepend(QLatin1Char('1'));
        integer = all.left(all.size() - places);
        decimals = all.right(places);
    }
    while (decimals.endsWith(QLatin1Char('0')))
        decimals.chop(1);
    Digits d;
    d.integer = integer;
    d.decimals = decimals;
    d.negative = sign(numerator) * sign(factor.digits) < 0 && !(integer == QLatin1String("0") && decimals.isEmpty());
    return d;
}

} // namespace chitieu
