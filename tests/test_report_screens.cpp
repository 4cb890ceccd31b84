// The report screens of the plan's deliverables, offscreen: the document details typed in
// their dialog and the signer typed in Settings reach the saved PDF, and incomplete ones are
// refused with nothing changed; the completeness screen's deliverable chooser shows each
// deliverable's own date and who delivered it; the "quote from below" button of the Reports
// to write tab puts a unit's received text into the section.
#include "core/narrative/NarrativeStore.h"
#include "support/TestSupport.h"
#include "test_report_support.h"
#include "ui/exchange/CompletenessPanel.h"
#include "ui/main/MainWindow.h"
#include "ui/narrative/NarrativePage.h"
#include "ui/narrative/RichTextEditor.h"
#include "ui/reports/DocumentDetailsDialog.h"
#include "ui/reports/ReportsPage.h"
#include "ui/setup/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <functional>

using namespace chitieu;

namespace {
void install(test::TempWorkspace& ws, Role role, const QString& unit)
{
    InstallationSettings s = ws->settings();
    s.role = role;
    s.unitCode = unit;
    s.userName = QStringLiteral("Trần Thị Hoa");
    ws->saveSettings(s);
}

// Runs `act` on the modal dialog that `open` shows, once it is up.
template <typename Dialog> void whenShown(const std::function<void()>& open, const std::function<void(Dialog*)>& act)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        seen = dialog != nullptr;
        if (dialog)
            act(dialog);
        else if (QApplication::activeModalWidget())
            QApplication::activeModalWidget()->close();
    });
    open();
    CHECK(seen);
}

// The Reports screen with the file name given instead of asked.
class SavingReportsPage : public ui::ReportsPage
{
public:
    using ReportsPage::ReportsPage;
    QString nextFile;
    QStringList errors;

protected:
    QString askSaveFileName(const QString&, const QString&, const QString&) override { return nextFile; }
    void showError(const QString& message) override { errors << message; }
    void showSaved(const QString&) override {}
};

void clickOk(QDialogButtonBox* buttons)
{
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QString row(const QTableWidget* table, const QString& code)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, ui::CompletenessPanel::Code)->text() == code)
            return table->item(r, ui::CompletenessPanel::Deadline)->text() + QLatin1Char('|') +
                   table->item(r, ui::CompletenessPanel::Arrival)->text();
    return {};
}

void received(test::TempWorkspace& ws, const QString& unit, const QString& deliverable, const QString& madeAt)
{
    ws->db().exec(QStringLiteral("INSERT INTO received_reports(unit_code, agency, year, deliverable, made_at, "
                                 "received_at, content_hash) VALUES(?, '', 2024, ?, ?, ?, 'h')"),
                  {unit, deliverable, madeAt, madeAt});
}
} // namespace

TEST_CASE("The number, date, recipients and issuing body typed in Document details reach the saved PDF")
{
    test::TempWorkspace ws;
    install(ws, Role::District, QStringLiteral("474"));
    test::reports::fillSample(ws);
    SavingReportsPage page(*ws);
    page.setUnit(QStringLiteral("474"));
    page.setYear(2024);
    REQUIRE(page.setDeliverable(QStringLiteral("results-30-11")));
    page.refresh();
    REQUIRE(page.annual());
    const OfficialHeader before = page.annual()->header;

    // An incomplete header is refused in the dialog, which stays open with the reason; Cancel
    // then keeps the report's details as they were.
    whenShown<ui::DocumentDetailsDialog>(
        [&] { CHECK_FALSE(page.editDetails()); },
        [](ui::DocumentDetailsDialog* d) {
            d->recipientsEdit()->setPlainText(QStringLiteral("  \n"));
            clickOk(d->findChild<QDialogButtonBox*>());
            CHECK(d->isVisible());
            CHECK(d->messageLabel()->isVisible());
            CHECK(d->messageLabel()->text().contains(QStringLiteral("The list of recipients")));
            d->recipientsEdit()->setPlainText(QStringLiteral("- Nơi A;"));
            d->numberEdit()->setText(QStringLiteral("125/BC-UBND"));
            clickOk(d->findChild<QDialogButtonBox*>());
            CHECK(d->isVisible());
            CHECK(d->messageLabel()->text().contains(QStringLiteral("must start with \"Số:\"")));
            d->issuerEdit()->clear();
            d->numberEdit()->setText(QStringLiteral("Số: 125/BC-UBND"));
            clickOk(d->findChild<QDialogButtonBox*>());
            CHECK(d->isVisible());
            CHECK(d->messageLabel()->text().contains(QStringLiteral("The issuing body is empty")));
            d->reject();
        });
    REQUIRE(page.annual());
    CHECK(page.annual()->header.number == before.number);
    CHECK(page.annual()->header.recipients == before.recipients);

    whenShown<ui::DocumentDetailsDialog>(
        [&] { CHECK(page.editDetails()); },
        [](ui::DocumentDetailsDialog* d) {
            d->numberEdit()->setText(QStringLiteral("Số: 217/BC-UBND"));
            d->dateEdit()->setDate(QDate(2024, 11, 27));
            d->recipientsEdit()->setPlainText(QStringLiteral("- UBND tỉnh (b/c);\n- Sở LĐTBXH;\n- Lưu: VT, LĐTBXH."));
            d->issuerEdit()->setPlainText(QStringLiteral("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ (THỬ)"));
            clickOk(d->findChild<QDialogButtonBox*>());
            CHECK_FALSE(d->isVisible());
        });
    page.nextFile = ws.file(QStringLiteral("details.pdf"));
    REQUIRE(page.savePdf());
    CHECK(page.errors.isEmpty());
    const QString text = test::reports::pdfText(page.nextFile).simplified();
    CHECK(text.contains(QStringLiteral("Số: 217/BC-UBND")));
    CHECK(text.contains(QStringLiteral("ngày 27 tháng 11 năm 2024")));
    CHECK(text.contains(QStringLiteral("Sở LĐTBXH;")));
    CHECK(text.contains(QStringLiteral("Lưu: VT, LĐTBXH.")));
    CHECK(text.contains(QStringLiteral("THÀNH PHỐ HUẾ (THỬ)")));
    CHECK_FALSE(text.contains(before.number.simplified()));
}

