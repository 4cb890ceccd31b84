#include "CompletenessPanel.h"

#include "ExchangePrompts.h"
#include "core/Error.h"
#include "core/exchange/Exporter.h"
#include "core/exchange/Returns.h"
#include "core/format/Dates.h"
#include "core/format/FileNames.h"
#include "core/format/Numbers.h"
#include "core/schedule/DeliverableDates.h"
#include "core/store/OutputFile.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Choices.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace chitieu::ui {

CompletenessPanel::CompletenessPanel(Workspace& workspace, ExchangePrompts* prompts, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_prompts(prompts)
{
    m_parent = new QComboBox;
    m_parent->setAccessibleName(tr("Units below"));
    m_deliverable = new QComboBox;
    m_deliverable->setAccessibleName(tr("Deliverable received"));
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Unit"), tr("Deadline"), tr("File made"), tr("Received"),
                                        tr("Arrival"), tr("Form"), tr("Returned")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Units and their files"));

    m_consolidated = new QPushButton(tr("&Consolidated measures"));
    m_measures = new QPushButton(tr("&Measures of this unit"));
    m_return = new QPushButton(tr("&Return the file..."));
    m_csv = new QPushButton(tr("Save as &CSV..."));

    auto* top = new QHBoxLayout;
    auto* parentLabel = new QLabel(tr("&Units below:"));
    parentLabel->setBuddy(m_parent);
    auto* deliverableLabel = new QLabel(tr("&Deliverable:"));
    deliverableLabel->setBuddy(m_deliverable);
    top->addWidget(parentLabel);
    top->addWidget(m_parent, 1);
    top->addWidget(deliverableLabel);
    top->addWidget(m_deliverable, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_consolidated);
    buttons->addWidget(m_measures);
    buttons->addWidget(m_return);
    buttons->addStretch(1);
    buttons->addWidget(m_csv);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    m_units = m_workspace.units();
    fillParents();
    connect(m_parent, &QComboBox::currentIndexChanged, this, [this] {
        fillDeliverables();
        refresh();
    });
    connect(m_deliverable, &QComboBox::currentIndexChanged, this, &CompletenessPanel::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CompletenessPanel::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (!selectedUnit().isEmpty())
            emit measuresRequested(selectedUnit(), m_year, QString());
    });
    connect(m_consolidated, &QPushButton::clicked, this,
            [this] { emit measuresRequested(m_parent->currentData().toString(), m_year, QString()); });
    connect(m_measures, &QPushButton::clicked, this, [this] {
        if (!selectedUnit().isEmpty())
            emit measuresRequested(selectedUnit(), m_year, QString());
    });
    connect(m_return, &QPushButton::clicked, this, &CompletenessPanel::returnSelected);
    connect(m_csv, &QPushButton::clicked, this, &CompletenessPanel::saveCsv);
}

// This installation's unit and every unit below it that has units below it in turn, in the
// tree of the year; the unit chosen stays when that tree holds it.
void CompletenessPanel::fillParents()
{
    const QString previous = m_parent->currentData().toString();
    const QSignalBlocker block(m_parent);
    m_parent->clear();
    const QString mine = m_workspace.settings().unitCode;
    QList<const OrgUnit*> pending;
    if (const OrgUnit* u = m_units.find(mine))
        pending << u;
    while (!pending.isEmpty()) {
        const OrgUnit* u = pending.takeFirst();
        const QList<const OrgUnit*> children = m_units.children(u->code);
        if (children.isEmpty())
            continue;
        m_parent->addItem(m_units.displayName(u->code), u->code);
        pending << children;
    }
    selectData(m_parent, previous);
}

// This installation's own unit: every deliverable it receives in the year, its units' data
// first; a unit further below: the data files of its units.
void CompletenessPanel::fillDeliverables()
{
    const QString previous = m_deliverable->currentData().toString();
    const QSignalBlocker block(m_deliverable);
    m_deliverable->clear();
    const QString parentCode = m_parent->currentData().toString();
    const Catalogue& cat = m_workspace.catalogue();
    if (const Deliverable* dataFile = dataDeliverableBelow(cat, m_units, parentCode))
        m_deliverable->addItem(dataFile->name.text(), dataFile->id);
    if (parentCode == m_workspace.settings().unitCode && m_year > 0)
        for (const Deliverable* d : receivedDeliverables(cat, m_workspace.settings(), m_year))
            if (m_deliverable->findData(d->id) < 0)
                m_deliverable->addItem(d->name.text(), d->id);
    if (!selectData(m_deliverable, previous))
        m_deliverable->setCurrentIndex(0);
}

void CompletenessPanel::setYear(int year)
{
    m_year = year;
    m_units = unitsOfYear(m_workspace, year);
    fillParents();
    fillDeliverables();
    refresh();
}

void CompletenessPanel::setParentUnit(const QString& code)
{
    selectData(m_parent, code);
}

void CompletenessPanel::setDeliverable(const QString& deliverableId)
{
    selectData(m_deliverable, deliverableId);
}

