// A report's roll-ups made once: every unit below in one pass over the subtree
// (computeAllBelow), and several years of one unit with each year's counts read once
// (computeAllYears), give exactly what computing each unit and year on its own gives.
#include "measures_support.h"

namespace {
void requireSame(const MeasureResult& a, const MeasureResult& b)
{
    INFO("measure " << a.code.toStdString());
    CHECK(a.code == b.code);
    CHECK(a.numerator == b.numerator);
    CHECK(a.denominator == b.denominator);
    CHECK(a.value == b.value);
    CHECK(a.status == b.status);
    CHECK(a.notApplicable == b.notApplicable);
    CHECK(a.aggregated == b.aggregated);
    CHECK(a.coverage.covered == b.coverage.covered);
    CHECK(a.coverage.expected == b.coverage.expected);
    CHECK(a.coverage.missing == b.coverage.missing);
    CHECK(a.coverage.partial == b.coverage.partial);
    CHECK(a.coverage.notCounted == b.coverage.notCounted);
    CHECK(a.riseFromZero == b.riseFromZero);
    CHECK(a.includesInProgress == b.includesInProgress);
    CHECK(a.checkFailures == b.checkFailures);
}

void requireSame(const QList<MeasureResult>& a, const QList<MeasureResult>& b)
{
    REQUIRE(a.size() == b.size());
    for (int i = 0; i < a.size(); ++i)
        requireSame(a[i], b[i]);
}

// Complete and in-progress communes in two districts, counts held by a district and by the
// province, and the year before (11 reads it).
void enter(test::TempWorkspace& ws)
{
    for (int year : {Year - 1, Year}) {
        const qint64 k = year - Year + 2; // 1 the year before, 2 this year
        ws.setComplete(u"19960"_s, year, {{u"live_births"_s, 1500}, {u"neonatal_deaths"_s, k}});
        ws.setComplete(u"19966"_s, year, {{u"live_births"_s, 400}, {u"neonatal_deaths"_s, 1}});
        ws.set(u"19990"_s, year, {{u"live_births"_s, 100}, {u"neonatal_deaths"_s, 3}}); // in progress
        ws.set(u"479"_s, year, {{u"live_births"_s, 500}, {u"neonatal_deaths"_s, 1}});   // the district's own
        ws.setComplete(Phuong, year, {{u"live_births"_s, 900}, {u"neonatal_deaths"_s, 0}});
        ws.setComplete(Xa, year, {{u"live_births"_s, 300 * k}, {u"neonatal_deaths"_s, 2}});
    }
    ws.set(u"46"_s, Year, {{u"live_births"_s, 700}}); // partial at the province
}
} // namespace

TEST_CASE("Every unit below computed in one pass gives what each unit computed on its own gives")
{
    test::TempWorkspace ws;
    enter(ws);
    MeasureCalculator& calc = ws->calculator();
    for (const CountingRule& rule : {CountingRule{}, CountingRule{true, 0}, anyCoverage}) {
        for (const QString& parent : {u"46"_s, u"479"_s, u"474"_s}) {
            INFO("below " << parent.toStdString() << ", in progress counted " << rule.includeInProgress);
            const QHash<QString, QList<MeasureResult>> below = calc.computeAllBelow(parent, Year, rule);
            const UnitTree tree = ws->treeOfYear(Year); // the units below in the year's tree
            const QList<const OrgUnit*> children = tree.children(parent);
            REQUIRE(below.size() == children.size());
            for (const OrgUnit* child : children) {
                INFO("unit " << child->code.toStdString());
                REQUIRE(below.contains(child->code));
                requireSame(below.value(child->code), calc.computeAll(child->code, Year, rule));
            }
        }
    }
    // Not an empty agreement: 479's 2a, by hand, counting the in-progress commune:
    // (2 + 1 + 3 + 1) / (1500 + 400 + 100 + 500) * 1000 = 7 / 2500 * 1000 = 2.8.
    const QList<MeasureResult> d479 = calc.computeAllBelow(u"46"_s, Year, CountingRule{true, 0}).value(u"479"_s);
    const auto r = std::find_if(d479.cbegin(), d479.cend(), [](const MeasureResult& m) { return m.code == u"2a"_s; });
    REQUIRE(r != d479.cend());
    CHECK_VALUE(*r, 7, 2500, 2.8, S::NotMet);
}

