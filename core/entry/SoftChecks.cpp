#include "SoftChecks.h"

#include "core/catalogue/Catalogue.h"
#include "core/format/MeasureText.h"
#include "core/format/Numbers.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace chitieu {

SoftChecks::SoftChecks(const Catalogue& catalogue, SoftCheckSettings settings)
    : m_catalogue(catalogue), m_settings(settings)
{}

QList<SoftWarning> SoftChecks::changes(const ElementValues& values, const ElementValues& lastYear) const
{
    QList<SoftWarning> out;
    // Catalogue order, so the list reads like the form.
    for (const DataElement& e : m_catalogue.elements) {
        const auto now = values.constFind(e.code);
        const auto before = lastYear.constFind(e.code);
        if (now == values.cend() || before == lastYear.cend())
            continue;
        if (std::optional<SoftWarning> w = changeOf(e, *now, *before))
            out << *w;
    }
    return out;
}

std::optional<SoftWarning> SoftChecks::changeOf(const DataElement& e, std::optional<qint64> now,
                                                std::optional<qint64> before) const
{
    if (!now || !before || *before == 0)
        return std::nullopt;
    if (e.max == 1) // a yes/no answer (1a, 1b, 17): 1 -> 0 is an answer, not a slip
        return std::nullopt;
    const double moved = std::abs(static_cast<double>(*now - *before)) / static_cast<double>(*before) * 100.0;
    if (moved <= m_settings.changePercent)
        return std::nullopt;
    SoftWarning w;
    w.kind = SoftWarning::Kind::ChangeFromLastYear;
    w.elements = {e.code};
    // Whole sentences per direction: word order differs between languages.
    w.message =
        (*now > *before ? QCoreApplication::translate("SoftChecks", "“%1” went up by %2% from last year (%3 → %4).")
                        : QCoreApplication::translate("SoftChecks", "“%1” went down by %2% from last year (%3 → %4)."))
            .arg(e.name.text(), formatRate(moved, 1), formatCount(*before), formatCount(*now));
    return w;
}

QList<SoftWarning> SoftChecks::farFromTarget(const QList<MeasureResult>& results) const
{
    QList<SoftWarning> out;
    for (const MeasureResult& r : results)
        if (std::optional<SoftWarning> w = farFromTargetOf(r))
            out << *w;
    return out;
}

std::optional<SoftWarning> SoftChecks::farFromTargetOf(const MeasureResult& r) const
{
    const Measure* m = m_catalogue.measure(r.code);
    if (!m || !r.value || !r.exact || r.status != MeasureStatus::NotMet)
        return std::nullopt;
    // Counted in communes (1a, 1b, 17): a commune's figure is its yes/no answer, 0 or 100 %;
    // "no" is an ordinary answer, not an unusual figure to explain.
    if (m->denominator.kind == Term::Kind::Communes)
        return std::nullopt;
    const double gap = std::abs(*r.value - m->target);
    const bool far = m->target == 0.0 || gap / std::abs(m->target) * 100.0 > m_settings.targetGapPercent;
    if (!far)
        return std::nullopt;
    SoftWarning w;
    w.kind = SoftWarning::Kind::FarFromTarget;
    w.measure = m->code;
    w.elements = m->elementCodes();
    w.message =
        QCoreApplication::translate("SoftChecks", "Measure %1 is %2, far from its target %3: check the counts it uses.")
            .arg(m->code, formatValueWithUnit(*r.exact, *m), formatTarget(*m));
    return w;
}

bool SoftChecks::isAnswered(const SoftWarning& w, const QHash<QString, QString>& comments)
{
    return std::any_of(w.elements.cbegin(), w.elements.cend(),
                       [&](const QString& e) { return !comments.value(e).trimmed().isEmpty(); });
}

QList<SoftWarning> SoftChecks::check(const ElementValues& values, const ElementValues& lastYear,
                                     const QList<MeasureResult>& results, const QHash<QString, QString>& comments) const
{
    QList<SoftWarning> out = changes(values, lastYear) + farFromTarget(results);
    for (SoftWarning& w : out)
        w.answered = isAnswered(w, comments);
    return out;
}

} // namespace chitieu