TEST_CASE("The signer set in Settings signs the report, and a TM. line without a title is refused")
{
    test::TempWorkspace ws;
    install(ws, Role::District, QStringLiteral("474"));
    test::reports::fillSample(ws);
    ui::MainWindow window(*ws);
    auto* action = window.findChild<QAction*>(QStringLiteral("settingsAction"));
    REQUIRE(action);

    whenShown<ui::SettingsDialog>(
        [&] { action->trigger(); },
        [](ui::SettingsDialog* d) {
            d->signerForEdit()->setText(QStringLiteral("TM. ỦY BAN NHÂN DÂN"));
            d->signerNameEdit()->setText(QStringLiteral("Lê Văn Ký"));
            clickOk(d->buttons());
            CHECK(d->isVisible());
            CHECK(d->messageLabel()->text().contains(QStringLiteral("The signer's title is empty")));
            d->reject();
        });
    CHECK(ws->settings().signerFor.isEmpty());
    CHECK(ws->settings().signerName.isEmpty());

    whenShown<ui::SettingsDialog>([&] { action->trigger(); },
                                  [](ui::SettingsDialog* d) {
                                      d->signerForEdit()->setText(QStringLiteral("TM. ỦY BAN NHÂN DÂN"));
                                      d->signerProxyEdit()->setText(QStringLiteral("KT. CHỦ TỊCH"));
                                      d->signerTitleEdit()->setText(QStringLiteral("phó chủ tịch"));
                                      d->signerNameEdit()->setText(QStringLiteral("Lê Văn Ký"));
                                      clickOk(d->buttons());
                                      CHECK_FALSE(d->isVisible());
                                  });
    CHECK(ws->settings().signerTitle == QStringLiteral("phó chủ tịch"));
    CHECK(ws->settings().signerName == QStringLiteral("Lê Văn Ký"));

    SavingReportsPage page(*ws);
    page.setUnit(QStringLiteral("474"));
    page.setYear(2024);
    REQUIRE(page.setDeliverable(QStringLiteral("results-30-11")));
    page.nextFile = ws.file(QStringLiteral("signed.pdf"));
    REQUIRE(page.savePdf());
    const QStringList lines = test::reports::pdfLines(page.nextFile);
    // The signature block, in order: TM., KT., the title in capitals, room to sign, the name.
    const auto tm = lines.indexOf(QStringLiteral("TM. ỦY BAN NHÂN DÂN"));
    const auto kt = lines.indexOf(QStringLiteral("KT. CHỦ TỊCH"));
    const auto title = lines.indexOf(QStringLiteral("PHÓ CHỦ TỊCH"));
    const auto name = lines.indexOf(QStringLiteral("Lê Văn Ký"));
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    REQUIRE(tm >= 0);
    CHECK(kt == tm + 1);
    CHECK(title == kt + 1);
    CHECK(name > title + 1); // blank lines between: the space for the signature and seal
}

