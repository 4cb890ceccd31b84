#pragma once
// The History tab: every change of the values (old -> new, who, when, how: typed, undo,
// redo, the command line, a bulk load, an import and of which file), filtered by unit, year,
// element, person and dates, and saved as CSV. The entry form opens it on one field.

#include <QWidget>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace chitieu {
class Workspace;
struct HistoryFilter;
} // namespace chitieu

namespace chitieu::ui {

class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    // Asks where to save the CSV; empty when cancelled. Tests replace it.
    using FileAsker = std::function<QString(const QString& suggestedName)>;

    explicit HistoryPage(Workspace& workspace, QWidget* parent = nullptr);
    void setFileAsker(FileAsker asker) { m_askFile = std::move(asker); }

    // Shows the changes of one value (the entry form's "History of this value").
    void showValue(const QString& unitCode, int year, const QString& element);
    // Reads the changes again with the filters chosen (another program may have changed them).
    void refresh();
    void exportCsv();

    QTableWidget* table() const { return m_table; }
    QComboBox* unitBox() const { return m_unit; }
    QComboBox* yearBox() const { return m_year; }
    QComboBox* elementBox() const { return m_element; }
    QComboBox* personBox() const { return m_person; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QLabel* messageLabel() const { return m_message; }

protected:
    void showEvent(QShowEvent* e) override;

private:
    void fillPeople();
    HistoryFilter filter() const;

    Workspace& m_workspace;
    QComboBox* m_unit;
    QComboBox* m_year;
    QComboBox* m_element;
    QComboBox* m_person;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableWidget* m_table;
    QLabel* m_message;
    FileAsker m_askFile;
    bool m_filling = false;
};

} // namespace chitieu::ui
