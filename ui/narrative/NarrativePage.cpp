#include "NarrativePage.h"

#include "RichTextEditor.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/format/Dates.h"
#include "core/schedule/DeliverableDates.h"
#include "core/schedule/DeliverableStatus.h"
#include "core/schedule/YearStatus.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Choices.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace chitieu::ui {

namespace {
// The agency whose tasks of plan section III are this installation's own.
const Agency* ownTasksAgency(const Catalogue& cat, const InstallationSettings& s)
{
    switch (s.role) {
    case Role::Department:
        return cat.agency(s.agencyCode);
    case Role::Province:
        return cat.agency(cat.consolidatingAgency);
    case Role::District:
        for (const Agency& a : cat.agencies)
            if (a.kind == AgencyKind::DistrictCommittee)
                return &a;
        break;
    case Role::Commune:
    case Role::Unset:
        break;
    }
    return nullptr;
}
} // namespace

NarrativePage::NarrativePage(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    const Catalogue& cat = workspace.catalogue();
    m_year = new QComboBox;
    fillYears(m_year, cat.firstYear, cat.lastYear);
    selectData(m_year, currentReportingYear(cat, Clock::instance().today()));
    m_deliverable = new QComboBox;
    m_deliverable->setMinimumContentsLength(40);
    m_state = new QLabel;
    m_state->setWordWrap(true);
    m_saved = new QLabel;
    m_tabs = new QTabWidget;
    m_guide = new QTextBrowser;
    m_guide->setAccessibleName(tr("The plan's tasks and solutions"));
    m_quote = new QPushButton(tr("&Quote from below..."));
    m_quote->setToolTip(tr("Insert the text of a unit or department below into this section."));
    m_history = new QPushButton(tr("&History..."));
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(1500);

    auto* bar = new QHBoxLayout;
    for (auto [label, widget] : {std::pair<QString, QWidget*>{tr("&Year:"), m_year}, {tr("&Report:"), m_deliverable}}) {
        auto* l = new QLabel(label);
        l->setBuddy(widget);
        bar->addWidget(l);
        bar->addWidget(widget);
    }
    bar->addStretch(1);
    bar->addWidget(m_quote);
    bar->addWidget(m_history);
    auto* split = new QSplitter;
    split->addWidget(m_tabs);
    split->addWidget(m_guide);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_state);
    layout->addWidget(split, 1);
    layout->addWidget(m_saved);

    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        saveNow();
        fillDeliverables();
        load();
    });
    connect(m_deliverable, &QComboBox::currentIndexChanged, this, [this] {
        saveNow();
        load();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &NarrativePage::showGuide);
    connect(m_autosave, &QTimer::timeout, this, &NarrativePage::saveNow);
    connect(m_quote, &QPushButton::clicked, this, &NarrativePage::chooseQuote);
    connect(m_history, &QPushButton::clicked, this, &NarrativePage::showHistory);
    fillDeliverables();
    load();
}

int NarrativePage::year() const
{
    return m_year->currentData().toInt();
}

void NarrativePage::setYear(int y)
{
    selectData(m_year, y);
}

QString NarrativePage::deliverable() const
{
    return m_deliverable->currentData().toString();
}

bool NarrativePage::setDeliverable(const QString& id)
{
    return selectData(m_deliverable, id);
}

QString NarrativePage::currentSection() const
{
    const QWidget* tab = m_tabs->currentWidget();
    return tab ? tab->property("section").toString() : QString();
}

// The deliverables this installation writes in the year (those with sections).
void NarrativePage::fillDeliverables()
{
    const QString previous = deliverable();
    const QSignalBlocker block(m_deliverable);
    m_deliverable->clear();
    for (const Deliverable* d : ownDeliverables(m_workspace.catalogue(), m_workspace.settings(), year()))
        if (!d->narrativeParts().isEmpty())
            m_deliverable->addItem(d->name.text(), d->id);
    if (!selectData(m_deliverable, previous))
        m_deliverable->setCurrentIndex(0);
}

