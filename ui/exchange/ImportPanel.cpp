#include "ImportPanel.h"

#include "ExchangePrompts.h"
#include "core/workspace/Workspace.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace chitieu::ui {

using exchange::FileOutcome;
using exchange::ImportResult;

ImportPanel::ImportPanel(Workspace& workspace, ExchangePrompts* prompts, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_prompts(prompts)
{
    m_files = new QPushButton(tr("Import &files..."));
    m_folder = new QPushButton(tr("Import a f&older..."));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m files"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_summary = new QLabel(tr("Choose .chitieu files or a folder, or drop files on the window."));
    m_summary->setWordWrap(true);

    m_results = new QTableWidget(0, ColumnCount);
    m_results->setHorizontalHeaderLabels({tr("File"), tr("Unit"), tr("Year"), tr("Result"), tr("Details")});
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setWordWrap(true);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setAccessibleName(tr("Import results"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_files);
    bar->addWidget(m_folder);
    bar->addWidget(m_progress, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);

    connect(m_files, &QPushButton::clicked, this, [this] {
        const QStringList files = m_prompts->chooseFiles(this);
        if (!files.isEmpty())
            importFiles(files);
    });
    connect(m_folder, &QPushButton::clicked, this, [this] {
        const QString folder = m_prompts->chooseFolder(this);
        if (!folder.isEmpty())
            importFiles({folder});
    });
}

void ImportPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_files->setEnabled(!busy);
    m_folder->setEnabled(!busy);
}

QList<FileOutcome> ImportPanel::importFiles(const QStringList& paths)
{
    QList<FileOutcome> outcomes;
    const exchange::FileList found = exchange::Importer::findFiles(paths);
    const QList<exchange::FoundFile>& files = found.files;
    if (m_busy) { // a drop while a question is open: done after the current files
        m_queue << files;
        m_progress->setMaximum(m_progress->maximum() + static_cast<int>(files.size()));
        return outcomes;
    }
    if (files.isEmpty()) {
        m_summary->setText(tr("No .chitieu files were found in %1.").arg(paths.join(QStringLiteral(", "))));
        return outcomes;
    }
    setBusy(true);
    m_queue = files;
    m_progress->setRange(0, static_cast<int>(files.size()));
    m_progress->setValue(0);
    PromptDecisions decisions(*m_prompts, m_workspace, this);
    exchange::Importer importer(m_workspace, decisions);
    int applied = 0;
    int problems = 0;
    while (!m_queue.isEmpty()) {
        const exchange::FoundFile file = m_queue.takeFirst();
        m_summary->setText(tr("Importing %1...").arg(file.path));
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        const FileOutcome o = importer.importFile(file);
        addRow(o);
        outcomes << o;
        applied += o.result == ImportResult::Applied ? 1 : 0;
        problems += o.result == ImportResult::Refused || o.result == ImportResult::Older ? 1 : 0;
        m_progress->setValue(m_progress->value() + 1);
    }
    setBusy(false);
    QString summary = tr("%1 files: %2 applied, %3 not applied (see the reasons below).")
                          .arg(outcomes.size())
                          .arg(applied)
                          .arg(problems);
    if (!found.leftAside.isEmpty())
        summary += QLatin1Char(' ') + tr("%1 other files in the folder are not exchange files (.chitieu) and were "
                                         "left aside.")
                                          .arg(found.leftAside.size());
    m_summary->setText(summary);
    if (applied > 0)
        emit dataChanged();
    return outcomes;
}

void ImportPanel::addRow(const FileOutcome& o)
{
    const int row = m_results->rowCount();
    m_results->insertRow(row);
    auto* result = new QTableWidgetItem(exchange::importResults.text(o.result));
    result->setData(Qt::UserRole, exchange::importResults.key(o.result));
    if (o.result == ImportResult::Refused || o.result == ImportResult::Older) {
        QFont f = result->font();
        f.setBold(true);
        result->setFont(f);
    }
    auto* details = new QTableWidgetItem(o.message);
    details->setToolTip(o.message);
    auto* file = new QTableWidgetItem(o.fileName);
    file->setToolTip(o.path);
    m_results->setItem(row, File, file);
    m_results->setItem(
        row, Unit,
        new QTableWidgetItem(o.unitCode.isEmpty() ? QString() : m_workspace.units().displayName(o.unitCode)));
    m_results->setItem(row, Year, new QTableWidgetItem(o.year ? QString::number(o.year) : QString()));
    m_results->setItem(row, Result, result);
    m_results->setItem(row, Details, details);
    m_results->resizeColumnToContents(File);
    m_results->resizeColumnToContents(Result);
    m_results->resizeRowToContents(row);
    m_results->scrollToBottom();
}

} // namespace chitieu::ui
