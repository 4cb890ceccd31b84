#pragma once
// The Exchange tab's "Received files": every applied data file (unit, year, file, when it was
// received) and "Take back...", which shows what would change and asks first; a file that a
// later change forbids taking back shows the list of conflicts instead.

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace chitieu {
class Workspace;
}

namespace chitieu::ui {

class ExchangePrompts;

class ReceivedFilesPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { Unit, Year, File, ReceivedAt, State, ColumnCount };

    ReceivedFilesPanel(Workspace& workspace, ExchangePrompts* prompts, QWidget* parent = nullptr);
    void setPrompts(ExchangePrompts* prompts) { m_prompts = prompts; }
    void refresh();
    // Takes back the selected file after the prompt's confirmation; false when refused or cancelled.
    bool takeBackSelected();

    QTableWidget* table() const { return m_table; }
    QPushButton* takeBackButton() const { return m_takeBack; }

signals:
    void dataChanged();

private:
    void updateButton();

    Workspace& m_workspace;
    ExchangePrompts* m_prompts;
    QTableWidget* m_table;
    QPushButton* m_takeBack;
};

} // namespace chitieu::ui
