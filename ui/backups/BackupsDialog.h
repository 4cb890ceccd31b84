#pragma once
// File > Backups...: the backups beside the database (when, why, size), a backup made now,
// how many are kept, and going back to one of them or to a file chosen elsewhere. Restoring
// backs up the current database first; the program then opens the restored one.

#include <QDialog>

class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace chitieu {
class Workspace;
}

namespace chitieu::ui {

// The questions the dialog asks, overridable so that a test answers them.
class BackupsPrompts
{
public:
    virtual ~BackupsPrompts() = default;
    virtual bool confirmRestore(QWidget* parent, const QString& what);
    virtual QString chooseFile(QWidget* parent); // empty when cancelled
    virtual void showError(QWidget* parent, const QString& message);
    virtual void showDone(QWidget* parent, const QString& message);
};

class BackupsDialog : public QDialog
{
    Q_OBJECT
public:
    BackupsDialog(Workspace& workspace, BackupsPrompts& prompts, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    // Whether a restore replaced the database: the caller opens it again.
    bool restored() const { return m_restored; }

    void backUpNow();
    void restoreSelected();
    void restoreFromFile();

private:
    void refresh();
    void restoreFrom(const QString& file, const QString& what);
    void saveKept(int kept);

    Workspace& m_workspace;
    BackupsPrompts& m_prompts;
    QTreeWidget* m_list;
    QSpinBox* m_kept;
    QPushButton* m_restore;
    bool m_restored = false;
};

} // namespace chitieu::ui
