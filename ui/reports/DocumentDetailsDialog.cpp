#include "DocumentDetailsDialog.h"

#include "core/Error.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace chitieu::ui {

namespace {
QPlainTextEdit* lines(const QStringList& text, int rows)
{
    auto* edit = new QPlainTextEdit(text.join(QLatin1Char('\n')));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * rows + 12);
    return edit;
}

QStringList linesOf(const QPlainTextEdit* edit)
{
    QStringList out;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}
} // namespace

DocumentDetailsDialog::DocumentDetailsDialog(const OfficialHeader& header, QWidget* parent)
    : QDialog(parent), m_base(header)
{
    setWindowTitle(tr("Document details"));
    m_superior = new QLineEdit(header.superior);
    m_issuer = lines(header.issuer.split(QLatin1Char('\n')), 2);
    m_number = new QLineEdit(header.number);
    m_place = new QLineEdit(header.place);
    m_date = new QDateEdit(header.date);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_recipients = lines(header.recipients, 5);
    m_signature = lines(header.signatureTitle, 3);
    m_signer = new QLineEdit(header.signer);

    auto* form = new QFormLayout;
    form->addRow(tr("Body a&bove the issuer:"), m_superior);
    form->addRow(tr("&Issuing body:"), m_issuer);
    form->addRow(tr("&Number and symbol:"), m_number);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Recipients (one a line):"), m_recipients);
    form->addRow(tr("&Signature lines:"), m_signature);
    form->addRow(tr("Signer's &name:"), m_signer);
    auto* note = new QLabel(tr("These lines are printed as written, in Vietnamese, as Decree 30/2020 sets them out."));
    note->setWordWrap(true);
    note->setEnabled(false);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Problem with the details"));
    m_message->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

OfficialHeader DocumentDetailsDialog::result() const
{
    OfficialHeader h = m_base;
    h.superior = m_superior->text().trimmed();
    h.issuer = linesOf(m_issuer).join(QLatin1Char('\n'));
    h.number = m_number->text();
    h.place = m_place->text().trimmed();
    h.date = m_date->date();
    h.recipients = linesOf(m_recipients);
    h.signatureTitle = linesOf(m_signature);
    h.signer = m_signer->text().trimmed();
    return h;
}

void DocumentDetailsDialog::accept()
{
    try {
        checkHeader(result());
    } catch (const Error& e) {
        m_message->setText(e.message());
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace chitieu::ui
