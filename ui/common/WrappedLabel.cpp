#include "WrappedLabel.h"

#include <QEvent>

namespace chitieu::ui {

WrappedLabel::WrappedLabel(const QString& text, QWidget* parent) : QLabel(text, parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
}

int WrappedLabel::heightForWidth(int width) const
{
    if (text() != m_text) {
        m_text = text();
        m_known.fill(Known{});
    }
    for (const Known& k : m_known)
        if (k.width == width)
            return k.height;
    const int height = QLabel::heightForWidth(width);
    m_known[m_next] = Known{width, height};
    m_next = (m_next + 1) % m_known.size();
    return height;
}

void WrappedLabel::changeEvent(QEvent* event)
{
    // A new font or style sheet changes the text's lines.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_known.fill(Known{});
    QLabel::changeEvent(event);
}

} // namespace chitieu::ui
