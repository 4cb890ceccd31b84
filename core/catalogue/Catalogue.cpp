#include "Catalogue.h"

#include "core/Error.h"
#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <algorithm>

namespace chitieu {

QString LocalText::text() const
{
    return i18n::textLanguage() == QLatin1String("en") ? en : vi;
}

bool Measure::meets(const Quotient& value) const
{
    return meetsTarget(comparator, exactTarget, value);
}

bool meetsTarget(Comparator comparator, const Decimal& target, const Quotient& value)
{
    const int c = value.compare(target);
    switch (comparator) {
    case Comparator::Less:
        return c < 0;
    case Comparator::LessOrEqual:
        return c <= 0;
    case Comparator::Greater:
        return c > 0;
    case Comparator::GreaterOrEqual:
        return c >= 0;
    }
    return false;
}

QStringList Measure::elementCodes() const
{
    QStringList out = numerator.elements;
    for (const QString& e : denominator.elements)
        if (!out.contains(e))
            out << e;
    return out;
}

const Catalogue& Catalogue::builtIn()
{
    static const Catalogue catalogue = loadFile(QStringLiteral(":/chitieu/catalogue/plan-208.json"));
    return catalogue;
}

namespace {
// The entry of `list` whose `field` is `key`, or nullptr.
template <typename T, typename Key> const T* find(const QList<T>& list, Key T::*field, const Key& key)
{
    for (const T& entry : list)
        if (entry.*field == key)
            return &entry;
    return nullptr;
}
} // namespace

const DataElement* Catalogue::element(const QString& code) const
{
    return find(elements, &DataElement::code, code);
}

const Measure* Catalogue::measure(const QString& code) const
{
    return find(measures, &Measure::code, code);
}

const Deliverable* Catalogue::deliverable(const QString& deliverableId) const
{
    return find(deliverables, &Deliverable::id, deliverableId);
}

const NarrativeSection* Catalogue::narrativeSection(const QString& key) const
{
    return find(narrativeSections, &NarrativeSection::key, key);
}

const Deliverable& Catalogue::requireDeliverable(const QString& deliverableId) const
{
    if (const Deliverable* d = deliverable(deliverableId))
        return *d;
    QStringList ids;
    for (const Deliverable& d : deliverables)
        ids << d.id;
    throw Error(QCoreApplication::translate("Catalogue", "The plan has no deliverable %1. Its deliverables are: %2.")
                    .arg(deliverableId, ids.join(QStringLiteral(", "))));
}

QList<const Agency*> Catalogue::reportingDepartments() const
{
    QList<const Agency*> out;
    for (const Agency& a : agencies)
        if (a.isDepartment() && a.code != consolidatingAgency)
            out << &a;
    return out;
}

QString PlanTask::label() const
{
    return level == 1 ? number + QLatin1Char('.') : number + QLatin1Char(')');
}

QStringList Deliverable::narrativeParts() const
{
    QStringList out;
    for (const QString& p : parts)
        if (p != figuresPart && p != targetsPart)
            out << p;
    return out;
}

const Indicator* Catalogue::indicator(int number) const
{
    return find(indicators, &Indicator::number, number);
}

const Agency* Catalogue::agency(const QString& code) const
{
    return find(agencies, &Agency::code, code);
}

QString Catalogue::consolidatingAgencyOn(const QDate& day) const
{
    QString code = consolidatingAgency;
    for (const AgencyFrom& a : consolidatingFrom)
        if (day.isValid() && a.from <= day)
            code = a.agency;
    return code;
}

ReceiverFrom Catalogue::receivingBodyOn(const QDate& day) const
{
    ReceiverFrom out{QDate(), receivingBody, receivingBodyShort};
    for (const ReceiverFrom& r : receivingBodyFrom)
        if (day.isValid() && r.from <= day)
            out = r;
    return out;
}

QDate Catalogue::dataDate(int year) const
{
    if (dataDateMonth == 0)
        throw Error(QCoreApplication::translate("Catalogue", "The catalogue %1 gives no data date (data_date), so the "
                                                             "unit tree of a year cannot be chosen.")
                        .arg(id));
    return QDate(year, dataDateMonth, dataDateDay);
}

bool Catalogue::hasYear(int year, bool withBaseline) const
{
    return year >= (withBaseline ? baselineYear : firstYear) && year <= lastYear;
}

void Catalogue::requireYear(int year, bool withBaseline) const
{
    if (!hasYear(year, withBaseline))
        throw Error(QCoreApplication::translate("Catalogue", "The year %1 is outside the plan's years %2-%3.")
                        .arg(year)
                        .arg(withBaseline ? baselineYear : firstYear)
                        .arg(lastYear));
}

QList<const Measure*> Catalogue::measuresOf(int indicatorNumber) const
{
    QList<const Measure*> out;
    for (const Measure& m : measures)
        if (m.indicator == indicatorNumber)
            out << &m;
    return out;
}

std::optional<Indicator> Catalogue::indicatorOn(int number, const QDate& day) const
{
    const Indicator* ind = indicator(number);
    if (!ind)
        return std::nullopt;
    Indicator out = *ind;
    for (const AssignmentFrom& a : ind->assignedFrom)
        if (day.isValid() && a.from <= day) {
            out.lead = a.lead;
            out.coordinators = a.coordinators;
        }
    return out;
}

QList<int> Catalogue::indicatorsOfAgency(const QString& agencyCode, const QDate& day) const
{
    if (!day.isValid())
        return indicatorsOfAgency(agencyCode);
    QList<int> out;
    for (const Indicator& i : indicators) {
        const Indicator on = *indicatorOn(i.number, day);
        if (on.lead == agencyCode || on.coordinators.contains(agencyCode))
            out << i.number;
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<int> Catalogue::indicatorsOfAgency(const QString& agencyCode) const
{
    QList<int> out;
    if (const Agency* a = agency(agencyCode)) {
        out = a->leads;
        for (int i : a->coordinates)
            if (!out.contains(i))
                out << i;
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace chitieu
