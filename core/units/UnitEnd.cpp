#include "UnitEnd.h"

#include <QCoreApplication>

namespace chitieu {

namespace {
bool hasLevel(const UnitTree& tree, UnitLevel level)
{
    return std::any_of(tree.units().cbegin(), tree.units().cend(),
                       [level](const OrgUnit& u) { return u.level == level; });
}
} // namespace

std::optional<UnitEnd> unitEnd(const UnitHistory& history, const QString& code, const QDate& day)
{
    const DatedTree* now = history.treeOn(day);
    if (!now || now->tree.find(code))
        return std::nullopt;
    const OrgUnit* last = nullptr;
    for (const DatedTree& t : history.trees()) {
        if (t.from > day)
            break;
        if (const OrgUnit* u = t.tree.find(code)) {
            last = u;
            continue;
        }
        if (!last)
            continue;
        UnitEnd end{code, last->name, last->level, t.from, {}, !hasLevel(t.tree, last->level)};
        for (const CrosswalkRow& r : history.changeInto(t.from))
            if (r.oldCode == code)
                end.successors << r;
        return end;
    }
    return std::nullopt;
}

QString UnitEnd::successorText() const
{
    QStringList out;
    for (const CrosswalkRow& r : successors)
        out << QStringLiteral("%1 %2").arg(r.newCode, r.newName);
    return out.join(QStringLiteral(", "));
}

QString UnitEnd::advice(const QString& day) const
{
    if (levelEnded)
        return QCoreApplication::translate("Units", "The role of %1 (%2) ended on %3: from that day its communes "
                                                    "report to the city directly. Export this installation's data "
                                                    "of every earlier year (chitieu-cli export --unit %2 --year Y) "
                                                    "and send the files to the unit that receives them, which can "
                                                    "import them. Its units now belong to: %4.")
            .arg(name, code, day, successorText());
    return QCoreApplication::translate("Units", "%1 (%2) became part of %3 on %4. Its earlier years stay under its "
                                                "code %2; from that day it reports as the new unit: chitieu-cli init "
                                                "--unit CODE, with the new unit's code.")
        .arg(name, code, successorText(), day);
}

} // namespace chitieu
