#include "UnitHistory.h"

#include "core/Csv.h"
#include "core/Error.h"
#include "core/Printable.h"

#include <QCoreApplication>
#include <QFile>

namespace chitieu {

namespace {
QString readCrosswalk(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(
            QCoreApplication::translate("Units", "Cannot read the crosswalk %1: %2").arg(path, f.errorString()));
    return QString::fromUtf8(f.readAll());
}

UnitHistory makeBuiltIn()
{
    UnitHistory h;
    for (const char* day : {"2021-01-01", "2021-07-01", "2025-01-01", "2025-07-01"}) {
        const QString name = QStringLiteral(":/chitieu/units/units-hue-%1.csv").arg(QLatin1String(day));
        UnitTree tree = UnitTree::loadCsv(name);
        UnitHistory::checkTree(tree, name);
        h.addTree(QDate::fromString(QLatin1String(day), Qt::ISODate), std::move(tree));
    }
    const QString crosswalk = QStringLiteral(":/chitieu/units/crosswalk-hue.csv");
    h.setCrosswalk(UnitHistory::loadCrosswalk(crosswalk), crosswalk);
    return h;
}
} // namespace

QList<CrosswalkRow> UnitHistory::crosswalkFromCsv(const QString& text, const QString& sourceName)
{
    const QList<csv::Row> rows = csv::parse(text, sourceName);
    auto fail = [&](int line, const QString& problem) {
        throw Error(
            QCoreApplication::translate("Units", "Crosswalk %1, line %2: %3").arg(sourceName).arg(line).arg(problem));
    };
    if (rows.isEmpty())
        throw Error(QCoreApplication::translate("Units", "Crosswalk %1 is empty").arg(sourceName));
    const QStringList header =
        QStringLiteral("effective_date,old_code,old_name,new_code,new_name,kind,share,source").split(QLatin1Char(','));
    if (rows.first().fields != header)
        fail(1, QCoreApplication::translate("Units", "the header must be %1").arg(header.join(QLatin1Char(','))));
    QList<CrosswalkRow> out;
    for (int i = 1; i < rows.size(); ++i) {
        const csv::Row& row = rows[i];
        if (row.fields.size() != header.size())
            fail(row.line, QCoreApplication::translate("Units", "expected %1 columns, found %2")
                               .arg(header.size())
                               .arg(row.fields.size()));
        CrosswalkRow r;
        r.line = row.line;
        r.effective = QDate::fromString(row.fields[0].trimmed(), Qt::ISODate);
        if (!r.effective.isValid())
            fail(row.line, QCoreApplication::translate("Units", "the date \"%1\" is not a date written YYYY-MM-DD")
                               .arg(printable(row.fields[0])));
        r.oldCode = row.fields[1].trimmed();
        r.oldName = row.fields[2].trimmed().normalized(QString::NormalizationForm_C);
        r.newCode = row.fields[3].trimmed();
        r.newName = row.fields[4].trimmed().normalized(QString::NormalizationForm_C);
        const std::optional<ChangeKind> kind = changeKinds.find(row.fields[5].trimmed());
        if (!kind)
            fail(row.line, changeKinds.problem(printable(row.fields[5])));
        r.kind = *kind;
        const QString share = row.fields[6].trimmed();
        if (!share.isEmpty()) {
            if (r.kind != ChangeKind::Split)
                fail(row.line, QCoreApplication::translate("Units", "only a split row has a share"));
            r.share = Decimal::parse(share);
            if (!r.share || r.share->digits <= 0 || shareMillionths(*r.share) > 1000000)
                fail(row.line, QCoreApplication::translate("Units", "the share \"%1\" must be a number above 0 and "
                                                                    "at most 1")
                                   .arg(printable(share)));
        }
        r.source = row.fields[7].trimmed();
        if (r.source.isEmpty())
            fail(row.line, QCoreApplication::translate("Units", "the source is empty: name the act that made the "
                                                                "change, or write UNCONFIRMED"));
        out << r;
    }
    return out;
}

QList<CrosswalkRow> UnitHistory::loadCrosswalk(const QString& path)
{
    return crosswalkFromCsv(readCrosswalk(path), path);
}

const UnitHistory& UnitHistory::builtIn()
{
    static const UnitHistory h = makeBuiltIn();
    return h;
}

void UnitHistory::checkTree(const UnitTree& tree, const QString& sourceName)
{
    int roots = 0;
    for (const OrgUnit& u : tree.units())
        roots += u.parentCode.isEmpty() ? 1 : 0;
    if (roots != 1)
        throw Error(QCoreApplication::translate("Units", "Unit list %1: a dated tree has exactly one unit without a "
                                                         "parent (the province or city); this list has %2.")
                        .arg(sourceName)
                        .arg(roots));
}

void UnitHistory::addTree(const QDate& from, UnitTree tree)
{
    if (!m_trees.isEmpty() && m_trees.last().from >= from)
        throw Error(QCoreApplication::translate("Units", "A tree in force from %1 cannot be added: the trees are "
                                                         "added in date order and one is in force from %2.")
                        .arg(from.toString(Qt::ISODate), m_trees.last().from.toString(Qt::ISODate)));
    m_trees << DatedTree{from, std::move(tree)};
}

void UnitHistory::setCrosswalk(const QList<CrosswalkRow>& rows, const QString& sourceName)
{
    checkCrosswalk(rows, sourceName);
    QSet<QDate> dates;
    for (const CrosswalkRow& r : rows)
        dates.insert(r.effective);
    m_crosswalk.erase(std::remove_if(m_crosswalk.begin(), m_crosswalk.end(),
                                     [&](const CrosswalkRow& r) { return dates.contains(r.effective); }),
                      m_crosswalk.end());
    m_crosswalk << rows;
}

const DatedTree* UnitHistory::treeOn(const QDate& date) const
{
    if (m_trees.isEmpty())
        return nullptr;
    const DatedTree* found = &m_trees.first();
    for (const DatedTree& t : m_trees)
        if (t.from <= date)
            found = &t;
    return found;
}

const DatedTree* UnitHistory::treeFrom(const QDate& from) const
{
    for (const DatedTree& t : m_trees)
        if (t.from == from)
            return &t;
    return nullptr;
}

const DatedTree* UnitHistory::treeBefore(const QDate& from) const
{
    const DatedTree* found = nullptr;
    for (const DatedTree& t : m_trees)
        if (t.from < from)
            found = &t;
    return found;
}

QList<CrosswalkRow> UnitHistory::changeInto(const QDate& from) const
{
    QList<CrosswalkRow> out;
    for (const CrosswalkRow& r : m_crosswalk)
        if (r.effective == from)
            out << r;
    return out;
}

bool UnitHistory::isUnconfirmed(const QDate& from, const QString& code) const
{
    const DatedTree* next = nullptr;
    for (const DatedTree& t : m_trees)
        if (t.from > from && !next)
            next = &t;
    for (const CrosswalkRow& r : m_crosswalk) {
        if (r.unconfirmed() &&
            ((r.effective == from && r.newCode == code) || (next && r.effective == next->from && r.oldCode == code)))
            return true;
    }
    return false;
}

} // namespace chitieu
