#pragma once
// How a measure's status looks: words first, colour and a symbol as a second cue, so that
// colour is never the only signal.

#include "core/compute/MeasureCalculator.h"

#include <QColor>
#include <QString>

namespace chitieu::ui {

QColor statusBackground(MeasureStatus s);
QString statusLabel(MeasureStatus s); // "✔ Đạt", "✘ Chưa đạt", "– Không có số liệu"

} // namespace chitieu::ui
