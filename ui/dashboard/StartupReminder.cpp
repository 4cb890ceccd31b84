#include "StartupReminder.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/schedule/YearStatus.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QMessageBox>

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
    auto* box =
        new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("StartupReminder", "Deadline reminder"), text,
                        QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("startupReminder"));
    box->setWindowModality(Qt::NonModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
    return box;
}

} // namespace chitieu::ui