NarrativeKey NarrativePage::keyOf(const QString& section) const
{
    const InstallationSettings s = m_workspace.settings();
    return {s.unitCode, ownAgency(s), year(), deliverable(), section};
}

void NarrativePage::refresh()
{
    saveNow();
    fillDeliverables();
    load();
}

void NarrativePage::load()
{
    m_autosave->stop();
    m_tabs->clear();
    qDeleteAll(m_editors);
    m_editors.clear();
    m_loaded.clear();
    m_received.clear();
    const Deliverable* d = m_workspace.catalogue().deliverable(deliverable());
    const InstallationSettings s = m_workspace.settings();
    m_quote->setEnabled(false);
    m_history->setEnabled(d != nullptr);
    if (!d || !s.isConfigured()) {
        m_state->setText(s.isConfigured() ? tr("This installation writes no report in %1.").arg(year())
                                          : tr("Choose the unit this computer serves first (Settings)."));
        m_guide->clear();
        return;
    }
    try {
        NarrativeStore store(m_workspace.db(), m_workspace.catalogue(), m_workspace.units());
        const QMap<QString, StoredNarrative> stored = store.sections(s.unitCode, ownAgency(s), year(), d->id);
        for (const QString& key : d->narrativeParts()) {
            auto* editor = new RichTextEditor;
            editor->setProperty("section", key);
            const RichText text = stored.contains(key) ? stored.value(key).text : RichText();
            editor->setText(text);
            m_loaded.insert(key, text);
            m_editors.insert(key, editor);
            m_tabs->addTab(editor, m_workspace.catalogue().narrativeSection(key)->title.text());
            connect(editor, &RichTextEditor::edited, m_autosave, qOverload<>(&QTimer::start));
        }
        m_received = contributionsFor(m_workspace, *d, s.unitCode, year());
    } catch (const Error& e) {
        showError(e.message());
    }
    m_quote->setEnabled(!m_received.isEmpty());
    showState();
    showGuide();
}

void NarrativePage::showState()
{
    const Deliverable* d = m_workspace.catalogue().deliverable(deliverable());
    if (!d)
        return;
    const DeliverableStatus st = ownDeliverableStatus(m_workspace, *d, year(), Clock::instance().today());
    QString text = tr("%1 — due %2 (%3) to %4: %5.")
                       .arg(d->name.text(), formatDate(st.date), daysLeftText(st.daysLeft), st.who,
                            deliverableStates.text(st.state));
    if (!st.done() && !st.missing.isEmpty())
        text += QLatin1Char(' ') + tr("Still to do: %1.").arg(st.missing.join(QStringLiteral("; ")));
    if (st.sentAt)
        text += QLatin1Char(' ') + tr("Last sent on %1.").arg(formatDateTime(*st.sentAt));
    m_state->setText(text);
}

void NarrativePage::showGuide()
{
    const Catalogue& cat = m_workspace.catalogue();
    const NarrativeSection* section = cat.narrativeSection(currentSection());
    QString html;
    if (section && section->guidedByPlanTasks) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("The plan's tasks and solutions (section II)").toHtmlEscaped());
        for (const PlanTask& t : cat.planTasks)
            html += QStringLiteral("<p style=\"margin-left:%1px\"><b>%2</b> %3</p>")
                        .arg(t.level == 1 ? 0 : 16)
                        .arg(t.label().toHtmlEscaped(), t.title.text().toHtmlEscaped());
        if (const Agency* a = ownTasksAgency(cat, m_workspace.settings()))
            html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                        .arg(tr("Your own tasks (section III): %1").arg(a->name.text()).toHtmlEscaped(),
                             a->tasks.text().toHtmlEscaped());
    }
    if (!m_received.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Received from below").toHtmlEscaped());
        for (const Contribution& c : m_received)
            for (const NarrativePart& p : c.sections)
                if (p.key == currentSection() && !p.text.isEmpty())
                    html += QStringLiteral("<p><i>%1</i></p>%2").arg(c.senderName.toHtmlEscaped(), p.text.toHtml());
    }
    m_guide->setHtml(html);
}

