#include "StatusStyle.h"

namespace chitieu::ui {

QColor statusBackground(MeasureStatus s)
{
    switch (s) {
    case MeasureStatus::Met:
        return QColor(0xd7, 0xf0, 0xd7);
    case MeasureStatus::NotMet:
        return QColor(0xf8, 0xd7, 0xd3);
    case MeasureStatus::NoData:
        break;
    }
    return QColor(0xec, 0xec, 0xec);
}

QString statusLabel(MeasureStatus s)
{
    switch (s) {
    case MeasureStatus::Met:
        return QStringLiteral("✔ ") + statusText(s);
    case MeasureStatus::NotMet:
        return QStringLiteral("✘ ") + statusText(s);
    case MeasureStatus::NoData:
        break;
    }
    return QStringLiteral("– ") + statusText(s);
}

} // namespace chitieu::ui
