// The screens list the units of the tree of the year chosen, offscreen: 2024 shows the tree of
// 01/07/2021, 2025 the tree of 01/07/2025 (no district level), on the measures page's tree, the
// Reports screen's unit chooser, the entry form's communes and the completeness panel's units.
#include "core/units/OrgUnit.h"
#include "support/TestSupport.h"
#include "ui/entry/EntryForm.h"
#include "ui/exchange/CompletenessPanel.h"
#include "ui/main/MeasuresPage.h"
#include "ui/main/UnitTreeModel.h"
#include "ui/reports/ReportsPage.h"

#include <QComboBox>
#include <QFile>
#include <QTreeView>

using namespace chitieu;

namespace {
UnitTree treeFile(const char* name)
{
    QFile f(QStringLiteral(":/chitieu/units/") + QLatin1String(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return UnitTree::fromCsv(QString::fromUtf8(f.readAll()), QLatin1String(name));
}

QSet<QString> codes(const UnitTree& tree)
{
    QSet<QString> out;
    for (const OrgUnit& u : tree.units())
        out.insert(u.code);
    return out;
}

void collect(const QAbstractItemModel* model, const QModelIndex& parent, QSet<QString>& out, int& maxDepth, int depth)
{
    maxDepth = std::max(maxDepth, depth);
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        out.insert(i.data(ui::UnitTreeModel::UnitCodeRole).toString());
        collect(model, i, out, maxDepth, depth + 1);
    }
}

QSet<QString> boxCodes(const QComboBox* box)
{
    QSet<QString> out;
    for (int i = 0; i < box->count(); ++i)
        out.insert(box->itemData(i).toString());
    return out;
}

void serve(test::TempWorkspace& w, const QString& unit, Role role)
{
    InstallationSettings s = w->settings();
    s.unitCode = unit;
    s.role = role;
    s.userName = QStringLiteral("Phạm Thị Phương");
    w->saveSettings(s);
}
} // namespace

TEST_CASE("The measures page's unit tree is the tree of the year chosen")
{
    test::TempWorkspace w;
    serve(w, QStringLiteral("46"), Role::Province);
    const UnitTree of2021 = treeFile("units-hue-2021-07-01.csv");
    const UnitTree of2025 = treeFile("units-hue-2025-07-01.csv");
    ui::MeasuresPage page(*w);
    page.setUnit(QStringLiteral("474"));

    page.setYear(2024);
    QSet<QString> shown;
    int depth = 0;
    collect(page.unitView()->model(), {}, shown, depth, 0);
    CHECK(page.treeShown() == QDate(2021, 7, 1));
    CHECK(shown == codes(of2021));
    CHECK(depth == 3); // province, districts, communes
    CHECK(page.unit() == QStringLiteral("474"));

    page.setYear(2025);
    shown.clear();
    depth = 0;
    collect(page.unitView()->model(), {}, shown, depth, 0);
    CHECK(page.treeShown() == QDate(2025, 7, 1));
    CHECK(shown == codes(of2025));
    CHECK(depth == 2); // the city and its communes: no district level
    CHECK_FALSE(shown.contains(QStringLiteral("474")));
    CHECK(page.unit() == QStringLiteral("46")); // 474 is not a unit of 2025: the installation's own

    page.setYear(2024); // back: the unit chosen before
    CHECK(page.unit() == QStringLiteral("474"));
}

TEST_CASE("The Reports screen's unit chooser follows the year")
{
    test::TempWorkspace w;
    serve(w, QStringLiteral("46"), Role::Province);
    ui::ReportsPage page(*w);
    page.setYear(2024);
    CHECK(boxCodes(page.unitBox()) == codes(treeFile("units-hue-2021-07-01.csv")));
    page.setUnit(QStringLiteral("474"));
    page.setYear(2025);
    CHECK(boxCodes(page.unitBox()) == codes(treeFile("units-hue-2025-07-01.csv")));
    CHECK(page.unit() == QStringLiteral("46"));
    page.setYear(2024);
    CHECK(page.unit() == QStringLiteral("474"));
}

TEST_CASE("The entry form's communes and the completeness panel's units follow the year")
{
    const UnitTree of2021 = treeFile("units-hue-2021-07-01.csv");
    SECTION("a district's communes")
    {
        test::TempWorkspace w;
        serve(w, QStringLiteral("474"), Role::District);
        ui::EntryForm form(*w);
        form.setYear(2024);
        QSet<QString> communes;
        for (const OrgUnit* u : of2021.communesUnder(QStringLiteral("474")))
            communes.insert(u->code);
        CHECK(boxCodes(form.unitBox()) == communes);
        form.setYear(2025); // the district level ended on 01/07/2025
        CHECK(form.unitBox()->count() == 0);
    }
    SECTION("the units a province receives from")
    {
        test::TempWorkspace w;
        serve(w, QStringLiteral("46"), Role::Province);
        ui::CompletenessPanel panel(*w, nullptr);
        panel.setYear(2024);
        QSet<QString> parents{QStringLiteral("46")};
        for (const OrgUnit* d : of2021.children(QStringLiteral("46")))
            parents.insert(d->code);
        CHECK(boxCodes(panel.parentBox()) == parents);
        panel.setYear(2025);
        CHECK(boxCodes(panel.parentBox()) == QSet<QString>{QStringLiteral("46")});
    }
}
