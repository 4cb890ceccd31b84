#include "HardChecks.h"

#include "core/catalogue/Catalogue.h"
#include "core/format/Numbers.h"

#include <QCoreApplication>
#include <algorithm>
#include <optional>

namespace chitieu {

namespace {

// The label of one side: element names joined by " + ".
QString sideName(const Catalogue& catalogue, const QStringList& elements)
{
    QStringList names;
    for (const QString& code : elements) {
        const DataElement* e = catalogue.element(code);
        names << QStringLiteral("“%1”").arg(e ? e->name.text() : code);
    }
    return names.join(QStringLiteral(" + "));
}

// The sum of the side, or nothing while one of its counts is not entered.
std::optional<qint64> sideSum(const QHash<QString, qint64>& values, const QStringList& elements)
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

HardChecks::HardChecks(const Catalogue& catalogue) : m_catalogue(catalogue)
{
    for (const Measure& m : catalogue.measures) {
        // Only sums of counts compare; "number of communes" and year-on-year terms do not.
        if (m.numeratorMayExceedDenominator || m.numerator.kind != Term::Kind::Sum ||
            m.denominator.kind != Term::Kind::Sum || m.numerator.elements.isEmpty() || m.denominator.elements.isEmpty())
            continue;
        // 3c and 3d read the same counts: one rule, both measures named.
        auto same = std::find_if(m_rules.begin(), m_rules.end(), [&](const HardRule& r) {
            return r.smaller == m.numerator.elements && r.larger == m.denominator.elements;
        });
        if (same != m_rules.end())
            same->measures << m.code;
        else
            m_rules << HardRule{m.numerator.elements, m.denominator.elements, {m.code}};
    }
    for (const OrderCheck& c : catalogue.checks) {
        const QStringList smaller{c.smaller};
        const QStringList larger{c.larger};
        const bool known = std::any_of(m_rules.cbegin(), m_rules.cend(),
                                       [&](const HardRule& r) { return r.smaller == smaller && r.larger == larger; });
        if (!known)
            m_rules << HardRule{smaller, larger, {}};
    }
}

QList<HardViolation> HardChecks::check(const QHash<QString, qint64>& values) const
{
    QList<HardViolation> out;
    for (const HardRule& rule : m_rules) {
        const std::optional<qint64> small = sideSum(values, rule.smaller);
        const std::optional<qint64> large = sideSum(values, rule.larger);
        if (!small || !large || *small <= *large)
            continue;
        HardViolation v{rule, *small, *large, {}};
        const QString why =
            rule.measures.isEmpty()
                ? QCoreApplication::translate("HardChecks", "the first is part of the second")
                : QCoreApplication::translate("HardChecks", "measure %1 divides the first by the second")
                      .arg(rule.measures.join(QStringLiteral(", ")));
        v.message = QCoreApplication::translate("HardChecks", "%1 (%2) is more than %3 (%4); it cannot be (%5). "
                                                              "Check both figures against the register.")
                        .arg(sideName(m_catalogue, rule.smaller), formatCount(*small),
                             sideName(m_catalogue, rule.larger), formatCount(*large), why);
        out << v;
    }
    return out;
}

} // namespace chitieu
