#pragma once
// The one style module of the screens and the documents' charts and tables: how a state
// looks. Words first, a symbol and a colour as second cues, so that colour is never the only
// signal. A measure status's symbol and colours come from core (core/format/StatusLook.h), as
// the XLSX writer uses them too. Header-only, Qt Gui and core: the document code may use it
// without the widgets.

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
inline QColor soonBorderColour()
{
    return QColor(0xd9, 0xa4, 0x00);
}
inline QColor neutralColour()
{
    return QColor(0xff, 0xff, 0xff);
}

// A figure refused or breaking a hard check, and one that asks for a comment (soft check).
inline QColor refusedBackground()
{
    return QColor(0xfd, 0xec, 0xea);
}
inline QColor refusedBorder()
{
    return QColor(0xb3, 0x26, 0x1e);
}
inline QColor refusedText()
{
    return QColor(0x8c, 0x1d, 0x18);
}
inline QColor warningBackground()
{
    return QColor(0xff, 0xf4, 0xe0);
}
inline QColor warningBorder()
{
    return QColor(0xb8, 0x6e, 0x00);
}
inline QColor warningText()
{
    return QColor(0x7a, 0x48, 0x00);
}
inline QColor doneText()
{
    return QColor(0x1e, 0x5e, 0x1e);
}
inline QColor readOnlyBackground()
{
    return QColor(0xef, 0xef, 0xef);
}

} // namespace chitieu::ui
