#include "UnitMapping.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace chitieu {

namespace {

QString formatIso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

// The part of one unit that lies in another, through one or more changes.
struct Edge
{
    double weight = 1;
    bool known = true;      // false: a split without a share on the way
    bool estimated = false; // a share on the way
    bool unconfirmed = false;
    QList<ShareUse> shares;
};
using Relation = QHash<QString, QHash<QString, Edge>>; // from code -> to code -> part

Edge times(const Edge& a, const Edge& b)
{
    return {a.weight * b.weight, a.known && b.known, a.estimated || b.estimated, a.unconfirmed || b.unconfirmed,
            a.shares + b.shares};
}

void addTo(QHash<QString, Edge>& targets, const QString& code, const Edge& e)
{
    auto it = targets.find(code);
    if (it == targets.end()) {
        targets.insert(code, e);
        return;
    }
    it->weight += e.weight;
    it->known = it->known && e.known;
    it->estimated = it->estimated || e.estimated;
    it->unconfirmed = it->unconfirmed || e.unconfirmed;
    it->shares += e.shares;
}

const DatedTree& treeFrom(const UnitHistory& h, const QDate& from)
{
    for (const DatedTree& t : h.trees())
        if (t.from == from)
            return t;
    throw Error(QCoreApplication::translate("Units", "No unit tree in force from %1 is held.").arg(formatIso(from)));
}

bool isCommune(const UnitTree& tree, const QString& code)
{
    const OrgUnit* u = tree.find(code);
    return u && u->level == UnitLevel::Commune;
}

Edge edgeOf(const CrosswalkRow& r)
{
    Edge e;
    e.unconfirmed = r.unconfirmed();
    if (r.kind != ChangeKind::Split)
        return e;
    e.known = r.share.has_value();
    e.estimated = true;
    e.weight = r.share ? r.share->toDouble() : 0;
    if (r.share)
        e.shares << ShareUse{r.oldCode, r.newCode, *r.share};
    return e;
}

// Each commune of the older tree, and the communes of the newer one it went into.
Relation forward(const UnitHistory& h, const QDate& older, const QDate& newer)
{
    Relation rel;
    for (const OrgUnit& u : treeFrom(h, older).tree.units())
        if (u.level == UnitLevel::Commune)
            rel[u.code].insert(u.code, Edge{});
    const DatedTree* previous = nullptr;
    for (const DatedTree& t : h.trees()) {
        if (previous && t.from > older && t.from <= newer) {
            Relation step;
            for (const CrosswalkRow& r : h.changeInto(t.from))
                if (isCommune(previous->tree, r.oldCode) && isCommune(t.tree, r.newCode))
                    step[r.oldCode].insert(r.newCode, edgeOf(r));
            Relation next;
            for (auto from = rel.cbegin(); from != rel.cend(); ++from)
                for (auto via = from->cbegin(); via != from->cend(); ++via)
                    for (auto to = step[via.key()].cbegin(); to != step[via.key()].cend(); ++to)
                        addTo(next[from.key()], to.key(), times(via.value(), to.value()));
            rel = next;
        }
        previous = &t;
    }
    return rel;
}

// A newer year on an older tree: a unit of the year lies wholly in an older one only when it
// came from that one alone; from several, its part in each is not known.
Relation backward(const UnitHistory& h, const QDate& older, const QDate& newer)
{
    QHash<QString, QHash<QString, Edge>> sources; // newer -> older
    const Relation f = forward(h, older, newer);
    for (auto from = f.cbegin(); from != f.cend(); ++from)
        for (auto to = from->cbegin(); to != from->cend(); ++to)
            sources[to.key()].insert(from.key(), to.value());
    Relation rel;
    for (auto y = sources.cbegin(); y != sources.cend(); ++y)
        for (auto t = y->cbegin(); t != y->cend(); ++t) {
            Edge e;
            e.known = y->size() == 1;
            e.weight = e.known ? 1 : 0;
            e.unconfirmed = t->unconfirmed;
            rel[y.key()].insert(t.key(), e);
        }
    return rel;
}

QString findRoot(QHash<QString, QString>& parent, const QString& code)
{
    QString c = code;
    while (parent.value(c) != c)
        c = parent.value(c);
    return c;
}

} // namespace

