#include "DataGen.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace chitieu::bench {

namespace {

// The elements the model below fills: exactly the catalogue's, or the generator refuses.
const QStringList kModelElements{
    QStringLiteral("cfc_registered"),
    QStringLiteral("cfc_achieved"),
    QStringLiteral("neonatal_deaths"),
    QStringLiteral("infant_deaths"),
    QStringLiteral("under5_deaths"),
    QStringLiteral("live_births"),
    QStringLiteral("under5_stunted"),
    QStringLiteral("under5_underweight"),
    QStringLiteral("under5_overweight"),
    QStringLiteral("under5_measured"),
    QStringLiteral("under1_fully_immunised"),
    QStringLiteral("children_under1"),
    QStringLiteral("under5_fully_vaccinated"),
    QStringLiteral("children_under5"),
    QStringLiteral("facilities_sanitation_ok"),
    QStringLiteral("facilities_total"),
    QStringLiteral("children_special"),
    QStringLiteral("children_special_supported"),
    QStringLiteral("children_total"),
    QStringLiteral("children_abused"),
    QStringLiteral("child_labour_5_17"),
    QStringLiteral("population_5_17"),
    QStringLiteral("children_injured"),
    QStringLiteral("children_injury_deaths"),
    QStringLiteral("children_disaster_relieved"),
    QStringLiteral("children_disaster_affected"),
    QStringLiteral("child_marriages"),
    QStringLiteral("under5_birth_registered"),
    QStringLiteral("births_registered_on_time"),
    QStringLiteral("births_registered"),
    QStringLiteral("age5_in_kindergarten"),
    QStringLiteral("age5_completed_programme"),
    QStringLiteral("children_age5"),
    QStringLiteral("age6_in_grade1"),
    QStringLiteral("children_age6"),
    QStringLiteral("primary_completed"),
    QStringLiteral("primary_final_grade_pupils"),
    QStringLiteral("lower_secondary_completed"),
    QStringLiteral("lower_secondary_final_grade_pupils"),
    QStringLiteral("lower_secondary_dropouts"),
    QStringLiteral("lower_secondary_enrolled"),
    QStringLiteral("disabled_accessing"),
    QStringLiteral("disabled_needing"),
    QStringLiteral("disabled_under5_accessing"),
    QStringLiteral("disabled_under5_needing"),
    QStringLiteral("has_play_space"),
    QStringLiteral("children_participation_reached"),
};

quint64 mix(quint64 z)
{
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// A share that stays within [0, 1].
double share(Draws& d, double mean, double spread)
{
    return std::clamp(mean + spread * d.normal(), 0.0, 1.0);
}

// One commune-year. `f` is the commune's health factor (province x commune), around 1:
// above 1 means more deaths, malnutrition and harm, and less coverage.
ElementValues model(Draws& d, double population, bool urban, double f)
{
    ElementValues v;
    const auto rate = [&](double base) { return base * f; };
    const auto coverage = [&](double base, double spread) { return share(d, 1.0 - (1.0 - base) * f, spread); };

    const qint64 children = d.binomial(qint64(population), share(d, 0.28, 0.02));
    v[QStringLiteral("children_total")] = children;
    v[QStringLiteral("population_5_17")] = d.binomial(qint64(population), share(d, 0.21, 0.015));
    const qint64 births = d.poisson(population * share(d, 0.015, 0.002));
    v[QStringLiteral("live_births")] = births;
    v[QStringLiteral("children_under1")] = births - d.binomial(births, 0.02);
    const qint64 under5 = std::min(children, d.poisson(births * 4.9));
    v[QStringLiteral("children_under5")] = under5;
    // Deaths nest: neonatal within infant within under-5; rates near the plan's 1 and 0.8 per mille.
    const qint64 neonatal = d.poisson(births * rate(0.0007));
    const qint64 infant = neonatal + d.poisson(births * rate(0.0002));
    v[QStringLiteral("neonatal_deaths")] = neonatal;
    v[QStringLiteral("infant_deaths")] = infant;
    v[QStringLiteral("under5_deaths")] = infant + d.poisson(births * rate(0.00025));

    const qint64 measured = d.binomial(under5, share(d, 0.93, 0.04));
    v[QStringLiteral("under5_measured")] = measured;
    v[QStringLiteral("under5_stunted")] = d.binomial(measured, rate(0.085));
    v[QStringLiteral("under5_underweight")] = d.binomial(measured, rate(0.062));
    v[QStringLiteral("under5_overweight")] = d.binomial(measured, rate(urban ? 0.07 : 0.045));
    v[QStringLiteral("under1_fully_immunised")] =
        d.binomial(v[QStringLiteral("children_under1")], coverage(0.955, 0.01));
    v[QStringLiteral("under5_fully_vaccinated")] = d.binomial(under5, coverage(0.91, 0.02));
    v[QStringLiteral("under5_birth_registered")] = under5 - d.binomial(under5, rate(0.004));

    const qint64 facilities = 2 + d.poisson(population / 1800.0);
    v[QStringLiteral("facilities_total")] = facilities;
    v[QStringLiteral("facilities_sanitation_ok")] = facilities - d.binomial(facilities, rate(0.04));

    const qint64 special = d.binomial(children, rate(0.013));
    v[QStringLiteral("children_special")] = special;
    v[QStringLiteral("children_special_supported")] = d.binomial(special, coverage(0.9, 0.04));
    v[QStringLiteral("children_abused")] = d.poisson(children * rate(0.00008));
    v[QStringLiteral("child_labour_5_17")] = d.poisson(v[QStringLiteral("population_5_17")] * rate(0.00004));
    // A child who died of an injury was injured: deaths are within the injured.
    const qint64 injuryDeaths = d.poisson(children * rate(0.00013));
    v[QStringLiteral("children_injury_deaths")] = injuryDeaths;
    v[QStringLiteral("children_injured")] = injuryDeaths + d.poisson(children * rate(0.00487));
    // Most years bring no disaster to a commune; a bad one touches a good share of its children.
    const qint64 affected = d.uniform() < 0.3 ? d.binomial(children, share(d, 0.08, 0.04)) : 0;
    v[QStringLiteral("children_disaster_affected")] = affected;
    v[QStringLiteral("children_disaster_relieved")] = affected - d.binomial(affected, rate(0.01));

    const qint64 registered = d.poisson(births * 1.0);
    v[QStringLiteral("births_registered")] = registered;
    v[QStringLiteral("births_registered_on_time")] = d.binomial(registered, coverage(0.93, 0.03));
    const qint64 age5 = std::min(children, d.poisson(births * 1.02));
    v[QStringLiteral("children_age5")] = age5;
    v[QStringLiteral("age5_in_kindergarten")] = d.binomial(age5, coverage(0.992, 0.004));
    v[QStringLiteral("age5_completed_programme")] = d.binomial(age5, coverage(0.92, 0.03));
    const qint64 age6 = std::min(children, d.poisson(births * 1.03));
    v[QStringLiteral("children_age6")] = age6;
    v[QStringLiteral("age6_in_grade1")] = age6 - d.binomial(age6, rate(0.002));
    const qint64 grade5 = d.poisson(births * 1.01);
    v[QStringLiteral("primary_final_grade_pupils")] = grade5;
    v[QStringLiteral("primary_completed")] = grade5 - d.binomial(grade5, rate(0.003));
    const qint64 grade9 = d.poisson(births * 0.97);
    v[QStringLiteral("lower_secondary_final_grade_pupils")] = grade9;
    v[QStringLiteral("lower_secondary_completed")] = d.binomial(grade9, coverage(0.92, 0.03));
    const qint64 enrolled = grade9 + d.poisson(births * 2.93); // grade 9 is part of lower secondary
    v[QStringLiteral("lower_secondary_enrolled")] = enrolled;
    v[QStringLiteral("lower_secondary_dropouts")] = d.binomial(enrolled, rate(0.0009));
    // The disabled children under 5 are among all the disabled children, reached or not.
    const qint64 needing5 = d.poisson(under5 * 0.003);
    const qint64 accessing5 = d.binomial(needing5, coverage(0.62, 0.1));
    v[QStringLiteral("disabled_under5_needing")] = needing5;
    v[QStringLiteral("disabled_under5_accessing")] = accessing5;
    const qint64 needingOlder = d.poisson(std::max<qint64>(0, children - under5) * 0.004);
    v[QStringLiteral("disabled_needing")] = needing5 + needingOlder;
    v[QStringLiteral("disabled_accessing")] = accessing5 + d.binomial(needingOlder, coverage(0.85, 0.06));
    v[QStringLiteral("children_participation_reached")] = d.binomial(children, coverage(0.86, 0.03));

    const qint64 cfcRegistered = d.uniform() < 0.97 ? 1 : 0;
    v[QStringLiteral("cfc_registered")] = cfcRegistered;
    v[QStringLiteral("cfc_achieved")] = cfcRegistered && d.uniform() < 0.7 / f ? 1 : 0;
    v[QStringLiteral("has_play_space")] = d.uniform() < 0.62 ? 1 : 0;
    return v;
}

} // namespace

quint64 Draws::next()
{
    m_state += 0x9e3779b97f4a7c15ULL;
    return mix(m_state);
}

double Draws::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

double Draws::normal()
{
    // Box-Muller; 1 - u keeps the logarithm away from 0.
    const double u = 1.0 - uniform();
    const double v = uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * v);
}

