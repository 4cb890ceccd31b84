// Figures made while reporting is incomplete: a half-entered commune, communes missing, forms
// in progress and empty ones received in files, and a randomized check that every aggregated
// numerator and denominator is the sum over exactly the covered communes, recomputed here in
// plain SQL. Every expected figure is worked by hand in the comment beside it.
#include "core/exchange/Importer.h"
#include "core/format/ResultText.h"
#include "core/store/FormStatus.h"
#include "measures_support.h"
#include "test_exchange_support.h"

#include <random>

namespace {
// Nam Đông (483): 10 communes (20161 ... 20191).
QStringList namDong(test::TempWorkspace& ws)
{
    QStringList out;
    for (const OrgUnit* u : ws->units().communesUnder(u"483"_s))
        out << u->code;
    REQUIRE(out.size() == 10);
    return out;
}
} // namespace

TEST_CASE("A half-entered commune is left out of 2a on both sides and listed, at district and province")
{
    test::TempWorkspace ws;
    const QStringList c = namDong(ws);
    // 9 communes complete: 200 live births each (1800), one neonatal death in the first.
    for (int i = 0; i < 9; ++i)
        ws.setComplete(c[i], Year, {{u"live_births"_s, 200}, {u"neonatal_deaths"_s, i == 0 ? 1 : 0}});
    // The tenth entered 2 neonatal deaths but not yet its live births.
    ws.setComplete(c[9], Year, {{u"neonatal_deaths"_s, 2}});

    // 1 / 1800 x 1000 = 0.5556 per mille on the 9 communes that hold both counts; adding the
    // tenth's deaths alone would give 3 / 1800 x 1000 = 1.67, not met.
    const MeasureResult r = compute(ws, u"2a"_s, u"483"_s);
    CHECK_VALUE(r, 1, 1800, 1000.0 / 1800.0, S::Incomplete); // 9 of 10: no status by default
    CHECK(r.coverage.covered == 9);
    CHECK(r.coverage.expected == 10);
    CHECK(r.coverage.partial == QStringList{c[9]});
    CHECK(r.coverage.missing.isEmpty());
    // At a 90 % minimum the status is given: 0.5556 < 1, met.
    CHECK_VALUE(compute(ws, u"2a"_s, u"483"_s, Year, CountingRule{false, 90}), 1, 1800, 1000.0 / 1800.0, S::Met);
    // The province: the same 9 communes of its 141 (the tree of 01/07/2021).
    const MeasureResult p = compute(ws, u"2a"_s, u"46"_s, Year, anyCoverage);
    CHECK_VALUE(p, 1, 1800, 1000.0 / 1800.0, S::Met);
    CHECK(p.coverage.covered == 9);
    CHECK(p.coverage.expected == 141);
    CHECK(p.coverage.partial == QStringList{c[9]});
    CHECK(p.coverage.missing.size() == 131);
    // The notes name the partial commune.
    const QStringList notes = resultNotes(r, measureOf(ws, u"2a"_s), ws->units());
    CHECK(notes.join(u'\n').contains(ws->units().find(c[9])->name));
    CHECK(formatCoverage(r.coverage) == u"9/10 communes"_s);
}

TEST_CASE("With 3 of 10 communes in, 1a counts the 3 that answered and says 3 of 10")
{
    test::TempWorkspace ws;
    const QStringList c = namDong(ws);
    ws.setComplete(c[0], Year, {{u"cfc_registered"_s, 1}});
    ws.setComplete(c[1], Year, {{u"cfc_registered"_s, 1}});
    ws.setComplete(c[2], Year, {{u"cfc_registered"_s, 0}});
    // 2 / 3 x 100 = 66.67 %, not 2 / 10 = 20 %: the 7 silent communes are not "no".
    const MeasureResult r = compute(ws, u"1a"_s, u"483"_s);
    CHECK_VALUE(r, 2, 3, 200.0 / 3.0, S::Incomplete);
    CHECK(r.coverage.covered == 3);
    CHECK(r.coverage.expected == 10);
    CHECK(r.coverage.missing.size() == 7);
}

