#include "UnitMove.h"

#include "UnitEnd.h"

namespace chitieu {

namespace {
QList<CrosswalkRow> moved(const QList<CrosswalkRow>& steps)
{
    QList<CrosswalkRow> out;
    for (const CrosswalkRow& r : steps)
        if (r.oldCode != r.newCode)
            out << r;
    return out;
}
} // namespace

QDate UnitMove::date() const
{
    const QList<CrosswalkRow> m = moved(steps);
    return m.isEmpty() ? QDate() : m.last().effective;
}

QString UnitMove::sources() const
{
    QStringList out;
    for (const CrosswalkRow& r : moved(steps))
        out << r.source;
    return out.join(QStringLiteral("; "));
}

bool UnitMove::unconfirmed() const
{
    const QList<CrosswalkRow> m = moved(steps);
    return std::any_of(m.cbegin(), m.cend(), [](const CrosswalkRow& r) { return r.unconfirmed(); });
}

std::optional<UnitMove> wholeUnitMove(const UnitHistory& history, const QString& code, const QDate& until)
{
    const DatedTree* end = history.treeOn(until);
    if (!end)
        return std::nullopt;
    UnitMove move;
    move.fromCode = code;
    QString current = code;
    const QList<DatedTree>& trees = history.trees();
    for (qsizetype i = 0; i < trees.size(); ++i) {
        if (const OrgUnit* u = trees[i].tree.find(current); u && move.fromName.isEmpty() && current == code)
            move.fromName = u->name;
        if (i + 1 >= trees.size() || trees[i + 1].from > until)
            break;
        QList<CrosswalkRow> rows;
        for (const CrosswalkRow& r : history.changeInto(trees[i + 1].from))
            if (r.oldCode == current)
                rows << r;
        if (rows.isEmpty())
            continue; // not in this tree (yet): the unit is followed from the tree that holds it
        if (rows.size() != 1 || rows.first().kind == ChangeKind::Split)
            return std::nullopt; // split: no whole unit to follow
        move.steps << rows.first();
        current = rows.first().newCode;
    }
    const OrgUnit* to = end->tree.find(current);
    if (!to || current == code)
        return std::nullopt;
    move.toCode = current;
    move.toName = to->name;
    return move;
}

std::optional<UnitMove> offeredMove(const UnitHistory& history, const QString& code, const QDate& day)
{
    const std::optional<UnitEnd> end = unitEnd(history, code, day);
    if (!end || end->levelEnded)
        return std::nullopt;
    std::optional<UnitMove> move = wholeUnitMove(history, code, day);
    if (!move)
        return std::nullopt;
    const OrgUnit* to = history.treeOn(day)->tree.find(move->toCode);
    if (to->level != end->level)
        return std::nullopt;
    return move;
}

} // namespace chitieu
