#include "HistoryPage.h"

#include "core/Error.h"
#include "core/format/Dates.h"
#include "core/format/Numbers.h"
#include "core/store/History.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Choices.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace chitieu::ui {

namespace {
const QDate anyDay(2000, 1, 1); // the date edits' lowest date, shown as "Any"

QDateEdit* dayEdit(const QString& name)
{
    auto* edit = new QDateEdit;
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(anyDay);
    edit->setSpecialValueText(HistoryPage::tr("Any"));
    edit->setDate(anyDay);
    return edit;
}

QString count(const std::optional<qint64>& v)
{
    return v ? formatCount(*v) : QStringLiteral("–");
}
} // namespace

HistoryPage::HistoryPage(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    m_askFile = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save the history as CSV"), suggested, tr("CSV files (*.csv)"));
    };
    const Catalogue& catalogue = workspace.catalogue();
    m_unit = new QComboBox;
    m_unit->setObjectName(QStringLiteral("historyUnit"));
    m_unit->addItem(tr("All units"), QString());
    fillUnitTree(m_unit, workspace.units(), workspace.settings().unitCode);
    m_year = new QComboBox;
    m_year->setObjectName(QStringLiteral("historyYear"));
    fillYears(m_year, catalogue.baselineYear, catalogue.lastYear);
    m_year->insertItem(0, tr("All years"), 0);
    m_year->setCurrentIndex(0);
    m_element = new QComboBox;
    m_element->setObjectName(QStringLiteral("historyElement"));
    m_element->addItem(tr("All data elements"), QString());
    for (const DataElement& e : catalogue.elements)
        m_element->addItem(QStringLiteral("%1 (%2)").arg(e.name.text(), e.code), e.code);
    m_person = new QComboBox;
    m_person->setObjectName(QStringLiteral("historyPerson"));
    m_from = dayEdit(QStringLiteral("historyFrom"));
    m_to = dayEdit(QStringLiteral("historyTo"));

    auto* filters = new QFormLayout;
    filters->addRow(tr("&Unit:"), m_unit);
    filters->addRow(tr("&Year:"), m_year);
    filters->addRow(tr("&Data element:"), m_element);
    filters->addRow(tr("&Person:"), m_person);
    auto* days = new QHBoxLayout;
    days->addWidget(m_from);
    days->addWidget(new QLabel(tr("to")));
    days->addWidget(m_to);
    days->addStretch();
    auto* fromLabel = new QLabel(tr("&From:"));
    fromLabel->setBuddy(m_from);
    filters->addRow(fromLabel, days);
    auto* refreshButton = new QPushButton(tr("&Refresh"));
    refreshButton->setShortcut(QKeySequence::Refresh);
    auto* exportButton = new QPushButton(tr("&Save as CSV..."));
    exportButton->setObjectName(QStringLiteral("historyExport"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(refreshButton);
    buttons->addWidget(exportButton);
    buttons->addStretch();

    m_table = new QTableWidget(0, 9);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Unit"), tr("Year"), tr("Data element"), tr("Before"),
                                        tr("After"), tr("Comment"), tr("Who"), tr("How")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    fillPeople();
    for (QComboBox* box : {m_unit, m_year, m_element, m_person})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                refresh();
        });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_filling)
                refresh();
        });
    connect(refreshButton, &QPushButton::clicked, this, &HistoryPage::refresh);
    connect(exportButton, &QPushButton::clicked, this, &HistoryPage::exportCsv);
}

void HistoryPage::fillPeople()
{
    m_filling = true;
    const QString chosen = m_person->currentData().toString();
    m_person->clear();
    m_person->addItem(tr("Everyone"), QString());
    for (const QString& name : history::people(m_workspace.db()))
        m_person->addItem(name, name);
    selectData(m_person, chosen);
    m_filling = false;
}

void HistoryPage::showValue(const QString& unitCode, int year, const QString& element)
{
    m_filling = true;
    selectData(m_unit, unitCode);
    selectData(m_year, year);
    selectData(m_element, element);
    m_person->setCurrentIndex(0);
    m_from->setDate(anyDay);
    m_to->setDate(anyDay);
    m_filling = false;
    refresh();
}

void HistoryPage::showEvent(QShowEvent* e)
{
    QWidget::showEvent(e);
    fillPeople();
    refresh();
}

HistoryFilter HistoryPage::filter() const
{
    HistoryFilter f;
    f.unitCode = m_unit->currentData().toString();
    f.year = m_year->currentData().toInt();
    f.element = m_element->currentData().toString();
    f.person = m_person->currentData().toString();
    if (m_from->date() != anyDay)
        f.from = m_from->date();
    if (m_to->date() != anyDay)
        f.to = m_to->date();
    return f;
}

void HistoryPage::refresh()
{
    const HistoryFilter f = filter();
    m_table->setRowCount(0);
    QList<HistoryEntry> entries;
    try {
        entries = history::changes(m_workspace.db(), f);
    } catch (const Error& e) {
        m_message->setText(e.message());
        return;
    }
    m_table->setRowCount(static_cast<int>(entries.size()));
    // Newest first: the latest change of a value is what one looks for.
    for (int i = 0; i < entries.size(); ++i) {
        const HistoryEntry& e = entries[entries.size() - 1 - i];
        const DataElement* element = m_workspace.catalogue().element(e.element);
        QString how = changeSources.text(e.source);
        if (e.source == ChangeSource::Import && !e.fileHash.isEmpty())
            how = tr("%1 of %2").arg(how, e.fileName.isEmpty() ? e.fileHash.left(12) : e.fileName);
        QString comment;
        if (e.oldComment != e.newComment)
            comment = e.oldComment.isEmpty() ? e.newComment : tr("“%1” → “%2”").arg(e.oldComment, e.newComment);
        const QStringList cells{formatDateTime(e.changedAt),
                                m_workspace.units().displayName(e.unitCode),
                                QString::number(e.year),
                                element ? element->name.text() : e.element,
                                count(e.oldValue),
                                count(e.newValue),
                                comment,
                                e.changedBy,
                                how};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 4 || c == 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 3)
                item->setToolTip(e.element);
            if (c == 8 && !e.fileHash.isEmpty())
                item->setToolTip(e.fileHash);
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_message->setText(entries.isEmpty() ? tr("No changes match these choices.")
                                         : tr("%1 changes, newest first.").arg(formatCount(entries.size())));
}

void HistoryPage::exportCsv()
{
    const HistoryFilter f = filter();
    const QString suggested =
        f.unitCode.isEmpty() ? QStringLiteral("history.csv") : QStringLiteral("history-%1.csv").arg(f.unitCode);
    const QString path = m_askFile(suggested);
    if (path.isEmpty())
        return;
    try {
        const QByteArray bytes = history::toCsv(history::changes(m_workspace.db(), f)).toUtf8();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            throw Error(tr("Cannot write %1: %2").arg(path, file.errorString()));
        m_message->setText(tr("Saved %1.").arg(path));
    } catch (const Error& e) {
        m_message->setText(e.message());
    }
}

} // namespace chitieu::ui