UnitMapping mapUnit(const UnitHistory& history, const QDate& yearTree, const QDate& shownTree, const QString& unitCode)
{
    const UnitTree& shown = treeFrom(history, shownTree).tree;
    if (!shown.find(unitCode))
        throw Error(QCoreApplication::translate("Units", "The unit %1 is not in the unit tree in force from %2.")
                        .arg(unitCode, formatIso(shownTree)));
    QStringList communes;
    for (const OrgUnit* c : shown.communesUnder(unitCode))
        communes << c->code;
    UnitMapping m;
    if (yearTree == shownTree) {
        m.identity = true;
        for (const QString& c : communes)
            m.units << MappedUnit{c, {c}, {MappedPart{c}}};
        return m;
    }
    treeFrom(history, yearTree); // throws when not held
    const Relation rel =
        yearTree < shownTree ? forward(history, yearTree, shownTree) : backward(history, shownTree, yearTree);
    const QSet<QString> inUnit(communes.cbegin(), communes.cend());
    QHash<QString, QString> parent;
    for (const QString& c : communes)
        parent.insert(c, c);
    QHash<QString, QList<MappedPart>> parts; // by a commune of the group
    QStringList yearUnits = rel.keys();
    std::sort(yearUnits.begin(), yearUnits.end());
    for (const QString& y : yearUnits) {
        const QHash<QString, Edge>& targets = rel[y];
        QStringList inside;
        bool allInside = true;
        for (auto t = targets.cbegin(); t != targets.cend(); ++t) {
            if (inUnit.contains(t.key())) {
                inside << t.key();
                m.unconfirmed = m.unconfirmed || t->unconfirmed;
            } else {
                allInside = false;
            }
        }
        if (inside.isEmpty())
            continue;
        std::sort(inside.begin(), inside.end());
        if (allInside) {
            // The whole unit lies in the shown one: it counts whole, with the communes it
            // spread over shown together.
            for (const QString& t : inside)
                parent[findRoot(parent, t)] = findRoot(parent, inside.first());
            parts[inside.first()] << MappedPart{y, 1, false};
            continue;
        }
        for (const QString& t : inside) {
            const Edge& e = targets[t];
            if (!e.known) {
                if (!m.notComparable.contains(y))
                    m.notComparable << y;
                continue;
            }
            parts[t] << MappedPart{y, e.weight, e.estimated};
            for (const ShareUse& s : e.shares)
                if (!m.shares.contains(s))
                    m.shares << s;
        }
    }
    QHash<QString, int> groupIndex;
    for (const QString& c : communes) {
        const QString root = findRoot(parent, c);
        auto it = groupIndex.constFind(root);
        if (it == groupIndex.cend()) {
            it = groupIndex.insert(root, m.units.size());
            m.units << MappedUnit{};
        }
        m.units[*it].communes << c;
        m.units[*it].parts << parts.value(c);
    }
    for (MappedUnit& u : m.units) {
        u.code = u.communes.join(QLatin1Char('+'));
        if (u.parts.isEmpty()) // no commune of the year's tree went into it
            m.notComparable << u.code;
        for (const MappedPart& p : u.parts)
            if (p.estimated && m.mapping == Mapping::Exact)
                m.mapping = Mapping::Estimated;
    }
    if (!m.notComparable.isEmpty())
        m.mapping = Mapping::NotComparable;
    return m;
}
QString ShareUse::machineText() const
{
    return QStringLiteral("%1 → %2: %3").arg(from, to, share.text());
}

} // namespace chitieu
