#include "DashboardTables.h"

#include "core/catalogue/Catalogue.h"
#include "core/format/Dates.h"
#include "core/format/MeasureText.h"
#include "core/format/ResultText.h"
#include "core/units/OrgUnit.h"
#include "ui/common/StatusStyle.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableWidget>
#include <QTimer>

namespace chitieu::ui {

namespace {
void setRow(QTableWidget* table, int row, const QStringList& texts, const QString& key, const QString& state,
            const QColor& background)
{
    for (int c = 0; c < texts.size(); ++c) {
        auto* item = new QTableWidgetItem(texts[c]);
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        item->setBackground(background);
        item->setToolTip(texts[c]);
        if (c == 0) {
            item->setData(RowKeyRole, key);
            item->setData(RowStateRole, state);
        }
        table->setItem(row, c, item);
    }
}

// Rows are sized to their wrapped text once the columns have their final widths, in the next
// turn of the event loop. The header resizes its sections one at a time: sizing the rows at
// each would use widths about to change (rows cut short) and lay every text out once per
// column. The table's timer is made when first needed.
void sizeRowsSoon(QTableWidget* table)
{
    auto* rowSizer = table->findChild<QTimer*>(QStringLiteral("rowSizer"), Qt::FindDirectChildrenOnly);
    if (!rowSizer) {
        rowSizer = new QTimer(table);
        rowSizer->setObjectName(QStringLiteral("rowSizer"));
        rowSizer->setSingleShot(true);
        rowSizer->setInterval(0);
        QObject::connect(rowSizer, &QTimer::timeout, table, &QTableWidget::resizeRowsToContents);
    }
    rowSizer->start();
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

QString deadlineStateKey(const DeliverableStatus& d)
{
    if (d.done())
        return QStringLiteral("done");
    if (d.daysLeft < 0)
        return QStringLiteral("overdue");
    return d.daysLeft < 7 ? QStringLiteral("soon") : QStringLiteral("upcoming");
}

void setUpTable(QTableWidget* table, const QStringList& headers, int stretchColumn)
{
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Long measure names wrap onto a second line rather than end in "...".
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideNone);
    table->setShowGrid(false);
    QObject::connect(table->horizontalHeader(), &QHeaderView::sectionResized, table, [table] { sizeRowsSoon(table); });
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void fillDeliverables(QTableWidget* table, const YearStatus& s)
{
    using namespace dashboard;
    table->setRowCount(static_cast<int>(s.deliverables.size()));
    int row = 0;
    for (const DeliverableStatus& d : s.deliverables) {
        const QString key = deadlineStateKey(d);
        QString state;
        QColor colour = neutralColour();
        // What stands: the deliverable's own state, or how many have delivered it.
        QString stands = deliverableStates.text(d.state);
        if (d.fromBelow)
            stands = QCoreApplication::translate("Dashboard", "%1 of %2 received")
                         .arg(d.arrivals->expected() - d.arrivals->missing)
                         .arg(d.arrivals->expected());
        else if (d.changedSinceSent)
            stands = QCoreApplication::translate("Dashboard", "changed since sent %1").arg(formatDate(d.sentAt));
        if (d.done() && d.fromBelow) {
            state = d.doneLate() ? QCoreApplication::translate("Dashboard", "✔ All received, some late")
                                 : QCoreApplication::translate("Dashboard", "✔ All received");
            colour = doneColour();
        } else if (d.done()) {
            state = (d.doneLate() ? QCoreApplication::translate("Dashboard", "✔ Sent %1, late")
                                  : QCoreApplication::translate("Dashboard", "✔ Sent %1"))
                        .arg(formatDate(d.sentAt));
            colour = doneColour();
        } else if (d.daysLeft < 0) {
            state = QCoreApplication::translate("Dashboard", "⚠ %1 · %2")
                        .arg(capitalised(daysLeftText(d.daysLeft)), stands);
            colour = overdueColour();
        } else {
            state =
                QCoreApplication::translate("Dashboard", "%1 · %2").arg(capitalised(daysLeftText(d.daysLeft)), stands);
            if (d.daysLeft < 7)
                colour = soonColour();
        }
        const QString what = d.fromBelow ? QCoreApplication::translate("Dashboard", "%1, %2").arg(d.what, d.who)
                                         : QCoreApplication::translate("Dashboard", "%1 → %2").arg(d.what, d.who);
        setRow(table, row, {formatDate(d.date), state, what}, d.id, key, colour);
        if (!d.fromBelow && !d.done() && !d.missing.isEmpty())
            table->item(row, DeadlineWhat)
                ->setToolTip(QCoreApplication::translate("Dashboard", "Still to do: %1")
                                 .arg(d.missing.join(QStringLiteral("; "))));
        ++row;
    }
    sizeRowsSoon(table);
}

void fillUnitsBelow(QTableWidget* table, const YearStatus& s, const UnitTree& units)
{
    using namespace dashboard;
    const QList<UnitArrival> below = s.below ? s.below->units : QList<UnitArrival>();
    table->setRowCount(static_cast<int>(below.size()));
    int row = 0;
    for (const UnitArrival& a : below) {
        QString state = arrivals.text(a.arrival);
        QColor colour = doneColour();
        if (a.arrival == Arrival::Late) {
            colour = soonColour();
        } else if (a.arrival == Arrival::NotComplete) {
            // Received, but in progress or empty: not counted, and not on time.
            state = receiptText(a);
            colour = soonColour();
        } else if (a.arrival == Arrival::Missing) {
            const bool pastDue = s.today > a.deadline;
            colour = pastDue ? overdueColour() : neutralColour();
            state = pastDue ? QCoreApplication::translate("Dashboard", "⚠ Missing, due %1").arg(formatDate(a.deadline))
                            : QCoreApplication::translate("Dashboard", "Missing, due %1").arg(formatDate(a.deadline));
        }
        if (a.returned)
            state += QCoreApplication::translate("Dashboard", " (returned)");
        const OrgUnit* u = units.find(a.unitCode);
        setRow(table, row++, {u ? u->name : a.unitCode, state, formatDate(a.madeAt), formatDate(a.receivedAt)},
               a.unitCode, arrivals.key(a.arrival), colour);
    }
    sizeRowsSoon(table);
}

void fillMeasuresToWatch(QTableWidget* table, const YearStatus& s, const Catalogue& catalogue, const UnitTree& units)
{
    using namespace dashboard;
    QList<MeasureResult> watch;
    for (MeasureStatus wanted : {MeasureStatus::NotMet, MeasureStatus::Incomplete, MeasureStatus::NoData})
        for (const MeasureResult& r : s.measures)
            if (r.status == wanted)
                watch << r;
    table->setRowCount(static_cast<int>(watch.size()));
    int row = 0;
    for (const MeasureResult& r : watch) {
        const Measure* m = catalogue.measure(r.code);
        if (!m)
            continue;
        setRow(table, row,
               {QStringLiteral("%1  %2").arg(m->code, m->name.text()), formatResultValueWithCoverage(r, *m),
                formatTarget(*m), statusLabel(r.status)},
               m->code, measureStatuses.key(r.status), statusBackground(r.status));
        // What the figure covers and why its status is what it is, on the value and the status.
        const QString notes = resultNotes(r, *m, units).join(QLatin1Char('\n'));
        if (!notes.isEmpty())
            for (int c : {MeasureValue, MeasureState})
                table->item(row, c)->setToolTip(notes);
        ++row;
    }
    table->setRowCount(row);
    sizeRowsSoon(table);
}

} // namespace chitieu::ui
