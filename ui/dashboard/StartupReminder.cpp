#include "StartupReminder.h"

#include "DashboardPage.h"
#include "ui/common/Notice.h"

#include <QCoreApplication>

namespace chitieu::ui {

QMessageBox* showStartupReminder(const DashboardPage& home, QWidget* parent)
{
    const QString text = home.reminder(); // empty also when no unit is set up: the first-run questions come first
    if (text.isEmpty())
        return nullptr;
    return showNotice(parent, QStringLiteral("startupReminder"),
                      QCoreApplication::translate("StartupReminder", "Deadline reminder"), text);
}

} // namespace chitieu::ui
