#include "FormFigures.h"

#include "core/catalogue/Catalogue.h"

namespace chitieu {

FormFigures::FormFigures(const Catalogue& catalogue) : m_catalogue(catalogue)
{
    for (int i = 0; i < catalogue.elements.size(); ++i)
        m_elementIndex.insert(catalogue.elements[i].code, i);
    for (int i = 0; i < catalogue.measures.size(); ++i) {
        m_measureIndex.insert(catalogue.measures[i].code, i);
        for (const QString& e : catalogue.measures[i].elementCodes())
            m_readers[e] << i;
    }
    m_results.resize(catalogue.measures.size());
    m_far.resize(catalogue.measures.size());
    m_changes.resize(catalogue.elements.size());
    m_staleMeasure.fill(true, catalogue.measures.size());
    m_staleElement.fill(true, catalogue.elements.size());
    m_now.units << UnitCounts{};
    m_before.units << UnitCounts{};
}

void FormFigures::reset(const FormFiguresBasis& basis, const ElementValues& values)
{
    m_basis = basis;
    // A commune's own counts: one commune, urban or rural (3c and 3d), its own data.
    m_now.year = basis.year;
    m_now.units.first() = UnitCounts{basis.unitCode, true, basis.urban, true, values, {}};
    m_before.year = basis.year - 1;
    m_before.units.first() = UnitCounts{basis.unitCode, true, basis.urban, true, basis.lastYear, {}};
    m_staleMeasure.fill(true);
    m_staleElement.fill(true);
    m_anyStale = true;
}

void FormFigures::set(const QString& element, std::optional<qint64> value)
{
    ElementValues& now = m_now.units.first().values;
    const auto it = now.constFind(element);
    const std::optional<qint64> was = it == now.cend() ? std::nullopt : std::optional<qint64>(*it);
    if (was == value)
        return;
    if (value)
        now.insert(element, *value);
    else
        now.remove(element);
    if (const auto e = m_elementIndex.constFind(element); e != m_elementIndex.cend())
        m_staleElement[*e] = true;
    for (int m : m_readers.value(element))
        m_staleMeasure[m] = true;
    m_anyStale = true;
}

void FormFigures::refresh() const
{
    if (!m_anyStale)
        return;
    const SoftChecks soft(m_catalogue, m_basis.settings);
    for (int i = 0; i < m_staleMeasure.size(); ++i) {
        if (!m_staleMeasure[i])
            continue;
        m_results[i] =
            MeasureCalculator::evaluate(m_catalogue.measures[i], m_now, m_basis.hasYearBefore ? &m_before : nullptr);
        m_far[i] = soft.farFromTargetOf(m_results[i]);
        m_staleMeasure[i] = false;
    }
    const ElementValues& now = values();
    for (int i = 0; i < m_staleElement.size(); ++i) {
        if (!m_staleElement[i])
            continue;
        const DataElement& e = m_catalogue.elements[i];
        const auto v = now.constFind(e.code);
        const auto before = m_basis.lastYear.constFind(e.code);
        m_changes[i] = soft.changeOf(e, v == now.cend() ? std::nullopt : std::optional<qint64>(*v),
                                     before == m_basis.lastYear.cend() ? std::nullopt : std::optional<qint64>(*before));
        m_staleElement[i] = false;
    }
    m_anyStale = false;
}

QList<MeasureResult> FormFigures::results() const
{
    refresh();
    return m_results;
}

std::optional<MeasureResult> FormFigures::result(const QString& measureCode) const
{
    const auto i = m_measureIndex.constFind(measureCode);
    if (i == m_measureIndex.cend())
        return std::nullopt;
    refresh();
    return m_results[*i];
}

QList<SoftWarning> FormFigures::softWarnings() const
{
    refresh();
    QList<SoftWarning> out;
    for (const auto* kept : {&m_changes, &m_far})
        for (const std::optional<SoftWarning>& w : *kept)
            if (w) {
                out << *w;
                out.last().answered = SoftChecks::isAnswered(*w, m_basis.comments);
            }
    return out;
}

} // namespace chitieu
