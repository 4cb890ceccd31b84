// The built-in catalogue against the plan text, and the loader's refusals.
#include "core/Csv.h"
#include "core/Error.h"
#include "core/catalogue/Catalogue.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace chitieu;

namespace {
QByteArray builtInJson()
{
    QFile f(QStringLiteral(":/chitieu/catalogue/plan-208.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Loads the built-in JSON after `edit` changed it, and returns the error message.
template <typename Edit> QString errorAfter(Edit edit)
{
    QJsonObject root = QJsonDocument::fromJson(builtInJson()).object();
    edit(root);
    try {
        Catalogue::fromJson(QJsonDocument(root).toJson(), QStringLiteral("edited.json"));
    } catch (const Error& e) {
        return e.message();
    }
    FAIL("the edited catalogue was accepted");
    return {};
}
} // namespace

TEST_CASE("The catalogue holds the plan's groups, indicators and measures")
{
    const Catalogue& c = Catalogue::builtIn();
    CHECK(c.id == QStringLiteral("plan-208-tth-2021"));
    CHECK(c.groups.size() == 4);
    CHECK(c.indicators.size() == 18);
    CHECK(c.measures.size() == 32);
    CHECK(c.elements.size() >= 45);
    CHECK(c.baselineYear == 2020);
    CHECK(c.firstYear == 2021);
    CHECK(c.lastYear == 2025);

    const QStringList codes{"1a",  "1b",  "2a",  "2b",  "2c",  "3a",  "3b",  "3c",  "3d", "4a",  "4b",
                            "5",   "6a",  "6b",  "7",   "8",   "9a",  "9b",  "10",  "11", "12a", "12b",
                            "13a", "13b", "14a", "14b", "15a", "15b", "16a", "16b", "17", "18"};
    QStringList actual;
    for (const Measure& m : c.measures)
        actual << m.code;
    CHECK(actual == codes);

    // Groups as in plan section I.
    CHECK(c.groups[0].indicators == QList<int>{1, 2, 3, 4, 5});
    CHECK(c.groups[1].indicators == QList<int>{6, 7, 8, 9, 10, 11, 12});
    CHECK(c.groups[2].indicators == QList<int>{13, 14, 15, 16, 17});
    CHECK(c.groups[3].indicators == QList<int>{18});
}

TEST_CASE("Every target and comparator is the plan's")
{
    struct Expected
    {
        const char* code;
        Comparator comparator;
        double target;
        double factor;
    };
    using C = Comparator;
    const Expected expected[] = {
        {"1a", C::GreaterOrEqual, 100, 100},
        {"1b", C::Greater, 65, 100},
        {"2a", C::Less, 1, 1000},
        {"2b", C::LessOrEqual, 0.8, 1000},
        {"2c", C::Less, 1, 1000},
        {"3a", C::Less, 9, 100},
        {"3b", C::Less, 7, 100},
        {"3c", C::Less, 5, 100},
        {"3d", C::Less, 8, 100},
        {"4a", C::Greater, 95, 100},
        {"4b", C::GreaterOrEqual, 90, 100},
        {"5", C::GreaterOrEqual, 100, 100},
        {"6a", C::Less, 1.5, 100},
        {"6b", C::Greater, 90, 100},
        {"7", C::Less, 0.01, 100},
        {"8", C::Less, 0.005, 100},
        {"9a", C::LessOrEqual, 550, 100000},
        {"9b", C::Less, 15, 100000},
        {"10", C::GreaterOrEqual, 100, 100},
        {"11", C::GreaterOrEqual, 2, 100},
        {"12a", C::GreaterOrEqual, 100, 100},
        {"12b", C::GreaterOrEqual, 90, 100},
        {"13a", C::Greater, 99, 100},
        {"13b", C::Greater, 90, 100},
        {"14a", C::GreaterOrEqual, 100, 100},
        {"14b", C::GreaterOrEqual, 100, 100},
        {"15a", C::GreaterOrEqual, 90, 100},
        {"15b", C::Less, 0.1, 100},
        {"16a", C::GreaterOrEqual, 80, 100},
        {"16b", C::GreaterOrEqual, 60, 100},
        {"17", C::GreaterOrEqual, 60, 100},
        {"18", C::Greater, 85, 100},
    };
    const Catalogue& c = Catalogue::builtIn();
    for (const Expected& e : expected) {
        INFO("measure " << e.code);
        const Measure* m = c.measure(QString::fromLatin1(e.code));
        REQUIRE(m);
        CHECK(m->comparator == e.comparator);
        CHECK(m->target == Approx(e.target));
        CHECK(m->factor == Approx(e.factor));
    }
}

TEST_CASE("Special measures: communes denominators, urban/rural filter, previous-year base")
{
    const Catalogue& c = Catalogue::builtIn();
    for (const char* code : {"1a", "1b", "17"})
        CHECK(c.measure(QString::fromLatin1(code))->denominator.kind == Term::Kind::Communes);
    CHECK(c.measure(QStringLiteral("3c"))->filter == UnitFilter::Rural);
    CHECK(c.measure(QStringLiteral("3d"))->filter == UnitFilter::Urban);
    CHECK(c.measure(QStringLiteral("3a"))->filter == UnitFilter::All);
    const Measure* m11 = c.measure(QStringLiteral("11"));
    CHECK(m11->numerator.kind == Term::Kind::DecreaseFromPreviousYear);
    CHECK(m11->denominator.kind == Term::Kind::PreviousYear);
    CHECK(m11->denominator.elements == QStringList{QStringLiteral("child_marriages")});
    CHECK(m11->metWhenBothZero);
    CHECK(c.measure(QStringLiteral("2a"))->numerator.elements == QStringList{QStringLiteral("neonatal_deaths")});
    CHECK(c.measure(QStringLiteral("2a"))->denominator.elements == QStringList{QStringLiteral("live_births")});
}

TEST_CASE("Leading agencies are those of plan section III")
{
    const Catalogue& c = Catalogue::builtIn();
    const std::map<QString, QList<int>> leads = {
        {QStringLiteral("sldtbxh"), {1, 6, 8, 10, 18}},
        {QStringLiteral("syt"), {2, 3, 4, 9}},
        {QStringLiteral("sgddt"), {5, 13, 14, 15, 16}},
        {QStringLiteral("svhtt"), {11, 17}},
        {QStringLiteral("stp"), {12}},
        {QStringLiteral("cat"), {7}},
    };
    for (const auto& [agency, indicators] : leads) {
        INFO(agency.toStdString());
        REQUIRE(c.agency(agency));
        CHECK(c.agency(agency)->leads == indicators);
        for (int i : indicators)
            CHECK(c.indicator(i)->lead == agency);
    }
    CHECK(c.agency(QStringLiteral("syt"))->coordinates.contains(16));
    CHECK(c.agency(QStringLiteral("sldtbxh"))->name.vi == QStringLiteral("Sở Lao động - Thương binh và Xã hội"));
    // Agencies with tasks only are there too.
    for (const char* code : {"snv", "stttt", "skhdt", "stc", "sxd", "stnmt"})
        CHECK(c.agency(QString::fromLatin1(code)));
}

TEST_CASE("Deliverables of plan section IV: who makes them, for whom, through whom, by when, with what")
{
    const Catalogue& c = Catalogue::builtIn();
    CHECK(c.consolidatingAgency == QStringLiteral("sldtbxh"));
    CHECK(c.receivingBodyShort.vi == QStringLiteral("UBND tỉnh"));
    QStringList ids;
    for (const Deliverable& d : c.deliverables)
        ids << d.id;
    CHECK(ids == QStringList{"commune-data", "plan-20-06", "district-25-11", "results-30-11", "dolisa-05-12",
                             "review-2023", "review-2025"});

    // IV.1: districts and departments, their own plan by 20/06/2021, to the provincial committee directly.
    const Deliverable* plan = c.deliverable(QStringLiteral("plan-20-06"));
    REQUIRE(plan);
    CHECK_FALSE(plan->yearly);
    CHECK(plan->year == 2021);
    CHECK(plan->day == 20);
    CHECK(plan->month == 6);
    CHECK(plan->reporters.contains(PlanRole::Districts));
    CHECK(plan->reporters.contains(PlanRole::Departments));
    CHECK(plan->to == PlanRole::ProvinceCommittee);
    CHECK_FALSE(plan->via);
    CHECK(plan->hasPart(targetsPart));
    CHECK(plan->documentWord == QStringLiteral("KẾ HOẠCH"));
    CHECK_FALSE(plan->dataFile);
    // III.13: each district by 25/11, through Sở LĐTBXH; IV.1: districts and departments by 30/11, with the data.
    const Deliverable* district = c.deliverable(QStringLiteral("district-25-11"));
    REQUIRE(district);
    CHECK(district->reporters == QList<PlanRole>{PlanRole::Districts});
    CHECK(district->via == PlanRole::ConsolidatingAgency);
    CHECK(district->day == 25);
    CHECK_FALSE(district->dataFile);
    const Deliverable* results = c.deliverable(QStringLiteral("results-30-11"));
    REQUIRE(results);
    CHECK(results->reporters == QList<PlanRole>{PlanRole::Districts, PlanRole::Departments});
    CHECK(results->dataFile);
    CHECK(results->day == 30);
    CHECK(results->narrativeParts() == QStringList{"results", "difficulties", "proposals"});
    CHECK(results->parts.indexOf(QStringLiteral("results")) < results->parts.indexOf(figuresPart));
    // IV.2: Sở LĐTBXH's consolidated report by 05/12 gathers the districts' and departments' reports.
    const Deliverable* consolidated = c.deliverable(QStringLiteral("dolisa-05-12"));
    REQUIRE(consolidated);
    CHECK(consolidated->reporters == QList<PlanRole>{PlanRole::ConsolidatingAgency});
    CHECK(consolidated->gathers == QStringList{"district-25-11", "results-30-11"});
    CHECK(consolidated->month == 12);
    CHECK(c.deliverable(QStringLiteral("review-2023"))->review == ReviewKind::MidTerm);
    CHECK(c.deliverable(QStringLiteral("review-2023"))->year == 2023);
    CHECK(c.deliverable(QStringLiteral("review-2025"))->review == ReviewKind::Final);
    CHECK(c.deliverable(QStringLiteral("review-2025"))->reporters.contains(PlanRole::Districts));
    // The communes' data: the district sets its date.
    CHECK(c.deliverable(QStringLiteral("commune-data"))->dateSetByRecipient);
    CHECK(c.deliverable(QStringLiteral("commune-data"))->to == PlanRole::Districts);

    // Section II's headings, 1 to 5 with a) to e) under 3.
    QStringList labels;
    for (const PlanTask& t : c.planTasks)
        labels << t.label();
    CHECK(labels == QStringList{"1.", "2.", "3.", "a)", "b)", "c)", "d)", "đ)", "e)", "4.", "5."});
    CHECK(c.planTasks[4].title.vi.startsWith(QStringLiteral("Phát triển hệ thống cung cấp dịch vụ")));
    CHECK(c.narrativeSection(QStringLiteral("results"))->guidedByPlanTasks);
    QStringList departments;
    for (const Agency* a : c.reportingDepartments())
        departments << a->code;
    CHECK(departments.size() == 11);
    CHECK(departments.contains(QStringLiteral("cat")));
    CHECK_FALSE(departments.contains(QStringLiteral("sldtbxh")));
    CHECK_FALSE(departments.contains(QStringLiteral("mttq")));
}

TEST_CASE("Derived sanity checks and yes/no flags")
{
    const Catalogue& c = Catalogue::builtIn();
    CHECK(c.element(QStringLiteral("cfc_registered"))->max == 1);
    CHECK(c.element(QStringLiteral("cfc_registered"))->scope == ElementScope::Commune);
    CHECK(c.element(QStringLiteral("live_births"))->scope == ElementScope::Any);
    bool measuredUnder5 = false;
    for (const OrderCheck& o : c.checks)
        measuredUnder5 = measuredUnder5 || (o.smaller == QStringLiteral("under5_measured") &&
                                            o.larger == QStringLiteral("children_under5"));
    CHECK(measuredUnder5);
}

TEST_CASE("A malformed catalogue is refused with the file, the place and the problem")
{
    SECTION("not JSON")
    {
        try {
            Catalogue::fromJson("{\n  \"id\": ,\n}", QStringLiteral("broken.json"));
            FAIL("accepted");
        } catch (const Error& e) {
            CHECK(e.message().contains(QStringLiteral("broken.json")));
            CHECK(e.message().contains(QStringLiteral("2"))); // line 2
        }
    }
    SECTION("a missing key")
    {
        const QString m = errorAfter([](QJsonObject& root) {
            QJsonArray measures = root[QStringLiteral("measures")].toArray();
            QJsonObject first = measures[0].toObject();
            first.remove(QStringLiteral("target"));
            measures[0] = first;
            root[QStringLiteral("measures")] = measures;
        });
        CHECK(m.contains(QStringLiteral("edited.json")));
        CHECK(m.contains(QStringLiteral("measures[0]")));
        CHECK(m.contains(QStringLiteral("target")));
    }
    SECTION("an unknown comparator")
    {
        const QString m = errorAfter([](QJsonObject& root) {
            QJsonArray measures = root[QStringLiteral("measures")].toArray();
            QJsonObject o = measures[4].toObject();
            o[QStringLiteral("comparator")] = QStringLiteral("=~");
            measures[4] = o;
            root[QStringLiteral("measures")] = measures;
        });
        CHECK(m.contains(QStringLiteral("measures[4].comparator")));
        CHECK(m.contains(QStringLiteral("=~")));
    }
    SECTION("an undeclared element")
    {
        const QString m = errorAfter([](QJsonObject& root) {
            QJsonArray measures = root[QStringLiteral("measures")].toArray();
            QJsonObject o = measures[2].toObject();
            o[QStringLiteral("numerator")] =
                QJsonObject{{QStringLiteral("kind"), QStringLiteral("sum")},
                            {QStringLiteral("elements"), QJsonArray{QStringLiteral("no_such_count")}}};
            measures[2] = o;
            root[QStringLiteral("measures")] = measures;
        });
        CHECK(m.contains(QStringLiteral("no_such_count")));
        CHECK(m.contains(QStringLiteral("measures[2]")));
    }
    SECTION("a text where a number belongs")
    {
        const QString m =
            errorAfter([](QJsonObject& root) { root[QStringLiteral("first_year")] = QStringLiteral("2021"); });
        CHECK(m.contains(QStringLiteral("first_year")));
    }
    SECTION("an unknown lead agency")
    {
        const QString m = errorAfter([](QJsonObject& root) {
            QJsonArray ind = root[QStringLiteral("indicators")].toArray();
            QJsonObject o = ind[0].toObject();
            o[QStringLiteral("lead")] = QStringLiteral("nobody");
            ind[0] = o;
            root[QStringLiteral("indicators")] = ind;
        });
        CHECK(m.contains(QStringLiteral("nobody")));
        CHECK(m.contains(QStringLiteral("indicators[0]")));
    }
    SECTION("an unknown reporter role")
    {
        const QString m = errorAfter([](QJsonObject& root) {
            QJsonArray list = root[QStringLiteral("deliverables")].toArray();
            QJsonObject o = list[5].toObject();
            o[QStringLiteral("reporters")] =
                QJsonArray{QStringLiteral("districts"), QStringLiteral("districts_and_departments")};
            list[5] = o;
            root[QStringLiteral("deliverables")] = list;
        });
        CHECK(m.contains(QStringLiteral("edited.json")));
        CHECK(m.contains(QStringLiteral("deliverables[5].reporters[1]")));
        CHECK(m.contains(QStringLiteral("\"districts_and_departments\"")));
        CHECK(m.contains(QStringLiteral("consolidating_agency")));
    }
    SECTION("an unknown recipient role")
    {
        const QString m = errorAfter([](QJsonObject& root) {
            QJsonArray list = root[QStringLiteral("deliverables")].toArray();
            QJsonObject o = list[2].toObject();
            o[QStringLiteral("to")] = QStringLiteral("ubnd_tinh");
            list[2] = o;
            root[QStringLiteral("deliverables")] = list;
        });
        CHECK(m.contains(QStringLiteral("deliverables[2].to")));
        CHECK(m.contains(QStringLiteral("ubnd_tinh")));
        CHECK(m.contains(QStringLiteral("province_committee")));
    }
    SECTION("an undeclared consolidating agency, part or gathered deliverable")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  root[QStringLiteral("consolidating_agency")] = QStringLiteral("nobody");
              }).contains(QStringLiteral("consolidating_agency")));
        const QString part = errorAfter([](QJsonObject& root) {
            QJsonArray list = root[QStringLiteral("deliverables")].toArray();
            QJsonObject o = list[3].toObject();
            o[QStringLiteral("parts")] = QJsonArray{QStringLiteral("results"), QStringLiteral("budget")};
            list[3] = o;
            root[QStringLiteral("deliverables")] = list;
        });
        CHECK(part.contains(QStringLiteral("deliverables[3].parts[1]")));
        CHECK(part.contains(QStringLiteral("budget")));
        const QString gathered = errorAfter([](QJsonObject& root) {
            QJsonArray list = root[QStringLiteral("deliverables")].toArray();
            QJsonObject o = list[4].toObject();
            o[QStringLiteral("gathers")] = QJsonArray{QStringLiteral("district-25-12")};
            list[4] = o;
            root[QStringLiteral("deliverables")] = list;
        });
        CHECK(gathered.contains(QStringLiteral("deliverables[4].gathers[0]")));
    }
    SECTION("an unknown kind of agency")
    {
        const QString m = errorAfter([](QJsonObject& root) {
            QJsonArray list = root[QStringLiteral("agencies")].toArray();
            QJsonObject o = list[1].toObject();
            o[QStringLiteral("kind")] = QStringLiteral("ministry");
            list[1] = o;
            root[QStringLiteral("agencies")] = list;
        });
        CHECK(m.contains(QStringLiteral("agencies[1].kind")));
        CHECK(m.contains(QStringLiteral("ministry")));
    }
    SECTION("a file that does not exist")
    {
        CHECK_THROWS_AS(Catalogue::loadFile(QStringLiteral("/no/such/catalogue.json")), Error);
    }
}

