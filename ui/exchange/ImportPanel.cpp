#include "ImportPanel.h"

#include "ExchangePrompts.h"
#include "core/Printable.h"
#include "core/format/Numbers.h"
#include "core/workspace/Workspace.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/StatusStyle.h"

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

namespace {
// The importer's questions, asked on the screen (the prompts show dialogs over the panel)
// while the import's thread waits for the answer.
class ScreenDecisions : public exchange::ImportDecisions
{
public:
    ScreenDecisions(TaskProgress& progress, const std::function<PromptDecisions()>& onScreen)
        : m_progress(progress), m_onScreen(onScreen)
    {}
    bool acceptNewKey(const exchange::KeyReview& r) override
    {
        return m_progress.askOnGui([&] { return m_onScreen().acceptNewKey(r); });
    }
    bool acceptMovedKey(const exchange::MovedKeyReview& r) override
    {
        return m_progress.askOnGui([&] { return m_onScreen().acceptMovedKey(r); });
    }
    bool acceptChanges(const exchange::ChangeReview& r) override
    {
        return m_progress.askOnGui([&] { return m_onScreen().acceptChanges(r); });
    }
    bool overwriteOwnValues(const exchange::ChangeReview& r) override
    {
        return m_progress.askOnGui([&] { return m_onScreen().overwriteOwnValues(r); });
    }
    bool replaceNewer(const exchange::ReplaceReview& r) override
    {
        return m_progress.askOnGui([&] { return m_onScreen().replaceNewer(r); });
    }

private:
    TaskProgress& m_progress;
    std::function<PromptDecisions()> m_onScreen;
};
} // namespace

ImportPanel::ImportPanel(Workspace& workspace, ExchangePrompts* prompts, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_prompts(prompts)
{
    m_files = new QPushButton(tr("Import &files..."));
    m_folder = new QPushButton(tr("Import a f&older..."));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop after the file being imported; the files after it are not read."));
    m_cancel->hide();
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false); // no "0 of 1 files" before anything is imported
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
    bar->addWidget(m_cancel);
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
    connect(m_cancel, &QPushButton::clicked, this, &ImportPanel::cancel);
}

void ImportPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_files->setEnabled(!busy);
    m_folder->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
}

void ImportPanel::cancel()
{
    if (!m_task)
        return;
    m_task->cancel();
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Cancelling: the file being imported is finished first..."));
}

QList<FileOutcome> ImportPanel::importBatch(const QList<exchange::FoundFile>& files, TaskProgress& progress)
{
    // This thread's own connection to the same database file.
    Workspace workspace(m_workspace.db().path(), Database::OpenMode::Existing, m_workspace.catalogue());
    ScreenDecisions decisions(progress, [this] { return PromptDecisions(*m_prompts, m_workspace, this); });
    exchange::Importer importer(workspace, decisions);
    QList<FileOutcome> done;
    for (const exchange::FoundFile& file : files) {
        if (progress.cancelled())
            break;
        progress.step(static_cast<int>(done.size()), static_cast<int>(files.size()), printable(file.path));
        const FileOutcome o = importer.importFile(file);
        done << o;
        // Shown before the next file starts, so a Cancel pressed now stops before it.
        progress.askOnGui([&] {
            addRow(o);
            m_progress->setValue(m_progress->value() + 1);
            emit fileImported(o);
            return true;
        });
    }
    return done;
}

QList<FileOutcome> ImportPanel::importFiles(const QStringList& paths)
{
    QList<FileOutcome> outcomes;
    const exchange::FileList found = exchange::Importer::findFiles(paths);
    const QList<exchange::FoundFile>& files = found.files;
    if (m_busy) { // a drop while an import runs: done after the current files
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
    m_progress->setTextVisible(true);
    TaskProgress progress(this, [this](int, int, const QString& file) {
        if (!m_task || !m_task->cancelled())
            m_summary->setText(tr("Importing %1...").arg(file));
    });
    m_task = &progress;
    QString failure;
    while (!m_queue.isEmpty() && !progress.cancelled()) {
        const QList<exchange::FoundFile> batch = std::exchange(m_queue, {});
        try {
            QList<FileOutcome> done;
            runInBackground([&](TaskProgress& p) { done = importBatch(batch, p); }, progress);
            outcomes << done;
        } catch (const Error& e) { // the database could not be opened: no file was read
            failure = e.message();
            break;
        }
    }
    const int notRead = m_progress->maximum() - m_progress->value(); // queued files count in the maximum
    m_queue.clear();
    m_task = nullptr;
    setBusy(false);

    int applied = 0;
    int problems = 0;
    for (const FileOutcome& o : outcomes) {
        applied += o.result == ImportResult::Applied ? 1 : 0;
        problems += o.result == ImportResult::Refused || o.result == ImportResult::Older ? 1 : 0;
    }
    QString text = problems > 0
                       ? tr("%n file(s): %1 applied, %2 not applied (see the reasons below).", nullptr,
                            static_cast<int>(outcomes.size()))
                             .arg(formatCount(applied), formatCount(problems))
                       : tr("%n file(s): %1 applied, none refused.", nullptr, static_cast<int>(outcomes.size()))
                             .arg(formatCount(applied));
    if (progress.cancelled() && notRead > 0)
        text += QLatin1Char(' ') +
                tr("Cancelled: %n file(s) were not read; import them again when you want.", nullptr, notRead);
    if (!found.leftAside.isEmpty())
        text += QLatin1Char(' ') + tr("%n other file(s) in the folder are not exchange files (.chitieu) and were "
                                      "left aside.",
                                      nullptr, static_cast<int>(found.leftAside.size()));
    if (!failure.isEmpty())
        text += QLatin1Char(' ') + failure;
    m_summary->setText(text);
    if (applied > 0)
        emit dataChanged();
    return outcomes;
}

void ImportPanel::addRow(const FileOutcome& o)
{
    const int row = m_results->rowCount();
    m_results->insertRow(row);
    const bool bad = o.result == ImportResult::Refused || o.result == ImportResult::Older;
    const QString symbol = bad                                 ? QStringLiteral("✘ ")
                           : o.result == ImportResult::Applied ? QStringLiteral("✔ ")
                                                               : QString();
    auto* result = new QTableWidgetItem(symbol + exchange::importResults.text(o.result));
    result->setData(Qt::UserRole, exchange::importResults.key(o.result));
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
    // A refused or older file stands out: words and ✘ first, its colours as a second cue.
    if (bad) {
        const Tone tone = refusedTone();
        for (int c = 0; c < ColumnCount; ++c) {
            m_results->item(row, c)->setBackground(tone.background);
            m_results->item(row, c)->setForeground(tone.text);
        }
        QFont f = result->font();
        f.setBold(true);
        result->setFont(f);
    }
    m_results->resizeColumnToContents(File);
    m_results->resizeColumnToContents(Result);
    m_results->resizeRowToContents(row);
    m_results->scrollToBottom();
}

} // namespace chitieu::ui
