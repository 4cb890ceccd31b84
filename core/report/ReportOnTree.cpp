// The annual report on the units of another year's unit tree (ReportOptions::onTree): each
// column's year (the report year, the year before, the baseline) mapped from its own tree,
// and the coverage sentence saying which years were mapped and how.
#include "ReportModel.h"
#include "SmallNumbers.h"
#include "core/Error.h"
#include "core/compute/MappedMeasures.h"
#include "core/format/Dates.h"
#include "core/format/Numbers.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

namespace chitieu::reportparts {

namespace {

QString shareText(const ShareUse& s)
{
    Quotient q;
    q.numerator = s.share.digits;
    for (int i = 0; i < s.share.scale; ++i)
        q.denominator *= 10;
    return QStringLiteral("%1 → %2: %3").arg(s.from, s.to, formatDigits(q.fixed(s.share.scale)));
}

// "2024: exact", "2020: estimated with the shares 19744 → 19762: 0,3949", "not comparable".
QString yearNote(int year, const UnitMapping& m)
{
    switch (m.mapping) {
    case Mapping::Exact:
        return QCoreApplication::translate("Reports", "%1: mapped exactly.").arg(year);
    case Mapping::Estimated: {
        QStringList shares;
        for (const ShareUse& s : m.shares)
            shares << shareText(s);
        return QCoreApplication::translate("Reports", "%1: estimated with the population shares %2.")
            .arg(year)
            .arg(shares.join(QStringLiteral("; ")));
    }
    case Mapping::NotComparable:
        break;
    }
    return QCoreApplication::translate("Reports", "%1: not comparable (a unit was split without a known share: %2), "
                                                  "no figure.")
        .arg(year)
        .arg(m.notComparable.join(QStringLiteral(", ")));
}

} // namespace

const DatedTree* shownTree(const UnitHistory& history, const QDate& day)
{
    if (history.isEmpty())
        throw Error(QCoreApplication::translate("Reports", "This database holds no dated unit trees: a report on "
                                                           "another tree needs them (chitieu-cli units load)."));
    return history.treeOn(day);
}

void checkOnTree(Workspace& w, const DatedTree& shown, const QString& unitCode, const ReportOptions& options)
{
    if (!shown.tree.find(unitCode))
        throw Error(QCoreApplication::translate("Units", "The unit %1 is not in the unit tree in force from %2.")
                        .arg(unitCode, shown.from.toString(Qt::ISODate)));
    if (!options.deliverable.isEmpty())
        throw Error(QCoreApplication::translate("Reports", "A deliverable's document is made on the year's own unit "
                                                           "tree, not on another one."));
    // A damaged database gives wrong figures without a word: refuse to report from it.
    w.db().requireIntact();
}

QStringList treeNotes(const DatedTree& shown, const QMap<int, UnitMapping>& mappings)
{
    QStringList out{QCoreApplication::translate("Reports", "The figures are shown on the units of the unit tree in "
                                                           "force from %1; each year's counts are mapped from the "
                                                           "tree of that year.")
                        .arg(formatDate(shown.from))};
    for (auto it = mappings.cbegin(); it != mappings.cend(); ++it)
        if (!it->identity)
            out << yearNote(it.key(), it.value());
    return out;
}

AnnualReport annualOnTree(Workspace& w, const QString& unitCode, int year, const ReportOptions& options)
{
    const Catalogue& cat = w.catalogue();
    cat.requireYear(year);
    const UnitHistory history = w.unitHistory();
    const DatedTree& shown = *shownTree(history, options.onTree);
    checkOnTree(w, shown, unitCode, options);
    AnnualReport r = reportparts::annualHead(cat, *shown.tree.find(unitCode), year);
    r.header = headerOf(w, options, w.units().find(unitCode) ? unitCode : w.settings().unitCode, nullptr);
    const QList<int> shownMeasures_ = shownMeasures(cat, options.agency, cat.assignmentsDay(year));
    const QList<MeasureLine> all = linesOf(cat, cat.assignmentsDay(year));
    for (int m : shownMeasures_)
        r.lines << all[m];

    CountingRule rule;
    rule.includeInProgress = options.includeInProgress;
    rule.minCoveragePercent = options.minCoveragePercent.value_or(w.settings().minCoveragePercent);
    r.coverage.rule = rule;
    const UnitMapping now = mapUnit(history, history.treeOn(cat.dataDate(year))->from, shown.from, unitCode);
    const YearCounts counts = mappedCounts(w.db(), cat, shown.tree, now, year, rule);
    r.coverage.communes = static_cast<int>(counts.units.size());
    for (const UnitCounts& u : counts.units)
        r.coverage.counted += u.counted ? 1 : 0;
    QMap<int, QList<MeasureResult>> results;
    QMap<int, UnitMapping> mappings;
    for (int y : {r.baselineYear, r.previousYear, year}) {
        if (!cat.hasYear(y) || results.contains(y))
            continue;
        mappings.insert(y, mapUnit(history, history.treeOn(cat.dataDate(y))->from, shown.from, unitCode));
        results[y] = computeOnTree(w.db(), cat, history, shown.from, unitCode, y, rule);
    }
    for (int i = 0; i < r.lines.size(); ++i) {
        r.lines[i].year = Figures::from(results.value(year).value(shownMeasures_[i]));
        r.lines[i].previous = Figures::from(results.value(r.previousYear).value(shownMeasures_[i]));
        r.lines[i].baseline = Figures::from(results.value(r.baselineYear).value(shownMeasures_[i]));
    }
    r.coverage.treeNotes = treeNotes(shown, mappings);
    r.groups = groupSections(cat, r.lines);
    r.agencies = agencySections(cat, r.lines);
    // The units directly below, on the same tree.
    const QList<const OrgUnit*> below = shown.tree.children(unitCode);
    for (const OrgUnit* u : below) {
        r.annexUnits.append({u->code, u->name});
        const QList<MeasureResult> perUnit = computeOnTree(w.db(), cat, history, shown.from, u->code, year, rule);
        for (int i = 0; i < r.lines.size(); ++i)
            r.unitAnnex << UnitAnnexRow{u->code, u->name, i, Figures::from(perUnit.value(shownMeasures_[i]))};
    }
    if (options.protectSmallNumbers)
        protectSmallNumbers(r);
    return r;
}

} // namespace chitieu::reportparts
