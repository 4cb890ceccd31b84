#pragma once
// Synthetic but plausible yearly counts for communes, for benchmarks and scale tests. Seeded
// and deterministic: the counts of a commune and year depend only on the seed, the commune's
// code and type, its province and the year, never on which other units are generated, so a
// subset of a list gets the same figures as the whole list.
//
// The model: each commune has a population (urban larger than rural) growing 1 % a year;
// children under 16 are about 28 % of it, live births about 1.5 %; every other count is
// drawn around a rate near the plan's target (with a province factor and a commune factor),
// so that some measures are met and some not. Every generated form passes the catalogue's
// hard checks (HardChecks), which the generator checks itself.

#include "core/catalogue/Catalogue.h"
#include "core/entry/HardChecks.h"
#include "core/units/OrgUnit.h"

#include <QList>
#include <QString>

namespace chitieu::bench {

struct Count
{
    QString element;
    qint64 value = 0;
    bool operator==(const Count& o) const { return element == o.element && value == o.value; }
};

class DataGenerator
{
public:
    // Throws Error when the catalogue has an element the model does not know, or lacks one.
    DataGenerator(const Catalogue& catalogue, const UnitTree& units, quint64 seed);

    // Every element of the catalogue, in catalogue order, for one commune and year. Throws
    // Error when the unit is not a commune of the list or a hard check fails (a bug).
    QList<Count> counts(const OrgUnit& commune, int year) const;

    // The communes of the list (below `under` when given), in list order.
    QList<const OrgUnit*> communes(const QString& under = {}) const;

    const UnitTree& units() const { return m_units; }
    const Catalogue& catalogue() const { return m_catalogue; }
    quint64 seed() const { return m_seed; }

    // A number derived from the seed and a text (a stable hash): the root of every draw.
    quint64 derive(const QString& what, quint64 salt = 0) const;

private:
    QString provinceOf(const OrgUnit& unit) const;

    const Catalogue& m_catalogue;
    const UnitTree& m_units;
    quint64 m_seed;
    HardChecks m_checks;
};

// A small deterministic random source (splitmix64): the same seed gives the same draws on
// every platform with IEEE doubles.
class Draws
{
public:
    explicit Draws(quint64 seed) : m_state(seed) {}
    quint64 next();
    double uniform();                           // [0, 1)
    double normal();                            // mean 0, standard deviation 1
    qint64 poisson(double mean);                // mean >= 0
    qint64 binomial(qint64 trials, double p);   // 0 <= p <= 1
    qint64 between(qint64 low, qint64 high);    // inclusive
    double around(double value, double spread); // value * (1 + spread * normal), at least 0

private:
    quint64 m_state;
};

} // namespace chitieu::bench
