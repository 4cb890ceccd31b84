#include "OrgUnit.h"
#include "core/Csv.h"
#include "core/Error.h"
#include "core/Limits.h"

#include <QCoreApplication>
#include <QFile>

namespace chitieu {

bool OrgUnit::isUrbanType(const QString& type)
{
    return type == QStringLiteral("Phường") || type == QStringLiteral("Thị trấn");
}

UnitTree UnitTree::fromUnits(QList<OrgUnit> units)
{
    UnitTree t;
    t.m_units = std::move(units);
    t.m_index.reserve(t.m_units.size());
    for (int i = 0; i < t.m_units.size(); ++i)
        t.m_index.insert(t.m_units[i].code, i);
    // Siblings mostly follow one another: one look-up per run of the same parent.
    QList<int>* siblings = nullptr;
    const QString* parent = nullptr;
    for (int i = 0; i < t.m_units.size(); ++i) {
        const QString& p = t.m_units[i].parentCode;
        if (p.isEmpty())
            continue;
        if (!parent || *parent != p) {
            siblings = &t.m_children[p];
            parent = &p;
        }
        *siblings << i;
    }
    return t;
}

UnitTree UnitTree::fromCsv(const QString& text, const QString& sourceName)
{
    const QList<csv::Row> rows = csv::parse(text, sourceName);
    auto fail = [&](int line, const QString& problem) {
        throw Error(
            QCoreApplication::translate("Units", "Unit list %1, line %2: %3").arg(sourceName).arg(line).arg(problem));
    };
    if (rows.isEmpty())
        throw Error(QCoreApplication::translate("Units", "Unit list %1 is empty").arg(sourceName));
    const QStringList expected{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("type"),
                               QStringLiteral("level"), QStringLiteral("parent_code")};
    if (rows.first().fields != expected)
        fail(1, QCoreApplication::translate("Units", "the header must be code,name,type,level,parent_code"));
    QList<OrgUnit> units;
    QHash<QString, int> seen;
    for (int i = 1; i < rows.size(); ++i) {
        const csv::Row& row = rows[i];
        if (row.fields.size() != 5)
            fail(row.line, QCoreApplication::translate("Units", "expected 5 columns, found %1").arg(row.fields.size()));
        OrgUnit u;
        u.code = row.fields[0].trimmed();
        u.name = row.fields[1].trimmed().normalized(QString::NormalizationForm_C);
        u.type = row.fields[2].trimmed().normalized(QString::NormalizationForm_C);
        bool ok = false;
        const int level = row.fields[3].trimmed().toInt(&ok);
        u.parentCode = row.fields[4].trimmed();
        if (u.code.isEmpty())
            fail(row.line, QCoreApplication::translate("Units", "the code is empty"));
        // Codes and names travel in the exchange files: the program's limits apply.
        for (const auto& [field, what] : {std::pair{u.code, QCoreApplication::translate("Units", "the code")},
                                          std::pair{u.name, QCoreApplication::translate("Units", "the name")},
                                          std::pair{u.type, QCoreApplication::translate("Units", "the type")}})
            if (const QString problem = limits::textProblem(field, limits::TextKind::Name); !problem.isEmpty())
                fail(row.line, QStringLiteral("%1: %2").arg(what, problem));
        if (!ok || level < 1 || level > 3)
            fail(row.line, QCoreApplication::translate("Units", "the level must be 1, 2 or 3"));
        u.level = static_cast<UnitLevel>(level);
        if (seen.contains(u.code))
            fail(row.line, QCoreApplication::translate("Units", "the code %1 appears twice").arg(u.code));
        if ((u.level == UnitLevel::Province) != u.parentCode.isEmpty())
            fail(row.line, QCoreApplication::translate("Units", "only a province has no parent"));
        u.urban = OrgUnit::isUrbanType(u.type);
        seen.insert(u.code, row.line);
        units << u;
    }
    QHash<QString, UnitLevel> levels;
    bool hasDistricts = false;
    for (const OrgUnit& u : units) {
        levels.insert(u.code, u.level);
        hasDistricts = hasDistricts || u.level == UnitLevel::District;
    }
    // A tree without a district level (Huế from 01/07/2025) hangs its communes under the province.
    const int communeParentLevel = hasDistricts ? 2 : 1;
    for (const OrgUnit& u : units) {
        if (u.parentCode.isEmpty())
            continue;
        const auto parent = levels.constFind(u.parentCode);
        if (parent == levels.cend())
            fail(seen.value(u.code),
                 QCoreApplication::translate("Units", "the parent %1 is not in the list").arg(u.parentCode));
        const int wanted = u.level == UnitLevel::Commune ? communeParentLevel : static_cast<int>(u.level) - 1;
        if (static_cast<int>(*parent) != wanted)
            fail(seen.value(u.code),
                 QCoreApplication::translate("Units", "the parent %1 is not one level up").arg(u.parentCode));
    }
    return fromUnits(units);
}

UnitTree UnitTree::loadCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(
            QCoreApplication::translate("Units", "Cannot read the unit list %1: %2").arg(path, f.errorString()));
    return fromCsv(QString::fromUtf8(f.readAll()), path);
}

UnitTree UnitTree::builtIn()
{
    return loadCsv(QStringLiteral(":/chitieu/units/admin-units-thua-thien-hue-2021.csv"));
}

const OrgUnit* UnitTree::find(const QString& code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.cend() ? nullptr : &m_units[*it];
}

QList<const OrgUnit*> UnitTree::children(const QString& code) const
{
    QList<const OrgUnit*> out;
    for (int i : m_children.value(code))
        out << &m_units[i];
    return out;
}

QList<const OrgUnit*> UnitTree::roots() const
{
    QList<const OrgUnit*> out;
    for (const OrgUnit& u : m_units)
        if (u.parentCode.isEmpty() || !m_index.contains(u.parentCode))
            out << &u;
    return out;
}

QList<const OrgUnit*> UnitTree::communesUnder(const QString& code) const
{
    QList<const OrgUnit*> out;
    const OrgUnit* u = find(code);
    if (!u)
        return out;
    if (u->level == UnitLevel::Commune)
        return {u};
    for (const OrgUnit* c : children(code))
        out << communesUnder(c->code);
    return out;
}

bool UnitTree::isWithin(const QString& code, const QString& ancestor) const
{
    for (const OrgUnit* u = find(code); u; u = find(u->parentCode))
        if (u->code == ancestor)
            return true;
    return false;
}

QString UnitTree::displayName(const QString& code) const
{
    const OrgUnit* u = find(code);
    return u ? QStringLiteral("%1 (%2)").arg(u->name, u->code) : code;
}

} // namespace chitieu
