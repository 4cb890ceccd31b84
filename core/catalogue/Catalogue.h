#pragma once
// The plan as data: groups, indicators, measures, data elements, agencies, the tasks of its
// section II and the deliverables of its section IV (Deliverables.h).
// Loaded from a JSON file (resources/catalogue/plan-208.json is built in) so a new plan
// can be used without a rebuild.

#include "Deliverables.h"
#include "core/EnumTable.h"
#include "core/Exact.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace chitieu {

struct Group
{
    int id = 0;
    LocalText name;
    QList<int> indicators;
};

// From a day another agency leads an indicator, or others coordinate it.
struct AssignmentFrom
{
    QDate from;
    QString lead;
    QStringList coordinators;
};

struct Indicator
{
    int number = 0;
    int group = 0;
    LocalText text;
    QString lead;                       // agency code, as the plan gives it
    QStringList coordinators;           // agency codes
    QList<AssignmentFrom> assignedFrom; // later assignments, in date order ("assigned_from")
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

// What an agency is. Departments and the police report to the consolidating agency; the
// district committees stand for the districts' own tasks (section III.13); organisations are
// requested, not directed (section III.14).
enum class AgencyKind { Department, Police, DistrictCommittee, Organisation };
inline constexpr EnumEntry<AgencyKind> agencyKindEntries[] = {
    {AgencyKind::Department, "department"},
    {AgencyKind::Police, "police"},
    {AgencyKind::DistrictCommittee, "district_committee"},
    {AgencyKind::Organisation, "organisation"},
};
inline constexpr EnumTable<AgencyKind> agencyKinds("Catalogue", QT_TRANSLATE_NOOP("Keys", "kind of agency"),
                                                   agencyKindEntries);

struct Agency
{
    QString code;
    LocalText name;
    LocalText shortName;
    AgencyKind kind = AgencyKind::Department;
    QList<int> leads;
    QList<int> coordinates;
    LocalText tasks; // its tasks of plan section III

    // A department or the police: it makes the reports the plan asks of "departments".
    bool isDepartment() const { return kind == AgencyKind::Department || kind == AgencyKind::Police; }
};

// Another agency consolidates from a day (child-affairs work can move between sectors).
struct AgencyFrom
{
    QString agency;
    QDate from;
};

// The body that receives the plan's reports, from a day (a province that became a city).
struct ReceiverFrom
{
    QDate from;
    LocalText name;
    LocalText shortName;
};

// A heading of plan section II (tasks and solutions): "1." at level 1, "a)" at level 2.
struct PlanTask
{
    QString number;
    int level = 1;
    LocalText title;

    QString label() const; // "1." or "a)"
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
    // The day of each year on which its figures are taken ("data_date": "11-30" for plan 208):
    // it also chooses the unit tree of the year. 0 when the catalogue gives none.
    int dataDateMonth = 0;
    int dataDateDay = 0;
    QList<Group> groups;
    QList<Indicator> indicators;
    QList<DataElement> elements;
    QList<Measure> measures;
    QList<OrderCheck> checks;
    QList<Agency> agencies;
    QString consolidatingAgency; // agency code: who consolidates the province's reports (Sở LĐTBXH)
    // Later consolidating agencies, each from a day, in date order ("consolidating_agency_from").
    QList<AgencyFrom> consolidatingFrom;
    LocalText receivingBody; // who receives the reports ("Ủy ban nhân dân tỉnh")
    LocalText receivingBodyShort;
    QList<ReceiverFrom> receivingBodyFrom; // later receiving bodies, in date order ("receiving_body_from")
    QList<PlanTask> planTasks;
    QList<NarrativeSection> narrativeSections;
    QList<Deliverable> deliverables;

    // Throws Error naming the file, the place and the problem.
    static Catalogue fromJson(const QByteArray& json, const QString& sourceName);
    static Catalogue loadFile(const QString& path);
    // The Plan 208 catalogue shipped in the program's resources (loaded once).
    static const Catalogue& builtIn();

    const DataElement* element(const QString& code) const;
    const Measure* measure(const QString& code) const;
    const Indicator* indicator(int number) const;
    const Agency* agency(const QString& code) const;
    const Deliverable* deliverable(const QString& deliverableId) const;
    const NarrativeSection* narrativeSection(const QString& key) const;
    // Throws Error naming the id and the ids there are (chitieu-cli deliverables lists them).
    const Deliverable& requireDeliverable(const QString& deliverableId) const;
    // The agencies that report as departments, in catalogue order, the consolidating one left out.
    QList<const Agency*> reportingDepartments() const;
    QList<const Measure*> measuresOf(int indicator) const;
    QList<int> indicatorsOfAgency(const QString& agencyCode) const; // led or coordinated, as the plan gives it
    // The same on `day`, with the assignments in force then (invalid day: as the plan gives it).
    QList<int> indicatorsOfAgency(const QString& agencyCode, const QDate& day) const;
    // The indicator with its lead and coordinators in force on `day` (none for an unknown number).
    std::optional<Indicator> indicatorOn(int number, const QDate& day) const;

    // The plan's years, from the baseline (2020) or from its first year (2021), to its last.
    bool hasYear(int year, bool withBaseline = true) const;
    // The agency that consolidates on `day`: the latest of consolidatingFrom in force by then,
    // otherwise consolidatingAgency. Reports name the one in force on their date.
    QString consolidatingAgencyOn(const QDate& day) const;
    // The body that receives the reports on `day` (invalid day: the first one).
    ReceiverFrom receivingBodyOn(const QDate& day) const;
    // The day on which the agencies' assignments of a year are read: its data date, or none when
    // the catalogue gives no data date (it then has no later assignments: the loader checks).
    QDate assignmentsDay(int year) const { return dataDateMonth ? dataDate(year) : QDate(); }
    // The year's data date (30/11/2024); throws Error when the catalogue gives none.
    QDate dataDate(int year) const;
    // Throws Error for another year: "The year 2019 is outside the plan's years 2020-2025."
    void requireYear(int year, bool withBaseline = true) const;
};

// Whether a value meets a target under a comparator (a measure's own, or a unit's own target),
// exactly: no tolerance, 1000 / 20,000,001 x 100 is below 0.005.
bool meetsTarget(Comparator comparator, const Decimal& target, const Quotient& value);

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