TEST_CASE("The shipped catalogue equals the plan's measure table")
{
    // tests/data/plan-208-measures.csv is the measure table of the plan's decomposition (see
    // tests/data/README.md), written independently of resources/catalogue/plan-208.json.
    const QList<csv::Row> rows = csv::readFile(test::dataFile(QStringLiteral("plan-208-measures.csv")));
    REQUIRE(rows.size() == 33);
    REQUIRE(rows[0].fields ==
            QStringList{"measure", "what (plan wording, short)", "numerator", "denominator", "factor", "target"});
    const Catalogue& c = Catalogue::builtIn();
    const QRegularExpression elementCode(QStringLiteral("\\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\\b"));
    auto codesIn = [&](const QString& text) {
        QSet<QString> codes;
        for (auto it = elementCode.globalMatch(text); it.hasNext();)
            codes << it.next().captured();
        return codes;
    };
    auto termKind = [](const QString& text) {
        if (text == QStringLiteral("number of communes"))
            return Term::Kind::Communes;
        if (text.contains(QStringLiteral("−")))
            return Term::Kind::DecreaseFromPreviousYear;
        if (text.contains(QStringLiteral("(previous year)")))
            return Term::Kind::PreviousYear;
        return Term::Kind::Sum;
    };
    const std::map<QString, Comparator> comparatorOfSign = {{QStringLiteral("<"), Comparator::Less},
                                                            {QStringLiteral("≤"), Comparator::LessOrEqual},
                                                            {QStringLiteral(">"), Comparator::Greater},
                                                            {QStringLiteral("≥"), Comparator::GreaterOrEqual}};

    QStringList tableCodes;
    QSet<QString> tableElements;
    for (const csv::Row& row : rows.mid(1)) {
        REQUIRE(row.fields.size() == 6);
        const QString& code = row.fields[0];
        INFO("measure " << code.toStdString());
        tableCodes << code;
        const Measure* m = c.measure(code);
        REQUIRE(m);
        const QString& numerator = row.fields[2];
        const QString& denominator = row.fields[3];
        CHECK(m->numerator.kind == termKind(numerator));
        CHECK(m->denominator.kind == termKind(denominator));
        const QSet<QString> numeratorCodes = codesIn(numerator);
        const QSet<QString> denominatorCodes = codesIn(denominator);
        CHECK(QSet<QString>(m->numerator.elements.begin(), m->numerator.elements.end()) == numeratorCodes);
        CHECK(QSet<QString>(m->denominator.elements.begin(), m->denominator.elements.end()) == denominatorCodes);
        tableElements += numeratorCodes + denominatorCodes;

        CHECK(m->factor == Approx(row.fields[4].toDouble()));
        const QStringList target = row.fields[5].split(QLatin1Char(' '));
        REQUIRE(target.size() == 2);
        REQUIRE(comparatorOfSign.count(target[0]) == 1);
        CHECK(m->comparator == comparatorOfSign.at(target[0]));
        CHECK(m->target == Approx(target[1].toDouble()));

        const UnitFilter filter = numerator.contains(QStringLiteral("(xã only)"))            ? UnitFilter::Rural
                                  : numerator.contains(QStringLiteral("(phường, thị trấn)")) ? UnitFilter::Urban
                                                                                             : UnitFilter::All;
        CHECK(m->filter == filter);
    }
    QStringList catalogueCodes;
    for (const Measure& m : c.measures)
        catalogueCodes << m.code;
    CHECK(catalogueCodes == tableCodes);

    // The elements: every one the table names is declared, and every declared one is used.
    QSet<QString> declared;
    for (const DataElement& e : c.elements)
        declared << e.code;
    CHECK(declared == tableElements);
}