TEST_CASE("A received form in progress is held but not counted unless asked, and an empty one is missing")
{
    using namespace chitieu::test;
    test::ScopedClock clock(QDateTime(QDate(2024, 11, 10), QTime(9, 0)));
    Installation district(u"483"_s, Role::District, u"Trần Văn Đức"_s);
    // 20161 complete: 1 neonatal death in 500 births; 20164 in progress: 3 in 500; 20167 empty.
    Installation complete(u"20161"_s, Role::Commune, u"A"_s);
    complete.enter(u"20161"_s, 2024, {{"live_births", 500}, {"neonatal_deaths", 1}});
    Installation inProgress(u"20164"_s, Role::Commune, u"B"_s);
    inProgress.enter(u"20164"_s, 2024, {{"live_births", 500}, {"neonatal_deaths", 3}});
    Installation empty(u"20167"_s, Role::Commune, u"C"_s);
    // Sending an in-progress or empty form needs the user's confirmation: refused without it,
    // and no file is written.
    CHECK_THROWS_WITH(exchange::exportSubmission(inProgress.w(), u"20164"_s, 2024, inProgress.file(u"x.chitieu"_s)),
                      Catch::Contains("is not marked complete") && Catch::Contains("--allow-incomplete"));
    CHECK_THROWS_WITH(exchange::exportSubmission(empty.w(), u"20167"_s, 2024, empty.file(u"x.chitieu"_s)),
                      Catch::Contains("is empty"));
    CHECK_FALSE(QFile::exists(inProgress.file(u"x.chitieu"_s)));
    CHECK_FALSE(QFile::exists(empty.file(u"x.chitieu"_s)));
    for (Installation* sender : {&complete, &inProgress, &empty}) {
        const Installation::Form form =
            sender == &complete ? Installation::Form::MarkComplete : Installation::Form::AsItIs;
        REQUIRE(district.import(sender->exportFile(2024, u"f.chitieu"_s, form)).result ==
                exchange::ImportResult::Applied);
    }

    MeasureCalculator& calc = district.w().calculator();
    const Measure& m2a = *district.w().catalogue().measure(u"2a"_s);
    // Only the complete form counts: 1 / 500 x 1000 = 2.
    MeasureResult r = calc.compute(m2a, u"483"_s, 2024, anyCoverage);
    CHECK_VALUE(r, 1, 500, 2.0, S::NotMet);
    CHECK(r.coverage.covered == 1);
    CHECK(r.coverage.notCounted == QStringList{u"20164"_s});
    CHECK(r.coverage.missing.contains(u"20167"_s)); // received, but nothing in it
    CHECK_FALSE(r.includesInProgress);
    // Included on request: (1 + 3) / (500 + 500) x 1000 = 4, and the result says so.
    r = calc.compute(m2a, u"483"_s, 2024, CountingRule{true, 0});
    CHECK_VALUE(r, 4, 1000, 4.0, S::NotMet);
    CHECK(r.coverage.covered == 2);
    CHECK(r.includesInProgress);
    // The commune's own figures are its data whatever its form's state: 3 / 500 x 1000 = 6.
    CHECK_VALUE(calc.compute(m2a, u"20164"_s, 2024), 3, 500, 6.0, S::NotMet);
}

TEST_CASE("Counts breaking the plan's arithmetic are counted as held, and the figures built on them are flagged")
{
    test::TempWorkspace ws;
    const QStringList c = namDong(ws);
    // 3 neonatal deaths but 1 infant death and 0 under 5: impossible (neonatal <= infant <=
    // under-5), as a received file may hold it. Stored as sent; 2a, 2b and 2c are flagged.
    ws.setComplete(
        c[0], Year,
        {{u"live_births"_s, 1000}, {u"neonatal_deaths"_s, 3}, {u"infant_deaths"_s, 1}, {u"under5_deaths"_s, 0}});
    ws.setComplete(c[1], Year, {{u"live_births"_s, 1000}, {u"neonatal_deaths"_s, 0}, {u"infant_deaths"_s, 0}});
    for (const QString& code : {u"2a"_s, u"2b"_s, u"2c"_s}) {
        INFO(code.toStdString());
        const MeasureResult r = compute(ws, code, u"483"_s, Year, anyCoverage);
        CHECK(r.checkFailures == QStringList{c[0]});
    }
    // 2a: (3 + 0) / 2000 x 1000 = 1.5, the counts as held.
    CHECK_VALUE(compute(ws, u"2a"_s, u"483"_s, Year, anyCoverage), 3, 2000, 1.5, S::NotMet);
    // A measure that reads none of the broken counts is not flagged.
    ws.setComplete(c[2], Year, {{u"children_under1"_s, 100}, {u"under1_fully_immunised"_s, 99}});
    CHECK(compute(ws, u"4a"_s, u"483"_s, Year, anyCoverage).checkFailures.isEmpty());
}

TEST_CASE("A received file that breaks a hard check is imported as sent, and the import says so")
{
    using namespace chitieu::test;
    test::ScopedClock clock(QDateTime(QDate(2024, 11, 10), QTime(9, 0)));
    Installation district(u"483"_s, Role::District, u"Trần Văn Đức"_s);
    Installation commune(u"20161"_s, Role::Commune, u"A"_s);
    commune.enter(u"20161"_s, 2024, {{"live_births", 500}, {"neonatal_deaths", 3}, {"infant_deaths", 1}});
    const exchange::FileOutcome o = district.import(commune.exportFile(2024, u"f.chitieu"_s));
    REQUIRE(o.result == exchange::ImportResult::Applied);
    CHECK(o.message.contains("Counts of 20161 break a hard check"));
    CHECK(district.w().values().value(u"20161"_s, 2024, u"neonatal_deaths"_s) == 3);
    const MeasureResult r =
        district.w().calculator().compute(*district.w().catalogue().measure(u"2a"_s), u"483"_s, 2024, anyCoverage);
    CHECK(r.checkFailures == QStringList{u"20161"_s});
}