void CompletenessPanel::refresh()
{
    const QString parentCode = m_parent->currentData().toString();
    const QString previous = selectedUnit();
    m_table->setRowCount(0);
    if (parentCode.isEmpty() || m_year == 0) {
        m_current = {};
        m_summary->setText(tr("This installation's unit has no units below it."));
        updateButtons();
        return;
    }
    m_current = completeness(m_workspace.db(), m_workspace.catalogue(), m_units, parentCode, m_year,
                             m_deliverable->currentData().toString());
    const Completeness& c = m_current;
    auto part = [&](const QString& label, int n) {
        return tr("%1: %2 (%3 %)").arg(label, formatCount(n), formatRate(c.percent(n), 1));
    };
    m_summary->setText(tr("%1, %2 — expected %3 · %4 · %5 · %6 · %7")
                           .arg(m_workspace.units().displayName(parentCode))
                           .arg(m_year)
                           .arg(formatCount(c.expected()))
                           .arg(part(arrivals.text(Arrival::OnTime), c.onTime),
                                part(arrivals.text(Arrival::Late), c.late),
                                part(arrivals.text(Arrival::NotComplete), c.notComplete),
                                part(arrivals.text(Arrival::Missing), c.missing)));
    m_table->setRowCount(static_cast<int>(c.units.size()));
    for (int r = 0; r < c.units.size(); ++r) {
        const UnitArrival& a = c.units[r];
        auto* arrival = new QTableWidgetItem(arrivals.text(a.arrival));
        arrival->setData(Qt::UserRole, arrivals.key(a.arrival));
        if (a.arrival != Arrival::OnTime) {
            QFont f = arrival->font();
            f.setBold(true);
            arrival->setFont(f);
        }
        auto* code = new QTableWidgetItem(a.agency.isEmpty() ? a.unitCode : a.agency);
        code->setData(Qt::UserRole, a.agency); // a department's row: no unit of its own to open or return
        m_table->setItem(r, Code, code);
        m_table->setItem(r, Name, new QTableWidgetItem(senderName(a, m_workspace.units(), m_workspace.catalogue())));
        m_table->setItem(r, Deadline, new QTableWidgetItem(formatDate(a.deadline)));
        m_table->setItem(r, Made, new QTableWidgetItem(formatDateTime(a.madeAt)));
        m_table->setItem(r, Received, new QTableWidgetItem(formatDateTime(a.receivedAt)));
        m_table->setItem(r, Arrival, arrival);
        // A data file: what is held here, received complete, in progress or empty (only a
        // complete form counts). A written report has no form.
        const bool dataFile = m_workspace.catalogue().deliverable(c.deliverable) &&
                              m_workspace.catalogue().deliverable(c.deliverable)->dataFile;
        const bool showForm = a.madeAt && a.agency.isEmpty() && dataFile;
        auto* form = new QTableWidgetItem(showForm ? receiptText(a) : QString());
        form->setData(Qt::UserRole, showForm ? readinesses.key(a.readiness) : QString());
        m_table->setItem(r, Form, form);
        m_table->setItem(r, Returned, new QTableWidgetItem(a.returned ? tr("Returned") : QString()));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    if (!previous.isEmpty())
        selectUnit(previous);
    updateButtons();
}

int CompletenessPanel::selectedRow() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->selectionModel()->hasSelection() ? row : -1;
}

QString CompletenessPanel::selectedUnit() const
{
    const int row = selectedRow();
    const QTableWidgetItem* item = row >= 0 ? m_table->item(row, Code) : nullptr;
    return item && item->data(Qt::UserRole).toString().isEmpty() ? item->text() : QString();
}

void CompletenessPanel::selectUnit(const QString& code)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, Code)->text() == code)
            m_table->selectRow(r);
}

void CompletenessPanel::updateButtons()
{
    const QString unit = selectedUnit();
    bool received = false;
    const Deliverable* d = m_workspace.catalogue().deliverable(m_current.deliverable);
    for (const UnitArrival& a : m_current.units)
        if (a.unitCode == unit && a.agency.isEmpty())
            received = a.madeAt.has_value() && d && d->dataFile;
    m_consolidated->setEnabled(!m_parent->currentData().toString().isEmpty());
    m_measures->setEnabled(!unit.isEmpty());
    // Only a file this installation received directly can be returned by it.
    m_return->setEnabled(received && m_parent->currentData().toString() == m_workspace.settings().unitCode);
    m_csv->setEnabled(!m_current.units.isEmpty());
}

bool CompletenessPanel::saveCsv()
{
    const QString suggested =
        QStringLiteral("completeness-%1-%2-%3.csv").arg(m_current.parentCode, m_current.deliverable).arg(m_year);
    const QString path =
        m_prompts->chooseSaveFile(this, tr("Save the list as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    try {
        output::write(path, completenessCsv(m_current, m_workspace.units(), m_workspace.catalogue()),
                      m_workspace.db().path());
    } catch (const Error& e) {
        m_prompts->showError(this, e.message());
        return false;
    }
    return true;
}

bool CompletenessPanel::returnSelected()
{
    const QString unit = selectedUnit();
    if (unit.isEmpty())
        return false;
    const auto reason = m_prompts->askReturnReason(this, m_workspace.units().displayName(unit), m_year);
    if (!reason)
        return false;
    const OrgUnit* returned = m_workspace.units().find(unit);
    const QString path = m_prompts->chooseSaveFile(this, tr("Save the return file"),
                                                   returned ? returnFileName(*returned, m_year) : QString(),
                                                   tr("Exchange files (*.chitieu)"));
    if (path.isEmpty())
        return false;
    try {
        exchange::returnSubmission(m_workspace, unit, m_year, *reason, path);
    } catch (const Error& e) {
        m_prompts->showError(this, e.message());
        return false;
    }
    refresh();
    emit dataChanged();
    return true;
}

} // namespace chitieu::ui
