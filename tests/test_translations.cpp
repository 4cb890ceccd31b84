// The translations: complete, up to date with the sources (lupdate would add nothing), their
// contexts the ones the program uses at run time, and loaded with the language's formats.
#include "core/catalogue/Catalogue.h"
#include "core/entry/EntryPermission.h"
#include "core/i18n/Language.h"
#include "core/store/InstallationSettings.h"
#include "core/units/OrgUnit.h"
#include "support/CliSupport.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace chitieu;

namespace {

struct Message
{
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

struct LupdateRun
{
    QList<Message> messages;
    QString log;
};

// Runs lupdate in a folder; its log.
QString runLupdate(const QString& workingDirectory, const QStringList& args)
{
    QProcess p;
    p.setWorkingDirectory(workingDirectory);
    p.start(QStringLiteral(CHITIEU_LUPDATE), args);
    REQUIRE(p.waitForFinished(300000));
    const QString log = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    INFO(log.toStdString());
    REQUIRE(p.exitCode() == 0);
    return log;
}

// Runs lupdate as packaging/update-translations.sh does, on a copy of a .ts file.
LupdateRun lupdateInto(const QString& tsName, const QStringList& extra)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString copy = dir.filePath(tsName);
    REQUIRE(QFile::copy(tsPath(tsName), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QString log =
        runLupdate(QStringLiteral(CHITIEU_SOURCE_DIR),
                   QStringList{"core", "cli", "render", "ui", "app", "-extensions", "cpp,h", "-locations", "none",
                               "-no-obsolete", "-source-language", "en", "-ts", copy} +
                       extra);
    return {readTs(copy), log};
}

// The tr() calls lupdate files under a context nobody asks for at run time, one line each.
// lupdate files a tr() call under its class; outside a class with Q_OBJECT (or
// Q_DECLARE_TR_FUNCTIONS), e.g. in a helper `QString tr(const char*)`, it takes the enclosing
// class or namespace and says so, while the helper asks for its own context.
QStringList misfiledTrCalls(const QString& lupdateLog)
{
    static const QRegularExpression lacks(QStringLiteral("^(.*?:\\d+): Class '([^']+)' lacks Q_OBJECT macro$"),
                                          QRegularExpression::MultilineOption);
    QStringList out;
    for (auto it = lacks.globalMatch(lupdateLog); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out << QStringLiteral("%1: tr() outside a Q_OBJECT class, filed under \"%2\": call "
                              "QCoreApplication::translate(\"Context\", \"text\") instead")
                   .arg(m.captured(1), m.captured(2));
    }
    return out;
}

// The translate() calls of a source file whose context is not one of `known`, or not a
// literal that lupdate could record, one line each. painter.translate(x, y) is no such call.
QStringList unknownContexts(const QString& fileName, const QString& code, const QSet<QString>& known)
{
    static const QRegularExpression call(
        QStringLiteral("(?:QCoreApplication::|QApplication::|qApp->)translate\\(\\s*(\"([^\"]*)\"|[^,)]*)"));
    // An EnumTable translates its texts in the context it was made with: that literal is checked.
    static const QRegularExpression table(QStringLiteral("EnumTable<[^>]+>\\s+\\w+\\(\\s*(\"([^\"]*)\")"));
    const bool isEnumTable = fileName.endsWith(QLatin1String("core/EnumTable.h"));
    QStringList out;
    for (const QRegularExpression* pattern : {&call, &table}) {
        for (auto it = pattern->globalMatch(code); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString where =
                QStringLiteral("%1:%2").arg(fileName).arg(code.left(m.capturedStart()).count('\n') + 1);
            if (isEnumTable && m.captured(1) == QLatin1String("m_context"))
                continue;
            if (!m.captured(1).startsWith('"'))
                out << QStringLiteral("%1: the context %2 is not a literal, so lupdate cannot record it")
                           .arg(where, m.captured(1));
            else if (!known.contains(m.captured(2)))
                out << QStringLiteral("%1: the context \"%2\" is not in the translation file")
                           .arg(where, m.captured(2));
        }
    }
    return out;
}

QSet<QString> contextsOf(const QList<Message>& messages)
{
    QSet<QString> out;
    for (const Message& m : messages)
        out.insert(m.context);
    return out;
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

TEST_CASE("Running lupdate adds no string the translation files lack and every context the code asks for is theirs")
{
    // New strings: run packaging/update-translations.sh and translate them in chitieu_vi.ts.
    const LupdateRun vi = lupdateInto("chitieu_vi.ts", {"-target-language", "vi"});
    CHECK(joined(added(readTs(tsPath("chitieu_vi.ts")), vi.messages)) == QString());
    const LupdateRun en = lupdateInto("chitieu_en.ts", {"-target-language", "en", "-pluralonly"});
    CHECK(joined(added(readTs(tsPath("chitieu_en.ts")), en.messages)) == QString());
    // Entries whose string left the code are harmless; the script drops them on its next run.
    if (const QStringList stale = added(vi.messages, readTs(tsPath("chitieu_vi.ts"))); !stale.isEmpty())
        WARN("no longer in the code (run packaging/update-translations.sh):\n" << joined(stale).toStdString());

    // Every context asked for at run time is one lupdate recorded: no tr() helper or tr()
    // outside a Q_OBJECT class, and every translate() context literal and in the file.
    QStringList wrong = misfiledTrCalls(vi.log);
    const QSet<QString> known = contextsOf(readTs(tsPath("chitieu_vi.ts")));
    int files = 0;
    for (const char* folder : {"core", "cli", "render", "ui", "app"}) {
        QDirIterator it(QStringLiteral(CHITIEU_SOURCE_DIR "/") + folder, {"*.cpp", "*.h"}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            REQUIRE(f.open(QIODevice::ReadOnly));
            wrong += unknownContexts(f.fileName(), QString::fromUtf8(f.readAll()), known);
            ++files;
        }
    }
    CHECK(files > 100);
    CHECK(joined(wrong) == QString());
}

TEST_CASE("The context check finds tr() helpers and contexts the translation file lacks")
{
    // What lupdate itself does with a helper: it files the call under the namespace and warns.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString code = R"(#include <QCoreApplication>
namespace demo {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("Helper", text); }
}
QString yes() { return tr("Yes"); }
QString no() { return QCoreApplication::translate("Answers", "No"); }
QString maybe(const char* context) { return QApplication::translate(context, "Maybe"); }
void move(QPainter& painter) { painter.translate(0, 10); }
}
)";
    test::writeFile(dir.filePath("helper.cpp"), code.toUtf8());
    const QString log = runLupdate(dir.path(), {"helper.cpp", "-locations", "none", "-ts", dir.filePath("x.ts")});
    const QList<Message> recorded = readTs(dir.filePath("x.ts"));
    CHECK(contextsOf(recorded) == QSet<QString>{"demo", "Answers"});

