// The entry form's core: hard checks derived from the catalogue, soft checks, who may enter
// what, the form's layout, and the form model's writes, state and marking.
#include "core/Error.h"
#include "core/entry/EntryFormModel.h"
#include "core/entry/EntryPermission.h"
#include "core/entry/FormLayout.h"
#include "core/entry/HardChecks.h"
#include "core/entry/SoftChecks.h"
#include "core/store/FormStatus.h"
#include "support/TestSupport.h"

using namespace chitieu;

namespace {

bool hasRule(const HardChecks& checks, const QString& smaller, const QString& larger, const QStringList& measures)
{
    for (const HardRule& r : checks.rules())
        if (r.smaller == QStringList{smaller} && r.larger == QStringList{larger} && r.measures == measures)
            return true;
    return false;
}

QString errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

void configure(test::TempWorkspace& ws, Role role, const QString& unit, const QString& user = "Trần Thị B")
{
    InstallationSettings s = ws->settings();
    s.role = role;
    s.unitCode = unit;
    s.userName = user;
    ws->saveSettings(s);
}

} // namespace

TEST_CASE("Hard checks come from the catalogue: numerator <= denominator of every sum measure, plus its checks")
{
    const Catalogue& cat = Catalogue::builtIn();
    const HardChecks checks(cat);
    // 32 measures: 1a, 1b and 17 divide by the number of communes and 11 may exceed its base,
    // so 28 give a rule; 3c and 3d read the same counts (one rule): 27; plus the catalogue's 11
    // checks (3 on the population, 2 on deaths, 1 on injuries, 2 on disability, 3 on pupils
    // and ages).
    CHECK(checks.rules().size() == 38);
    // The plan's own arithmetic: neonatal <= infant <= under-5 deaths, each "of which" <= its total.
    CHECK(hasRule(checks, "neonatal_deaths", "infant_deaths", {}));
    CHECK(hasRule(checks, "infant_deaths", "under5_deaths", {}));
    CHECK(hasRule(checks, "children_injury_deaths", "children_injured", {}));
    CHECK(hasRule(checks, "disabled_under5_needing", "disabled_needing", {}));
    CHECK(hasRule(checks, "disabled_under5_accessing", "disabled_accessing", {}));
    CHECK(hasRule(checks, "neonatal_deaths", "live_births", {"2a"}));
    CHECK(hasRule(checks, "under5_overweight", "under5_measured", {"3c", "3d"}));
    CHECK(hasRule(checks, "children_special_supported", "children_special", {"6b"}));
    CHECK(hasRule(checks, "under5_measured", "children_under5", {}));
    CHECK(hasRule(checks, "children_under1", "children_under5", {}));
    CHECK(hasRule(checks, "children_under5", "children_total", {}));
    for (const HardRule& r : checks.rules()) {
        CHECK_FALSE(r.smaller.contains("child_marriages"));
        CHECK_FALSE(r.smaller.contains("cfc_registered"));
    }
}

TEST_CASE("A measure allowed to exceed its denominator gives no rule, and a new measure gives one")
{
    Catalogue cat = Catalogue::builtIn();
    for (Measure& m : cat.measures)
        if (m.code == "2a")
            m.numeratorMayExceedDenominator = true;
    Measure extra;
    extra.code = "x1";
    extra.numerator = {Term::Kind::Sum, {"neonatal_deaths", "infant_deaths"}};
    extra.denominator = {Term::Kind::Sum, {"live_births"}};
    cat.measures << extra;
    cat.checks << OrderCheck{"under5_deaths", "children_under5", {}};
    const HardChecks checks(cat);
    CHECK_FALSE(hasRule(checks, "neonatal_deaths", "live_births", {"2a"}));
    CHECK(checks.rules().size() == 39); // 38 - 2a + x1 + the new check

    CHECK(hasRule(checks, "under5_deaths", "children_under5", {}));

    // A sum side: 2 + 3 = 5 neonatal and infant deaths for 4 live births breaks x1 (2b: 3 <= 4,
    // no; neonatal 2 <= infant 3, no); the catalogue's infant <= under-5 deaths: 3 > 1.
    const QList<HardViolation> broken =
        checks.check({{"neonatal_deaths", 2}, {"infant_deaths", 3}, {"live_births", 4}, {"under5_deaths", 1}});
    REQUIRE(broken.size() == 2);
    CHECK(broken[0].rule.measures == QStringList{"x1"});
    CHECK(broken[0].smallerValue == 5);
    CHECK(broken[0].largerValue == 4);
    CHECK(broken[1].rule.smaller == QStringList{"infant_deaths"}); // 3 > 1 under-5 deaths
}

