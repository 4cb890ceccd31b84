// The form's figures are kept between keystrokes and recomputed only for what a typed count
// feeds (core/entry/FormFigures): after any sequence of typing, clearing and committing they
// must equal a computation from scratch over the same counts (MeasureCalculator::evaluate for
// every measure, SoftChecks::check over every count), and a model opened anew.
#include "core/catalogue/Catalogue.h"
#include "core/entry/EntryFormModel.h"
#include "core/entry/SoftChecks.h"
#include "core/store/InstallationSettings.h"
#include "support/TestSupport.h"

#include <QRandomGenerator>
#include <map>

using namespace chitieu;

namespace {

// Everything a screen shows of a result, in words tests can compare.
QString describe(const MeasureResult& r)
{
    return QStringLiteral("%1 n=%2 d=%3 exact=%4/%5 value=%6 status=%7 na=%8 rise=%9 failures=%10 covered=%11/%12")
        .arg(r.code)
        .arg(r.numerator ? QString::number(*r.numerator) : QStringLiteral("-"))
        .arg(r.denominator ? QString::number(*r.denominator) : QStringLiteral("-"))
        .arg(r.exact ? QString::number(r.exact->numerator) : QStringLiteral("-"))
        .arg(r.exact ? QString::number(r.exact->denominator) : QStringLiteral("-"))
        .arg(r.value ? QString::number(*r.value, 'g', 17) : QStringLiteral("-"))
        .arg(static_cast<int>(r.status))
        .arg(static_cast<int>(r.notApplicable))
        .arg(r.riseFromZero)
        .arg(r.checkFailures.join(','))
        .arg(r.coverage.covered)
        .arg(r.coverage.expected);
}

QString describe(const SoftWarning& w)
{
    return QStringLiteral("%1 %2 [%3] %4 %5")
        .arg(static_cast<int>(w.kind))
        .arg(w.measure, w.elements.join(','), w.message)
        .arg(w.answered);
}

template <typename T> QStringList described(const QList<T>& list)
{
    QStringList out;
    for (const T& item : list)
        out << describe(item);
    return out;
}

// The figures computed from scratch, the way every other screen computes them.
struct FromScratch
{
    QStringList results;
    QStringList soft;
};

FromScratch fromScratch(Workspace& ws, const ElementValues& values, int year)
{
    const Catalogue& c = ws.catalogue();
    ElementValues lastYear;
    const QMap<QString, StoredValue> before = ws.values().values("19744", year - 1);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        lastYear.insert(it.key(), it->value);
    QHash<QString, QString> comments;
    const QMap<QString, StoredValue> stored = ws.values().values("19744", year);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        comments.insert(it.key(), it->comment);
    const OrgUnit* unit = ws.units().find("19744");
    YearCounts now;
    now.year = year;
    now.units << UnitCounts{"19744", true, unit && unit->urban, true, values, {}};
    YearCounts previous;
    previous.year = year - 1;
    previous.units << UnitCounts{"19744", true, unit && unit->urban, true, lastYear, {}};
    QList<MeasureResult> results;
    for (const Measure& m : c.measures)
        results << MeasureCalculator::evaluate(m, now, c.hasYear(year - 1) ? &previous : nullptr);
    const InstallationSettings s = ws.settings();
    const SoftChecks soft(c, {s.softChangePercent, s.softTargetGapPercent});
    return {described(results), described(soft.check(values, lastYear, results, comments))};
}

} // namespace

