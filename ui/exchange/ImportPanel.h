#pragma once
// Importing exchange files: choose files or a folder (or drop them on the window), a
// progress bar, and one result line per file (applied, already had it, older than what we
// have, refused with the reason).

#include "core/exchange/Importer.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace chitieu {
class Workspace;
}

namespace chitieu::ui {

class ExchangePrompts;

class ImportPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { File, Unit, Year, Result, Details, ColumnCount };

    ImportPanel(Workspace& workspace, ExchangePrompts* prompts, QWidget* parent = nullptr);
    void setPrompts(ExchangePrompts* prompts) { m_prompts = prompts; }

    // Imports files and folders one after another; files given while an import runs are
    // queued. Returns the outcomes of this call's files.
    QList<exchange::FileOutcome> importFiles(const QStringList& paths);

    QTableWidget* results() const { return m_results; }
    QProgressBar* progress() const { return m_progress; }
    QPushButton* filesButton() const { return m_files; }
    QPushButton* folderButton() const { return m_folder; }
    QLabel* summary() const { return m_summary; }

signals:
    void dataChanged(); // at least one file was applied

private:
    void addRow(const exchange::FileOutcome& outcome);
    void setBusy(bool busy);

    Workspace& m_workspace;
    ExchangePrompts* m_prompts;
    QPushButton* m_files;
    QPushButton* m_folder;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTableWidget* m_results;
    QList<exchange::FoundFile> m_queue;
    bool m_busy = false;
};

} // namespace chitieu::ui
