#pragma once
// A word-wrapped label that remembers its height for the last few widths while its text, font
// and style stay the same. Qt lays a label's text out again each time a layout asks its height
// for a width, and a form lays every label out again whenever any row changes (a check's
// message appearing under a count): with this, only the labels that changed are measured.

#include <QLabel>
#include <array>

namespace chitieu::ui {

class WrappedLabel : public QLabel
{
public:
    explicit WrappedLabel(const QString& text = {}, QWidget* parent = nullptr);
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Known
    {
        int width = -1;
        int height = 0;
    };
    mutable QString m_text; // the text the heights were measured for
    mutable std::array<Known, 4> m_known;
    mutable std::size_t m_next = 0;
};

} // namespace chitieu::ui