TEST_CASE("Each hard check is judged only with both sides entered, and equal is allowed")
{
    const HardChecks checks(Catalogue::builtIn());
    CHECK(checks.check({}).isEmpty());
    CHECK(checks.check({{"neonatal_deaths", 5}}).isEmpty()); // no live births entered yet
    CHECK(checks.check({{"neonatal_deaths", 5}, {"live_births", 5}}).isEmpty());

    const QList<HardViolation> broken = checks.check({{"neonatal_deaths", 6}, {"live_births", 5}});
    REQUIRE(broken.size() == 1);
    CHECK(broken[0].rule.measures == QStringList{"2a"});
    CHECK(broken[0].rule.elements() == QStringList{"neonatal_deaths", "live_births"});
    CHECK(broken[0].message.contains(Catalogue::builtIn().element("neonatal_deaths")->name.vi));
    CHECK(broken[0].message.contains(Catalogue::builtIn().element("live_births")->name.vi));
    CHECK(broken[0].message.contains("(6)"));
    CHECK(broken[0].message.contains("(5)"));
    CHECK(broken[0].message.contains("2a"));
}

TEST_CASE("Every derived hard check fires when its numerator is one above its denominator")
{
    const HardChecks checks(Catalogue::builtIn());
    for (const HardRule& rule : checks.rules()) {
        ElementValues values;
        for (const QString& e : rule.larger)
            values.insert(e, 1000);
        for (const QString& e : rule.smaller)
            values.insert(e, 0);
        values[rule.smaller.first()] = 1001;
        const QList<HardViolation> broken = checks.check(values);
        INFO(rule.smaller.join("+").toStdString() << " <= " << rule.larger.join("+").toStdString());
        REQUIRE(broken.size() >= 1);
        CHECK(std::any_of(broken.cbegin(), broken.cend(), [&](const HardViolation& v) {
            return v.rule.smaller == rule.smaller && v.rule.larger == rule.larger;
        }));
        values[rule.smaller.first()] = 1000;
        CHECK(checks.check(values).isEmpty());
    }
}

TEST_CASE("The ordering under1 <= under5 <= total is checked, with thousands in Vietnamese format")
{
    const HardChecks checks(Catalogue::builtIn());
    const QList<HardViolation> broken =
        checks.check({{"children_under1", 1500}, {"children_under5", 1200}, {"children_total", 5000}});
    REQUIRE(broken.size() == 1);
    CHECK(broken[0].rule.smaller == QStringList{"children_under1"});
    CHECK(broken[0].message.contains("1.500"));
    CHECK(broken[0].message.contains("1.200"));
    CHECK(checks.check({{"children_under5", 5001}, {"children_total", 5000}}).size() == 1);
    CHECK(checks.check({{"under5_measured", 1201}, {"children_under5", 1200}}).size() == 1);
}