// ---------------------------------------------------------------------------------------------
// The property: for random partial data (random counts present or not, random form states),
// each aggregated numerator and denominator is the sum over exactly the communes whose form is
// complete and that hold every count of the measure, computed here by plain SQL.

namespace {
struct Sums
{
    std::optional<qint64> numerator;
    std::optional<qint64> denominator;
    int covered = 0;
};

Sums bySql(Database& db, const Measure& m, const QString& unit, int year)
{
    QStringList all = m.numerator.elements + m.denominator.elements;
    all.removeDuplicates();
    auto quoted = [](const QStringList& l) { return u"'"_s + l.join(u"','"_s) + u"'"_s; };
    // The communes under the unit, in the unit tree in force on the year's data date (30/11),
    // whose form is complete and that hold every count needed.
    const QString covered =
        u"WITH RECURSIVE tree(code, level, parent_code) AS (SELECT v.code, v.level, v.parent_code"
        " FROM unit_tree_members m JOIN unit_versions v ON v.id = m.version_id WHERE m.from_date ="
        " (SELECT MAX(from_date) FROM unit_trees WHERE from_date <= '%3-11-30')),"
        " sub(code) AS (SELECT code FROM tree WHERE code = ?"
        " UNION ALL SELECT u.code FROM tree u JOIN sub ON u.parent_code = sub.code),"
        " covered(code) AS (SELECT v.unit_code FROM data_values v JOIN tree u ON u.code = v.unit_code"
        " JOIN form_status f ON f.unit_code = v.unit_code AND f.year = v.year AND f.state = 'complete'"
        " WHERE u.level = 3 AND v.year = ? AND v.unit_code IN (SELECT code FROM sub) AND v.element IN (%1)"
        " GROUP BY v.unit_code HAVING COUNT(DISTINCT v.element) = %2) "_s.arg(quoted(all))
            .arg(all.size())
            .arg(year);
    Sums s;
    s.covered = db.scalar(covered + u"SELECT COUNT(*) FROM covered"_s, {unit, year}).toInt();
    auto sum = [&](const QStringList& elements) -> std::optional<qint64> {
        if (s.covered == 0)
            return std::nullopt;
        return db
            .scalar(covered + u"SELECT SUM(value) FROM data_values WHERE year = ? AND element IN (%1)"
                              " AND unit_code IN (SELECT code FROM covered)"_s.arg(quoted(elements)),
                    {unit, year, year})
            .toLongLong();
    };
    s.numerator = sum(m.numerator.elements);
    s.denominator = sum(m.denominator.elements);
    return s;
}
} // namespace

TEST_CASE("Randomized: aggregated sums are the sums over exactly the covered communes")
{
    for (unsigned seed : {1u, 2u, 3u}) {
        INFO("seed " << seed);
        test::TempWorkspace ws;
        std::mt19937 random(seed);
        const Catalogue& cat = ws->catalogue();
        QList<const Measure*> measures;
        QStringList elements;
        for (const Measure& m : cat.measures)
            if (m.numerator.kind == Term::Kind::Sum && m.denominator.kind == Term::Kind::Sum &&
                m.filter == UnitFilter::All) {
                measures << &m;
                elements << m.numerator.elements << m.denominator.elements;
            }
        elements.removeDuplicates();
        REQUIRE(measures.size() > 15);
        // Two districts of the year's tree: Thành phố Huế (36 communes) and Nam Đông (10).
        const UnitTree tree = ws->treeOfYear(Year);
        for (const QString& district : {u"474"_s, u"483"_s})
            for (const OrgUnit* c : tree.communesUnder(district)) {
                std::map<QString, qint64> counts;
                for (const QString& e : elements)
                    if (random() % 100 < 70)
                        counts[e] = static_cast<qint64>(random() % 5000);
                if (counts.empty() || random() % 100 < 15)
                    continue; // has not reported
                ws.set(c->code, Year, counts);
                if (random() % 100 < 75)
                    ws.complete(c->code, Year);
            }
        for (const QString& unit : {u"474"_s, u"483"_s, u"46"_s})
            for (const Measure* m : measures) {
                INFO("unit " << unit.toStdString() << " measure " << m->code.toStdString());
                const MeasureResult r = ws->calculator().compute(*m, unit, Year, anyCoverage);
                const Sums s = bySql(ws->db(), *m, unit, Year);
                CHECK(r.coverage.covered == s.covered);
                CHECK(r.numerator == s.numerator);
                CHECK(r.denominator == s.denominator);
            }
    }
}
