#pragma once
// The plan as data: groups, indicators, measures, data elements, agencies, deadlines.
// Loaded from a JSON file (resources/catalogue/plan-208.json is built in) so a new plan
// can be used without a rebuild.

#include "core/EnumTable.h"
#include "core/Exact.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace chitieu {

struct LocalText
{
    QString vi;
    QString en;
    // The text in the language of the program's texts (i18n::textLanguage()).
    QString text() const;
};

struct Group
{
    int id = 0;
    LocalText name;
    QList<int> indicators;
};

struct Indicator
{
    int number = 0;
    int group = 0;
    LocalText text;
    QString lead;             // agency code
    QStringList coordinators; // agency codes
};

enum class ElementScope { Any, Commune };

struct DataElement
{
    QString code;
    LocalText name;
    LocalText description;
    ElementScope scope = ElementScope::Any;
    std::optional<qint64> max; // 1 for the yes/no flags
};

// One side of a fraction.
struct Term
{
    enum class Kind { Sum, Communes, PreviousYear, DecreaseFromPreviousYear };
    Kind kind = Kind::Sum;
    QStringList elements; // Sum: the elements added; the other kinds with an element: one entry
};

enum class Comparator { Less, LessOrEqual, Greater, GreaterOrEqual };
enum class UnitFilter { All, Rural, Urban };

struct Measure
{
    QString code;
    int indicator = 0;
    LocalText name;
    Term numerator;
    Term denominator;
    double factor = 100; // for drawing; every comparison and printed digit uses the exact ones
    Comparator comparator = Comparator::GreaterOrEqual;
    double target = 0;
    Decimal exactFactor{100, 0}; // as the catalogue writes them: 0.005 is 5 / 10^3
    Decimal exactTarget{0, 0};
    LocalText unitLabel;
    UnitFilter filter = UnitFilter::All;
    bool metWhenBothZero = false;
    bool numeratorMayExceedDenominator = false;

    // Exactly: numerator x factor compared with target x denominator in integers.
    bool meets(const Quotient& value) const;
    QStringList elementCodes() const; // every element the measure reads
};

// A sanity rule between two counts of the same unit and year: smaller <= larger, and why
// (the plan's wording that implies it; may be empty).
struct OrderCheck
{
    QString smaller;
    QString larger;
    LocalText reason;
};

struct Agency
{
    QString code;
    LocalText name;
    LocalText shortName;
    QString kind; // department, police, district_committee, organisation
    QList<int> leads;
    QList<int> coordinates;
    LocalText tasks;
};

struct Deadline
{
    QString id;
    int day = 0;
    int month = 0;
    std::optional<int> year; // set for a one-off deadline
    bool yearly = true;
    QString reporters; // districts, departments_and_districts, dolisa
    LocalText reportersText;
    QString to;
    QString via; // empty when direct
    LocalText what;
};

class Catalogue
{
public:
    QString id;
    QString version;
    LocalText name;
    LocalText issuer;
    int firstYear = 2021;
    int lastYear = 2025;
    int baselineYear = 2020;
    QList<Group> groups;
    QList<Indicator> indicators;
    QList<DataElement> elements;
    QList<Measure> measures;
    QList<OrderCheck> checks;
    QList<Agency> agencies;
    QList<Deadline> deadlines;

    // Throws Error naming the file, the place and the problem.
    static Catalogue fromJson(const QByteArray& json, const QString& sourceName);
    static Catalogue loadFile(const QString& path);
    // The Plan 208 catalogue shipped in the program's resources (loaded once).
    static const Catalogue& builtIn();

    const DataElement* element(const QString& code) const;
    const Measure* measure(const QString& code) const;
    const Indicator* indicator(int number) const;
    const Agency* agency(const QString& code) const;
    QList<const Measure*> measuresOf(int indicator) const;
    QList<int> indicatorsOfAgency(const QString& agencyCode) const; // led or coordinated

    // The plan's years, from the baseline (2020) or from its first year (2021), to its last.
    bool hasYear(int year, bool withBaseline = true) const;
    // Throws Error for another year: "The year 2019 is outside the plan's years 2020-2025."
    void requireYear(int year, bool withBaseline = true) const;
};

// The catalogue's keys <, <=, >, >= (as in CSV for programs); the signs people read <, ≤, >, ≥.
inline constexpr EnumEntry<Comparator> comparatorEntries[] = {
    {Comparator::Less, "<", "<"},
    {Comparator::LessOrEqual, "<=", "≤"},
    {Comparator::Greater, ">", ">"},
    {Comparator::GreaterOrEqual, ">=", "≥"},
};
inline constexpr EnumTable<Comparator> comparators("Catalogue", QT_TRANSLATE_NOOP("Keys", "comparator"),
                                                   comparatorEntries);

} // namespace chitieu
