#pragma once
// The yearly form of one commune, without widgets: the stored counts of the year and of the
// year before, what the user is typing, the measures computed from both, the hard and soft
// checks, the form's state, and the writes (each edit committed at once, with its audit row).
// The widget in ui/entry shows it; tests drive it directly.

#include "EntryPermission.h"
#include "FormFigures.h"
#include "FormLayout.h"
#include "HardChecks.h"
#include "SoftChecks.h"
#include "core/KnownKey.h"
#include "core/compute/MeasureCalculator.h"
#include "core/store/FormStatus.h"
#include "core/store/InstallationSettings.h"
#include "core/store/ValueStore.h"

#include <QHash>
#include <QObject>
#include <optional>

namespace chitieu {

class Workspace;

// One field's edit: a new value (nullopt clears the field) and, optionally, a new comment.
struct EntryEdit
{
    QString element;
    std::optional<qint64> value;
    std::optional<QString> comment; // nullopt keeps the stored comment
    // Undo and redo expect what their step left: another program's change in between
    // refuses the write (checked inside its transaction).
    std::optional<StoredState> expected{};
};

// What an accepted edit changed, enough to undo and redo it.
struct EntryChange
{
    QString element;
    std::optional<qint64> oldValue;
    std::optional<qint64> newValue;
    QString oldComment;
    QString newComment;
};

class EntryFormModel : public QObject
{
    Q_OBJECT
public:
    explicit EntryFormModel(Workspace& workspace, QObject* parent = nullptr);

    // Loads the form of a unit and year (and re-reads the installation settings).
    void open(const QString& unitCode, int year);
    bool isOpen() const { return !m_unitCode.isEmpty(); }
    const QString& unitCode() const { return m_unitCode; }
    int year() const { return m_year; }
    const Catalogue& catalogue() const;
    const FormLayout& layout() const { return m_layout; }
    const InstallationSettings& settings() const { return m_settings; }
    const EntryPermission& permission() const { return m_permission; }
    const FormStatus& status() const { return m_status; }
    bool isComplete() const { return m_status.state == FormState::Complete; }
    bool isReadOnly() const { return !m_permission.allowed || isComplete(); }
    bool isUrban() const { return m_urban; } // a phường or thị trấn (3c counts rural communes, 3d urban)

    std::optional<qint64> value(const QString& element) const;
    QString comment(const QString& element) const;
    std::optional<qint64> lastYearValue(const QString& element) const;
    QString enteredByUnit(const QString& element) const;

    // What is being typed, before it is committed: measures and checks follow it at once.
    void setPending(const QString& element, std::optional<qint64> value);
    void clearPending(const QString& element);
    ElementValues currentValues() const; // stored counts with the typed ones over them

    // Kept between keystrokes: a typed count recomputes only the measures and soft checks it feeds.
    QList<MeasureResult> results() const; // every measure of the catalogue, in its order
    MeasureResult result(const QString& measureCode) const;
    QList<HardViolation> hardViolations() const;
    QList<SoftWarning> softWarnings() const;

    // Applies the edits in one transaction with audit rows, marked by the installation
    // (source "entry", or "district_entry" for a district; `source` overrides it, as
    // "undo" and "redo" do). Returns what changed. Throws Error when the form is read-only,
    // a count is refused, or a comment is put on an empty field; nothing is stored then.
    QList<EntryChange> commit(const QList<EntryEdit>& edits, const QString& source = {});

    // Throws Error naming every broken hard check; nothing changes then.
    void markComplete();
    // Throws Error when the reason is empty or the form is not complete.
    void reopen(const QString& reason);

signals:
    void opened();
    void valuesChanged(const QStringList& elements);
    void statusChanged();

private:
    void requireWritable() const;
    void reload();

    Workspace& m_workspace;
    FormLayout m_layout;
    HardChecks m_hard;
    InstallationSettings m_settings;
    EntryPermission m_permission;
    QString m_unitCode;
    int m_year = 0;
    bool m_urban = false;
    FormStatus m_status;
    QMap<QString, StoredValue> m_values;
    ElementValues m_lastYear;
    QHash<QString, std::optional<qint64>> m_pending;
    FormFigures m_figures; // the stored counts with the typed ones over them, and their figures
};

} // namespace chitieu
