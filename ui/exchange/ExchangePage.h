#pragma once
// The Exchange tab: export this unit's file of a deliverable for a year (its data file, or a
// report with its sections), import received files (and take an applied one back) (a commune also imports the return
// files of its district), see who has delivered what, and return a file. The questions it asks go through
// ExchangePrompts, which tests replace.

#include "core/exchange/Importer.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace chitieu {
class Workspace;
}

namespace chitieu::ui {

class CompletenessPanel;
class ExchangePrompts;
class ImportPanel;
class ReceivedFilesPanel;

class ExchangePage : public QWidget
{
    Q_OBJECT
public:
    explicit ExchangePage(Workspace& workspace, QWidget* parent = nullptr);
    ~ExchangePage() override;

    // nullptr restores the real dialogs. The page does not own a prompts object given here.
    void setPrompts(ExchangePrompts* prompts);

    void setYear(int year);
    int year() const;
    // Brings this tab to the front and imports the files and folders.
    QList<exchange::FileOutcome> importFiles(const QStringList& paths);
    // Asks where to save and writes this installation's file for the year.
    bool exportOwnFile();
    void refresh();

    ImportPanel* importPanel() const { return m_import; }
    CompletenessPanel* completenessPanel() const { return m_completeness; }
    ReceivedFilesPanel* receivedFilesPanel() const { return m_received; }
    QTabWidget* sections() const { return m_sections; }
    QComboBox* yearBox() const { return m_year; }
    QPushButton* exportButton() const { return m_export; }
    QComboBox* exportDeliverableBox() const { return m_exportDeliverable; }
    QLabel* exportStatus() const { return m_exportStatus; }
    QLabel* returnedBanner() const { return m_returned; }
    QLabel* keyLabel() const { return m_key; }

signals:
    void measuresRequested(const QString& unitCode, int year, const QString& agencyCode);
    void dataChanged();
    // Files arrive to be imported (dropped or opened): the window shows this page.
    void importStarted();

private:
    void showOwnState();
    void fillExportDeliverables();

    Workspace& m_workspace;
    std::unique_ptr<ExchangePrompts> m_defaultPrompts;
    ExchangePrompts* m_prompts;
    QComboBox* m_year;
    QComboBox* m_exportDeliverable;
    QPushButton* m_export;
    QLabel* m_exportStatus;
    QLabel* m_returned;
    QLabel* m_key;
    QTabWidget* m_sections;
    ImportPanel* m_import;
    CompletenessPanel* m_completeness = nullptr;
    ReceivedFilesPanel* m_received;
};

} // namespace chitieu::ui
