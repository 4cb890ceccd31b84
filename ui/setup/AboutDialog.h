#pragma once
// Help > About: the program, its version, its licence and the plan it implements.

#include <QDialog>

class QLabel;

namespace chitieu {
class Catalogue;
}

namespace chitieu::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const Catalogue& catalogue, QWidget* parent = nullptr);

    // The text shown (rich text), for tests.
    QString text() const;

private:
    QLabel* m_text;
};

} // namespace chitieu::ui
