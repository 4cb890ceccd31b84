#pragma once
// Before a report is saved or printed, its administrative details can be changed: the
// issuing body, the number and symbol, the place and date, the recipients ("Nơi nhận") and
// the signature block (the "TM." and "KT." lines, the title, the signer's name). The
// defaults come from the installation's settings and the deliverable.

#include "core/report/OfficialHeader.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace chitieu::ui {

class DocumentDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DocumentDetailsDialog(const OfficialHeader& header, QWidget* parent = nullptr);

    OfficialHeader result() const;
    // OK: an incomplete header (core's checkHeader) is refused here with its reason, the
    // dialog staying open with what was typed.
    void accept() override;

    QLineEdit* numberEdit() const { return m_number; }
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* recipientsEdit() const { return m_recipients; }
    QPlainTextEdit* issuerEdit() const { return m_issuer; }
    QLineEdit* signerEdit() const { return m_signer; }
    QLabel* messageLabel() const { return m_message; }

private:
    OfficialHeader m_base;
    QLineEdit* m_superior;
    QPlainTextEdit* m_issuer;
    QLineEdit* m_number;
    QLineEdit* m_place;
    QDateEdit* m_date;
    QPlainTextEdit* m_recipients;
    QPlainTextEdit* m_signature;
    QLineEdit* m_signer;
    QLabel* m_message;
};

} // namespace chitieu::ui
