#pragma once
// The language of the program's texts, numbers and dates: Vietnamese (the program's default)
// or English. QTranslator is in Qt Core, so the desktop program and the command line share
// this; the compiled translations travel inside the program (resource prefix /i18n).

#include <QLocale>
#include <QString>
#include <QStringList>

namespace chitieu::i18n {

struct LanguageChoice
{
    QString code;   // "vi" or "en": which translation is loaded
    QLocale locale; // numbers and dates: vi_VN (1.234,5), en_GB (1,234.5), or C for scripts
};

// The codes a preference may hold; an empty preference follows the system.
QStringList availableLanguages();
// A language's name in that language ("Tiếng Việt", "English"), as a language menu shows it.
QString nativeLanguageName(const QString& code);

// An explicit "vi" or "en" wins. Otherwise the system decides: Vietnamese when any of its
// languages or its region is Vietnamese; English when its first language is English; the
// C/POSIX locale (scripts, servers) gives the English source texts with plain numbers, as
// every gettext program does; anything else gives Vietnamese, the program's own language.
LanguageChoice chooseLanguage(const QString& preference, const QLocale& system = QLocale::system());

// Installs the program's translation and Qt's own (dialog buttons, context menus) for the
// choice, replacing those installed before, and makes choice.locale the default QLocale.
// Needs a QCoreApplication. Returns false when the program's translation is missing (the
// texts then stay in English).
bool applyLanguage(const LanguageChoice& choice);

// The code applied last, empty before the first applyLanguage().
QString appliedLanguage();

// "vi" or "en": the language the program's texts are in, which texts of the catalogue follow
// too. It is the language applied last (English under the C locale of scripts, as the
// program's own texts are). Before any applyLanguage(), as in code used as a library, the
// default QLocale decides: English when it is English, otherwise Vietnamese.
QString textLanguage();

} // namespace chitieu::i18n
