#include "MappedMeasures.h"

#include "core/Error.h"
#include "core/catalogue/Catalogue.h"
#include "core/catalogue/OrderRules.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <cmath>

namespace chitieu {

namespace {

struct PartCounts
{
    bool counted = false;
    ElementValues values;
};

PartCounts partCounts(Database& db, const Catalogue& catalogue, const QHash<QString, CommuneForm>& forms,
                      const QString& code, int year, const CountingRule& rule)
{
    PartCounts p;
    CachedStatement q =
        db.cached(QStringLiteral("SELECT element, value FROM data_values WHERE unit_code = ?1 AND year = ?2"));
    q.bind(0, code).bind(1, year);
    while (q.next())
        p.values.insert(q.text(0), q.int64(1));
    // A part is a commune of the year's tree, whose forms were read at once; one the tree does
    // not hold has its own figures all the same (core/store/YearTree.h).
    const auto form = forms.constFind(code);
    if (form != forms.cend()) {
        p.counted = form->counts(rule);
    } else {
        const QList<CommuneForm> own = communeForms(db, catalogue, code, year);
        p.counted = !own.isEmpty() && own.first().counts(rule);
    }
    return p;
}

const DatedTree& treeOfYear(const UnitHistory& history, const Catalogue& catalogue, int year)
{
    if (history.isEmpty())
        throw Error(QCoreApplication::translate("Units", "This database holds no dated unit trees, so a year cannot be "
                                                         "shown on another tree."));
    return *history.treeOn(catalogue.dataDate(year));
}

} // namespace

YearCounts mappedCounts(Database& db, const Catalogue& catalogue, const UnitTree& shownTree, const UnitMapping& mapping,
                        int year, const CountingRule& rule)
{
    const QList<HardRule> rules = orderRules(catalogue);
    YearCounts y;
    y.year = year;
    y.aggregated = true;
    y.includesInProgress = rule.includeInProgress;
    // A unit above communes: each commune of the year's tree counts on its own (its form's state,
    // its share when it was split), so that the whole of a unit adds up as in its own year.
    // A commune shown: the year's units that make it, together.
    const bool together = mapping.units.size() == 1;
    const QHash<QString, CommuneForm> forms = communeFormsOfTree(db, catalogue, year);
    for (const MappedUnit& u : mapping.units) {
        bool urban = true;
        for (const QString& commune : u.communes) {
            const OrgUnit* o = shownTree.find(commune);
            urban = urban && o && o->urban;
        }
        UnitCounts whole{u.code, true, urban, !u.parts.isEmpty(), {}, {}};
        for (const MappedPart& part : u.parts) {
            const PartCounts p = partCounts(db, catalogue, forms, part.code, year, rule);
            UnitCounts own{part.code, true, urban, p.counted, {}, {}};
            UnitCounts& c = together ? whole : own;
            c.counted = together ? c.counted && p.counted : p.counted;
            for (auto it = p.values.cbegin(); it != p.values.cend(); ++it) {
                // An estimated part: the share of the count, rounded to a whole count.
                const qint64 v = part.weight == 1 ? it.value() : std::llround(double(it.value()) * part.weight);
                c.values[it.key()] += v;
            }
            if (!together) {
                own.broken = brokenElements(rules, own.values);
                y.units << own;
            }
        }
        if (together) {
            whole.broken = brokenElements(rules, whole.values);
            y.units << whole;
        }
    }
    return y;
}

QList<MeasureResult> computeOnTree(Database& db, const Catalogue& catalogue, const UnitHistory& history,
                                   const QDate& shownTree, const QString& unitCode, int year, const CountingRule& rule)
{
    const UnitTree* shown = nullptr;
    for (const DatedTree& t : history.trees())
        if (t.from == shownTree)
            shown = &t.tree;
    if (!shown)
        throw Error(QCoreApplication::translate("Units", "No unit tree in force from %1 is held.")
                        .arg(shownTree.toString(Qt::ISODate)));
    const UnitMapping now = mapUnit(history, treeOfYear(history, catalogue, year).from, shownTree, unitCode);
    const YearCounts nowCounts = mappedCounts(db, catalogue, *shown, now, year, rule);
    const bool previous = catalogue.hasYear(year - 1);
    UnitMapping before;
    YearCounts beforeCounts;
    if (previous) {
        before = mapUnit(history, treeOfYear(history, catalogue, year - 1).from, shownTree, unitCode);
        beforeCounts = mappedCounts(db, catalogue, *shown, before, year - 1, rule);
    }
    QList<MeasureResult> out;
    for (const Measure& m : catalogue.measures) {
        const bool usesBefore = previous && MeasureCalculator::needsPreviousYear(m);
        MeasureResult mapped =
            MeasureCalculator::evaluate(m, nowCounts, usesBefore ? &beforeCounts : nullptr, rule.minCoveragePercent);
        mapped.markMapping(now);
        if (usesBefore)
            mapped.markMapping(before);
        if (mapped.mapping == Mapping::NotComparable)
            mapped = mapped.withoutFigure();
        out << mapped;
    }
    return out;
}

} // namespace chitieu
