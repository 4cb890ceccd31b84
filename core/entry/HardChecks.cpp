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

} // namespace

HardChecks::HardChecks(const Catalogue& catalogue) : m_catalogue(catalogue), m_rules(orderRules(catalogue)) {}

QList<HardViolation> HardChecks::check(const ElementValues& values) const
{
    QList<HardViolation> out;
    for (const HardRule& rule : m_rules) {
        if (!rule.brokenBy(values))
            continue;
        qint64 small = 0;
        qint64 large = 0;
        for (const QString& e : rule.smaller)
            small += values.value(e);
        for (const QString& e : rule.larger)
            large += values.value(e);
        HardViolation v{rule, small, large, {}};
        const QString reason = rule.reason.text();
        const QString why =
            rule.measures.isEmpty()
                ? (reason.isEmpty() ? QCoreApplication::translate("HardChecks", "the first is part of the second")
                                    : reason)
                : QCoreApplication::translate("HardChecks", "measure %1 divides the first by the second")
                      .arg(rule.measures.join(QStringLiteral(", ")));
        v.message = QCoreApplication::translate("HardChecks", "%1 (%2) is more than %3 (%4); it cannot be (%5). "
                                                              "Check both figures against the register.")
                        .arg(sideName(m_catalogue, rule.smaller), formatCount(small),
                             sideName(m_catalogue, rule.larger), formatCount(large), why);
        out << v;
    }
    return out;
}

} // namespace chitieu