qint64 Draws::poisson(double mean)
{
    if (mean <= 0)
        return 0;
    if (mean > 40) // normal approximation, ample for counts this large
        return std::max<qint64>(0, std::llround(mean + std::sqrt(mean) * normal()));
    const double limit = std::exp(-mean);
    qint64 k = 0;
    for (double p = uniform(); p > limit; p *= uniform())
        ++k;
    return k;
}

qint64 Draws::binomial(qint64 trials, double p)
{
    p = std::clamp(p, 0.0, 1.0);
    if (trials <= 0 || p == 0)
        return 0;
    if (trials <= 50) {
        qint64 k = 0;
        for (qint64 i = 0; i < trials; ++i)
            k += uniform() < p ? 1 : 0;
        return k;
    }
    const double mean = double(trials) * p;
    const double missed = double(trials) * (1 - p);
    if (mean < 40)
        return std::min(trials, poisson(mean));
    if (missed < 40)
        return std::max<qint64>(0, trials - poisson(missed));
    const double sd = std::sqrt(mean * (1 - p));
    return std::clamp<qint64>(std::llround(mean + sd * normal()), 0, trials);
}

qint64 Draws::between(qint64 low, qint64 high)
{
    return low + qint64(next() % quint64(high - low + 1));
}

double Draws::around(double value, double spread)
{
    return std::max(0.0, value * (1 + spread * normal()));
}

