// The entry form's construction, opening and display. Editing (commit, paste, undo,
// comments, complete/reopen) is in EntryFormEditing.cpp.
#include "EntryForm.h"

#include "ChecksPanel.h"
#include "CountEdit.h"
#include "IndicatorSection.h"
#include "core/Clock.h"
#include "core/entry/EntryFormModel.h"
#include "core/format/Dates.h"
#include "core/format/Numbers.h"
#include "core/schedule/YearStatus.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Choices.h"
#include "ui/common/StatusStyle.h"
#include "ui/common/WrappedLabel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace chitieu::ui {

EntryForm::EntryForm(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new EntryFormModel(workspace, this)),
      m_undo(new QUndoStack(this))
{
    m_ask = [this](const QString& title, const QString& prompt, const QString& text) -> std::optional<QString> {
        QInputDialog dialog(this);
        dialog.setWindowTitle(title);
        dialog.setLabelText(prompt);
        dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
        dialog.setTextValue(text);
        dialog.resize(560, 280); // wide enough for its title and a sentence of reason
        return dialog.exec() == QDialog::Accepted ? std::optional<QString>(dialog.textValue()) : std::nullopt;
    };
    const Catalogue& cat = workspace.catalogue();

    m_unitBox = new QComboBox;
    m_unitBox->setAccessibleName(tr("Commune"));
    m_yearBox = new QComboBox;
    for (int y = cat.baselineYear; y <= cat.lastYear; ++y)
        m_yearBox->addItem(y == cat.baselineYear ? tr("%1 (baseline)").arg(y) : QString::number(y), y);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("formState"));
    auto* undoButton = new QPushButton(tr("Undo"));
    auto* redoButton = new QPushButton(tr("Redo"));
    undoButton->setToolTip(tr("Undo the last change (Ctrl+Z)"));
    redoButton->setToolTip(tr("Redo (Ctrl+Y)"));
    m_complete = new QPushButton(tr("Mark &complete"));
    m_reopen = new QPushButton(tr("&Reopen..."));
    auto* unitLabel = new QLabel(tr("C&ommune:"));
    unitLabel->setBuddy(m_unitBox);
    auto* yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(m_yearBox);

    auto* bar = new QHBoxLayout;
    bar->addWidget(unitLabel);
    bar->addWidget(m_unitBox, 2);
    bar->addWidget(yearLabel);
    bar->addWidget(m_yearBox);
    bar->addWidget(m_state, 2);
    bar->addWidget(undoButton);
    bar->addWidget(redoButton);
    bar->addWidget(m_complete);
    bar->addWidget(m_reopen);

    m_banner = new QLabel;
    m_banner->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->hide();

    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_checks = new ChecksPanel;
    m_messagesAfterPause = new QTimer(this);
    m_messagesAfterPause->setSingleShot(true);
    m_messagesAfterPause->setInterval(400); // a pause in typing, not between two digits
    connect(m_messagesAfterPause, &QTimer::timeout, this, [this] { refreshDerived(); });
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_scroll);
    splitter->addWidget(m_checks);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    buildForm();

    // Shortcuts for when the focus is not in a field (fields pass the same keys on).
    auto addShortcut = [this](const QList<QKeySequence>& keys, void (EntryForm::*slot)()) {
        auto* a = new QAction(this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    addShortcut({QKeySequence::Undo}, &EntryForm::undo);
    addShortcut({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)}, &EntryForm::redo);
    auto* comment = new QAction(this);
    comment->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    comment->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(comment, &QAction::triggered, this, [this] { editComment({}); });
    addAction(comment);
    auto* history = new QAction(this);
    history->setShortcut(CountEdit::historyShortcut());
    history->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(history, &QAction::triggered, this, [this] { showHistory({}); });
    addAction(history);

    connect(undoButton, &QPushButton::clicked, this, &EntryForm::undo);
    connect(redoButton, &QPushButton::clicked, this, &EntryForm::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redoButton, &QWidget::setEnabled);
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    connect(m_complete, &QPushButton::clicked, this, &EntryForm::markComplete);
    connect(m_reopen, &QPushButton::clicked, this, &EntryForm::reopen);
    connect(m_checks, &ChecksPanel::elementActivated, this, &EntryForm::focusField);
    connect(m_model, &EntryFormModel::valuesChanged, this, [this](const QStringList& elements) {
        for (const QString& e : elements)
            showStoredValue(e);
        refreshDerived();
        if (m_undoing && !elements.isEmpty())
            focusField(elements.first());
        emit valuesChanged();
    });
    connect(m_model, &EntryFormModel::statusChanged, this, &EntryForm::refreshState);

    selectData(m_yearBox, currentReportingYear(cat, Clock::instance().today()));
    fillUnits();
    connect(m_unitBox, &QComboBox::currentIndexChanged, this, &EntryForm::openForm);
    connect(m_yearBox, &QComboBox::currentIndexChanged, this, [this] {
        fillUnits(); // the communes of the year's tree
        openForm();
    });
    openForm();
}

