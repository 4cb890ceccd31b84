#include "Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QList>
#include <QPointer>
#include <QTranslator>
#include <algorithm>
#include <utility>

namespace chitieu::i18n {

namespace {

const QString vietnamese = QStringLiteral("vi");
const QString english = QStringLiteral("en");

// What applyLanguage() installed, so that the next call can take it out again. The
// translators are children of the application, so they never outlive it.
QList<QPointer<QTranslator>>& installed()
{
    static QList<QPointer<QTranslator>> list;
    return list;
}

QString& applied()
{
    static QString code;
    return code;
}

bool install(const QString& file)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!QFileInfo::exists(file) || !translator->load(file) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    installed().append(translator);
    return true;
}

LanguageChoice choiceFor(const QString& code)
{
    if (code == english)
        return {english, QLocale(QLocale::English, QLocale::UnitedKingdom)}; // day first, as in Vietnam
    return {vietnamese, QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
}

} // namespace

QStringList availableLanguages()
{
    return {vietnamese, english};
}

QString nativeLanguageName(const QString& code)
{
    if (code == english)
        return QStringLiteral("English");
    if (code == vietnamese)
        return QStringLiteral("Tiếng Việt");
    return code;
}

LanguageChoice chooseLanguage(const QString& preference, const QLocale& system)
{
    if (availableLanguages().contains(preference))
        return choiceFor(preference);
    const QStringList ui = system.uiLanguages();
    const bool saysVietnamese =
        system.language() == QLocale::Vietnamese || system.territory() == QLocale::Vietnam ||
        std::any_of(ui.begin(), ui.end(), [](const QString& l) { return l.startsWith(vietnamese); });
    if (saysVietnamese)
        return choiceFor(vietnamese);
    if (system.language() == QLocale::C)
        return {english, QLocale::c()};
    if (system.language() == QLocale::English || ui.value(0).startsWith(english))
        return choiceFor(english);
    return choiceFor(vietnamese);
}

bool applyLanguage(const LanguageChoice& choice)
{
    for (const QPointer<QTranslator>& t : std::as_const(installed())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed().clear();

    // The last translator installed is searched first. From lowest to highest: Qt's from the
    // system (complete when a Qt release has one), ours for Qt (Qt 6.4 ships no Vietnamese),
    // and the program's own.
    const QString qtFile = QStringLiteral("qtbase_%1.qm").arg(choice.code);
    install(QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath)).filePath(qtFile));
    install(QStringLiteral(":/i18n/") + qtFile);
    const bool ok = install(QStringLiteral(":/i18n/chitieu_%1.qm").arg(choice.code));

    QLocale::setDefault(choice.locale);
    applied() = choice.code;
    return ok;
}

QString appliedLanguage()
{
    return applied();
}

QString textLanguage()
{
    if (!applied().isEmpty())
        return applied();
    return QLocale().language() == QLocale::English ? english : vietnamese;
}

} // namespace chitieu::i18n
