#include "Notice.h"

#include <QMessageBox>

namespace chitieu::ui {

QMessageBox* showNotice(QWidget* parent, const QString& name, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setObjectName(name);
    box->setWindowModality(Qt::NonModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
    return box;
}

} // namespace chitieu::ui
