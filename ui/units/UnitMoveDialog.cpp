#include "UnitMoveDialog.h"

#include "UnitHistoryDialog.h"
#include "core/format/Dates.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace chitieu::ui {

UnitMoveDialog::UnitMoveDialog(const UnitMove& move, QWidget* parent) : QDialog(parent), m_move(move)
{
    setObjectName(QStringLiteral("unitMoveDialog"));
    setWindowTitle(tr("Your unit became part of another"));
    const QString from = QStringLiteral("%1 (%2)").arg(move.fromName, move.fromCode);
    const QString to = QStringLiteral("%1 (%2)").arg(move.toName, move.toCode);
    QString text =
        tr("%1 became part of %2 on %3.\n\nResolution: %4").arg(from, to, formatDate(move.date()), move.sources());
    if (move.unconfirmed())
        text += QStringLiteral("\n\n") + UnitHistoryDialog::unconfirmedMark() + QStringLiteral(": ") +
                tr("no source confirms this change yet; check it with the city before moving.");
    text += QStringLiteral("\n\n") +
            tr("Move this installation to %1? Its earlier years stay here under the code %2 and are shown on the "
               "new unit when mapped; from now on it enters, reports and sends its files as %1. Its signing key "
               "stays: the unit that receives your files is asked to accept it for %1.")
                .arg(to, move.fromCode);
    m_text = new QLabel(text);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox;
    m_moveButton = buttons->addButton(tr("&Move to %1").arg(to), QDialogButtonBox::AcceptRole);
    m_laterButton = buttons->addButton(tr("&Not now"), QDialogButtonBox::RejectRole);
    m_laterButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(
        new QLabel(tr("Not now: this is not asked again at start; File > Move to the new unit... does it later.")));
    layout->addWidget(buttons);
}

} // namespace chitieu::ui
