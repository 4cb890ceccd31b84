#pragma once
// The Reports to write tab: the sections of this installation's own deliverables (results of
// the tasks and solutions, difficulties, proposals, or the parts of its plan), one tab per
// section, saved as they are typed (a second and a half after the last key, and when the
// page is left) with a history of every version. Beside the text: the plan's section II
// headings and the unit's own tasks of section III, and the texts received from the units
// and departments below, which can be quoted.

#include "core/narrative/NarrativeStore.h"
#include "core/report/ReportNarrative.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace chitieu {
class Workspace;
}

namespace chitieu::ui {

class RichTextEditor;

class NarrativePage : public QWidget
{
    Q_OBJECT
public:
    explicit NarrativePage(Workspace& workspace, QWidget* parent = nullptr);

    void setYear(int year);
    int year() const;
    bool setDeliverable(const QString& id); // false when this installation does not make it that year
    QString deliverable() const;
    // Reads the sections, their state and what was received again.
    void refresh();
    // Saves every section changed since it was loaded. False after an error (shown).
    bool saveNow();

    RichTextEditor* editor(const QString& section) const;
    QString currentSection() const;
    // What can be quoted into a section: "Sender — its text of that section", in order.
    QStringList quoteChoices(const QString& section) const;
    void quote(const QString& section, int choice);
    // The versions of a section, oldest first; restoring one makes it the text again.
    QList<NarrativeChange> history(const QString& section);
    bool restore(const QString& section, int version);

    QComboBox* yearBox() const { return m_year; }
    QComboBox* deliverableBox() const { return m_deliverable; }
    QTabWidget* sectionTabs() const { return m_tabs; }
    QLabel* stateLabel() const { return m_state; }
    QLabel* savedLabel() const { return m_saved; }
    QTextBrowser* guide() const { return m_guide; }
    QPushButton* quoteButton() const { return m_quote; }

signals:
    void sectionsSaved(); // the Reports and Home tabs read them again

protected:
    void hideEvent(QHideEvent* event) override;
    virtual void showError(const QString& message);

private:
    void fillDeliverables();
    void load();
    void showState();
    void showGuide();
    void chooseQuote();
    void showHistory();
    NarrativeKey keyOf(const QString& section) const;

    Workspace& m_workspace;
    QComboBox* m_year;
    QComboBox* m_deliverable;
    QLabel* m_state;
    QLabel* m_saved;
    QTabWidget* m_tabs;
    QTextBrowser* m_guide;
    QPushButton* m_quote;
    QPushButton* m_history;
    QTimer* m_autosave;
    QMap<QString, RichTextEditor*> m_editors;
    QMap<QString, RichText> m_loaded; // each section as last read or saved
    QList<Contribution> m_received;
};

} // namespace chitieu::ui