TEST_CASE("The completeness screen's chooser shows each deliverable's own date and who delivered it")
{
    test::TempWorkspace ws;
    install(ws, Role::Province, QStringLiteral("46"));
    // Huế's 25/11 report came on time and Nam Đông's late; Nam Đông's 30/11 data file, a complete form, on time.
    received(ws, QStringLiteral("474"), QStringLiteral("district-25-11"), QStringLiteral("2024-11-20T09:00:00.000"));
    received(ws, QStringLiteral("483"), QStringLiteral("district-25-11"), QStringLiteral("2024-11-27T09:00:00.000"));
    ws->db().exec(
        QStringLiteral("INSERT INTO submissions(unit_code, year, made_at, received_at, form_state, content_hash) "
                       "VALUES('483', 2024, '2024-11-28T10:00:00.000', '2024-11-29T08:00:00.000', 'complete', 'h')"));
    // What that file brought: every commune of Nam Đông complete (a district is complete when all are).
    for (const OrgUnit* commune : ws->units().children(QStringLiteral("483")))
        ws.setComplete(commune->code, 2024, {{QStringLiteral("live_births"), 100}});
    ui::CompletenessPanel panel(*ws, nullptr);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    panel.setYear(2024);
    QComboBox* box = panel.deliverableBox();
    REQUIRE(box->findData(QStringLiteral("district-25-11")) >= 0);
    REQUIRE(box->findData(QStringLiteral("results-30-11")) >= 0);
    const int districts = static_cast<int>(ws->units().children(QStringLiteral("46")).size());

    box->setFocus();
    box->setCurrentIndex(box->findData(QStringLiteral("district-25-11")));
    CHECK(panel.current().deliverable == QStringLiteral("district-25-11"));
    CHECK(panel.table()->rowCount() == districts); // a district's report: districts only
    CHECK(row(panel.table(), QStringLiteral("474")) == QStringLiteral("25/11/2024|On time"));
    CHECK(row(panel.table(), QStringLiteral("483")) == QStringLiteral("25/11/2024|Late"));
    CHECK(row(panel.table(), QStringLiteral("478")) == QStringLiteral("25/11/2024|Missing"));
    CHECK(panel.summary()->text().contains(QStringLiteral("On time: 1")));

    box->setCurrentIndex(box->findData(QStringLiteral("results-30-11")));
    CHECK(panel.current().deliverable == QStringLiteral("results-30-11"));
    CHECK(row(panel.table(), QStringLiteral("483")) == QStringLiteral("30/11/2024|On time"));
    CHECK(row(panel.table(), QStringLiteral("474")) == QStringLiteral("30/11/2024|Missing"));
    // The departments report their results too: a row each, nothing received yet.
    CHECK(panel.table()->rowCount() > districts);
    CHECK(row(panel.table(), QStringLiteral("syt")) == QStringLiteral("30/11/2024|Missing"));
}

TEST_CASE("Quote from below puts a commune's received text into the section, named, and nothing to quote says so")
{
    test::TempWorkspace ws;
    install(ws, Role::District, QStringLiteral("474"));
    test::reports::fillSubmissions(ws); // 19774 and 19780 sent their data files
    NarrativeStore(ws->db(), ws->catalogue(), ws->units())
        .save({QStringLiteral("19774"), {}, 2024, QStringLiteral("commune-data"), QStringLiteral("results")},
              RichText::fromMarkdown(QStringLiteral("Kim Long đã thăm **40** gia đình.\n")),
              {QStringLiteral("Xã"), QStringLiteral("import"), QStringLiteral("19774")});
    ui::NarrativePage page(*ws);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.setYear(2024);
    REQUIRE(page.setDeliverable(QStringLiteral("results-30-11")));
    REQUIRE(page.currentSection() == QStringLiteral("results"));
    QPushButton* quote = page.quoteButton();
    REQUIRE(quote->isEnabled());

    // The menu lists what was received for this section; choosing it inserts it.
    QStringList offered;
    QTimer::singleShot(0, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        CHECK(menu);
        if (!menu)
            return;
        for (QAction* a : menu->actions())
            offered << a->text();
        menu->setActiveAction(menu->actions().value(0));
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QTest::mouseClick(quote, Qt::LeftButton);
    REQUIRE(offered.size() == 1);
    CHECK(offered[0].startsWith(QStringLiteral("Phường Kim Long — Kim Long đã thăm 40 gia đình.")));
    const QString typed = page.editor(QStringLiteral("results"))->edit()->toPlainText();
    CHECK(typed.contains(QStringLiteral("Phường Kim Long:")));
    CHECK(typed.contains(QStringLiteral("Kim Long đã thăm 40 gia đình.")));
    REQUIRE(page.saveNow());
    const auto stored =
        NarrativeStore(ws->db(), ws->catalogue(), ws->units())
            .get({QStringLiteral("474"), {}, 2024, QStringLiteral("results-30-11"), QStringLiteral("results")});
    REQUIRE(stored);
    CHECK(stored->text.plainText().contains(QStringLiteral("Kim Long đã thăm 40 gia đình.")));
    // The bold word of the commune's text stays bold in the quote.
    bool bold = false;
    for (const TextBlock& b : stored->text.blocks)
        for (const TextRun& r : b.runs)
            bold = bold || (r.bold && r.text == QStringLiteral("40"));
    CHECK(bold);

    // A section nothing was received for: the menu says so and inserts nothing.
    page.sectionTabs()->setCurrentIndex(page.sectionTabs()->count() - 1);
    const QString section = page.currentSection();
    REQUIRE(section != QStringLiteral("results"));
    QStringList nothing;
    bool enabled = true;
    QTimer::singleShot(0, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        CHECK(menu);
        if (!menu)
            return;
        for (QAction* a : menu->actions()) {
            nothing << a->text();
            enabled = enabled && a->isEnabled();
        }
        menu->close();
    });
    QTest::mouseClick(quote, Qt::LeftButton);
    CHECK(nothing == QStringList{QStringLiteral("Nothing received for this section")});
    CHECK_FALSE(enabled);
    CHECK(page.editor(section)->edit()->toPlainText().isEmpty());
}
