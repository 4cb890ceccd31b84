#pragma once
// Importing exchange files: choose files or a folder (or drop them on the window), a
// progress bar with Cancel, and one result line per file (applied, already had it, older
// than what we have, refused with the reason). The files are read and applied on a thread of
// their own, with its own database connection; questions (a newer file's changes, values
// entered here, a new key) are asked on the screen while that thread waits.

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
class TaskProgress;

class ImportPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { File, Unit, Year, Result, Details, ColumnCount };

    ImportPanel(Workspace& workspace, ExchangePrompts* prompts, QWidget* parent = nullptr);
    void setPrompts(ExchangePrompts* prompts) { m_prompts = prompts; }

    // Imports files and folders one after another; files given while an import runs are
    // queued. Returns the outcomes of this call's files once they are all done (the window
    // keeps running meanwhile). Cancel stops after the file being imported, which is applied
    // whole or not at all; the files after it are not read.
    QList<exchange::FileOutcome> importFiles(const QStringList& paths);
    void cancel(); // as the Cancel button

    QTableWidget* results() const { return m_results; }
    QProgressBar* progress() const { return m_progress; }
    QPushButton* filesButton() const { return m_files; }
    QPushButton* folderButton() const { return m_folder; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* summary() const { return m_summary; }
    bool isBusy() const { return m_busy; }

signals:
    void dataChanged();                                // at least one file was applied
    void fileImported(const exchange::FileOutcome& o); // after each file, on the screen's thread

private:
    void addRow(const exchange::FileOutcome& outcome);
    void setBusy(bool busy);
    QList<exchange::FileOutcome> importBatch(const QList<exchange::FoundFile>& files, TaskProgress& progress);

    Workspace& m_workspace;
    ExchangePrompts* m_prompts;
    QPushButton* m_files;
    QPushButton* m_folder;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTableWidget* m_results;
    QList<exchange::FoundFile> m_queue;
    TaskProgress* m_task = nullptr;
    bool m_busy = false;
};

} // namespace chitieu::ui
