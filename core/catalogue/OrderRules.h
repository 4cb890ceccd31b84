#pragma once
// The plan's arithmetic as rules between counts of one unit and year: smaller <= larger. They
// are derived from the catalogue, never listed in code: every measure whose numerator and
// denominator are sums of counts gives "numerator <= denominator" (unless the measure says
// numerator_may_exceed_denominator), and the catalogue's "checks" list gives the others
// (neonatal <= infant <= under-5 deaths, each "of which" count <= its total). The entry form's
// hard checks (core/entry/HardChecks) say them in words; the calculator flags figures built on
// counts that break them.

#include "Catalogue.h"
#include "core/KnownKey.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace chitieu {

struct HardRule
{
    QStringList smaller;  // elements summed on the side that must not be larger
    QStringList larger;   // elements summed on the other side
    QStringList measures; // measure codes the rule comes from; empty for a catalogue check
    LocalText reason;     // a catalogue check's reason (may be empty)

    QStringList elements() const; // every element the rule reads
    // Whether these counts break the rule; a rule with a count not entered is not judged.
    bool brokenBy(const ElementValues& values) const;
};

QList<HardRule> orderRules(const Catalogue& catalogue);

// The elements of every rule these counts break (empty when none is broken).
QSet<QString> brokenElements(const QList<HardRule>& rules, const ElementValues& values);

} // namespace chitieu