EntryForm::~EntryForm()
{
    // Hiding during destruction moves the focus out of a field: it must not commit into a
    // half-destroyed form. Commands refer to the model: drop them before it goes.
    for (FieldRow* row : std::as_const(m_fields))
        disconnect(row->edit, nullptr, this, nullptr);
    m_undo->clear();
}

void EntryForm::hideEvent(QHideEvent* event)
{
    // Leaving the screen (another tab, closing the window) stores what is being typed.
    if (auto* edit = qobject_cast<CountEdit*>(QApplication::focusWidget()); edit && m_fields.contains(edit->element()))
        commitField(edit->element());
    QWidget::hideEvent(event);
}

void EntryForm::buildForm()
{
    const Catalogue& cat = m_workspace.catalogue();
    const FormLayout& layout = m_model->layout();
    m_order = layout.fieldOrder();
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    for (const FormGroup& g : layout.groups) {
        auto* heading = new WrappedLabel(QStringLiteral("%1. %2").arg(g.group->id).arg(g.group->name.text()));
        QFont f = heading->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.2);
        heading->setFont(f);
        column->addWidget(heading);
        for (const FormIndicator& fi : g.indicators) {
            auto* section = new IndicatorSection(cat, fi);
            connect(section, &IndicatorSection::commentRequested, this, &EntryForm::editComment);
            for (FieldRow& row : section->fields())
                m_fields.insert(row.element, &row);
            for (MeasureRow& row : section->measures())
                m_measures.insert(row.measure->code, &row);
            column->addWidget(section);
        }
    }
    column->addStretch(1);
    m_scroll->setWidget(content);

    for (FieldRow* row : std::as_const(m_fields)) {
        CountEdit* edit = row->edit;
        const QString e = row->element;
        connect(edit, &QLineEdit::textChanged, this, [this, e](const QString& text) { onTyped(e, text); });
        connect(edit, &QLineEdit::editingFinished, this, [this, e] { commitField(e); });
        connect(edit, &CountEdit::nextRequested, this, [this, e] {
            if (!m_refused.contains(e))
                focusNext(e, 1);
        });
        connect(edit, &CountEdit::undoRequested, this, &EntryForm::undo);
        connect(edit, &CountEdit::redoRequested, this, &EntryForm::redo);
        connect(edit, &CountEdit::columnPasted, this, [this, e](const QStringList& lines) { pasteColumn(e, lines); });
        connect(edit, &CountEdit::historyRequested, this, [this, e] { showHistory(e); });
        connect(row->commentPrompt, &QLineEdit::returnPressed, this, [this, e] { saveInlineComment(e); });
    }
    // Tab follows the form's order, field to field.
    for (int i = 1; i < m_order.size(); ++i)
        setTabOrder(field(m_order[i - 1]), field(m_order[i]));
}

void EntryForm::fillUnits()
{
    const QString current = m_unitBox->currentData().toString();
    const QSignalBlocker block(m_unitBox);
    m_unitBox->clear();
    const InstallationSettings settings = m_workspace.settings();
    // A district enters for the communes under it in the tree of the year chosen; a commune
    // installation for its commune in every year (after a move its earlier years stay under its
    // old code, and the installation serves the new unit).
    const UnitTree tree = settings.role == Role::District ? unitsOfYear(m_workspace, m_yearBox->currentData().toInt())
                                                          : m_workspace.units();
    for (const OrgUnit* u : EntryPermission::enterableUnits(settings, tree))
        m_unitBox->addItem(tree.displayName(u->code), u->code);
    const int i = m_unitBox->findData(current);
    m_unitBox->setCurrentIndex(i >= 0 ? i : 0);
}

void EntryForm::reloadSettings()
{
    fillUnits();
    openForm();
}

void EntryForm::reloadStored()
{
    openForm();
}

void EntryForm::showEvent(QShowEvent* event)
{
    // The installation may have changed in the settings dialog since the form was opened.
    const InstallationSettings now = m_workspace.settings();
    const InstallationSettings& used = m_model->settings();
    if (now.role != used.role || now.unitCode != used.unitCode || now.userName != used.userName ||
        now.softChangePercent != used.softChangePercent || now.softTargetGapPercent != used.softTargetGapPercent)
        reloadSettings();
    QWidget::showEvent(event);
}

void EntryForm::setUnit(const QString& unitCode)
{
    const OrgUnit* unit = m_workspace.units().find(unitCode);
    if (!unit || unit->level != UnitLevel::Commune)
        return;
    int i = m_unitBox->findData(unitCode);
    if (i < 0) { // not this installation's to enter: shown to be read
        m_unitBox->addItem(m_workspace.units().displayName(unitCode), unitCode);
        i = m_unitBox->count() - 1;
    }
    if (i != m_unitBox->currentIndex())
        m_unitBox->setCurrentIndex(i); // opens the form
    else if (m_model->unitCode() != unitCode)
        openForm();
}