    const QStringList misfiled = misfiledTrCalls(log);
    REQUIRE(misfiled.size() == 1);
    CHECK(misfiled[0].startsWith(dir.filePath("helper.cpp") + ":6: tr() outside a Q_OBJECT class, filed under "
                                                              "\"demo\""));
    const QStringList unknown = unknownContexts("helper.cpp", code, contextsOf(recorded));
    REQUIRE(unknown.size() == 2);
    CHECK(unknown[0] == "helper.cpp:4: the context \"Helper\" is not in the translation file");
    CHECK(unknown[1] == "helper.cpp:8: the context context is not a literal, so lupdate cannot record it");
    // An enum table's texts are translated in the context the table was made with.
    const QStringList tables =
        unknownContexts("keys.h",
                        "inline constexpr EnumTable<Colour> colours(\"Paint\", \"colour\", entries);\n"
                        "inline constexpr EnumTable<Size> sizes(\"Answers\", \"size\", entries);",
                        contextsOf(recorded));
    CHECK(tables == QStringList{"keys.h:1: the context \"Paint\" is not in the translation file"});
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

TEST_CASE("A core message made outside any QObject comes out in the language and names the menu as it is")
{
    const UnitTree units = UnitTree::builtIn();
    const InstallationSettings unset; // no unit chosen yet
    REQUIRE(i18n::applyLanguage(i18n::chooseLanguage("en")));
    CHECK(EntryPermission::check(unset, units, "19744").refusal ==
          "Choose which unit this computer serves (Settings > Settings...) before entering figures.");
    REQUIRE(i18n::applyLanguage(i18n::chooseLanguage("vi")));
    CHECK(EntryPermission::check(unset, units, "19744").refusal ==
          "Hãy chọn đơn vị của máy này (Cài đặt > Cài đặt...) trước khi nhập số liệu.");
    // The menu and its action, as the main window names them.
    CHECK(QCoreApplication::translate("chitieu::ui::MainWindow", "&Settings").remove('&') == "Cài đặt");
    CHECK(QCoreApplication::translate("chitieu::ui::MainWindow", "&Settings...").remove('&') == "Cài đặt...");
}

TEST_CASE("The command line speaks the system's language")
{
    auto run = [](const QString& language, const QStringList& args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LANG", "C.UTF-8");
        env.remove("LC_ALL");
        env.remove("LC_MESSAGES");
        env.insert("LANGUAGE", language);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CHITIEU_CLI_PATH), args);
        REQUIRE(p.waitForFinished(60000));
        CHECK(p.exitCode() == (args.contains("import") ? 1 : 2));
        return QString::fromUtf8(p.readAllStandardError());
    };
    CHECK(run("vi", {"no-such-command"}).startsWith("Lệnh no-such-command không xác định."));
    CHECK(run("", {"no-such-command"}).startsWith("Unknown command no-such-command."));

    // Messages of the exchange code, which has no QObject: translated all the same.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(test::runCliInProcess({"--db", dir.filePath("x.sqlite"), "init"}).exitCode == 0);
    const QStringList import{"--db", dir.filePath("x.sqlite"), "import", dir.filePath("none.chitieu")};
    CHECK(run("vi", import).trimmed() ==
          dir.filePath("none.chitieu") + ": Bị từ chối. Không có tệp " + dir.filePath("none.chitieu") + ".");
}

TEST_CASE("The catalogue's texts follow the language of the program's texts, also under the C locale")
{
    const Catalogue& c = Catalogue::builtIn();
    const Agency* dolisa = c.agency("sldtbxh");
    REQUIRE(dolisa);
    REQUIRE(dolisa->shortName.vi != dolisa->shortName.en);
    // Scripts: the C locale gives the English sources, so the catalogue speaks English too.
    i18n::applyLanguage(i18n::chooseLanguage("", QLocale::c()));
    CHECK(i18n::textLanguage() == "en");
    CHECK(QCoreApplication::translate("Measures", "Not met") == "Not met");
    CHECK(dolisa->shortName.text() == dolisa->shortName.en);
    const test::CliResult listed = test::runCliInProcess({"catalogue"});
    CHECK(listed.out.contains("Indicator 1 [" + dolisa->shortName.en + "]"));
    CHECK_FALSE(listed.out.contains(dolisa->shortName.vi));

    REQUIRE(i18n::applyLanguage(i18n::chooseLanguage("vi")));
    CHECK(dolisa->shortName.text() == dolisa->shortName.vi);
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam)); // the test suite's default
}
