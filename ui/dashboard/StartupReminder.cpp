#include "StartupReminder.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/schedule/YearStatus.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Notice.h"

#include <QCoreApplication>

namespace chitieu::ui {

QMessageBox* showStartupReminder(Workspace& workspace, QWidget* parent)
{
    const QDate today = Clock::instance().today();
    QString text;
    try {
        const YearStatus s = yearStatus(workspace, currentReportingYear(workspace.catalogue(), today), today);
        text = reminderText(s, workspace.units());
    } catch (const Error&) {
        return nullptr; // no unit set up yet: the first-run questions come first
    }
    if (text.isEmpty())
        return nullptr;
    return showNotice(parent, QStringLiteral("startupReminder"),
                      QCoreApplication::translate("StartupReminder", "Deadline reminder"), text);
}

} // namespace chitieu::ui
