// The translations: complete, up to date with the sources (lupdate would add nothing), their
// contexts the ones the program uses at run time, and loaded with the language's formats.
#include "core/i18n/Language.h"
#include "core/i18n/SourceTextTranslator.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace chitieu;

namespace
{

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // of the translation: "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or one per plural form
    QString key() const { return context + QStringLiteral(" | ") + source + QStringLiteral(" | ") + comment; }
};

QString tsPath(const QString& name)
{
    return QStringLiteral(CHITIEU_SOURCE_DIR "/translations/") + name;
}

QList<Message> readTs(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QList<Message> out;
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.append(m);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        if (name == "name")
            context = xml.readElementText();
        else if (name == "message")
            m = Message{context, {}, {}, xml.attributes().value("numerus") == QLatin1String("yes"), {}, {}};
        else if (name == "source")
            m.source = xml.readElementText();
        else if (name == "comment")
            m.comment = xml.readElementText();
        else if (name == "translation") {
            m.type = xml.attributes().value("type").toString();
            if (!m.numerus)
                m.translations = {xml.readElementText()};
        } else if (name == "numerusform")
            m.translations.append(xml.readElementText());
    }
    INFO(path.toStdString() << ": " << xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return out;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?[0-9]+|%n"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(QLatin1Char('L')));
    return found;
}

// What is wrong with a .ts file's entries, one line each (empty: nothing).
QStringList problems(const QList<Message>& messages)
{
    QStringList out;
    for (const Message& m : messages) {
        if (!m.type.isEmpty())
            out << QStringLiteral("%1: %2").arg(m.type, m.key());
        else if (m.translations.isEmpty() || m.translations.contains(QString()))
            out << QStringLiteral("empty: %1").arg(m.key());
        else
            for (const QString& t : m.translations)
                if (placeholders(t) != placeholders(m.source) &&
                    !(m.numerus && placeholders(t) + QSet<QString>{"%n"} == placeholders(m.source)))
                    out << QStringLiteral("placeholders differ: %1 -> %2").arg(m.key(), t);
    }
    return out;
}

struct LupdateRun {
    QList<Message> messages;
    QString log;
};

