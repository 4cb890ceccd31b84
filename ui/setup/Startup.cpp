#include "Startup.h"

#include "chitieu/Version.h"
#include "core/i18n/Language.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <cstdio>
#include <cstring>

namespace chitieu::ui {

bool printVersionIfAsked(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("chitieu %s\n", CHITIEU_VERSION);
            return true;
        }
    }
    return false;
}

void prepareApplication()
{
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/chitieu/icons/chitieu-%1.png").arg(size));
    QApplication::setWindowIcon(icon);
    i18n::applyLanguage(i18n::chooseLanguage(QString()));
}

void applySavedLanguage(const QString& preference)
{
    const i18n::LanguageChoice choice = i18n::chooseLanguage(preference);
    if (choice.code != i18n::appliedLanguage() || choice.locale != QLocale())
        i18n::applyLanguage(choice);
}

} // namespace chitieu::ui
