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
    clear();
    m_hard = static_cast<int>(hard.size());
    m_openSoft = 0;
    for (const HardViolation& v : hard) {
        auto* item = new QListWidgetItem(QStringLiteral("✘ ") + tr("Must be fixed: %1").arg(v.message), this);
        item->setData(ElementRole, v.rule.smaller.value(0));
        item->setData(KindRole, QStringLiteral("hard"));
        item->setBackground(refusedTone().background);
    }
    for (bool answered : {false, true}) {
        for (const SoftWarning& w : soft) {
            if (w.answered != answered)
                continue;
            const QString text = answered ? QStringLiteral("✔ ") + tr("Explained by a comment: %1").arg(w.message)
                                          : QStringLiteral("⚠ ") + tr("Needs a comment: %1").arg(w.message);
            auto* item = new QListWidgetItem(text, this);
            item->setData(ElementRole, w.elements.value(0));
            item->setData(KindRole, answered ? QStringLiteral("soft_answered") : QStringLiteral("soft"));
            if (!answered) {
                item->setBackground(warningTone().background);
                ++m_openSoft;
            }
        }
    }
    if (count() == 0) {
        auto* item = new QListWidgetItem(QStringLiteral("✔ ") + tr("No check fails."), this);
        item->setData(KindRole, QStringLiteral("none"));
    }
}

} // namespace chitieu::ui
