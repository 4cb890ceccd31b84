#pragma once
// The yearly entry form of a commune: the plan's four groups, each indicator's counts with
// last year's value and its measures beside them (updated as the user types). Each accepted
// edit is stored at once with its audit row; Ctrl+Z / Ctrl+Y undo and redo across fields;
// hard checks block "Mark complete", soft checks ask for a comment. Keyboard first: Tab and
// Enter go to the next field, Shift+Tab back, Ctrl+M comments on the current field,
// Ctrl+Shift+H (or the field's context menu) shows the history of its value.

#include "EntryRows.h"

#include <QHash>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;
class QUndoStack;

namespace chitieu {
class EntryFormModel;
class Workspace;
struct EntryChange;
} // namespace chitieu

namespace chitieu::ui {

class ChecksPanel;

class EntryForm : public QWidget
{
    Q_OBJECT
public:
    // Asks the user for a text (a comment, a reason); nullopt when cancelled. Tests replace it.
    using TextAsker =
        std::function<std::optional<QString>(const QString& title, const QString& prompt, const QString& text)>;

    explicit EntryForm(Workspace& workspace, QWidget* parent = nullptr);
    ~EntryForm() override;

    void setUnit(const QString& unitCode); // a commune; other units are ignored
    // Follows a unit chosen elsewhere (the measures page): a commune this installation enters,
    // or any commune when it enters none (a province reads them); other choices are ignored.
    void followUnit(const QString& unitCode);
    void setYear(int year);
    QString unit() const;
    int year() const;
    void setTextAsker(TextAsker asker) { m_ask = std::move(asker); }
    // Re-reads the installation (who may enter what) and reopens the form.
    void reloadSettings();
    // Re-reads the stored values and state (after an import): the undo history is dropped,
    // since it would write back values the import replaced.
    void reloadStored();

    EntryFormModel* model() const { return m_model; }
    QUndoStack* undoStack() const { return m_undo; }
    CountEdit* field(const QString& element) const;
    FieldRow* fieldRow(const QString& element);
    MeasureRow* measureRow(const QString& code);
    ChecksPanel* checksPanel() const { return m_checks; }
    QScrollArea* scrollArea() const { return m_scroll; }
    QPushButton* markCompleteButton() const { return m_complete; }
    QPushButton* reopenButton() const { return m_reopen; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* bannerLabel() const { return m_banner; }
    QLabel* stateLabel() const { return m_state; }
    QComboBox* unitBox() const { return m_unitBox; }
    QComboBox* yearBox() const { return m_yearBox; }

    void markComplete();
    void reopen();
    void editComment(const QString& element);
    // Asks for the history of a field's value (the focused one when `element` is empty).
    void showHistory(const QString& element);
    void undo();
    void redo();

signals:
    void valuesChanged(); // stored counts changed: other screens may recompute
    void historyRequested(const QString& unitCode, int year, const QString& element);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void buildForm();
    void fillUnits();
    void openForm();
    void showAll();
    // Shows again what the counts give; while typing, the messages under the fields wait for a
    // pause (m_messagesAfterPause): one that appears or goes lays the whole form out again.
    enum class Refresh { All, WhileTyping };
    void refreshDerived(Refresh how = Refresh::All);
    void refreshState();
    void showStoredValue(const QString& element);
    void onTyped(const QString& element, const QString& text);
    void commitField(const QString& element);
    void pasteColumn(const QString& element, const QStringList& lines);
    void focusNext(const QString& element, int step);
    void focusField(const QString& element);
    void saveInlineComment(const QString& element);
    void pushChanges(const QList<EntryChange>& changes, const QString& text);
    // What the message above the form is about: a refusal or failed checks go away by
    // themselves once what they name is corrected.
    enum class MessageAbout { Other, Refused, HardChecks };
    void showMessage(const QString& text, bool error, MessageAbout about = MessageAbout::Other);
    QString storedText(const QString& element) const;

    Workspace& m_workspace;
    EntryFormModel* m_model;
    QUndoStack* m_undo;
    TextAsker m_ask;
    QStringList m_order;
    QHash<QString, FieldRow*> m_fields;
    QHash<QString, MeasureRow*> m_measures;
    QHash<QString, QString> m_refused; // element -> why its typed text was refused
    bool m_undoing = false;
    bool m_showing = false; // a stored value is being put into its field, not typed
    MessageAbout m_messageAbout = MessageAbout::Other;

    QComboBox* m_unitBox;
    QComboBox* m_yearBox;
    QLabel* m_state;
    QLabel* m_banner;
    QLabel* m_message;
    QPushButton* m_complete;
    QPushButton* m_reopen;
    QScrollArea* m_scroll;
    ChecksPanel* m_checks;
    QTimer* m_messagesAfterPause;
};

} // namespace chitieu::ui