DataGenerator::DataGenerator(const Catalogue& catalogue, const UnitTree& units, quint64 seed)
    : m_catalogue(catalogue), m_units(units), m_seed(seed), m_checks(catalogue)
{
    QSet<QString> known(kModelElements.cbegin(), kModelElements.cend());
    for (const DataElement& e : catalogue.elements) {
        if (!known.remove(e.code))
            throw Error(QCoreApplication::translate("DataGen", "The catalogue's element %1 is not in the data "
                                                               "generator's model: add it to tests/bench/DataGen.cpp.")
                            .arg(e.code));
    }
    if (!known.isEmpty())
        throw Error(QCoreApplication::translate("DataGen", "The data generator's model has elements the catalogue "
                                                           "lacks: %1.")
                        .arg(QStringList(known.cbegin(), known.cend()).join(QStringLiteral(", "))));
}

quint64 DataGenerator::derive(const QString& what, quint64 salt) const
{
    quint64 h = 0xcbf29ce484222325ULL; // FNV-1a of the UTF-8 bytes, then mixed with the seed
    for (const char c : what.toUtf8()) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return mix(mix(m_seed ^ h) ^ salt);
}

QString DataGenerator::provinceOf(const OrgUnit& unit) const
{
    const OrgUnit* u = &unit;
    while (!u->parentCode.isEmpty()) {
        const OrgUnit* parent = m_units.find(u->parentCode);
        if (!parent)
            break;
        u = parent;
    }
    return u->code;
}

QList<const OrgUnit*> DataGenerator::communes(const QString& under) const
{
    QList<const OrgUnit*> out;
    for (const OrgUnit& u : m_units.units())
        if (u.level == UnitLevel::Commune && (under.isEmpty() || m_units.isWithin(u.code, under)))
            out << &u;
    return out;
}

QList<Count> DataGenerator::counts(const OrgUnit& commune, int year) const
{
    if (commune.level != UnitLevel::Commune || !m_units.find(commune.code))
        throw Error(QCoreApplication::translate("DataGen", "%1 is not a commune of the unit list.").arg(commune.code));
    // Fixed for the commune over the years: its size and how well it does.
    Draws stable(derive(commune.code, 1));
    const double basePopulation =
        std::clamp(std::exp(std::log(commune.urban ? 11000.0 : 7000.0) + 0.45 * stable.normal()), 800.0, 90000.0);
    Draws province(derive(provinceOf(commune), 2));
    const double factor = std::clamp(province.around(1.0, 0.25) * stable.around(1.0, 0.15), 0.3, 2.5);
    const double population = basePopulation * std::pow(1.01, year - 2020);

    Draws d(derive(commune.code, 1000 + quint64(year)));
    ElementValues v = model(d, population, commune.urban, factor);
    // Child marriages fall a few per cent a year on average, the yearly noise aside.
    v[QStringLiteral("child_marriages")] = Draws(derive(commune.code, 3000 + quint64(year)))
                                               .poisson(population * 0.00012 * factor * std::pow(0.97, year - 2020));

    const QList<HardViolation> broken = m_checks.check(v);
    if (!broken.isEmpty())
        throw Error(QCoreApplication::translate("DataGen", "The generated counts of %1 for %2 break a hard check: %3")
                        .arg(commune.code)
                        .arg(year)
                        .arg(broken.first().message));
    QList<Count> out;
    for (const DataElement& e : m_catalogue.elements) {
        const qint64 value = v.value(e.code);
        if (value < 0 || (e.max && value > *e.max))
            throw Error(QCoreApplication::translate("DataGen", "The generated %1 of %2 for %3 is %4, out of range.")
                            .arg(e.code, commune.code)
                            .arg(year)
                            .arg(value));
        out << Count{e.code, value};
    }
    return out;
}

} // namespace chitieu::bench
