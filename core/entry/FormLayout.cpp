#include "FormLayout.h"

#include "core/catalogue/Catalogue.h"

namespace chitieu {

FormLayout FormLayout::fromCatalogue(const Catalogue& catalogue)
{
    FormLayout layout;
    QStringList placed;
    for (const Group& g : catalogue.groups) {
        FormGroup fg;
        fg.group = &g;
        for (int number : g.indicators) {
            FormIndicator fi;
            fi.indicator = catalogue.indicator(number);
            fi.measures = catalogue.measuresOf(number);
            QStringList reads;
            for (const Measure* m : fi.measures)
                reads << m->elementCodes();
            for (const DataElement& e : catalogue.elements) {
                if (!reads.contains(e.code))
                    continue;
                if (placed.contains(e.code)) {
                    fi.sharedElements << e.code;
                } else {
                    fi.elements << e.code;
                    placed << e.code;
                }
            }
            fg.indicators << fi;
        }
        layout.groups << fg;
    }
    for (const DataElement& e : catalogue.elements)
        if (!placed.contains(e.code))
            layout.otherElements << e.code;
    return layout;
}

QStringList FormLayout::fieldOrder() const
{
    QStringList out;
    for (const FormGroup& g : groups)
        for (const FormIndicator& i : g.indicators)
            out << i.elements;
    return out + otherElements;
}

} // namespace chitieu
