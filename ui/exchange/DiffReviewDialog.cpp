#include "DiffReviewDialog.h"

#include "core/catalogue/Catalogue.h"
#include "core/format/Dates.h"
#include "core/format/Numbers.h"
#include "core/units/OrgUnit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace chitieu::ui {

namespace {
QString countText(const std::optional<qint64>& v)
{
    return v ? formatCount(*v) : QStringLiteral("—");
}

} // namespace

DiffReviewDialog::DiffReviewDialog(const exchange::ChangeReview& review, const Catalogue& catalogue,
                                   const UnitTree& units, Mode mode, QWidget* parent)
    : QDialog(parent)
{
    const QList<exchange::ValueChange> rows = mode == Mode::OwnValues ? review.ownChanges() : review.changes;
    const QString sender = units.displayName(review.unitCode);
    setWindowTitle(mode == Mode::OwnValues ? tr("Overwrite values entered here?") : tr("Review the changes"));

    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    if (mode == Mode::OwnValues)
        m_intro->setText(
            tr("The file %1 from %2 for %3 would overwrite %n value(s) that were entered on this computer. "
               "Overwrite them with the file's values, or keep them and import nothing from this file?",
               nullptr, static_cast<int>(rows.size()))
                .arg(review.fileName, sender)
                .arg(review.year));
    else if (review.previousMadeAt)
        m_intro->setText(tr("The file %1 from %2 for %3, made on %4, replaces the one made on %5. %n value(s) change. "
                            "Accept the changes, or reject the file and keep the values as they are?",
                            nullptr, static_cast<int>(rows.size()))
                             .arg(review.fileName, sender)
                             .arg(review.year)
                             .arg(formatDateTime(review.madeAt), formatDateTime(*review.previousMadeAt)));
    else
        m_intro->setText(
            tr("The file %1 from %2 for %3 changes %n value(s) already stored here. Accept the changes, or "
               "reject the file and keep the values as they are?",
               nullptr, static_cast<int>(rows.size()))
                .arg(review.fileName, sender)
                .arg(review.year));

    m_table = new QTableWidget(static_cast<int>(rows.size()), ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Unit"), tr("Data element"), tr("Old"), tr("New"), tr("Comment (old → new)"), tr("Entered here")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Changes"));
    for (int r = 0; r < rows.size(); ++r) {
        const exchange::ValueChange& c = rows[r];
        const DataElement* e = catalogue.element(c.element);
        auto* elementItem = new QTableWidgetItem(e ? e->name.text() : c.element);
        elementItem->setData(Qt::UserRole, c.element);
        elementItem->setToolTip(c.element);
        const QString comment =
            c.oldComment == c.newComment ? QString() : QStringLiteral("%1 → %2").arg(c.oldComment, c.newComment);
        QList<QTableWidgetItem*> items{new QTableWidgetItem(units.displayName(c.unitCode)),
                                       elementItem,
                                       new QTableWidgetItem(countText(c.oldValue)),
                                       new QTableWidgetItem(countText(c.newValue)),
                                       new QTableWidgetItem(comment),
                                       new QTableWidgetItem(c.own ? tr("Yes — entered here") : QString())};
        items[Old]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        items[New]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (int col = 0; col < ColumnCount; ++col) {
            if (c.own) { // in words and in bold, never by colour alone
                QFont f = items[col]->font();
                f.setBold(true);
                items[col]->setFont(f);
            }
            m_table->setItem(r, col, items[col]);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox;
    m_accept = buttons->addButton(mode == Mode::OwnValues ? tr("&Overwrite my values") : tr("&Accept the changes"),
                                  QDialogButtonBox::AcceptRole);
    m_reject = buttons->addButton(mode == Mode::OwnValues ? tr("&Keep my values") : tr("&Reject the file"),
                                  QDialogButtonBox::RejectRole);
    m_reject->setDefault(true); // the safe answer is the one Enter gives
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(820, 460);
}

} // namespace chitieu::ui
