#include "ReceivedFilesPanel.h"

#include "ExchangePrompts.h"
#include "core/Error.h"
#include "core/exchange/Unimport.h"
#include "core/format/Dates.h"
#include "core/workspace/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace chitieu::ui {

ReceivedFilesPanel::ReceivedFilesPanel(Workspace& workspace, ExchangePrompts* prompts, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_prompts(prompts)
{
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Unit"), tr("Year"), tr("File"), tr("Received at"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(File, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Received files"));
    m_takeBack = new QPushButton(tr("&Take back..."));
    m_takeBack->setToolTip(tr("Return the values, form states and received file to what they were before this file"));
    auto* note = new QLabel(tr("A file can be taken back while nothing changed its values or forms after it."));
    note->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(note, 1);
    bar->addWidget(m_takeBack);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(bar);
    connect(m_takeBack, &QPushButton::clicked, this, &ReceivedFilesPanel::takeBackSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReceivedFilesPanel::updateButton);
    connect(m_table, &QTableWidget::itemActivated, this, &ReceivedFilesPanel::takeBackSelected);
    refresh();
}

void ReceivedFilesPanel::refresh()
{
    const QString selected = m_table->currentRow() >= 0
                                 ? m_table->item(m_table->currentRow(), File)->data(Qt::UserRole).toString()
                                 : QString();
    m_table->setRowCount(0);
    QList<exchange::ReceivedFile> files;
    try {
        files = exchange::appliedFiles(m_workspace.db());
    } catch (const Error& e) {
        m_prompts->showError(this, e.message());
    }
    for (const exchange::ReceivedFile& f : files) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, Unit, new QTableWidgetItem(m_workspace.units().displayName(f.unitCode)));
        m_table->setItem(row, Year, new QTableWidgetItem(QString::number(f.year)));
        auto* file = new QTableWidgetItem(f.fileName);
        file->setData(Qt::UserRole, f.hash);
        file->setData(Qt::UserRole + 1, f.takenBack);
        m_table->setItem(row, File, file);
        m_table->setItem(row, ReceivedAt, new QTableWidgetItem(formatDateTime(f.importedAt)));
        m_table->setItem(row, State, new QTableWidgetItem(f.takenBack ? tr("Taken back") : tr("Applied")));
        if (f.hash == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateButton();
}

void ReceivedFilesPanel::updateButton()
{
    const int row = m_table->currentRow();
    m_takeBack->setEnabled(row >= 0 && m_table->item(row, File) &&
                           !m_table->item(row, File)->data(Qt::UserRole + 1).toBool());
}

bool ReceivedFilesPanel::takeBackSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || m_table->item(row, File)->data(Qt::UserRole + 1).toBool())
        return false;
    const QString hash = m_table->item(row, File)->data(Qt::UserRole).toString();
    try {
        const exchange::UnimportPlan plan = exchange::planUnimport(m_workspace, hash);
        if (!plan.conflicts.isEmpty()) {
            m_prompts->showError(this, tr("%1 cannot be taken back: later changes touched what it changed. Undo "
                                          "them first, or leave the file as it is.\n\n%2")
                                           .arg(plan.file.fileName, plan.conflicts.join(QLatin1Char('\n'))));
            return false;
        }
        if (!m_prompts->confirmTakeBack(this, m_workspace, plan))
            return false;
        const QString user = m_workspace.settings().userName;
        exchange::applyUnimport(m_workspace, plan, user);
    } catch (const Error& e) {
        m_prompts->showError(this, e.message());
        refresh();
        return false;
    }
    refresh();
    emit dataChanged();
    return true;
}

} // namespace chitieu::ui
