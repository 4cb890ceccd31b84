#pragma once
// The colours of the report charts, on screen (ui, Qt Charts) and in the document (render):
// green met, red not met (and the target line), grey no data, blue a measure's values.

#include "core/compute/MeasureCalculator.h"

#include <QColor>

namespace chitieu::render::chartcolour {

inline QColor status(MeasureStatus s)
{
    switch (s) {
    case MeasureStatus::Met:
        return QColor(0x2e, 0x8b, 0x57);
    case MeasureStatus::NotMet:
        return QColor(0xc0, 0x39, 0x2b);
    case MeasureStatus::NoData:
        break;
    }
    return QColor(0xa0, 0xa0, 0xa0);
}

inline QColor target()
{
    return status(MeasureStatus::NotMet);
}

inline QColor value()
{
    return QColor(0x1f, 0x5f, 0xa8);
}

} // namespace chitieu::render::chartcolour
