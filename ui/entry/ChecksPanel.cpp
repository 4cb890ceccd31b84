#include "ChecksPanel.h"

#include "ui/common/StatusStyle.h"

namespace chitieu::ui {

ChecksPanel::ChecksPanel(QWidget* parent) : QListWidget(parent)
{
    setWordWrap(true);
    setAccessibleName(tr("Checks"));
    setTextElideMode(Qt::ElideNone);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString element = item->data(ElementRole).toString();
        if (!element.isEmpty())
            emit elementActivated(element);
    });
}

void ChecksPanel::setChecks(const QList<HardViolation>& hard, const QList<SoftWarning>& soft)
{
    QList<Entry> entries;
    int openSoft = 0;
    for (const HardViolation& v : hard)
        entries << Entry{QStringLiteral("✘ ") + tr("Must be fixed: %1").arg(v.message), v.rule.smaller.value(0),
                         QStringLiteral("hard"), refusedTone().background};
    for (bool answered : {false, true}) {
        for (const SoftWarning& w : soft) {
            if (w.answered != answered)
                continue;
            const QString text = answered ? QStringLiteral("✔ ") + tr("Explained by a comment: %1").arg(w.message)
                                          : QStringLiteral("⚠ ") + tr("Needs a comment: %1").arg(w.message);
            entries << Entry{text, w.elements.value(0),
                             answered ? QStringLiteral("soft_answered") : QStringLiteral("soft"),
                             answered ? QColor() : warningTone().background};
            openSoft += answered ? 0 : 1;
        }
    }
    if (entries.isEmpty())
        entries << Entry{QStringLiteral("✔ ") + tr("No check fails."), QString(), QStringLiteral("none"), QColor()};
    m_hard = static_cast<int>(hard.size());
    m_openSoft = openSoft;
    if (entries == m_shown && count() == entries.size())
        return;
    clear();
    for (const Entry& e : entries) {
        auto* item = new QListWidgetItem(e.text, this);
        if (e.kind != QLatin1String("none")) // "no check fails" leads to no field
            item->setData(ElementRole, e.element);
        item->setData(KindRole, e.kind);
        if (e.background.isValid())
            item->setBackground(e.background);
    }
    m_shown = entries;
}

} // namespace chitieu::ui
