#include "BackupsDialog.h"

#include "core/Error.h"
#include "core/format/Dates.h"
#include "core/format/Numbers.h"
#include "core/store/Backups.h"
#include "core/workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chitieu::ui {

bool BackupsPrompts::confirmRestore(QWidget* parent, const QString& what)
{
    return QMessageBox::question(
               parent, BackupsDialog::tr("Restore a backup"),
               BackupsDialog::tr("Replace the database with %1?\n\nThe database as it is now is backed up first, "
                                 "so this can be undone by restoring that backup.")
                   .arg(what),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

QString BackupsPrompts::chooseFile(QWidget* parent)
{
    return QFileDialog::getOpenFileName(parent, BackupsDialog::tr("Restore from a file"), QString(),
                                        BackupsDialog::tr("Databases (*.sqlite);;All files (*)"));
}

void BackupsPrompts::showError(QWidget* parent, const QString& message)
{
    QMessageBox::warning(parent, BackupsDialog::tr("Backups"), message);
}

void BackupsPrompts::showDone(QWidget* parent, const QString& message)
{
    QMessageBox::information(parent, BackupsDialog::tr("Backups"), message);
}

BackupsDialog::BackupsDialog(Workspace& workspace, BackupsPrompts& prompts, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_prompts(prompts)
{
    setWindowTitle(tr("Backups"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Backups are kept in %1. One is made before every import, before every "
                                    "upgrade of the database and at the first start of each day.")
                                     .arg(backups::folderFor(workspace.db().path()))));
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("backupsList"));
    m_list->setHeaderLabels({tr("Made"), tr("Reason"), tr("Size"), tr("File")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list);

    auto* keptRow = new QHBoxLayout;
    keptRow->addWidget(new QLabel(tr("Keep the newest")));
    m_kept = new QSpinBox;
    m_kept->setObjectName(QStringLiteral("backupsKept"));
    m_kept->setRange(1, 1000);
    m_kept->setValue(workspace.settings().backupsKept);
    m_kept->setSuffix(tr(" backups"));
    keptRow->addWidget(m_kept);
    keptRow->addStretch();
    layout->addLayout(keptRow);
    connect(m_kept, &QSpinBox::editingFinished, this, [this] { saveKept(m_kept->value()); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* now = buttons->addButton(tr("&Back up now"), QDialogButtonBox::ActionRole);
    now->setObjectName(QStringLiteral("backUpNow"));
    m_restore = buttons->addButton(tr("&Restore..."), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreSelected"));
    QPushButton* fromFile = buttons->addButton(tr("Restore from a &file..."), QDialogButtonBox::ActionRole);
    fromFile->setObjectName(QStringLiteral("restoreFromFile"));
    layout->addWidget(buttons);
    connect(now, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(fromFile, &QPushButton::clicked, this, &BackupsDialog::restoreFromFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_list, &QTreeWidget::itemActivated, this, &BackupsDialog::restoreSelected);
    refresh();
    resize(760, 420);
}

void BackupsDialog::refresh()
{
    m_list->clear();
    for (const BackupInfo& b : backups::list(m_workspace.db().path())) {
        auto* item =
            new QTreeWidgetItem({formatDateTime(b.madeAt), backupReasons.text(b.reason),
                                 tr("%1 KB").arg(formatCount((b.bytes + 1023) / 1024)), QFileInfo(b.path).fileName()});
        item->setData(0, Qt::UserRole, b.path);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        m_list->addTopLevelItem(item);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_restore->setEnabled(m_list->currentItem() != nullptr);
}

void BackupsDialog::saveKept(int kept)
{
    InstallationSettings s = m_workspace.settings();
    if (s.backupsKept == kept)
        return;
    s.backupsKept = kept;
    try {
        m_workspace.saveSettings(s);
    } catch (const Error& e) {
        // The number shown goes back to the one saved, so the screen does not claim otherwise.
        const QSignalBlocker block(m_kept);
        m_kept->setValue(m_workspace.settings().backupsKept);
        m_prompts.showError(this, e.message());
        return;
    }
    backups::rotate(m_workspace.db().path(), kept);
    refresh();
}

void BackupsDialog::backUpNow()
{
    try {
        saveKept(m_kept->value());
        backups::make(m_workspace.db(), BackupReason::Manual);
    } catch (const Error& e) {
        m_prompts.showError(this, e.message());
    }
    refresh();
}

void BackupsDialog::restoreSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    restoreFrom(item->data(0, Qt::UserRole).toString(),
                tr("the backup of %1 (%2)").arg(item->text(0), item->text(1).toLower()));
}

void BackupsDialog::restoreFromFile()
{
    const QString file = m_prompts.chooseFile(this);
    if (!file.isEmpty())
        restoreFrom(file, QFileInfo(file).fileName());
}

void BackupsDialog::restoreFrom(const QString& file, const QString& what)
{
    try {
        backups::checkRestorable(file); // refused before the question: no question about a bad file
        if (!m_prompts.confirmRestore(this, what))
            return;
        const QString saved = backups::restore(m_workspace.db(), file);
        m_restored = true;
        m_prompts.showDone(this, tr("The database was restored from %1. The database as it was is kept as %2. "
                                    "The program now opens the restored database.")
                                     .arg(QFileInfo(file).fileName(), QFileInfo(saved).fileName()));
        accept();
    } catch (const Error& e) {
        m_prompts.showError(this, e.message());
        refresh();
    }
}

} // namespace chitieu::ui
