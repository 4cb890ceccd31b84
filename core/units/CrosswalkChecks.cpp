// UnitHistory::checkCrosswalk: what resources/units/check.py checks of a crosswalk.
#include "UnitHistory.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QSet>

namespace chitieu {

qint64 shareMillionths(const Decimal& share)
{
    qint64 v = share.digits;
    for (int i = share.scale; i < 6; ++i)
        v *= 10;
    return v;
}

namespace {

constexpr qint64 kOne = 1000000;
constexpr qint64 kShareTolerance = 1000; // 0.001, for shares rounded to four places

class ChangeCheck
{
public:
    ChangeCheck(const DatedTree& older, const DatedTree& newer, const QString& sourceName)
        : m_old(older), m_new(newer), m_source(sourceName)
    {}

    void check(const QList<CrosswalkRow>& rows)
    {
        for (const CrosswalkRow& r : rows)
            checkRow(r);
        for (auto it = m_perOld.cbegin(); it != m_perOld.cend(); ++it)
            checkOldUnit(it.value());
        checkCoverage();
        for (const CrosswalkRow& r : rows)
            checkParents(r);
    }

private:
    [[noreturn]] void fail(int line, const QString& problem) const
    {
        throw Error(
            QCoreApplication::translate("Units", "Crosswalk %1, line %2: %3").arg(m_source).arg(line).arg(problem));
    }
    QString day(const DatedTree& t) const { return t.from.toString(Qt::ISODate); }
    static bool hasDistricts(const UnitTree& tree)
    {
        return std::any_of(tree.units().cbegin(), tree.units().cend(),
                           [](const OrgUnit& u) { return u.level == UnitLevel::District; });
    }
    bool newHasDistricts() const { return hasDistricts(m_new.tree); }

    void checkRow(const CrosswalkRow& r)
    {
        const OrgUnit* o = m_old.tree.find(r.oldCode);
        const OrgUnit* n = m_new.tree.find(r.newCode);
        if (!o)
            fail(r.line, QCoreApplication::translate("Units", "the old unit %1 is not in the tree of %2")
                             .arg(r.oldCode, day(m_old)));
        if (!n)
            fail(r.line, QCoreApplication::translate("Units", "the new unit %1 is not in the tree of %2")
                             .arg(r.newCode, day(m_new)));
        if (o->name != r.oldName)
            fail(r.line, QCoreApplication::translate("Units", "the old unit %1 is named %2 in the tree, not %3")
                             .arg(r.oldCode, o->name, r.oldName));
        if (n->name != r.newName)
            fail(r.line, QCoreApplication::translate("Units", "the new unit %1 is named %2 in the tree, not %3")
                             .arg(r.newCode, n->name, r.newName));
        // A district can only become a commune-level unit where the district level ends.
        if (o->level != n->level &&
            !(o->level == UnitLevel::District && n->level == UnitLevel::Commune && !newHasDistricts()))
            fail(r.line, QCoreApplication::translate("Units", "the units %1 and %2 are not of the same level")
                             .arg(r.oldCode, r.newCode));
        if (r.kind == ChangeKind::Same && r.oldCode != r.newCode)
            fail(r.line, QCoreApplication::translate("Units", "an unchanged unit keeps its code (%1 is not %2)")
                             .arg(r.oldCode, r.newCode));
        const QString pair = r.oldCode + QLatin1Char('>') + r.newCode;
        if (m_pairs.contains(pair))
            fail(r.line,
                 QCoreApplication::translate("Units", "the row %1 → %2 appears twice").arg(r.oldCode, r.newCode));
        m_pairs.insert(pair);
        m_perOld[r.oldCode] << r;
        m_perNew[r.newCode] << r;
    }

    void checkOldUnit(const QList<CrosswalkRow>& rows) const
    {
        const CrosswalkRow& first = rows.first();
        qint64 total = 0;
        bool allShares = true;
        for (const CrosswalkRow& r : rows) {
            if (r.kind != first.kind)
                fail(r.line, QCoreApplication::translate("Units", "the unit %1 is both %2 and %3")
                                 .arg(r.oldCode, changeKinds.key(first.kind), changeKinds.key(r.kind)));
            if (r.kind != ChangeKind::Split && rows.size() > 1)
                fail(r.line, QCoreApplication::translate("Units", "the unit %1 is %2 but has %3 rows: only a split "
                                                                  "unit has several")
                                 .arg(r.oldCode, changeKinds.key(r.kind))
                                 .arg(rows.size()));
            allShares = allShares && r.share.has_value();
            total += r.share ? shareMillionths(*r.share) : 0;
            if (total > kOne + kShareTolerance)
                fail(r.line, QCoreApplication::translate("Units", "the shares of the split unit %1 add up to more "
                                                                  "than 1")
                                 .arg(r.oldCode));
        }
        if (first.kind == ChangeKind::Split && rows.size() < 2)
            fail(first.line, QCoreApplication::translate("Units", "the split unit %1 has only one row: a unit that "
                                                                  "went whole into another is merged")
                                 .arg(first.oldCode));
        if (first.kind == ChangeKind::Split && allShares && total < kOne - kShareTolerance)
            fail(rows.last().line, QCoreApplication::translate("Units", "the shares of the split unit %1 add up to "
                                                                        "less than 1: leave out the shares that "
                                                                        "no source gives")
                                       .arg(first.oldCode));
    }

