#pragma once
// Soft checks: figures that are possible but unusual, so the form asks for a comment that
// explains them. They never block "Mark complete". Two kinds:
// - a count that moved by more than a set share (50 % by default) from last year's count;
// - a measure whose value misses its target by more than a set share of the target.
// A warning is answered once one of the counts it names carries a comment. Yes/no answers
// (the flags of 1a, 1b and 17, and those measures of a commune) are never unusual: 0 is "no".

#include "core/KnownKey.h"
#include "core/compute/MeasureCalculator.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace chitieu {

class Catalogue;
struct DataElement;

struct SoftCheckSettings
{
    int changePercent = 50;    // a count that moved by more than this from last year
    int targetGapPercent = 50; // a rate further than this from its target, as a share of the target
};

struct SoftWarning
{
    enum class Kind { ChangeFromLastYear, FarFromTarget };
    Kind kind = Kind::ChangeFromLastYear;
    QString measure;      // FarFromTarget: the measure code
    QStringList elements; // the counts concerned; a comment on any of them answers the warning
    QString message;      // what is unusual, with the figures; the form adds how to answer
    bool answered = false;
};

class SoftChecks
{
public:
    SoftChecks(const Catalogue& catalogue, SoftCheckSettings settings);

    // Counts that moved too much. A count with no value last year, or 0 last year (no base to
    // compare with), is not judged.
    QList<SoftWarning> changes(const ElementValues& values, const ElementValues& lastYear) const;
    // Measures far off their target: only a value that misses the target is judged. A target
    // of 0 has no scale, so any miss is far.
    QList<SoftWarning> farFromTarget(const QList<MeasureResult>& results) const;
    // The same two checks for one count and for one measure's result (the form re-checks only
    // what a typed count feeds).
    std::optional<SoftWarning> changeOf(const DataElement& element, std::optional<qint64> now,
                                        std::optional<qint64> lastYear) const;
    std::optional<SoftWarning> farFromTargetOf(const MeasureResult& result) const;
    // Whether a comment on one of the warning's counts answers it.
    static bool isAnswered(const SoftWarning& warning, const QHash<QString, QString>& comments);
    // Both kinds, with `answered` set from the comments (element -> comment).
    QList<SoftWarning> check(const ElementValues& values, const ElementValues& lastYear,
                             const QList<MeasureResult>& results, const QHash<QString, QString>& comments) const;

private:
    const Catalogue& m_catalogue;
    SoftCheckSettings m_settings;
};

} // namespace chitieu
