#include "TargetsPage.h"

#include "core/Error.h"
#include "core/format/MeasureText.h"
#include "core/workspace/Workspace.h"
#include "ui/common/StatusStyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace chitieu::ui {

TargetsPage::TargetsPage(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    const Catalogue& cat = workspace.catalogue();
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Measure"), tr("The plan's target"), tr("Own target"), tr("Period"), tr("Document")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(MeasureColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("The unit's own targets"));

    m_measure = new QComboBox;
    for (const Measure& m : cat.measures)
        m_measure->addItem(QStringLiteral("%1  %2 (%3)").arg(m.code, m.name.text(), formatTarget(m)), m.code);
    m_comparator = new QComboBox;
    for (std::size_t i = 0; i < comparators.size(); ++i)
        m_comparator->addItem(comparators.text(comparators.value(i)), comparators.key(comparators.value(i)));
    m_target = new QLineEdit;
    m_target->setPlaceholderText(tr("such as 0,7"));
    m_from = new QSpinBox;
    m_from->setRange(cat.firstYear, cat.lastYear);
    m_to = new QSpinBox;
    m_to->setRange(cat.firstYear, cat.lastYear);
    m_to->setValue(cat.lastYear);
    m_document = new QLineEdit;
    m_document->setPlaceholderText(tr("the number of the unit's plan, such as 45/KH-UBND"));
    m_set = new QPushButton(tr("&Set the target"));
    m_remove = new QPushButton(tr("&Remove the selected target"));
    m_message = new QLabel;
    m_message->setWordWrap(true);

    // The measure's own comparator is the one proposed.
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        if (const Measure* m = m_workspace.catalogue().measure(m_measure->currentData().toString()))
            m_comparator->setCurrentIndex(m_comparator->findData(comparators.key(m->comparator)));
    });
    m_measure->setCurrentIndex(0);
    if (const Measure* m = cat.measure(m_measure->currentData().toString()))
        m_comparator->setCurrentIndex(m_comparator->findData(comparators.key(m->comparator)));

    auto* form = new QFormLayout;
    form->addRow(tr("&Measure:"), m_measure);
    auto* target = new QHBoxLayout;
    target->addWidget(m_comparator);
    target->addWidget(m_target, 1);
    form->addRow(tr("&Target:"), target);
    auto* years = new QHBoxLayout;
    years->addWidget(m_from);
    years->addWidget(new QLabel(tr("to")));
    years->addWidget(m_to);
    years->addStretch(1);
    form->addRow(tr("&From:"), years);
    form->addRow(tr("&Document:"), m_document);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_set);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* intro = new QLabel(tr("The targets this unit set itself in its own plan. Reports show each measure against "
                                "them beside the plan's targets; the file sent upward carries them."));
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_set, &QPushButton::clicked, this, &TargetsPage::setTarget);
    connect(m_remove, &QPushButton::clicked, this, &TargetsPage::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); });
    refresh();
}

void TargetsPage::refresh()
{
    const QString unit = m_workspace.settings().unitCode;
    m_targets = UnitTargetStore(m_workspace.db(), m_workspace.catalogue(), m_workspace.units()).list(unit);
    m_table->setRowCount(static_cast<int>(m_targets.size()));
    for (int r = 0; r < m_targets.size(); ++r) {
        const UnitTarget& t = m_targets[r];
        const Measure* m = m_workspace.catalogue().measure(t.measure);
        if (!m)
            continue;
        m_table->setItem(r, MeasureColumn, new QTableWidgetItem(QStringLiteral("%1  %2").arg(m->code, m->name.text())));
        m_table->setItem(r, ProvinceColumn, new QTableWidgetItem(formatTarget(*m)));
        m_table->setItem(r, OwnColumn, new QTableWidgetItem(formatTarget(t.comparator, t.exactTarget(), *m)));
        m_table->setItem(r, PeriodColumn, new QTableWidgetItem(QStringLiteral("%1–%2").arg(t.fromYear).arg(t.toYear)));
        m_table->setItem(r, DocumentColumn, new QTableWidgetItem(t.document));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(MeasureColumn, QHeaderView::Stretch);
    m_remove->setEnabled(m_table->selectionModel()->hasSelection());
}

bool TargetsPage::setTarget()
{
    const InstallationSettings s = m_workspace.settings();
    UnitTarget t;
    t.unitCode = s.unitCode;
    t.measure = m_measure->currentData().toString();
    t.comparator = comparators.fromKey(m_comparator->currentData().toString());
    t.fromYear = m_from->value();
    t.toYear = m_to->value();
    t.document = m_document->text();
    try {
        t.target = parseTarget(m_target->text());
        UnitTargetStore(m_workspace.db(), m_workspace.catalogue(), m_workspace.units())
            .set(t, {s.userName, QStringLiteral("entry"), s.unitCode});
    } catch (const Error& e) {
        m_message->setText(e.message());
        m_message->setStyleSheet(QStringLiteral("color: %1").arg(refusedTone().text.name()));
        return false;
    }
    m_message->setText(tr("The target of %1 is set.").arg(t.measure));
    m_message->setStyleSheet(QStringLiteral("color: %1").arg(doneTone().text.name()));
    refresh();
    emit targetsChanged();
    return true;
}

bool TargetsPage::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_targets.size())
        return false;
    const UnitTarget t = m_targets[row];
    try {
        UnitTargetStore(m_workspace.db(), m_workspace.catalogue(), m_workspace.units())
            .remove(t.unitCode, t.measure, t.fromYear);
    } catch (const Error& e) {
        m_message->setText(e.message());
        return false;
    }
    m_message->setText(tr("The target of %1 from %2 is removed.").arg(t.measure).arg(t.fromYear));
    refresh();
    emit targetsChanged();
    return true;
}

} // namespace chitieu::ui