void EntryForm::followUnit(const QString& unitCode)
{
    const bool enterable = m_unitBox->findData(unitCode) >= 0;
    const bool entersNone = EntryPermission::enterableUnits(m_model->settings(), m_workspace.units()).isEmpty();
    if (enterable || entersNone)
        setUnit(unitCode);
}

void EntryForm::setYear(int y)
{
    selectData(m_yearBox, y);
}

QString EntryForm::unit() const
{
    return m_model->unitCode();
}

int EntryForm::year() const
{
    return m_model->year();
}

CountEdit* EntryForm::field(const QString& element) const
{
    FieldRow* row = m_fields.value(element);
    return row ? row->edit : nullptr;
}

FieldRow* EntryForm::fieldRow(const QString& element)
{
    return m_fields.value(element);
}

MeasureRow* EntryForm::measureRow(const QString& code)
{
    return m_measures.value(code);
}

void EntryForm::openForm()
{
    m_undo->clear();
    m_refused.clear();
    m_message->hide();
    const QString unit = m_unitBox->currentData().toString();
    const int y = m_yearBox->currentData().toInt();
    for (IndicatorSection* s : m_scroll->widget()->findChildren<IndicatorSection*>())
        s->setYear(y, m_workspace.catalogue().baselineYear);
    m_model->open(unit, y); // no commune to enter: an empty form whose banner says why
    showAll();
}

QString EntryForm::storedText(const QString& element) const
{
    const std::optional<qint64> v = m_model->value(element);
    return v ? formatCount(*v) : QString();
}

void EntryForm::showStoredValue(const QString& element)
{
    FieldRow* row = m_fields.value(element);
    if (!row)
        return;
    m_refused.remove(element);
    m_model->clearPending(element);
    m_showing = true;
    row->edit->setText(storedText(element));
    m_showing = false;
    const QString by = m_model->enteredByUnit(element);
    row->edit->setToolTip(
        row->label->toolTip() +
        (by.isEmpty() ? QString()
                      : QStringLiteral("\n\n") + tr("Entered by %1.").arg(m_workspace.units().displayName(by))));
    showComment(*row, m_model->comment(element), !m_model->isReadOnly());
}

void EntryForm::showAll()
{
    for (FieldRow* row : std::as_const(m_fields)) {
        const std::optional<qint64> last = m_model->lastYearValue(row->element);
        row->lastYear->setText(last ? formatCount(*last) : QStringLiteral("—"));
        showStoredValue(row->element);
    }
    refreshState();
}

void EntryForm::refreshState()
{
    const bool readOnly = m_model->isReadOnly();
    for (FieldRow* row : std::as_const(m_fields)) {
        row->edit->setReadOnly(readOnly);
        row->commentButton->setEnabled(!readOnly);
    }
    const FormStatus& s = m_model->status();
    const QString when = formatDateTime(s.changedAt);
    m_state->setText(when.isEmpty() ? tr("State: %1").arg(formStates.text(s.state))
                                    : tr("State: %1 (%2)").arg(formStates.text(s.state), when));
    const EntryPermission& p = m_model->permission();
    QStringList banner;
    if (!p.allowed) {
        banner << QStringLiteral("✘ ") + p.refusal;
    } else if (m_model->isComplete()) {
        banner << QStringLiteral("✔ ") + tr("Marked complete on %1 by %2: the form can only be read. Reopen it, "
                                            "with a reason, to change a figure.")
                                             .arg(when, s.changedBy);
    }
    if (p.allowed && p.onBehalf)
        banner << tr("You enter the figures of %1 for it, as %2: they are marked as entered by the district.")
                      .arg(m_workspace.units().displayName(m_model->unitCode()),
                           m_workspace.units().displayName(m_model->settings().unitCode));
    if (!m_model->isComplete() && !s.reason.isEmpty())
        banner << tr("Reopened on %1 by %2: %3").arg(when, s.changedBy, s.reason);
    m_banner->setText(banner.join(QLatin1Char('\n')));
    m_banner->setVisible(!banner.isEmpty());
    m_complete->setEnabled(p.allowed && !m_model->isComplete());
    m_reopen->setEnabled(p.allowed && m_model->isComplete());
    refreshDerived();
}

void EntryForm::showMessage(const QString& text, bool error, MessageAbout about)
{
    m_messageAbout = text.isEmpty() ? MessageAbout::Other : about;
    m_message->setText(text.isEmpty() ? QString() : (error ? QStringLiteral("✘ ") : QStringLiteral("✔ ")) + text);
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg((error ? refusedTone() : doneTone()).text.name()));
    m_message->setVisible(!text.isEmpty());
}

} // namespace chitieu::ui
