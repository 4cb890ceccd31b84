#include "UnitTargets.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Limits.h"
#include "core/format/Numbers.h"
#include "core/units/OrgUnit.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace chitieu {

namespace {
const QString columns =
    QStringLiteral("unit_code, measure, from_year, to_year, comparator, target, document, changed_at, changed_by");

UnitTarget fromRow(const QSqlQuery& q)
{
    UnitTarget t;
    t.unitCode = q.value(0).toString();
    t.measure = q.value(1).toString();
    t.fromYear = q.value(2).toInt();
    t.toYear = q.value(3).toInt();
    t.comparator = comparators.fromKey(q.value(4).toString());
    t.target = q.value(5).toString().toDouble();
    t.document = q.value(6).toString();
    t.changedAt = storedTimeFrom(q.value(7).toString());
    t.changedBy = q.value(8).toString();
    return t;
}
} // namespace

Decimal UnitTarget::exactTarget() const
{
    return Decimal::fromDouble(target).value_or(Decimal{});
}

MeasureStatus UnitTarget::statusOf(const MeasureResult& result) const
{
    // Met and not met are the only statuses a target decides; the coverage rule has already
    // made a thin figure incomplete, whichever target it is read against.
    if (result.status != MeasureStatus::Met && result.status != MeasureStatus::NotMet)
        return result.status;
    if (!result.exact)
        return result.status;
    return meetsTarget(comparator, exactTarget(), *result.exact) ? MeasureStatus::Met : MeasureStatus::NotMet;
}

namespace {
bool exactlyWritable(double v)
{
    return std::isfinite(v) && v >= 0 && Decimal::fromDouble(v).has_value();
}
} // namespace

double parseTarget(const QString& text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !exactlyWritable(v))
        throw Error(QCoreApplication::translate("Targets", "The target \"%1\" is not a number of 0 or more with at "
                                                           "most 6 decimals (such as 0.7 or 0,7).")
                        .arg(text));
    return v;
}

UnitTargetStore::UnitTargetStore(Database& db, const Catalogue& catalogue, const UnitTree& units)
    : m_db(db), m_catalogue(catalogue), m_units(units)
{}

void UnitTargetStore::validate(const UnitTarget& t) const
{
    if (!m_units.find(t.unitCode))
        throw Error(QCoreApplication::translate("Targets", "The unit %1 is not in the unit list.").arg(t.unitCode));
    if (!m_catalogue.measure(t.measure))
        throw Error(QCoreApplication::translate("Targets", "The plan has no measure %1: see \"chitieu-cli catalogue\" "
                                                           "for the codes.")
                        .arg(t.measure));
    m_catalogue.requireYear(t.fromYear, false);
    m_catalogue.requireYear(t.toYear, false);
    if (t.toYear < t.fromYear)
        throw Error(QCoreApplication::translate("Targets", "The target's period ends (%1) before it starts (%2).")
                        .arg(t.toYear)
                        .arg(t.fromYear));
    if (!exactlyWritable(t.target))
        throw Error(QCoreApplication::translate("Targets", "A target is a number of 0 or more with at most 6 "
                                                           "decimals."));
    if (t.document.trimmed().isEmpty())
        throw Error(QCoreApplication::translate("Targets", "Give the number and symbol of the document that sets the "
                                                           "target, such as 45/KH-UBND."));
    limits::checkText(t.document, limits::TextKind::Name,
                      QCoreApplication::translate("Targets", "The document of the target of %1").arg(t.measure));
}

void UnitTargetStore::write(const UnitTarget& t, const ChangeContext& context)
{
    const QString when = t.changedAt.isValid() ? t.changedAt.toString(Qt::ISODateWithMs)
                                               : Clock::instance().now().toString(Qt::ISODateWithMs);
    m_db.run(QStringLiteral("INSERT INTO unit_targets(%1, source) VALUES(?,?,?,?,?,?,?,?,?,?) ON CONFLICT(unit_code, "
                            "measure, from_year) DO UPDATE SET to_year=excluded.to_year, "
                            "comparator=excluded.comparator, target=excluded.target, document=excluded.document, "
                            "changed_at=excluded.changed_at, changed_by=excluded.changed_by, source=excluded.source")
                 .arg(columns),
             {t.unitCode, t.measure, t.fromYear, t.toYear, comparators.key(t.comparator), machineNumber(t.target),
              t.document.trimmed().normalized(QString::NormalizationForm_C), when,
              t.changedBy.isEmpty() ? context.user : t.changedBy, context.source});
}

void UnitTargetStore::set(const UnitTarget& t, const ChangeContext& context)
{
    validate(t);
    Database::Transaction tx(m_db);
    write(t, context);
    tx.commit();
}

void UnitTargetStore::remove(const QString& unitCode, const QString& measure, int fromYear)
{
    Database::Transaction tx(m_db);
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM unit_targets WHERE unit_code=? AND measure=? AND from_year=?"),
                    {unitCode, measure, fromYear})
            .toInt() == 0)
        throw Error(QCoreApplication::translate("Targets", "%1 has no target of its own for %2 from %3: nothing was "
                                                           "removed.")
                        .arg(m_units.displayName(unitCode), measure)
                        .arg(fromYear));
    m_db.run(QStringLiteral("DELETE FROM unit_targets WHERE unit_code=? AND measure=? AND from_year=?"),
             {unitCode, measure, fromYear});
    tx.commit();
}

void UnitTargetStore::replaceAll(const QString& unitCode, const QList<UnitTarget>& targets,
                                 const ChangeContext& context, Database::Transaction&)
{
    for (const UnitTarget& t : targets)
        validate(t);
    m_db.run(QStringLiteral("DELETE FROM unit_targets WHERE unit_code=?"), {unitCode});
    for (const UnitTarget& t : targets)
        write(t, context);
}

std::optional<UnitTarget> UnitTargetStore::forYear(const QString& unitCode, const QString& measure, int year)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM unit_targets WHERE unit_code=? AND measure=? AND "
                                           "from_year<=? AND to_year>=? ORDER BY from_year DESC LIMIT 1")
                                .arg(columns),
                            {unitCode, measure, year, year});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<UnitTarget> UnitTargetStore::list(const QString& unitCode)
{
    QList<UnitTarget> out;
    QSqlQuery q =
        unitCode.isEmpty()
            ? m_db.exec(QStringLiteral("SELECT %1 FROM unit_targets").arg(columns))
            : m_db.exec(QStringLiteral("SELECT %1 FROM unit_targets WHERE unit_code=?").arg(columns), {unitCode});
    while (q.next())
        out << fromRow(q);
    // The catalogue's order of measures, not the codes' alphabetical one (9a before 10).
    std::sort(out.begin(), out.end(), [this](const UnitTarget& a, const UnitTarget& b) {
        auto index = [this](const QString& code) {
            for (int i = 0; i < m_catalogue.measures.size(); ++i)
                if (m_catalogue.measures[i].code == code)
                    return i;
            return -1;
        };
        if (a.unitCode != b.unitCode)
            return a.unitCode < b.unitCode;
        if (a.measure != b.measure)
            return index(a.measure) < index(b.measure);
        return a.fromYear < b.fromYear;
    });
    return out;
}

} // namespace chitieu
