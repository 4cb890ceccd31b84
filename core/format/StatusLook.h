#pragma once
// How a measure's status looks besides its words (which always come first): a symbol, a
// light colour for table cells and labels, a strong one for chart bars, as 0xRRGGBB; and the
// colours of a chart's value and target lines. Screens take them through
// ui/common/StatusStyle.h; the documents (render/: PDF tables and charts) and the XLSX writer,
// which may not include ui/, take the numbers.

#include "core/compute/MeasureResult.h"

namespace chitieu {

struct StatusLook
{
    MeasureStatus status;
    const char* symbol;
    quint32 background;
    quint32 strong;
};

inline constexpr StatusLook statusLookTable[] = {
    {MeasureStatus::Met, "✔", 0xD7F0D7, 0x2E8B57},           {MeasureStatus::NotMet, "✘", 0xF8D7D3, 0xC0392B},
    {MeasureStatus::NoData, "–", 0xECECEC, 0xA0A0A0},        {MeasureStatus::Incomplete, "◐", 0xFFF1C2, 0xD9A400},
    {MeasureStatus::NotApplicable, "∅", 0xF7F7F7, 0xC8C8C8},
};

constexpr const StatusLook& statusLook(MeasureStatus s)
{
    for (const StatusLook& look : statusLookTable)
        if (look.status == s)
            return look;
    return statusLookTable[2]; // unreachable: the table holds every status
}

// A chart's other lines: a measure's values in blue, its target dashed in not met's colour.
inline constexpr quint32 chartValueColour = 0x1F5FA8;
inline constexpr quint32 chartTargetColour = statusLook(MeasureStatus::NotMet).strong;

} // namespace chitieu