TEST_CASE("Soft check: a count that moved by more than the set share from last year")
{
    const Catalogue& cat = Catalogue::builtIn();
    const SoftChecks soft(cat, {50, 50});
    // 100 -> 150 is 50 %: not more than 50 %. 100 -> 151 is.
    CHECK(soft.changes({{"live_births", 150}}, {{"live_births", 100}}).isEmpty());
    CHECK(soft.changes({{"live_births", 50}}, {{"live_births", 100}}).isEmpty());
    QList<SoftWarning> w = soft.changes({{"live_births", 151}}, {{"live_births", 100}});
    REQUIRE(w.size() == 1);
    CHECK(w[0].kind == SoftWarning::Kind::ChangeFromLastYear);
    CHECK(w[0].elements == QStringList{"live_births"});
    CHECK(w[0].message.contains("51%"));
    CHECK(w[0].message.contains("100 → 151"));
    CHECK(soft.changes({{"live_births", 49}}, {{"live_births", 100}}).size() == 1);
    // No base: nothing last year, or 0 last year.
    CHECK(soft.changes({{"live_births", 500}}, {}).isEmpty());
    CHECK(soft.changes({{"live_births", 500}}, {{"live_births", 0}}).isEmpty());
    CHECK(soft.changes({}, {{"live_births", 100}}).isEmpty());

    // The share is a setting: at 30 %, 100 -> 140 (40 %) is flagged.
    const SoftChecks strict(cat, {30, 50});
    CHECK(strict.changes({{"live_births", 140}}, {{"live_births", 100}}).size() == 1);
    CHECK(soft.changes({{"live_births", 140}}, {{"live_births", 100}}).isEmpty());
}

TEST_CASE("Soft check: a rate far off its target")
{
    const Catalogue& cat = Catalogue::builtIn();
    const SoftChecks soft(cat, {50, 50});
    // A value as a quotient over 1000: 40 is 40000 / 1000 x 1.
    auto result = [](const QString& code, double value, MeasureStatus s) {
        MeasureResult r;
        r.code = code;
        r.exact = Quotient{static_cast<qint64>(value * 1000), 1000, Decimal{1, 0}};
        r.value = value;
        r.status = s;
        return r;
    };
    // 4a: target > 95. 40 misses it by 55/95 = 58 %: far. 60 misses by 37 %: not far.
    QList<SoftWarning> w = soft.farFromTarget({result("4a", 40, MeasureStatus::NotMet)});
    REQUIRE(w.size() == 1);
    CHECK(w[0].kind == SoftWarning::Kind::FarFromTarget);
    CHECK(w[0].measure == "4a");
    CHECK(w[0].elements == QStringList{"under1_fully_immunised", "children_under1"});
    CHECK(w[0].message.contains("40"));
    CHECK(soft.farFromTarget({result("4a", 60, MeasureStatus::NotMet)}).isEmpty());
    // 2a: target < 1 per mille: 4 is 300 % above it.
    CHECK(soft.farFromTarget({result("2a", 4, MeasureStatus::NotMet)}).size() == 1);
    CHECK(soft.farFromTarget({result("2a", 1.4, MeasureStatus::NotMet)}).isEmpty());
    // A met measure, or one without a value, is never far.
    CHECK(soft.farFromTarget({result("2a", 0, MeasureStatus::Met)}).isEmpty());
    MeasureResult none;
    none.code = "2a";
    CHECK(soft.farFromTarget({none}).isEmpty());
    // The share is a setting: at 30 %, 60 for 4a is far.
    CHECK(SoftChecks(cat, {50, 30}).farFromTarget({result("4a", 60, MeasureStatus::NotMet)}).size() == 1);
}