    QString missing(const UnitTree& tree, const QHash<QString, QList<CrosswalkRow>>& covered) const
    {
        QStringList codes;
        for (const OrgUnit& u : tree.units())
            if (!covered.contains(u.code))
                codes << u.code;
        return codes.join(QStringLiteral(", "));
    }

    void checkCoverage() const
    {
        const QString date = day(m_new);
        if (const QString codes = missing(m_old.tree, m_perOld); !codes.isEmpty())
            throw Error(QCoreApplication::translate("Units", "Crosswalk %1: the change of %2 has no row for these "
                                                             "units of the tree of %3: %4. Every unit of the older "
                                                             "tree must say what it became.")
                            .arg(m_source, date, day(m_old), codes));
        if (const QString codes = missing(m_new.tree, m_perNew); !codes.isEmpty())
            throw Error(QCoreApplication::translate("Units", "Crosswalk %1: the change of %2 has no row for these "
                                                             "units of the tree of %2: %3. Every unit of the newer "
                                                             "tree must say where it came from.")
                            .arg(m_source, date, codes));
        for (auto it = m_perNew.cbegin(); it != m_perNew.cend(); ++it) {
            int sameLevel = 0;
            bool same = false;
            for (const CrosswalkRow& r : it.value()) {
                same = same || r.kind == ChangeKind::Same;
                sameLevel += m_old.tree.find(r.oldCode)->level == m_new.tree.find(r.newCode)->level ? 1 : 0;
            }
            if (same && sameLevel != 1)
                fail(it.value().first().line,
                     QCoreApplication::translate("Units", "the unit %1 is unchanged but receives other units too: "
                                                          "write merged")
                         .arg(it.key()));
        }
    }

    // A commune's row must agree with its district's: parent(old) → parent(new) is a row.
    void checkParents(const CrosswalkRow& r) const
    {
        const OrgUnit* o = m_old.tree.find(r.oldCode);
        const OrgUnit* n = m_new.tree.find(r.newCode);
        if (o->level != UnitLevel::Commune || n->level != UnitLevel::Commune)
            return;
        // Where the district level ends, a district's row leads to each commune it gave units to.
        const QString newParent = hasDistricts(m_old.tree) && !newHasDistricts() ? n->code : n->parentCode;
        if (!m_pairs.contains(o->parentCode + QLatin1Char('>') + newParent))
            fail(r.line, QCoreApplication::translate("Units", "the commune row %1 → %2 has no row %3 → %4 for "
                                                              "their districts")
                             .arg(r.oldCode, r.newCode, o->parentCode, newParent));
    }

    const DatedTree& m_old;
    const DatedTree& m_new;
    QString m_source;
    QSet<QString> m_pairs;
    QHash<QString, QList<CrosswalkRow>> m_perOld;
    QHash<QString, QList<CrosswalkRow>> m_perNew;
};

} // namespace

void UnitHistory::checkCrosswalk(const QList<CrosswalkRow>& rows, const QString& sourceName) const
{
    QMap<QDate, QList<CrosswalkRow>> byDate;
    for (const CrosswalkRow& r : rows) {
        const DatedTree* newer = treeFrom(r.effective);
        if (!newer || !treeBefore(r.effective))
            throw Error(QCoreApplication::translate("Units", "Crosswalk %1, line %2: no tree starts on %3 after an "
                                                             "older one. Load the tree in force from that day first "
                                                             "(chitieu-cli units load TREE.csv --from DATE).")
                            .arg(sourceName)
                            .arg(r.line)
                            .arg(r.effective.toString(Qt::ISODate)));
        byDate[r.effective] << r;
    }
    for (auto it = byDate.cbegin(); it != byDate.cend(); ++it)
        ChangeCheck(*treeBefore(it.key()), *treeFrom(it.key()), sourceName).check(it.value());
}

} // namespace chitieu
