// The pure part of the calculator: one measure from the units' counts of a year (and of the
// year before, for 11). Like for like: a unit is in the figure only when it holds every count
// the measure needs, so numerator and denominator always cover the same units.
#include "MeasureCalculator.h"
#include "core/catalogue/Catalogue.h"

namespace chitieu {

namespace {

enum class Place { Covered, Partial, Missing, NotCounted, Outside };

struct Needs
{
    QStringList thisYear;  // elements read in the year
    QStringList bothYears; // elements read in the year and the year before (11)
};

Needs needsOf(const Measure& m)
{
    Needs n;
    for (const Term* t : {&m.numerator, &m.denominator}) {
        QStringList& into = t->kind == Term::Kind::Sum ? n.thisYear : n.bothYears;
        for (const QString& e : t->elements)
            if (!into.contains(e))
                into << e;
    }
    return n;
}

bool relevant(const Measure& m, const UnitCounts& u)
{
    if (m.filter == UnitFilter::All)
        return true;
    // Only communes are urban or rural: counts held above them stay out of 3c and 3d.
    return u.commune && u.urban == (m.filter == UnitFilter::Urban);
}

// The year before's counts by unit, for the measures that read it (11).
class Before
{
public:
    Before(const Needs& needs, const YearCounts* previous)
    {
        if (previous && !needs.bothYears.isEmpty())
            for (const UnitCounts& u : previous->units)
                m_units.insert(u.code, &u);
    }
    const UnitCounts* of(const QString& code) const { return m_units.value(code); }

private:
    QHash<QString, const UnitCounts*> m_units;
};

Place placeOf(const Measure& m, const Needs& needs, const UnitCounts& u, const UnitCounts* before,
              const YearCounts& year)
{
    if (!relevant(m, u))
        return Place::Outside;
    if (u.commune && !u.counted)
        return u.values.isEmpty() ? Place::Missing : Place::NotCounted;
    int need = 0;
    int have = 0;
    for (const QString& e : needs.thisYear) {
        ++need;
        have += u.values.contains(e) ? 1 : 0;
    }
    for (const QString& e : needs.bothYears) {
        need += 2;
        have += u.values.contains(e) ? 1 : 0;
        have += before && before->counted && before->values.contains(e) ? 1 : 0;
    }
    if (!year.onlyUnits.isEmpty() && !year.onlyUnits.contains(u.code))
        return have > 0 ? Place::Partial : Place::Missing;
    if (have == need)
        return Place::Covered;
    if (have > 0)
        return Place::Partial;
    return u.commune ? Place::Missing : Place::Outside;
}

qint64 termValue(const Term& t, const UnitCounts& u, const UnitCounts* before)
{
    const QString e = t.elements.value(0);
    switch (t.kind) {
    case Term::Kind::Communes:
        return u.commune ? 1 : 0;
    case Term::Kind::Sum: {
        qint64 sum = 0;
        for (const QString& element : t.elements)
            sum += u.values.value(element);
        return sum;
    }
    case Term::Kind::PreviousYear:
        return before->values.value(e);
    case Term::Kind::DecreaseFromPreviousYear:
        return before->values.value(e) - u.values.value(e);
    }
    return 0;
}

bool breaks(const Measure& m, const UnitCounts& u)
{
    for (const QString& e : m.elementCodes())
        if (u.broken.contains(e))
            return true;
    return false;
}

} // namespace

QSet<QString> MeasureCalculator::coveredUnits(const Measure& m, const YearCounts& year, const YearCounts* previous)
{
    QSet<QString> out;
    if (needsPreviousYear(m) && !previous)
        return out;
    const Needs needs = needsOf(m);
    const Before before(needs, previous);
    for (const UnitCounts& u : year.units)
        if (placeOf(m, needs, u, before.of(u.code), year) == Place::Covered)
            out.insert(u.code);
    return out;
}

MeasureResult MeasureCalculator::evaluate(const Measure& m, const YearCounts& year, const YearCounts* previous,
                                          int minCoveragePercent)
{
    MeasureResult r;
    r.code = m.code;
    r.aggregated = year.aggregated;
    r.includesInProgress = year.includesInProgress;
    if (needsPreviousYear(m) && !previous) {
        r.status = MeasureStatus::NotApplicable;
        r.notApplicable = NotApplicableReason::NoYearBefore;
        return r;
    }
    const Needs needs = needsOf(m);
    const Before byUnit(needs, previous);
    Coverage& c = r.coverage;
    qint64 numerator = 0;
    qint64 denominator = 0;
    bool any = false;
    for (const UnitCounts& u : year.units) {
        const UnitCounts* before = byUnit.of(u.code);
        const Place place = placeOf(m, needs, u, before, year);
        if (place == Place::Outside)
            continue;
        c.expected += u.commune ? 1 : 0;
        switch (place) {
        case Place::Covered:
            any = true;
            c.covered += u.commune ? 1 : 0;
            numerator += termValue(m.numerator, u, before);
            denominator += termValue(m.denominator, u, before);
            if (breaks(m, u) || (before && breaks(m, *before)))
                r.checkFailures << u.code;
            break;
        case Place::Partial:
            c.partial << u.code;
            break;
        case Place::Missing:
            c.missing << u.code;
            break;
        case Place::NotCounted:
            c.notCounted << u.code;
            break;
        case Place::Outside:
            break;
        }
    }
    if (m.filter != UnitFilter::All && c.expected == 0 && year.communes() > 0) {
        r.status = MeasureStatus::NotApplicable;
        r.notApplicable =
            m.filter == UnitFilter::Rural ? NotApplicableReason::NoRuralCommune : NotApplicableReason::NoUrbanCommune;
        return r;
    }
    if (!any)
        return r; // no data
    r.numerator = numerator;
    r.denominator = denominator;
    if (denominator == 0) {
        if (m.metWhenBothZero && numerator == 0) {
            r.status = MeasureStatus::Met;
        } else if (m.numerator.kind == Term::Kind::DecreaseFromPreviousYear && numerator < 0) {
            // From none last year to some this year: a worsening, though no rate can say by how much.
            r.riseFromZero = true;
            r.status = MeasureStatus::NotMet;
        }
    } else {
        r.exact = Quotient{numerator, denominator, m.exactFactor};
        r.value = r.exact->toDouble();
        r.status = m.meets(*r.exact) ? MeasureStatus::Met : MeasureStatus::NotMet;
    }
    if (r.aggregated && r.status != MeasureStatus::NoData && !c.reaches(minCoveragePercent))
        r.status = MeasureStatus::Incomplete;
    return r;
}

} // namespace chitieu
