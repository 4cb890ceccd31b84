#include "UnitHistoryDialog.h"

#include "core/format/Dates.h"
#include "core/format/Numbers.h"
#include "core/workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chitieu::ui {

namespace {

QString shareText(const Decimal& share)
{
    Quotient q;
    q.numerator = share.digits;
    q.denominator = 1;
    for (int i = 0; i < share.scale; ++i)
        q.denominator *= 10;
    return formatDigits(q.fixed(share.scale));
}

// The act of a change, as its rows name it first ("NQ 1264/NQ-UBTVQH14").
QString actOf(const QList<CrosswalkRow>& rows)
{
    QMap<QString, int> acts;
    for (const CrosswalkRow& r : rows) {
        if (r.kind == ChangeKind::Same || r.unconfirmed())
            continue;
        const QString act = r.source.section(QStringLiteral(" per "), 0, 0).section(QLatin1Char(';'), 0, 0);
        ++acts[act.section(QLatin1Char(':'), 0, 0).trimmed()];
    }
    QString best;
    for (auto it = acts.cbegin(); it != acts.cend(); ++it)
        if (best.isEmpty() || it.value() > acts.value(best))
            best = it.key();
    return best;
}

} // namespace

QString UnitHistoryDialog::unconfirmedMark()
{
    return tr("UNCONFIRMED");
}

UnitHistoryDialog::UnitHistoryDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Administrative units over the years"));
    auto* tabs = new QTabWidget;
    m_changes = new QTreeWidget;
    m_changes->setObjectName(QStringLiteral("unitChanges"));
    m_changes->setHeaderLabels({tr("Change"), tr("Kind"), tr("From"), tr("Source")});
    tabs->addTab(m_changes, tr("&Changes"));

    auto* yearPage = new QWidget;
    auto* yearLayout = new QVBoxLayout(yearPage);
    m_year = new QComboBox;
    m_year->setObjectName(QStringLiteral("unitYear"));
    const Catalogue& cat = workspace.catalogue();
    for (int y = cat.baselineYear; y <= cat.lastYear; ++y)
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(m_year->count() - 1);
    auto* yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(m_year);
    yearLayout->addWidget(yearLabel);
    yearLayout->addWidget(m_year);
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("unitTreeOfYear"));
    m_tree->setHeaderLabels({tr("Unit"), tr("Code"), tr("Note")});
    yearLayout->addWidget(m_tree);
    tabs->addTab(yearPage, tr("&Tree of a year"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    connect(m_year, &QComboBox::currentIndexChanged, this, &UnitHistoryDialog::showYear);
    fillChanges();
    showYear();
    resize(900, 600);
}

void UnitHistoryDialog::fillChanges()
{
    m_changes->clear();
    const UnitHistory history = m_workspace.unitHistory();
    for (int i = 1; i < history.trees().size(); ++i) {
        const DatedTree& t = history.trees()[i];
        const QList<CrosswalkRow> rows = history.changeInto(t.from);
        auto* change = new QTreeWidgetItem(m_changes);
        change->setText(0, tr("%1: %2 units").arg(formatDate(t.from)).arg(t.tree.units().size()));
        change->setText(3, actOf(rows));
        bool unconfirmed = false;
        // One line per unit of the older tree that did not stay as it was, or whose row no
        // source confirms.
        QMap<QString, QList<CrosswalkRow>> byOld;
        for (const CrosswalkRow& r : rows)
            if (r.kind != ChangeKind::Same || r.unconfirmed())
                byOld[r.oldCode] << r;
        for (auto it = byOld.cbegin(); it != byOld.cend(); ++it) {
            const CrosswalkRow& first = it.value().first();
            QStringList into;
            bool rowUnconfirmed = false;
            for (const CrosswalkRow& r : it.value()) {
                into << (r.share ? tr("%1 %2 (share %3)").arg(r.newCode, r.newName, shareText(*r.share))
                                 : QStringLiteral("%1 %2").arg(r.newCode, r.newName));
                rowUnconfirmed = rowUnconfirmed || r.unconfirmed();
            }
            auto* item = new QTreeWidgetItem(change);
            item->setText(0, tr("%1 %2 → %3").arg(first.oldCode, first.oldName, into.join(QStringLiteral("; "))));
            item->setText(1, changeKinds.text(first.kind));
            item->setText(2, first.oldCode);
            item->setText(3, rowUnconfirmed ? unconfirmedMark() + QStringLiteral(": ") + first.source : first.source);
            if (rowUnconfirmed) {
                QFont bold = item->font(0);
                bold.setBold(true);
                for (int c = 0; c < 4; ++c)
                    item->setFont(c, bold);
            }
            unconfirmed = unconfirmed || rowUnconfirmed;
        }
        if (unconfirmed)
            change->setText(1, unconfirmedMark());
    }
    if (history.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_changes);
        none->setText(0, tr("This database holds one unit list for every year."));
    }
    m_changes->expandToDepth(0);
    m_changes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
}

void UnitHistoryDialog::showYear()
{
    m_tree->clear();
    const int year = m_year->currentData().toInt();
    QDate from;
    const UnitTree tree = m_workspace.treeOfYear(year, &from);
    const UnitHistory history = m_workspace.unitHistory();
    std::function<void(QTreeWidgetItem*, const OrgUnit&)> add = [&](QTreeWidgetItem* parent, const OrgUnit& u) {
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, u.name);
        item->setText(1, u.code);
        if (from.isValid() && history.isUnconfirmed(from, u.code))
            item->setText(2, unconfirmedMark());
        for (const OrgUnit* child : tree.children(u.code))
            add(item, *child);
    };
    for (const OrgUnit* root : tree.roots())
        add(nullptr, *root);
    m_tree->expandToDepth(0);
}

} // namespace chitieu::ui
