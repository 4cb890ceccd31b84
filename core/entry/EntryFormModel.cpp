#include "EntryFormModel.h"

#include "core/Error.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

namespace chitieu {

EntryFormModel::EntryFormModel(Workspace& workspace, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_layout(FormLayout::fromCatalogue(workspace.catalogue())),
      m_hard(workspace.catalogue()), m_figures(workspace.catalogue())
{}

const Catalogue& EntryFormModel::catalogue() const
{
    return m_workspace.catalogue();
}

void EntryFormModel::open(const QString& unitCode, int year)
{
    m_unitCode = unitCode;
    m_year = year;
    m_settings = m_workspace.settings();
    m_permission = EntryPermission::check(m_settings, m_workspace.units(), unitCode);
    const OrgUnit* unit = m_workspace.units().find(unitCode);
    m_urban = unit && unit->urban;
    m_pending.clear();
    m_lastYear.clear();
    // Last year's counts sit beside the fields; the baseline year has none before it.
    if (year > catalogue().baselineYear) {
        const QMap<QString, StoredValue> before = m_workspace.values().values(unitCode, year - 1);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            m_lastYear.insert(it.key(), it->value);
    }
    reload();
    emit opened();
}

void EntryFormModel::reload()
{
    m_values = m_workspace.values().values(m_unitCode, m_year);
    m_status = FormStatus::load(m_workspace.db(), m_unitCode, m_year);
    FormFiguresBasis basis{m_unitCode,
                           m_year,
                           m_urban,
                           catalogue().hasYear(m_year - 1),
                           m_lastYear,
                           {},
                           {m_settings.softChangePercent, m_settings.softTargetGapPercent}};
    ElementValues current;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        current.insert(it.key(), it->value);
        basis.comments.insert(it.key(), it->comment);
    }
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (*it)
            current.insert(it.key(), **it);
        else
            current.remove(it.key());
    }
    m_figures.reset(basis, current);
}

std::optional<qint64> EntryFormModel::value(const QString& element) const
{
    const auto it = m_values.constFind(element);
    return it == m_values.cend() ? std::nullopt : std::optional<qint64>(it->value);
}

QString EntryFormModel::comment(const QString& element) const
{
    return m_values.value(element).comment;
}

std::optional<qint64> EntryFormModel::lastYearValue(const QString& element) const
{
    const auto it = m_lastYear.constFind(element);
    return it == m_lastYear.cend() ? std::nullopt : std::optional<qint64>(*it);
}

QString EntryFormModel::enteredByUnit(const QString& element) const
{
    return m_values.value(element).enteredByUnit;
}

void EntryFormModel::setPending(const QString& element, std::optional<qint64> v)
{
    m_pending.insert(element, v);
    m_figures.set(element, v);
}

void EntryFormModel::clearPending(const QString& element)
{
    if (m_pending.remove(element))
        m_figures.set(element, value(element));
}

ElementValues EntryFormModel::currentValues() const
{
    return m_figures.values();
}

QList<MeasureResult> EntryFormModel::results() const
{
    return m_figures.results();
}

MeasureResult EntryFormModel::result(const QString& measureCode) const
{
    return m_figures.result(measureCode).value_or(MeasureResult{});
}

QList<HardViolation> EntryFormModel::hardViolations() const
{
    return m_hard.check(m_figures.values());
}

QList<SoftWarning> EntryFormModel::softWarnings() const
{
    return m_figures.softWarnings();
}

void EntryFormModel::requireWritable() const
{
    if (!isOpen())
        throw Error(tr("Choose a commune and a year first."));
    if (!m_permission.allowed)
        throw Error(m_permission.refusal);
    // The stored state, not the one read when the form opened: an import or another window
    // may have completed the form since.
    if (isComplete() || FormStatus::load(m_workspace.db(), m_unitCode, m_year).state == FormState::Complete)
        throw Error(tr("This form is marked complete and can only be read. Reopen it, with a reason, to change it."));
}

QList<EntryChange> EntryFormModel::commit(const QList<EntryEdit>& edits, const QString& source)
{
    requireWritable();
    QList<ValueWrite> writes;
    QList<EntryChange> changes;
    for (const EntryEdit& e : edits) {
        const DataElement* element = catalogue().element(e.element);
        if (e.comment && !e.comment->trimmed().isEmpty() && !e.value)
            throw Error(
                tr("Enter a value for “%1” before adding a comment.").arg(element ? element->name.text() : e.element));
        EntryChange c{e.element, value(e.element), e.value, comment(e.element), {}};
        // The store drops the comment of a removed value; say so in the change too.
        c.newComment = e.value ? (e.comment ? e.comment->trimmed() : c.oldComment) : QString();
        if (c.oldValue == c.newValue && c.oldComment == c.newComment)
            continue;
        ValueWrite w{m_unitCode, m_year, e.element, e.value, c.newComment};
        w.expected = e.expected;
        writes << w;
        changes << c;
    }
    if (writes.isEmpty())
        return {};
    try {
        m_workspace.values().apply(writes, m_permission.context(m_settings, source));
    } catch (const Error&) {
        // Another program may have written: show what is stored now.
        QStringList elements;
        for (const ValueWrite& w : writes)
            elements << w.element;
        reload();
        emit valuesChanged(elements);
        throw;
    }
    QStringList elements;
    for (const EntryChange& c : changes) {
        m_pending.remove(c.element);
        elements << c.element;
    }
    const FormState before = m_status.state;
    reload();
    emit valuesChanged(elements);
    if (m_status.state != before)
        emit statusChanged();
    return changes;
}

void EntryFormModel::markComplete()
{
    requireWritable();
    // Judged on what is stored: typing that was not committed does not count.
    ElementValues stored;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        stored.insert(it.key(), it->value);
    if (stored.isEmpty())
        throw Error(tr("Nothing is entered yet: enter the figures before marking the form complete."));
    const QList<HardViolation> broken = m_hard.check(stored);
    if (!broken.isEmpty()) {
        QStringList lines;
        for (const HardViolation& v : broken)
            lines << QStringLiteral("• ") + v.message;
        throw Error(
            tr("The form cannot be marked complete while %n check(s) fail:", nullptr, static_cast<int>(broken.size())) +
            QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    }
    FormStatus::save(m_workspace.db(), m_unitCode, m_year, FormState::Complete, m_settings.userName);
    reload();
    emit statusChanged();
}

void EntryFormModel::reopen(const QString& reason)
{
    if (!m_permission.allowed)
        throw Error(m_permission.refusal);
    if (!isComplete())
        throw Error(tr("Only a form marked complete can be reopened."));
    if (reason.trimmed().isEmpty())
        throw Error(tr("Say why the form is reopened: the reason is kept with the form."));
    // A district reopening a commune's form returns it; a commune reopens its own.
    const FormState state = m_permission.onBehalf ? FormState::Returned : FormState::InProgress;
    FormStatus::save(m_workspace.db(), m_unitCode, m_year, state, m_settings.userName, reason.trimmed());
    reload();
    emit statusChanged();
}

} // namespace chitieu
