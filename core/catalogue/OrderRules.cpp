#include "OrderRules.h"

#include <algorithm>
#include <optional>

namespace chitieu {

namespace {
// The sum of the side, or nothing while one of its counts is not entered.
std::optional<qint64> sideSum(const ElementValues& values, const QStringList& elements)
{
    qint64 sum = 0;
    for (const QString& e : elements) {
        const auto it = values.constFind(e);
        if (it == values.cend())
            return std::nullopt;
        sum += *it;
    }
    return sum;
}
} // namespace

QStringList HardRule::elements() const
{
    QStringList out = smaller;
    for (const QString& e : larger)
        if (!out.contains(e))
            out << e;
    return out;
}

bool HardRule::brokenBy(const ElementValues& values) const
{
    const std::optional<qint64> small = sideSum(values, smaller);
    const std::optional<qint64> large = sideSum(values, larger);
    return small && large && *small > *large;
}

QList<HardRule> orderRules(const Catalogue& catalogue)
{
    QList<HardRule> rules;
    for (const Measure& m : catalogue.measures) {
        // Only sums of counts compare; "number of communes" and year-on-year terms do not.
        if (m.numeratorMayExceedDenominator || m.numerator.kind != Term::Kind::Sum ||
            m.denominator.kind != Term::Kind::Sum || m.numerator.elements.isEmpty() || m.denominator.elements.isEmpty())
            continue;
        // 3c and 3d read the same counts: one rule, both measures named.
        auto same = std::find_if(rules.begin(), rules.end(), [&](const HardRule& r) {
            return r.smaller == m.numerator.elements && r.larger == m.denominator.elements;
        });
        if (same != rules.end())
            same->measures << m.code;
        else
            rules << HardRule{m.numerator.elements, m.denominator.elements, {m.code}, {}};
    }
    for (const OrderCheck& c : catalogue.checks) {
        const QStringList smaller{c.smaller};
        const QStringList larger{c.larger};
        const bool known = std::any_of(rules.cbegin(), rules.cend(),
                                       [&](const HardRule& r) { return r.smaller == smaller && r.larger == larger; });
        if (!known)
            rules << HardRule{smaller, larger, {}, c.reason};
    }
    return rules;
}

QSet<QString> brokenElements(const QList<HardRule>& rules, const ElementValues& values)
{
    QSet<QString> out;
    for (const HardRule& r : rules)
        if (r.brokenBy(values))
            for (const QString& e : r.elements())
                out.insert(e);
    return out;
}

} // namespace chitieu
