#pragma once
// The one style module of the screens and their charts: how a state looks. Words first, a
// symbol and a colour as second cues, so that colour is never the only signal. A measure
// status's symbol and colours come from core (core/format/StatusLook.h), which the documents
// (PDF tables and charts, XLSX) read too. Header-only, over Qt Gui and core.

#include "core/format/StatusLook.h"

#include <QColor>
#include <QString>

namespace chitieu::ui {

inline QColor statusBackground(MeasureStatus s) // light: cells and labels
{
    return QColor::fromRgb(statusLook(s).background);
}

inline QColor statusColour(MeasureStatus s) // strong: chart bars and lines
{
    return QColor::fromRgb(statusLook(s).strong);
}

inline QColor valueColour() // a measure's values in a chart
{
    return QColor::fromRgb(chartValueColour);
}

inline QColor targetColour() // a chart's target line
{
    return QColor::fromRgb(chartTargetColour);
}

// "✔ Đạt", "✘ Chưa đạt", "– Không có số liệu"
inline QString statusLabel(MeasureStatus s)
{
    return QString::fromUtf8(statusLook(s).symbol) + QLatin1Char(' ') + measureStatuses.text(s);
}

// Deadlines and the units' files on Home: done reads as met, overdue as not met.
inline QColor doneColour()
{
    return statusBackground(MeasureStatus::Met);
}
inline QColor overdueColour()
{
    return statusBackground(MeasureStatus::NotMet);
}
inline QColor soonColour()
{
    return QColor(0xff, 0xef, 0xc2);
}
inline QColor neutralColour()
{
    return Qt::white;
}

// A box and its message: a refused figure or a broken hard check, a doubt that asks for a
// comment (soft check), something coming (Home's reminder), a success.
struct Tone
{
    QColor border;
    QColor background;
    QColor text;
};
inline Tone refusedTone()
{
    return {QColor(0xb3, 0x26, 0x1e), QColor(0xfd, 0xec, 0xea), QColor(0x8c, 0x1d, 0x18)};
}
inline Tone warningTone()
{
    return {QColor(0xb8, 0x6e, 0x00), QColor(0xff, 0xf4, 0xe0), QColor(0x7a, 0x48, 0x00)};
}
inline Tone soonTone()
{
    return {QColor(0xd9, 0xa4, 0x00), soonColour(), Qt::black};
}
inline Tone doneTone()
{
    return {statusColour(MeasureStatus::Met), doneColour(), QColor(0x1e, 0x5e, 0x1e)};
}
inline QColor readOnlyBackground()
{
    return QColor(0xef, 0xef, 0xef);
}

} // namespace chitieu::ui