bool NarrativePage::saveNow()
{
    m_autosave->stop();
    if (m_editors.isEmpty())
        return true;
    const InstallationSettings s = m_workspace.settings();
    NarrativeStore store(m_workspace.db(), m_workspace.catalogue(), m_workspace.units());
    bool any = false;
    try {
        for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
            const RichText text = it.value()->text();
            if (text == m_loaded.value(it.key()))
                continue;
            store.save(keyOf(it.key()), text, {s.userName, QStringLiteral("entry"), s.unitCode});
            m_loaded.insert(it.key(), text);
            any = true;
        }
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
    if (any) {
        m_saved->setText(tr("Saved at %1.").arg(Clock::instance().now().toString(QStringLiteral("HH:mm:ss"))));
        showState();
        emit sectionsSaved();
    }
    return true;
}

RichTextEditor* NarrativePage::editor(const QString& section) const
{
    return m_editors.value(section);
}

QStringList NarrativePage::quoteChoices(const QString& section) const
{
    QStringList out;
    for (const Contribution& c : m_received)
        for (const NarrativePart& p : c.sections)
            if (p.key == section && !p.text.isEmpty())
                out << tr("%1 — %2").arg(c.senderName, p.text.plainText().left(60));
    return out;
}

void NarrativePage::quote(const QString& section, int choice)
{
    int i = 0;
    for (const Contribution& c : m_received)
        for (const NarrativePart& p : c.sections) {
            if (p.key != section || p.text.isEmpty() || i++ != choice)
                continue;
            RichText quoted = p.text;
            TextBlock who;
            who.runs << TextRun{tr("%1:").arg(c.senderName), false, true};
            quoted.blocks.prepend(who);
            if (RichTextEditor* e = editor(section))
                e->insert(quoted);
            return;
        }
}

void NarrativePage::chooseQuote()
{
    const QString section = currentSection();
    const QStringList choices = quoteChoices(section);
    QMenu menu(this);
    if (choices.isEmpty())
        menu.addAction(tr("Nothing received for this section"))->setEnabled(false);
    for (int i = 0; i < choices.size(); ++i)
        menu.addAction(choices[i], this, [this, section, i] { quote(section, i); });
    menu.exec(m_quote->mapToGlobal(QPoint(0, m_quote->height())));
}

QList<NarrativeChange> NarrativePage::history(const QString& section)
{
    saveNow();
    try {
        return NarrativeStore(m_workspace.db(), m_workspace.catalogue(), m_workspace.units()).history(keyOf(section));
    } catch (const Error& e) {
        showError(e.message());
        return {};
    }
}

bool NarrativePage::restore(const QString& section, int version)
{
    const QList<NarrativeChange> versions = history(section);
    RichTextEditor* e = editor(section);
    if (version < 0 || version >= versions.size() || !e)
        return false;
    e->setText(versions[version].newText);
    return saveNow();
}

void NarrativePage::showHistory()
{
    const QString section = currentSection();
    const QList<NarrativeChange> versions = history(section);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("History of the section"));
    auto* list = new QListWidget;
    for (const NarrativeChange& c : versions)
        list->addItem(tr("%1, %2 (%3): %4")
                          .arg(formatDateTime(c.changedAt), c.changedBy, c.source,
                               c.newText.isEmpty() ? tr("(removed)") : c.newText.plainText().left(80)));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* restoreButton = buttons->addButton(tr("&Restore this version"), QDialogButtonBox::AcceptRole);
    restoreButton->setEnabled(false);
    connect(list, &QListWidget::currentRowChanged, restoreButton,
            [restoreButton](int row) { restoreButton->setEnabled(row >= 0); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog.resize(640, 360);
    if (dialog.exec() == QDialog::Accepted)
        restore(section, list->currentRow());
}

void NarrativePage::hideEvent(QHideEvent* event)
{
    saveNow();
    QWidget::hideEvent(event);
}

void NarrativePage::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Reports to write"), message);
}

} // namespace chitieu::ui