TEST_CASE("Soft checks leave a commune's yes/no answers alone: 0 is \"no\", not an unusual figure")
{
    const Catalogue& cat = Catalogue::builtIn();
    const SoftChecks soft(cat, {50, 50});
    for (const char* flag : {"cfc_registered", "cfc_achieved", "has_play_space"}) {
        INFO(flag);
        REQUIRE(cat.element(flag)->max == 1);
        CHECK(soft.changes({{flag, 0}}, {{flag, 1}}).isEmpty()); // yes last year, no this year
    }
    // A result n / d x 100, not met.
    auto notMet = [](const QString& code, qint64 n, qint64 d) {
        MeasureResult r;
        r.code = code;
        r.numerator = n;
        r.denominator = d;
        r.exact = Quotient{n, d, Decimal{100, 0}};
        r.value = r.exact->toDouble();
        r.status = MeasureStatus::NotMet;
        return r;
    };
    // A commune's 1a, 1b and 17 are 0 % or 100 %: "no" misses the target but asks nothing.
    for (const char* code : {"1a", "1b", "17"}) {
        INFO(code);
        CHECK(soft.farFromTarget({notMet(code, 0, 1)}).isEmpty());
    }
    // Counts that are not flags are still judged, in the same call.
    CHECK(soft.changes({{"cfc_registered", 0}, {"live_births", 10}}, {{"cfc_registered", 1}, {"live_births", 100}})
              .size() == 1);
    CHECK(soft.farFromTarget({notMet("4a", 40, 100)}).size() == 1);
}

TEST_CASE("A soft warning is answered by a comment on one of its counts")
{
    const SoftChecks soft(Catalogue::builtIn(), {50, 50});
    const ElementValues now{{"under1_fully_immunised", 40}, {"children_under1", 100}};
    MeasureResult far;
    far.code = "4a";
    far.numerator = 40;
    far.denominator = 100;
    far.exact = Quotient{40, 100, Decimal{100, 0}};
    far.value = 40;
    far.status = MeasureStatus::NotMet;
    const QList<MeasureResult> results{far};
    QList<SoftWarning> w = soft.check(now, {{"children_under1", 300}}, results, {});
    REQUIRE(w.size() == 2); // children_under1 fell 67 %, and 4a is far off
    CHECK_FALSE(w[0].answered);
    CHECK_FALSE(w[1].answered);
    w = soft.check(now, {{"children_under1", 300}}, results, {{"children_under1", "  "}});
    CHECK_FALSE(w[0].answered); // blank is no comment
    w = soft.check(now, {{"children_under1", 300}}, results, {{"children_under1", "sáp nhập thôn"}});
    CHECK(w[0].answered);
    CHECK(w[1].answered); // 4a reads children_under1 too
}

TEST_CASE("Who may enter what: a commune its own, a district its communes, others nobody")
{
    const UnitTree units = UnitTree::builtIn();
    InstallationSettings commune;
    commune.role = Role::Commune;
    commune.unitCode = "19744";
    commune.userName = "Lê Văn C";
    EntryPermission p = EntryPermission::check(commune, units, "19744");
    CHECK(p.allowed);
    CHECK_FALSE(p.onBehalf);
    CHECK(p.source() == "entry");
    CHECK(p.context(commune).enteredByUnit == "19744");
    CHECK(p.context(commune).user == "Lê Văn C");
    CHECK(p.context(commune, "undo").source == "undo");
    p = EntryPermission::check(commune, units, "19747");
    CHECK_FALSE(p.allowed);
    CHECK(p.refusal.contains("19747"));
    CHECK(EntryPermission::enterableUnits(commune, units).size() == 1);

    InstallationSettings district;
    district.role = Role::District;
    district.unitCode = "474";
    p = EntryPermission::check(district, units, "19747");
    CHECK(p.allowed);
    CHECK(p.onBehalf);
    CHECK(p.source() == "district_entry");
    CHECK(p.context(district).enteredByUnit == "474");
    p = EntryPermission::check(district, units, "19822"); // Xã Điền Hương, Phong Điền (476)
    CHECK_FALSE(p.allowed);
    CHECK(p.refusal.contains("19822"));
    p = EntryPermission::check(district, units, "474"); // the district itself is no commune
    CHECK_FALSE(p.allowed);
    CHECK(EntryPermission::enterableUnits(district, units).size() == units.communesUnder("474").size());
    CHECK(EntryPermission::enterableUnits(district, units).size() == 27);

    InstallationSettings province;
    province.role = Role::Province;
    province.unitCode = "46";
    CHECK_FALSE(EntryPermission::check(province, units, "19744").allowed);
    CHECK(EntryPermission::enterableUnits(province, units).isEmpty());
    CHECK_FALSE(EntryPermission::check(InstallationSettings(), units, "19744").allowed);
}

