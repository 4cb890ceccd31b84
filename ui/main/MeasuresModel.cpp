#include "MeasuresModel.h"

#include "core/catalogue/Catalogue.h"
#include "core/format/MeasureText.h"
#include "core/format/Numbers.h"
#include "core/format/ResultText.h"
#include "ui/common/StatusStyle.h"

#include <QFont>

namespace chitieu::ui {

MeasuresModel::MeasuresModel(const Catalogue& catalogue, const UnitTree& units, QObject* parent)
    : QStandardItemModel(parent), m_catalogue(catalogue), m_units(units)
{
    setHorizontalHeaderLabels(
        {tr("Measure"), tr("Value"), tr("Target"), tr("Status"), tr("Numerator"), tr("Denominator")});
}

namespace {
QStandardItem* readOnly(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QString optionalSum(const std::optional<qint64>& v)
{
    return v ? formatCount(*v) : QString();
}
} // namespace

void MeasuresModel::setResults(const QList<MeasureResult>& results, const QString& agencyFilter)
{
    removeRows(0, rowCount());
    const QList<int> shown = agencyFilter.isEmpty() ? QList<int>() : m_catalogue.indicatorsOfAgency(agencyFilter);
    QFont bold;
    bold.setBold(true);
    for (const Group& g : m_catalogue.groups) {
        auto* groupItem = readOnly(QStringLiteral("%1. %2").arg(g.id).arg(g.name.text()));
        groupItem->setFont(bold);
        for (int number : g.indicators) {
            if (!agencyFilter.isEmpty() && !shown.contains(number))
                continue;
            const Indicator* ind = m_catalogue.indicator(number);
            auto* indItem = readOnly(tr("Indicator %1").arg(number));
            if (ind) {
                indItem->setToolTip(ind->text.text());
                if (const Agency* lead = m_catalogue.agency(ind->lead))
                    indItem->setText(tr("Indicator %1 (%2)").arg(number).arg(lead->shortName.text()));
            }
            for (const Measure* m : m_catalogue.measuresOf(number)) {
                const auto it = std::find_if(results.cbegin(), results.cend(),
                                             [&](const MeasureResult& r) { return r.code == m->code; });
                MeasureResult r;
                if (it != results.cend())
                    r = *it;
                r.code = m->code;
                QList<QStandardItem*> row;
                row << readOnly(QStringLiteral("%1  %2").arg(m->code, m->name.text()));
                row << readOnly(formatResultValueWithCoverage(r, *m));
                row << readOnly(formatTarget(*m));
                row << readOnly(statusLabel(r.status));
                row << readOnly(optionalSum(r.numerator));
                row << readOnly(optionalSum(r.denominator));
                row[0]->setData(m->code, MeasureCodeRole);
                row[0]->setToolTip(ind ? ind->text.text() : QString());
                row[Status]->setData(measureStatuses.key(r.status), StatusRole);
                row[Status]->setBackground(statusBackground(r.status));
                const QString notes = resultNotes(r, *m, m_units).join(QLatin1Char('\n'));
                row[Value]->setToolTip(notes);
                row[Status]->setToolTip(notes);
                indItem->appendRow(row);
            }
            groupItem->appendRow(indItem);
        }
        if (groupItem->hasChildren())
            appendRow(groupItem);
        else
            delete groupItem;
    }
}

} // namespace chitieu::ui
