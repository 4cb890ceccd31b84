#pragma once
// Hard checks of one unit's counts for one year: rules that can never be broken by true
// figures. They are derived from the catalogue, never listed by hand: every measure whose
// numerator and denominator are sums of counts gives "numerator <= denominator" (unless the
// measure says numerator_may_exceed_denominator), and the catalogue's "checks" list gives
// "smaller <= larger". A broken rule blocks "Mark complete".

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace chitieu {

class Catalogue;

struct HardRule
{
    QStringList smaller;  // elements summed on the side that must not be larger
    QStringList larger;   // elements summed on the other side
    QStringList measures; // measure codes the rule comes from; empty for a catalogue check

    QStringList elements() const; // every element the rule reads
};

struct HardViolation
{
    HardRule rule;
    qint64 smallerValue = 0;
    qint64 largerValue = 0;
    QString message; // a sentence naming both counts and their values
};

class HardChecks
{
public:
    explicit HardChecks(const Catalogue& catalogue);

    const QList<HardRule>& rules() const { return m_rules; }
    // The rules broken by these counts. A rule with a count not entered yet is not judged.
    QList<HardViolation> check(const QHash<QString, qint64>& values) const;

private:
    const Catalogue& m_catalogue;
    QList<HardRule> m_rules;
};

} // namespace chitieu
