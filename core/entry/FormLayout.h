#pragma once
// The shape of the yearly form, from the catalogue: the plan's groups, their indicators, and
// for each indicator the counts its measures read. A count used by several indicators (such
// as children_total) is entered once, under the first indicator that uses it; later ones
// list it as "shared".

#include <QList>
#include <QString>
#include <QStringList>

namespace chitieu {

class Catalogue;
struct Group;
struct Indicator;
struct Measure;

struct FormIndicator
{
    const Indicator* indicator = nullptr;
    QStringList elements;       // entered here, in catalogue order
    QStringList sharedElements; // read here, entered under an earlier indicator
    QList<const Measure*> measures;
};

struct FormGroup
{
    const Group* group = nullptr;
    QList<FormIndicator> indicators;
};

struct FormLayout
{
    QList<FormGroup> groups;
    QStringList otherElements; // counts no measure reads (none in Plan 208), shown at the end

    static FormLayout fromCatalogue(const Catalogue& catalogue);
    // Every field in form order: the order of Tab, Enter and of a pasted column.
    QStringList fieldOrder() const;
};

} // namespace chitieu