TEST_CASE("Several years of one unit computed together give what each year computed on its own gives")
{
    test::TempWorkspace ws;
    enter(ws);
    MeasureCalculator& calc = ws->calculator();
    const QList<int> years{Year, Year - 1, ws->catalogue().baselineYear, Year};
    for (const QString& unit : {u"46"_s, u"479"_s, Xa}) {
        INFO("unit " << unit.toStdString());
        const QList<QList<MeasureResult>> together = calc.computeAllYears(unit, years, anyCoverage);
        REQUIRE(together.size() == years.size());
        for (int i = 0; i < years.size(); ++i)
            requireSame(together[i], calc.computeAll(unit, years[i], anyCoverage));
    }
}

TEST_CASE("Measures computed again give the stored counts of the moment: a write here or by another program shows")
{
    test::TempWorkspace ws;
    enter(ws);
    MeasureCalculator& calc = ws->calculator();
    auto twoA = [&](const QString& unit) {
        const QList<MeasureResult> all = calc.computeAll(unit, Year, anyCoverage);
        const auto r = std::find_if(all.cbegin(), all.cend(), [](const MeasureResult& m) { return m.code == u"2a"_s; });
        REQUIRE(r != all.cend());
        return *r;
    };
    // 1500 births, 2 deaths: 2 / 1500 * 1000.
    CHECK_VALUE(twoA(u"19960"_s), 2, 1500, 1.333333, S::NotMet);
    CHECK_VALUE(twoA(u"19960"_s), 2, 1500, 1.333333, S::NotMet); // asked again, nothing changed

    SECTION("a write through this workspace")
    {
        ws.set(u"19960"_s, Year, {{u"neonatal_deaths"_s, 3}});
        CHECK_VALUE(twoA(u"19960"_s), 3, 1500, 2.0, S::NotMet);
    }
    SECTION("a write by another program on the same file")
    {
        {
            Database other(ws.path(), Database::OpenMode::Existing);
            other.exec(QStringLiteral("UPDATE data_values SET value = 6 WHERE unit_code = '19960' AND year = ? AND "
                                      "element = 'neonatal_deaths'"),
                       {Year});
        }
        CHECK_VALUE(twoA(u"19960"_s), 6, 1500, 4.0, S::NotMet);
    }
}

TEST_CASE("The units below follow a write by another program made after the unit's counts were read")
{
    test::TempWorkspace ws;
    enter(ws);
    MeasureCalculator& calc = ws->calculator();
    // 479's complete communes and the district's own counts; 19990 is in progress.
    CHECK(calc.counts(u"479"_s, Year).sum(u"live_births"_s) == 1500 + 400 + 500);
    CHECK(calc.countsBelow(u"46"_s, Year).value(u"479"_s).sum(u"live_births"_s) == 1500 + 400 + 500);
    {
        // Another program (the command line) changes a commune's count meanwhile.
        Database other(ws.path(), Database::OpenMode::Existing);
        other.exec(u"UPDATE data_values SET value = 2000 WHERE unit_code = '19960' AND year = ? "
                   "AND element = 'live_births'"_s,
                   {Year});
    }
    CHECK(calc.countsBelow(u"46"_s, Year).value(u"479"_s).sum(u"live_births"_s) == 2000 + 400 + 500);
    CHECK(calc.counts(u"479"_s, Year).sum(u"live_births"_s) == 2000 + 400 + 500);
    CHECK(calc.counts(u"46"_s, Year).sum(u"live_births"_s) > 2000 + 400 + 500);
}