TEST_CASE("The form layout follows the plan's groups, with each count entered once")
{
    const Catalogue& cat = Catalogue::builtIn();
    const FormLayout layout = FormLayout::fromCatalogue(cat);
    REQUIRE(layout.groups.size() == 4);
    CHECK(layout.groups[1].indicators.size() == 7); // 6 to 12
    QStringList order = layout.fieldOrder();
    CHECK(order.size() == cat.elements.size()); // 47, each once
    CHECK(order.removeDuplicates() == 0);
    CHECK(layout.otherElements.isEmpty());
    CHECK(order.first() == "cfc_registered");
    // children_total is first read by 6a; indicator 7 shows it as shared.
    const FormIndicator& six = layout.groups[1].indicators[0];
    CHECK(six.indicator->number == 6);
    CHECK(six.elements == QStringList{"children_special", "children_special_supported", "children_total"});
    const FormIndicator& seven = layout.groups[1].indicators[1];
    CHECK(seven.elements == QStringList{"children_abused"});
    CHECK(seven.sharedElements == QStringList{"children_total"});
    CHECK(seven.measures.size() == 1);
}

TEST_CASE("The form model commits each edit with audit, computes measures from typing, and marks the district")
{
    test::TempWorkspace ws;
    test::ScopedClock clock(QDateTime(QDate(2024, 11, 20), QTime(8, 0)));
    configure(ws, Role::District, "474", "Hồ Thị D");
    EntryFormModel model(*ws);
    model.open("19744", 2024);
    CHECK(model.permission().onBehalf);
    CHECK(model.status().state == FormState::NotStarted);

    // Typed but not committed: the measure follows, nothing is stored.
    model.setPending("live_births", 250);
    model.setPending("neonatal_deaths", 1);
    const MeasureResult r = model.result("2a");
    REQUIRE(r.value.has_value());
    CHECK(*r.value == Approx(4.0)); // 1 / 250 x 1000
    CHECK(r.status == MeasureStatus::NotMet);
    CHECK_FALSE(ws->values().value("19744", 2024, "live_births").has_value());

    const QList<EntryChange> changes = model.commit({{"live_births", 250, {}}, {"neonatal_deaths", 1, {}}});
    CHECK(changes.size() == 2);
    CHECK(ws->values().value("19744", 2024, "live_births") == 250);
    const StoredValue stored = ws->values().values("19744", 2024).value("live_births");
    CHECK(stored.enteredByUnit == "474");
    CHECK(stored.source == "district_entry");
    CHECK(stored.changedBy == "Hồ Thị D");
    const QList<AuditRow> audit = ws->values().audit("19744", 2024);
    REQUIRE(audit.size() == 2);
    CHECK(audit[0].source == "district_entry");
    CHECK(model.status().state == FormState::InProgress);
    // The same value again changes nothing and writes no audit row.
    CHECK(model.commit({{"live_births", 250, {}}}).isEmpty());
    CHECK(ws->values().audit("19744", 2024).size() == 2);

    // A comment needs a value.
    CHECK(errorOf([&] { model.commit({{"infant_deaths", std::nullopt, QString("x")}}); }).contains("comment"));
    model.commit({{"live_births", 250, QString("sổ khai sinh")}});
    CHECK(model.comment("live_births") == "sổ khai sinh");
    CHECK(ws->values().audit("19744", 2024).last().newComment == "sổ khai sinh");
}

