#pragma once
// How a measure's status looks besides its words (which always come first): a symbol, a
// light colour for table cells and labels, a strong one for chart bars, as 0xRRGGBB. Screens
// and documents take them through ui/common/StatusStyle.h; the XLSX writer, which links no
// Qt Gui, takes the numbers.

#include "core/compute/MeasureCalculator.h"

namespace chitieu {

struct StatusLook
{
    MeasureStatus status;
    const char* symbol;
    quint32 background;
    quint32 strong;
};

inline constexpr StatusLook statusLookTable[] = {
    {MeasureStatus::Met, "✔", 0xD7F0D7, 0x2E8B57},
    {MeasureStatus::NotMet, "✘", 0xF8D7D3, 0xC0392B},
    {MeasureStatus::NoData, "–", 0xECECEC, 0xA0A0A0},
};

constexpr const StatusLook& statusLook(MeasureStatus s)
{
    for (const StatusLook& look : statusLookTable)
        if (look.status == s)
            return look;
    return statusLookTable[2]; // unreachable: the table holds every status
}

} // namespace chitieu
