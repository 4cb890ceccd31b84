#include "DamagedStart.h"

#include "core/Error.h"
#include "core/format/Dates.h"
#include "core/store/Backups.h"
#include "core/workspace/Workspace.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

namespace chitieu::ui {

namespace {} // namespace

std::unique_ptr<Workspace> openAtStart(const QString& path)
{
    try {
        return std::make_unique<Workspace>(path);
    } catch (const Error& e) {
        const QString good =
            QFileInfo::exists(path) && backups::isDamaged(path) ? backups::newestGood(path) : QString();
        if (good.isEmpty()) {
            QMessageBox::critical(nullptr, QApplication::translate("DamagedStart", "Cannot open the database"),
                                  e.message());
            return nullptr;
        }
        const QDateTime madeAt = [&] {
            for (const BackupInfo& b : backups::list(path))
                if (b.path == good)
                    return b.madeAt;
            return QDateTime();
        }();
        const auto answer = QMessageBox::question(
            nullptr, QApplication::translate("DamagedStart", "The database is damaged"),
            QApplication::translate(
                "DamagedStart",
                "%1\n\nThe newest good backup was made on %2. Restore it? The damaged file is kept beside it, "
                "renamed; changes made after the backup are not in it.")
                .arg(e.message(), formatDateTime(madeAt)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return nullptr;
        try {
            const QString aside = backups::replaceDamaged(path, good);
            auto workspace = std::make_unique<Workspace>(path);
            QMessageBox::information(
                nullptr, QApplication::translate("DamagedStart", "Backup restored"),
                QApplication::translate("DamagedStart",
                                        "The backup of %1 was restored. The damaged database is kept as %2.")
                    .arg(formatDateTime(madeAt), aside));
            return workspace;
        } catch (const Error& again) {
            QMessageBox::critical(nullptr, QApplication::translate("DamagedStart", "Cannot open the database"),
                                  again.message());
            return nullptr;
        }
    }
}

} // namespace chitieu::ui
