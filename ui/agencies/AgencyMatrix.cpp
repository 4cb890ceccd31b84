#include "AgencyMatrix.h"

#include "core/catalogue/Catalogue.h"
#include "ui/common/StatusStyle.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableWidget>

namespace chitieu::ui {

namespace {
QTableWidgetItem* cell(const QString& text, const QString& toolTip = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

QTableWidgetItem* countCell(int count, bool any, MeasureStatus s)
{
    auto* item = cell(any ? QString::number(count) : QStringLiteral("–"),
                      any ? QStringLiteral("%1: %2").arg(measureStatuses.text(s)).arg(count)
                          : QCoreApplication::translate("Agencies", "No indicator of its own"));
    item->setTextAlignment(Qt::AlignCenter);
    if (any && count > 0)
        item->setBackground(statusBackground(s));
    return item;
}
} // namespace

AgencySummary agencySummary(const Catalogue& catalogue, const QString& agencyCode, const QList<MeasureResult>& results)
{
    AgencySummary s;
    const QList<int> indicators = catalogue.indicatorsOfAgency(agencyCode);
    for (const MeasureResult& r : results) {
        const Measure* m = catalogue.measure(r.code);
        // A measure that does not apply here (3c without a rural commune) is not the agency's to meet.
        if (!m || !indicators.contains(m->indicator) || r.status == MeasureStatus::NotApplicable)
            continue;
        ++s.measures;
        switch (r.status) {
        case MeasureStatus::Met:
            ++s.met;
            break;
        case MeasureStatus::NotMet:
            ++s.notMet;
            break;
        case MeasureStatus::NoData:
        case MeasureStatus::Incomplete: // too few communes to judge: no status yet
        case MeasureStatus::NotApplicable:
            ++s.noData;
            break;
        }
    }
    return s;
}

QString shortTasks(const Agency& agency)
{
    const QString tasks = agency.tasks.text().simplified();
    const qsizetype end = tasks.indexOf(QStringLiteral(". "));
    return end < 0 ? tasks : tasks.left(end + 1);
}

void setUpAgencyMatrix(QTableWidget* table, const Catalogue& catalogue)
{
    const AgencyColumns cols{static_cast<int>(catalogue.indicators.size())};
    table->setColumnCount(cols.count());
    QStringList headers{QCoreApplication::translate("Agencies", "Agency")};
    for (const Indicator& ind : catalogue.indicators)
        headers << QString::number(ind.number);
    headers << QCoreApplication::translate("Agencies", "Met") << QCoreApplication::translate("Agencies", "Not met")
            << QCoreApplication::translate("Agencies", "No data") << QCoreApplication::translate("Agencies", "Tasks");
    table->setHorizontalHeaderLabels(headers);
    for (int i = 0; i < cols.indicators; ++i)
        table->horizontalHeaderItem(cols.first() + i)
            ->setToolTip(QCoreApplication::translate("Agencies", "Indicator %1: %2")
                             .arg(catalogue.indicators[i].number)
                             .arg(catalogue.indicators[i].text.text()));
    table->verticalHeader()->setVisible(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(cols.tasks(), QHeaderView::Stretch);
    header->setMinimumSectionSize(24);
}

void fillAgencyMatrix(QTableWidget* table, const Catalogue& catalogue, const QList<MeasureResult>& results)
{
    const AgencyColumns cols{static_cast<int>(catalogue.indicators.size())};
    const QColor leadColour(0xc9, 0xdc, 0xf5);
    const QColor coordinateColour(0xe6, 0xee, 0xf9);
    table->setRowCount(static_cast<int>(catalogue.agencies.size()));
    int row = 0;
    for (const Agency& a : catalogue.agencies) {
        auto* name = cell(a.shortName.text(), a.name.text());
        name->setData(AgencyCodeRole, a.code);
        table->setItem(row, 0, name);
        for (int i = 0; i < cols.indicators; ++i) {
            const int number = catalogue.indicators[i].number;
            QTableWidgetItem* item = nullptr;
            if (a.leads.contains(number)) {
                item = cell(QCoreApplication::translate("Agencies", "L"),
                            QCoreApplication::translate("Agencies", "%1 leads indicator %2")
                                .arg(a.shortName.text())
                                .arg(number));
                item->setBackground(leadColour);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            } else if (a.coordinates.contains(number)) {
                item = cell(QCoreApplication::translate("Agencies", "C"),
                            QCoreApplication::translate("Agencies", "%1 coordinates indicator %2")
                                .arg(a.shortName.text())
                                .arg(number));
                item->setBackground(coordinateColour);
            } else {
                item = cell(QString());
            }
            item->setTextAlignment(Qt::AlignCenter);
            table->setItem(row, cols.first() + i, item);
        }
        const AgencySummary s = agencySummary(catalogue, a.code, results);
        const bool any = s.measures > 0;
        table->setItem(row, cols.met(), countCell(s.met, any, MeasureStatus::Met));
        table->setItem(row, cols.notMet(), countCell(s.notMet, any, MeasureStatus::NotMet));
        table->setItem(row, cols.noData(), countCell(s.noData, any, MeasureStatus::NoData));
        table->setItem(row, cols.tasks(), cell(shortTasks(a), a.tasks.text()));
        ++row;
    }
}

} // namespace chitieu::ui
