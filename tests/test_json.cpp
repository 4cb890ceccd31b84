// The one JSON reader of the catalogue and the exchange files: every refusal names the place,
// numbers are range-checked before any conversion, and a fraction is no whole number.
#include "core/catalogue/Catalogue.h"
#include "core/json/JsonReader.h"
#include "support/TestSupport.h"

#include <QJsonDocument>

using namespace chitieu;

namespace {
json::Reader reader()
{
    return json::Reader(
        [](const QString& place, const QString& problem) { return place + QStringLiteral(": ") + problem; }, 10);
}

// The Error message of reading `key` of `json` as an int, or "" when it was read.
template <typename Read> QString refusal(const QByteArray& text, Read read)
{
    const json::Reader r = reader();
    try {
        read(r, r.document(text, 8));
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}
} // namespace

TEST_CASE("Whole numbers are checked against their range before they are converted")
{
    auto readInt = [](const json::Reader& r, const QJsonObject& o) { r.integer(o, QStringLiteral("unit"), "level"); };
    CHECK(refusal(R"({"level": 2147483647})", readInt).isEmpty());
    CHECK(refusal(R"({"level": -2147483648})", readInt).isEmpty());
    CHECK(refusal(R"({"level": 2147483648})", readInt) == "unit.level: 2147483648 is larger than 2147483647");
    CHECK(refusal(R"({"level": -2147483649})", readInt) == "unit.level: -2147483649 is below -2147483648");
    CHECK(refusal(R"({"level": 1e300})", readInt).contains("is larger than"));
    CHECK(refusal(R"({"level": 2.5})", readInt) == "unit.level: 2.5 is not a whole number");
    CHECK(refusal(R"({"level": "2"})", readInt) == "unit.level: expected a whole number");
    CHECK(refusal(R"({})", readInt) == "unit.level: this entry is missing");

    qint64 level = 0;
    auto readLevel = [&level](const json::Reader& r, const QJsonObject& o) { level = r.integer(o, {}, "level", 1, 3); };
    CHECK(refusal(R"({"level": 3})", readLevel).isEmpty());
    CHECK(level == 3);
    CHECK(refusal(R"({"level": 4})", readLevel) == "level: 4 is larger than 3");

    const json::WholeNumber n = json::wholeNumber(QJsonValue(9.5e18), 0, 1000);
    CHECK(n.problem == json::WholeNumber::Problem::Above);
    CHECK(n.value == 0);
}

TEST_CASE("Lists of whole numbers refuse fractions and numbers out of range, naming the entry")
{
    auto read = [](const json::Reader& r, const QJsonObject& o) {
        r.integers(o, QStringLiteral("groups[0]"), "indicators");
    };
    CHECK(refusal(R"({"indicators": [1, 2, 3]})", read).isEmpty());
    CHECK(refusal(R"({"indicators": [1, 2.5]})", read) == "groups[0].indicators[1]: expected a whole number");
    CHECK(refusal(R"({"indicators": [4294967296]})", read) == "groups[0].indicators[0]: expected a whole number");
}

TEST_CASE("Texts, lists, keys and the document itself are refused with their place")
{
    auto text = [](const json::Reader& r, const QJsonObject& o) { r.text(o, {}, "name"); };
    CHECK(refusal(R"({"name": "Xã"})", text).isEmpty());
    CHECK(refusal(R"({"name": "  "})", text) == "name: the text is empty");
    CHECK(refusal(R"({"name": 5})", text) == "name: expected a text");
    CHECK(refusal(R"({"name": "eleven chars"})", text) ==
          "name: the text is 12 characters long, more than the 10 allowed");

    auto list = [](const json::Reader& r, const QJsonObject& o) { r.array(o, {}, "values", 2); };
    CHECK(refusal(R"({"values": [1, 2, 3]})", list) == "values: 3 entries, more than the 2 allowed");

    Comparator read = Comparator::Less;
    auto comparator = [&read](const json::Reader& r, const QJsonObject& o) {
        read = r.key(o, QStringLiteral("measures[4]"), "comparator", comparators);
    };
    CHECK(refusal(R"({"comparator": "<="})", comparator).isEmpty());
    CHECK(read == Comparator::LessOrEqual);
    const QString unknown = refusal(R"({"comparator": "=~"})", comparator);
    CHECK(unknown.startsWith("measures[4].comparator: unknown comparator \"=~\""));
    CHECK(unknown.contains("\">=\""));

    auto optional = [](const json::Reader& r, const QJsonObject& o) { CHECK(r.optionalText(o, {}, "via").isEmpty()); };
    CHECK(refusal(R"({"via": null})", optional).isEmpty());
    CHECK(refusal(R"({})", optional).isEmpty());

    auto nothing = [](const json::Reader&, const QJsonObject&) {};
    CHECK(refusal("[1]", nothing) == "the top level: expected an object");
    CHECK(refusal("{\n  \"a\": ,\n}", nothing).startsWith("line 2, column"));
    CHECK(refusal("{\"a\": [[[[[[[[[1]]]]]]]]]}", nothing) ==
          "the top level: nested 10 levels deep, more than the 8 allowed");
    CHECK(json::depth(R"({"a": "[[[[ in a text"})") == 1);
}

TEST_CASE("The catalogue refuses a number out of range where an int belongs")
{
    QFile f(QStringLiteral(":/chitieu/catalogue/plan-208.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    root[QStringLiteral("first_year")] = 2147483648.0;
    try {
        Catalogue::fromJson(QJsonDocument(root).toJson(), QStringLiteral("edited.json"));
        FAIL("accepted");
    } catch (const Error& e) {
        CHECK(e.message().contains("edited.json"));
        CHECK(e.message().contains("first_year: 2147483648 is larger than 2147483647"));
    }
    root[QStringLiteral("first_year")] = 2021.5;
    CHECK_THROWS_WITH(Catalogue::fromJson(QJsonDocument(root).toJson(), QStringLiteral("edited.json")),
                      Catch::Contains("first_year: 2021.5 is not a whole number"));
}

TEST_CASE("A key given twice in one object is found, however it is written, and not the same key in two objects")
{
    auto twice = [](const QByteArray& text) { return json::duplicateKey(text); };
    CHECK(twice(R"({"a": 1, "b": 2})").offset == -1);
    const json::DuplicateKey plain = twice(R"({"a": 1, "b": 2, "a": 3})");
    CHECK(plain.key == "a");
    CHECK(plain.offset == 17);
    // Escaped, or not: the key as the parser reads it.
    CHECK(twice(R"({"value": 1, "\u0076alue": 2})").key == "value");
    CHECK(twice(R"({"x\"y": 1, "x\u0022y": 2})").key == "x\"y");
    CHECK(twice(R"({"Xã": 1, "X\u00e3": 2})").key == "Xã");
    CHECK(twice(R"({"Xã": 1, "Xa": 2})").offset == -1);
    // Texts that look like keys are values; keys of nested objects and of objects in a list are
    // their own objects' keys, also after the nested object ends.
    CHECK(twice(R"({"a": "a", "b": ["a", "b"]})").offset == -1);
    CHECK(twice(R"({"a": {"a": {"a": 1}}, "b": [{"a": 1}, {"a": 2}]})").offset == -1);
    CHECK(twice(R"({"a": {"b": 1}, "b": 2, "c": {"b": 3, "d": 4, "b": 5}})").key == "b");
    CHECK(twice(R"({"a": {"b": 1}, "c": 2, "a": 3})").key == "a");
    // An object of many keys (a unit list keyed by code): the first repeated one, at its offset.
    QByteArray many = "{";
    for (int i = 0; i < 500; ++i)
        many += "\"k" + QByteArray::number(i) + "\": {\"k1\": 1, \"k2\": 2}, ";
    const qsizetype repeatAt = many.size();
    many += "\"k17\": 0, \"k3\": 1}";
    const json::DuplicateKey late = twice(many);
    CHECK(late.key == "k17");
    CHECK(late.offset == repeatAt);
    CHECK(twice(many.left(repeatAt) + "\"k500\": 0}").offset == -1);
    // What the reader says.
    CHECK(refusal("{\"a\": 1,\n \"\\u0061\": 2}", [](const json::Reader&, const QJsonObject&) {}) ==
          "line 2, column 2: the key \"a\" appears twice in the same object");
}