// Runs lupdate as packaging/update-translations.sh does, on a copy of a .ts file.
LupdateRun lupdateInto(const QString& tsName, const QStringList& extra)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString copy = dir.filePath(tsName);
    REQUIRE(QFile::copy(tsPath(tsName), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess p;
    p.setWorkingDirectory(QStringLiteral(CHITIEU_SOURCE_DIR));
    p.start(QStringLiteral(CHITIEU_LUPDATE),
            QStringList{"core", "ui", "app", "-extensions", "cpp,h", "-locations", "none", "-no-obsolete",
                        "-source-language", "en", "-ts", copy} +
                extra);
    REQUIRE(p.waitForFinished(300000));
    const QString log = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    INFO(log.toStdString());
    REQUIRE(p.exitCode() == 0);
    return {readTs(copy), log};
}

QStringList added(const QList<Message>& before, const QList<Message>& after)
{
    QSet<QString> known;
    for (const Message& m : before)
        known.insert(m.key());
    QStringList out;
    for (const Message& m : after)
        if (!known.contains(m.key()))
            out << m.key();
    return out;
}

QString joined(const QStringList& lines)
{
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("Every translation file is complete with no unfinished or empty entry and the same placeholders")
{
    for (const char* name : {"chitieu_vi.ts", "chitieu_en.ts", "qtbase_vi.ts"}) {
        INFO(name);
        const QList<Message> messages = readTs(tsPath(QString::fromLatin1(name)));
        CHECK(joined(problems(messages)) == QString());
    }
    // Vietnamese translates every string; English keeps only plural forms (the sources are English).
    CHECK(readTs(tsPath("chitieu_vi.ts")).size() > 100);
    CHECK(readTs(tsPath("qtbase_vi.ts")).size() > 100);
}

TEST_CASE("The completeness check finds unfinished and empty and mismatched entries")
{
    const Message ok{"Ctx", "%1 of %2", {}, false, {}, {"%1 trên %2"}};
    const Message unfinished{"Ctx", "Save", {}, false, "unfinished", {QString()}};
    const Message empty{"Ctx", "Open", {}, false, {}, {QString()}};
    const Message lost{"Ctx", "%1 of %2", "x", false, {}, {"%1 trên"}};
    const Message plural{"Ctx", "%n files", {}, true, {}, {"%n tệp"}};
    const QStringList found = problems({ok, unfinished, empty, lost, plural});
    REQUIRE(found.size() == 3);
    CHECK(found[0].startsWith("unfinished: Ctx | Save"));
    CHECK(found[1].startsWith("empty: Ctx | Open"));
    CHECK(found[2].startsWith("placeholders differ: Ctx | %1 of %2 | x"));
}

TEST_CASE("Running lupdate over core and ui and app adds no string that the translation files lack")
{
    // New strings: run packaging/update-translations.sh and translate them in chitieu_vi.ts.
    const LupdateRun vi = lupdateInto("chitieu_vi.ts", {"-target-language", "vi"});
    CHECK(joined(added(readTs(tsPath("chitieu_vi.ts")), vi.messages)) == QString());
    const LupdateRun en = lupdateInto("chitieu_en.ts", {"-target-language", "en", "-pluralonly"});
    CHECK(joined(added(readTs(tsPath("chitieu_en.ts")), en.messages)) == QString());
    // Entries whose string left the code are harmless; the script drops them on its next run.
    if (const QStringList stale = added(vi.messages, readTs(tsPath("chitieu_vi.ts"))); !stale.isEmpty())
        WARN("no longer in the code (run packaging/update-translations.sh):\n" << joined(stale).toStdString());

    // lupdate files a tr() call outside a Q_OBJECT class under the enclosing class or
    // namespace and says so. A helper tr() that passes another context at run time misses
    // the exact lookup; SourceTextTranslator then finds the text by its source alone (unless
    // that source is translated differently elsewhere). Listed here so such helpers get fixed:
    // translate("chitieu::cli", text) matches lupdate, translate("Cli", text) does not.
    static const QRegularExpression lacks(QStringLiteral("^(.*?):\\d+: Class '([^']+)' lacks Q_OBJECT macro$"),
                                          QRegularExpression::MultilineOption);
    QStringList unmatched;
    for (auto it = lacks.globalMatch(vi.log); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QFile source(m.captured(1));
        REQUIRE(source.open(QIODevice::ReadOnly));
        const QString marker = QStringLiteral("translate(\"%1\"").arg(m.captured(2));
        if (!QString::fromUtf8(source.readAll()).contains(marker))
            unmatched << QStringLiteral("%1: tr() is filed under \"%2\" but the file never translates with %3")
                             .arg(m.captured(1), m.captured(2), marker);
    }
    if (!unmatched.isEmpty())
        WARN("tr() helpers whose context differs from lupdate's:\n" << joined(unmatched).toStdString());
}

TEST_CASE("The language follows a saved choice first and then the system with Vietnamese by default")
{
    using i18n::chooseLanguage;
    CHECK(chooseLanguage("en", QLocale(QLocale::Vietnamese, QLocale::Vietnam)).code == "en");
    CHECK(chooseLanguage("vi", QLocale(QLocale::English, QLocale::UnitedStates)).code == "vi");
    CHECK(chooseLanguage("", QLocale(QLocale::Vietnamese, QLocale::Vietnam)).code == "vi");
    const i18n::LanguageChoice english = chooseLanguage("", QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(english.code == "en");
    CHECK(english.locale.dateFormat(QLocale::ShortFormat) == "dd/MM/yyyy"); // day first, as in Vietnam
    CHECK(chooseLanguage("", QLocale(QLocale::French, QLocale::France)).code == "vi");
    CHECK(chooseLanguage("xx", QLocale(QLocale::German, QLocale::Germany)).code == "vi"); // unknown saved value
    // The C locale of scripts and servers: the English sources, plain numbers.
    const i18n::LanguageChoice scripts = chooseLanguage("", QLocale::c());
    CHECK(scripts.code == "en");
    CHECK(scripts.locale.toString(1234.5, 'f', 1) == "1234.5");
    CHECK(i18n::availableLanguages() == QStringList{"vi", "en"});
    CHECK(i18n::nativeLanguageName("vi") == "Tiếng Việt");
}

TEST_CASE("Vietnamese gives translated texts and Qt buttons with 1.234,5 and dd/MM/yyyy and English likewise")
{
    REQUIRE(i18n::applyLanguage(i18n::chooseLanguage("vi")));
    CHECK(i18n::appliedLanguage() == "vi");
    CHECK(QCoreApplication::translate("Measures", "Not met") == "Chưa đạt");
    CHECK(QCoreApplication::translate("Completeness", "Late") == "Trễ hạn");
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == "Hủy");
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    CHECK(box.button(QDialogButtonBox::Cancel)->text().remove('&') == "Hủy");
    CHECK(QLocale().toString(1234.5, 'f', 1) == "1.234,5");
    CHECK(QLocale().toString(QDate(2024, 11, 5), QLocale::ShortFormat) == "05/11/2024");

    REQUIRE(i18n::applyLanguage(i18n::chooseLanguage("en")));
    CHECK(QCoreApplication::translate("Measures", "Not met") == "Not met");
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == "Cancel");
    CHECK(QLocale().toString(1234.5, 'f', 1) == "1,234.5");
    CHECK(QLocale().toString(QDate(2024, 11, 5), QLocale::ShortFormat) == "05/11/2024");

    // Back to the test suite's default.
    REQUIRE(i18n::applyLanguage(i18n::chooseLanguage("vi")));
}

TEST_CASE("A text is found by its source alone when its context differs unless it is ambiguous")
{
    QTemporaryDir dir;
    const QString ts = test::writeFile(dir.filePath("x.ts"), R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context><name>A</name>
  <message><source>Late</source><translation>Trễ hạn</translation></message>
  <message><source>Form</source><translation>Biểu</translation></message>
  <message><source>Draft</source><translation type="unfinished">Nháp</translation></message>
  <message numerus="yes"><source>%n files</source><translation><numerusform>%n tệp</numerusform></translation></message>
</context>
<context><name>B</name>
  <message><source>Late</source><translation>Trễ hạn</translation></message>
  <message><source>Form</source><translation>Mẫu</translation></message>
  <message><source>Form</source><comment>layout</comment><translation>Bố cục</translation></message>
</context>
</TS>
)");
    i18n::SourceTextTranslator t;
    REQUIRE(t.loadTs(ts));
    CHECK(t.translate("Elsewhere", "Late") == "Trễ hạn");         // same text in both contexts
    CHECK(t.translate("Elsewhere", "Form") == QString());         // two translations: no guess
    CHECK(t.translate("B", "Form", "layout") == "Bố cục");        // disambiguation kept
    CHECK(t.translate("A", "Draft") == QString());                // unfinished: not used
    CHECK(t.translate("A", "%n files", nullptr, 2) == QString()); // plurals: left to the .qm
    CHECK_FALSE(t.loadTs(test::writeFile(dir.filePath("bad.ts"), "not xml")));
    CHECK_FALSE(i18n::SourceTextTranslator().loadTs(dir.filePath("missing.ts")));

    // In the program: a tr() helper with a context lupdate never saw is still translated.
    REQUIRE(i18n::applyLanguage(i18n::chooseLanguage("vi")));
    CHECK(QCoreApplication::translate("SomeHelperContext", "Not met") == "Chưa đạt");
}

TEST_CASE("The command line speaks the system's language")
{
    auto run = [](const QString& language) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LANG", "C.UTF-8");
        env.remove("LC_ALL");
        env.remove("LC_MESSAGES");
        env.insert("LANGUAGE", language);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CHITIEU_CLI_PATH), {"no-such-command"});
        REQUIRE(p.waitForFinished(60000));
        CHECK(p.exitCode() == 2);
        return QString::fromUtf8(p.readAllStandardError());
    };
    CHECK(run("vi").startsWith("Lệnh no-such-command không xác định."));
    CHECK(run("").startsWith("Unknown command no-such-command."));
}
