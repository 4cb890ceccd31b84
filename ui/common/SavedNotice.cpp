#include "SavedNotice.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace chitieu::ui {

void showSavedNotice(QWidget* parent, const QString& title, const QString& path, const QString& detail)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Information);
    box.setWindowTitle(title);
    box.setText(QStringLiteral("✔ ") +
                QCoreApplication::translate("SavedNotice", "Saved as %1.").arg(QDir::toNativeSeparators(path)));
    if (!detail.isEmpty())
        box.setInformativeText(detail);
    QPushButton* open =
        box.addButton(QCoreApplication::translate("SavedNotice", "Open &folder"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Ok);
    box.setDefaultButton(QMessageBox::Ok);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

} // namespace chitieu::ui