TEST_CASE("The form model refuses writes it may not make and keeps what is stored")
{
    test::TempWorkspace ws;
    configure(ws, Role::Commune, "19744");
    EntryFormModel model(*ws);
    model.open("19747", 2024);
    CHECK(model.isReadOnly());
    CHECK(errorOf([&] { model.commit({{"live_births", 10, {}}}); }).contains("19747"));
    CHECK_FALSE(ws->values().value("19747", 2024, "live_births").has_value());
    CHECK(errorOf([&] { model.markComplete(); }).contains("19747"));

    model.open("19744", 2024);
    CHECK_FALSE(model.isReadOnly());
    // A value the store refuses (a flag above 1) leaves the batch unstored.
    CHECK_FALSE(errorOf([&] { model.commit({{"live_births", 10, {}}, {"cfc_registered", 2, {}}}); }).isEmpty());
    CHECK_FALSE(ws->values().value("19744", 2024, "live_births").has_value());
}

TEST_CASE("Mark complete is blocked by a hard check, stores state and date, and reopening needs a reason")
{
    test::TempWorkspace ws;
    test::ScopedClock clock(QDateTime(QDate(2024, 11, 12), QTime(15, 0)));
    configure(ws, Role::Commune, "19744", "Lê Văn C");
    EntryFormModel model(*ws);
    model.open("19744", 2024);
    CHECK(errorOf([&] { model.markComplete(); }).contains("Nothing")); // empty form
    model.commit({{"children_under5", 100, {}}, {"under5_measured", 120, {}}});
    REQUIRE(model.hardViolations().size() == 1);
    const QString refusal = errorOf([&] { model.markComplete(); });
    CHECK(refusal.contains("120"));
    CHECK(FormStatus::load(ws->db(), "19744", 2024).state == FormState::InProgress);

    // Typing a fix does not count until it is committed.
    model.setPending("under5_measured", 90);
    CHECK(model.hardViolations().isEmpty());
    CHECK_FALSE(errorOf([&] { model.markComplete(); }).isEmpty());
    model.commit({{"under5_measured", 90, {}}});
    model.markComplete();
    FormStatus s = FormStatus::load(ws->db(), "19744", 2024);
    CHECK(s.state == FormState::Complete);
    CHECK(s.changedAt == QDateTime(QDate(2024, 11, 12), QTime(15, 0)));
    CHECK(s.changedBy == "Lê Văn C");
    CHECK(model.isReadOnly());
    CHECK(errorOf([&] { model.commit({{"under5_measured", 91, {}}}); }).contains("complete"));
    CHECK(ws->values().value("19744", 2024, "under5_measured") == 90);

    CHECK(errorOf([&] { model.reopen("   "); }).contains("reason"));
    CHECK(model.isComplete());
    model.reopen("Sửa số trẻ cân đo");
    s = FormStatus::load(ws->db(), "19744", 2024);
    CHECK(s.state == FormState::InProgress);
    CHECK(s.reason == "Sửa số trẻ cân đo");
    CHECK_FALSE(model.isReadOnly());
    CHECK(errorOf([&] { model.reopen("again"); }).contains("complete"));
}

TEST_CASE("A district reopening a commune's form returns it, and soft checks use the stored settings")
{
    test::TempWorkspace ws;
    configure(ws, Role::District, "474");
    InstallationSettings s = ws->settings();
    CHECK(s.softChangePercent == 50);
    s.softChangePercent = 20;
    ws->saveSettings(s);
    CHECK(ws->settings().softChangePercent == 20);
    ws.set("19744", 2023, {{"live_births", 100}});

    EntryFormModel model(*ws);
    model.open("19744", 2024);
    CHECK(model.lastYearValue("live_births") == 100);
    model.commit({{"live_births", 125, {}}}); // 25 % > 20 %
    QList<SoftWarning> w = model.softWarnings();
    REQUIRE(w.size() == 1);
    CHECK_FALSE(w[0].answered);
    model.commit({{"live_births", 125, QString("thêm khu tái định cư")}});
    CHECK(model.softWarnings()[0].answered);
    model.markComplete(); // soft warnings never block
    model.reopen("Xã gửi lại số liệu");
    CHECK(FormStatus::load(ws->db(), "19744", 2024).state == FormState::Returned);

    // The baseline year has no year before it.
    model.open("19744", 2020);
    CHECK_FALSE(model.lastYearValue("live_births").has_value());
}