TEST_CASE("The form's figures after each key equal a computation from scratch, over many random edits")
{
    test::TempWorkspace ws;
    ws.serve(Role::Commune, "19744", "Trần Thị B");
    const Catalogue& c = ws->catalogue();
    QRandomGenerator random(208); // the same sequence every run
    auto count = [&](const DataElement& e) { return static_cast<qint64>(random.bounded(e.max == 1 ? 2 : 120)); };
    // Last year's counts for most fields, some of this year's stored, a few with a comment.
    std::map<QString, qint64> lastYear;
    std::map<QString, qint64> stored;
    for (const DataElement& e : c.elements) {
        if (random.bounded(5) > 0)
            lastYear[e.code] = count(e);
        if (random.bounded(3) == 0)
            stored[e.code] = count(e);
    }
    ws.set("19744", 2023, lastYear);
    ws.set("19744", 2024, stored);
    EntryFormModel model(*ws);
    model.open("19744", 2024);
    model.commit({{stored.begin()->first, stored.begin()->second, QString("đã kiểm tra sổ")}});

    QHash<QString, std::optional<qint64>> typed; // what the test has typed and not committed
    int warningsSeen = 0;
    int resultsChanged = 0;
    QStringList previousResults;
    for (int step = 0; step < 400; ++step) {
        const DataElement& e = c.elements[static_cast<int>(random.bounded(static_cast<quint32>(c.elements.size())))];
        const int what = static_cast<int>(random.bounded(10));
        if (what < 6) {
            const std::optional<qint64> v = random.bounded(8) == 0 ? std::nullopt : std::optional<qint64>(count(e));
            model.setPending(e.code, v);
            typed.insert(e.code, v);
        } else if (what < 9) {
            model.clearPending(e.code);
            typed.remove(e.code);
        } else if (typed.contains(e.code) && !model.isReadOnly()) {
            model.commit({{e.code, typed.value(e.code), std::nullopt}}); // a comment stays with its value
            typed.remove(e.code);
        }
        // The stored counts with the typed ones over them.
        ElementValues values;
        const QMap<QString, StoredValue> now = ws->values().values("19744", 2024);
        for (auto it = now.cbegin(); it != now.cend(); ++it)
            values.insert(it.key(), it->value);
        for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
            if (*it)
                values.insert(it.key(), **it);
            else
                values.remove(it.key());
        }
        INFO("step " << step << ", " << e.code.toStdString());
        REQUIRE(model.currentValues() == values);
        const FromScratch expected = fromScratch(*ws, values, 2024);
        const QStringList results = described(model.results());
        REQUIRE(results == expected.results);
        REQUIRE(described(model.softWarnings()) == expected.soft);
        for (int i = 0; i < c.measures.size(); ++i)
            REQUIRE(describe(model.result(c.measures[i].code)) == results[i]);

        // A model opened anew over the same typing agrees too.
        EntryFormModel fresh(*ws);
        fresh.open("19744", 2024);
        for (auto it = typed.cbegin(); it != typed.cend(); ++it)
            fresh.setPending(it.key(), *it);
        REQUIRE(described(fresh.results()) == results);
        REQUIRE(described(fresh.softWarnings()) == expected.soft);
        REQUIRE(fresh.hardViolations().size() == model.hardViolations().size());

        warningsSeen += static_cast<int>(expected.soft.size());
        resultsChanged += results != previousResults ? 1 : 0;
        previousResults = results;
    }
    // The edits were ones that move figures and raise checks, or the comparison proves little.
    CHECK(warningsSeen > 100);
    CHECK(resultsChanged > 100);
}

TEST_CASE("A typed count recomputes the measures that read it, and clearing it brings back the stored figures")
{
    test::TempWorkspace ws;
    ws.serve(Role::Commune, "19744", "Trần Thị B");
    ws.set("19744", 2023, {{"live_births", 100}});
    ws.set("19744", 2024, {{"live_births", 250}, {"neonatal_deaths", 1}});
    EntryFormModel model(*ws);
    model.open("19744", 2024);
    const QString storedRate = describe(model.result("2a"));
    CHECK(model.result("2a").value == Approx(4.0)); // 1 / 250 x 1000
    const auto movedBirths = [&] {
        for (const SoftWarning& w : model.softWarnings())
            if (w.kind == SoftWarning::Kind::ChangeFromLastYear && w.elements == QStringList{"live_births"})
                return true;
        return false;
    };
    CHECK(movedBirths()); // up 150 %

    model.setPending("live_births", 500);
    CHECK(model.result("2a").value == Approx(2.0));
    model.setPending("live_births", 100); // last year's count again: nothing moved
    CHECK(model.result("2a").value == Approx(10.0));
    CHECK_FALSE(movedBirths());
    model.setPending("live_births", std::nullopt); // a cleared field: no value
    CHECK_FALSE(model.result("2a").value.has_value());
    model.clearPending("live_births");
    CHECK(describe(model.result("2a")) == storedRate);
    CHECK(model.currentValues().value("live_births") == 250);
    CHECK(movedBirths());
}
