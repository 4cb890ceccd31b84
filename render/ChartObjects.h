#pragma once
// The charts of a report's document drawn straight onto the page, as lines and text: in a
// PDF they stay sharp at any zoom, their words can be searched, and no picture of several
// megabytes is made and compressed for each. The HTML places a chart as an <img> of its size;
// install() puts the chart's drawing in that place.

#include <QHash>
#include <QSize>
#include <QString>
#include <functional>

class QPainter;
class QTextDocument;

namespace chitieu::render {

struct DocumentChart
{
    QSize size; // the size it is laid out for, in CSS pixels; drawn scaled to its place
    std::function<void(QPainter&, const QSizeF&)> draw;
};

namespace chartobjects {
// Replaces each image of `document` named in `charts` by that chart's drawing; an image named
// "chart:..." that `charts` does not hold is an error (a chart the HTML lost).
void install(QTextDocument& document, const QHash<QString, DocumentChart>& charts);
} // namespace chartobjects

} // namespace chitieu::render
