#pragma once
// Hard checks of one unit's counts for one year: rules that can never be broken by true
// figures (core/catalogue/OrderRules: derived from the catalogue), each broken one said in a
// sentence that names both counts. A broken rule blocks "Mark complete".

#include "core/KnownKey.h"
#include "core/catalogue/OrderRules.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace chitieu {

class Catalogue;

struct HardViolation
{
    HardRule rule;
    qint64 smallerValue = 0;
    qint64 largerValue = 0;
    QString message; // a sentence naming both counts and their values
};

class HardChecks
{
public:
    explicit HardChecks(const Catalogue& catalogue);

    const QList<HardRule>& rules() const { return m_rules; }
    // The rules broken by these counts. A rule with a count not entered yet is not judged.
    QList<HardViolation> check(const ElementValues& values) const;

private:
    const Catalogue& m_catalogue;
    QList<HardRule> m_rules;
};

} // namespace chitieu
