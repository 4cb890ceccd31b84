// Takes the user guide's screenshots from the real program's windows, on made-up but
// plausible data: a commune (Xã Quảng Thái) entering its form and exporting its file, its
// district (Huyện Quảng Điền) importing its communes' files, then the reports.
//   guide_screenshots LANGUAGE OUTPUT_DIR      (LANGUAGE: vi or en)
// Run by docs/guide/make-screenshots.sh. The windows are 1366x768, as on the offices' laptops.
#include "core/Clock.h"
#include "core/Error.h"
#include "core/exchange/Exporter.h"
#include "core/i18n/Language.h"
#include "core/store/FormStatus.h"
#include "core/workspace/Workspace.h"
#include "ui/entry/CountEdit.h"
#include "ui/entry/EntryForm.h"
#include "ui/exchange/CompletenessPanel.h"
#include "ui/exchange/ExchangePage.h"
#include "ui/exchange/ExchangePrompts.h"
#include "ui/exchange/ImportPanel.h"
#include "ui/main/MainWindow.h"
#include "ui/reports/ChartPanel.h"
#include "ui/reports/ReportsPage.h"
#include "ui/setup/FirstRunDialog.h"
#include "ui/setup/InstallationFields.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <map>

using namespace chitieu;

namespace {

const QString commune = QStringLiteral("19870"); // Xã Quảng Thái
const QString district = QStringLiteral("477");  // Huyện Quảng Điền
const QSize screen(1366, 768);

class Shots
{
public:
    explicit Shots(QString dir) : m_dir(std::move(dir)) {}
    void take(QWidget& w, const QString& name)
    {
        // A screenshot tool, not the program: let the window lay out (a wrapped message changes
        // its row's height in a second pass) and paint.
        for (int pass = 0; pass < 3; ++pass)
            QApplication::processEvents();
        const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
        if (!w.grab().save(path))
            throw Error(QStringLiteral("Cannot write %1").arg(path));
        std::printf("%s\n", qPrintable(path));
    }

private:
    QString m_dir;
};

// Answers the exchange screen's questions in advance: where to save, accept changes.
class Answers : public ui::ExchangePrompts
{
public:
    QString saveAs;
    QString chooseSaveFile(QWidget*, const QString&, const QString&, const QString&) override { return saveAs; }
    void showError(QWidget*, const QString&) override {}
    bool acceptChanges(QWidget*, Workspace&, const exchange::ChangeReview&) override { return true; }
};

void setUp(Workspace& ws, Role role, const QString& unit, const QString& user)
{
    InstallationSettings s = ws.settings();
    s.role = role;
    s.unitCode = unit;
    s.userName = user;
    ws.saveSettings(s);
}

void enter(Workspace& ws, const QString& unit, int year, const std::map<QString, qint64>& counts)
{
    QList<ValueWrite> writes;
    for (const auto& [element, count] : counts)
        writes << ValueWrite{unit, year, element, count, std::nullopt};
    ws.values().apply(writes, {QStringLiteral("entry"), ws.settings().userName, QString()});
}

// A commune's counts, scaled by its size so the communes differ.
std::map<QString, qint64> counts(int size, int seed)
{
    return {{"live_births", 9 * size},
            {"neonatal_deaths", seed % 3},
            {"infant_deaths", seed % 2},
            {"children_under1", 9 * size - 2},
            {"under1_fully_immunised", (9 * size - 2) * (seed == 5 ? 9 : 10) / 10 - seed % 4},
            {"children_under5", 45 * size},
            {"under5_measured", 44 * size},
            {"under5_stunted", 4 * size + seed % 5},
            {"children_total", 160 * size},
            {"children_abused", seed % 2},
            {"child_marriages", seed % 3},
            {"cfc_registered", 1},
            {"cfc_achieved", seed % 2},
            {"has_play_space", (seed + 1) % 2}};
}

void typeInto(ui::EntryForm& form, const QString& element, const QString& text)
{
    ui::CountEdit* f = form.field(element);
    f->setFocus(Qt::MouseFocusReason);
    f->selectAll();
    QTest::keyClicks(f, text);
    QTest::keyClick(f, Qt::Key_Tab);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Chỉ Tiêu Trẻ Em"));
    const QStringList args = QApplication::arguments();
    if (args.size() != 3 || (args[1] != QLatin1String("vi") && args[1] != QLatin1String("en"))) {
        std::fprintf(stderr, "usage: guide_screenshots vi|en OUTPUT_DIR\n");
        return 2;
    }
    i18n::applyLanguage(i18n::chooseLanguage(args[1]));
    QDir().mkpath(args[2]);
    Shots shots(args[2]);
    QTemporaryDir tmp;
    FixedClock clock(QDateTime(QDate(2025, 11, 10), QTime(9, 30)));
    Clock::install(&clock);
    try {
        // 1. First start: the unit found by typing without diacritics; the name still missing.
        {
            Workspace fresh(tmp.filePath(QStringLiteral("fresh.sqlite")));
            ui::FirstRunDialog dialog(fresh.catalogue(), fresh.units(), fresh.settings());
            dialog.resize(620, 260);
            dialog.show();
            QLineEdit* unit = dialog.fields()->unitBox()->lineEdit();
            unit->setFocus();
            QTest::keyClicks(unit, QStringLiteral("quang thai"));
            QTest::keyClick(unit, Qt::Key_Return);
            shots.take(dialog, QStringLiteral("first-run"));
        }

        // 2. The commune's form: last year stored, this year typed in.
        Workspace quangThai(tmp.filePath(QStringLiteral("quang-thai.sqlite")));
        setUp(quangThai, Role::Commune, commune, QStringLiteral("Nguyễn Thị Lan"));
        enter(quangThai, commune, 2024, counts(10, 3));
        std::map<QString, qint64> thisYear = counts(10, 3);
        thisYear.erase("live_births");
        enter(quangThai, commune, 2025, thisYear);
        ui::MainWindow window(quangThai);
        window.resize(screen);
        window.show();
        window.tabs()->setCurrentWidget(window.entryPage());
        ui::EntryForm& form = *window.entryPage();
        form.setYear(2025);
        typeInto(form, QStringLiteral("live_births"), QStringLiteral("92"));
        shots.take(window, QStringLiteral("entry-form"));

        // 3. A count far from last year's: the comment is asked under the field.
        typeInto(form, QStringLiteral("children_abused"), QStringLiteral("4"));
        // The line under the field follows the typing when it pauses.
        if (!QTest::qWaitFor(
                [&] { return form.fieldRow(QStringLiteral("children_abused"))->commentPrompt->isVisible(); }, 3000))
            throw Error(QStringLiteral("The comment prompt under children_abused did not appear"));
        form.scrollArea()->ensureWidgetVisible(form.field(QStringLiteral("children_abused")), 50, 200);
        shots.take(window, QStringLiteral("soft-check"));

        // 4. The file exported for the district.
        Answers answers;
        ui::ExchangePage* exchange = window.exchangePage();
        exchange->setPrompts(&answers);
        exchange->setYear(2025);
        QStringList files;
        answers.saveAs = tmp.filePath(QStringLiteral("Quang-Thai-19870-2025.chitieu"));
        form.markComplete();
        window.tabs()->setCurrentWidget(exchange);
        exchange->exportOwnFile();
        files << answers.saveAs;
        shots.take(window, QStringLiteral("export"));

        // 5. The district imports its communes' files, one of them not an exchange file.
        Workspace quangDien(tmp.filePath(QStringLiteral("quang-dien.sqlite")));
        setUp(quangDien, Role::District, district, QStringLiteral("Trần Văn Hùng"));
        int seed = 3;
        for (const OrgUnit* c : quangDien.units().children(district)) {
            if (c->code == commune || seed > 8)
                continue;
            Workspace other(tmp.filePath(c->code + QStringLiteral(".sqlite")));
            setUp(other, Role::Commune, c->code, QStringLiteral("Cán bộ %1").arg(seed));
            enter(other, c->code, 2025, counts(6 + seed, seed));
            // Each commune marks its form complete before sending it, so that the district counts it.
            FormStatus::save(other.db(), c->code, 2025, FormState::Complete, QStringLiteral("Cán bộ %1").arg(seed));
            const QString file = tmp.filePath(c->code + QStringLiteral(".chitieu"));
            exchange::exportSubmission(other, c->code, 2025, file);
            files << file;
            ++seed;
        }
        QFile junk(tmp.filePath(QStringLiteral("bao-cao-xa.chitieu")));
        junk.open(QIODevice::WriteOnly);
        junk.write("PK\x03\x04 not an exchange file");
        junk.close();
        files << junk.fileName();
        ui::MainWindow districtWindow(quangDien);
        districtWindow.resize(screen);
        districtWindow.show();
        Answers districtAnswers;
        districtWindow.exchangePage()->setPrompts(&districtAnswers);
        districtWindow.exchangePage()->setYear(2025);
        districtWindow.tabs()->setCurrentWidget(districtWindow.exchangePage());
        districtWindow.exchangePage()->importFiles(files);
        shots.take(districtWindow, QStringLiteral("import"));
        districtWindow.exchangePage()->findChild<QTabWidget*>()->setCurrentIndex(1);
        shots.take(districtWindow, QStringLiteral("completeness"));

        // 6. The district's report: its communes compared for one measure.
        ui::ReportsPage* reports = districtWindow.reportsPage();
        districtWindow.tabs()->setCurrentWidget(reports);
        reports->setUnit(district);
        reports->setYear(2025);
        reports->refresh();
        reports->charts()->setMeasure(QStringLiteral("4a"));
        reports->charts()->setKind(ui::ChartPanel::Kind::Units);
        shots.take(districtWindow, QStringLiteral("reports"));
    } catch (const Error& e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    Clock::install(nullptr);
    return 0;
}
