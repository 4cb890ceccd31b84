#pragma once
// The annual report of a unit as data, before any file format: all measures for the year
// with the year before and the baseline beside, the plan's groups, a section per leading
// agency, an annex of the units directly below and an annex of who reported on time.
// The PDF, XLSX and CSV writers only lay this out.

#include "OfficialHeader.h"
#include "ReportNarrative.h"
#include "core/catalogue/Catalogue.h"
#include "core/compute/MeasureCalculator.h"
#include "core/schedule/Completeness.h"
#include "core/targets/UnitTargets.h"
#include "core/units/OrgUnit.h"
#include "core/units/UnitMapping.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace chitieu {

class Workspace;

// One measure of one unit and year as printed: the calculator's result (with its coverage and
// flags) and the hide flags of small-number protection (SmallNumbers.h): a hidden figure is
// printed "<5", its number never.
struct Figures : MeasureResult
{
    bool hideNumerator = false;
    bool hideDenominator = false;
    bool hideValue = false;

    static Figures from(const MeasureResult& r);
    bool hidesAnything() const { return hideNumerator || hideDenominator || hideValue; }
};

struct MeasureLine
{
    Measure measure; // a copy of the catalogue's measure: the report stands alone
    int group = 0;
    QString lead;     // agency code of the leading agency
    QString leadName; // its short name
    Figures year;     // the report year
    Figures previous; // the year before
    Figures baseline; // the plan's baseline year (2020)
    // The reported unit's own target for the year, and the year's status against it.
    std::optional<UnitTarget> unitTarget;
    MeasureStatus unitStatus = MeasureStatus::NoData;
};

// A titled list of lines (indices into AnnualReport::lines or ReviewReport::lines).
struct ReportSection
{
    QString key;   // group number ("1".."4") or agency code
    QString title; // in the UI language
    QList<int> lines;
};

struct UnitAnnexRow
{
    QString unitCode;
    QString unitName;
    int line = 0; // index into AnnualReport::lines: which measure
    Figures figures;
};

struct ReportOptions
{
    bool protectSmallNumbers = false;      // for reports shared outside the administration
    QString agency;                        // when set, only the indicators this agency leads or coordinates
    QDate issued;                          // the document's date; today's (Clock) when null
    bool includeInProgress = false;        // count forms not yet complete (the report says so)
    std::optional<int> minCoveragePercent; // the setting's when not given
    // The deliverable whose document this is (its sections, what it consolidates, its
    // recipients); empty for the figures alone. A department's deliverable shows the
    // indicators of its agency.
    QString deliverable;
    // The header as the user edited it (number, date, recipients, issuing body, signer);
    // unset: officialHeader()'s.
    std::optional<OfficialHeader> header;
    // When valid: the figures on the units of the unit tree in force on this day, each year's
    // counts mapped from its own tree (core/units/UnitMapping.h).
    QDate onTree;
};

// Which communes a report's figures stand on: how many there are under the unit, how many
// count (complete forms, and those not complete when included), how many are held but not
// counted.
struct ReportCoverage
{
    CountingRule rule;
    int communes = 0;
    int counted = 0;
    int notCounted = 0; // forms with counts that are not complete, left out
    int included = 0;   // forms not complete, counted at the user's request
    // Figures shown on another year's unit tree: which tree, and for each year shown whether
    // its figures are exact, estimated (with the shares) or not comparable.
    QStringList treeNotes;
};

struct AnnualReport
{
    QString unitCode;
    QString unitName;
    UnitLevel level = UnitLevel::Province;
    int year = 0;
    int previousYear = 0;
    int baselineYear = 0;
    QString planName; // the catalogue's name, for the title
    OfficialHeader header;
    bool smallNumbersProtected = false;
    ReportCoverage coverage;
    DocumentNarrative narrative; // the deliverable's words; empty for the figures alone

    QList<MeasureLine> lines;                      // every measure of the catalogue, in its order
    QList<ReportSection> groups;                   // the plan's groups
    QList<ReportSection> agencies;                 // one per agency that leads at least one indicator
    QList<UnitAnnexRow> unitAnnex;                 // measure by measure, each unit directly below
    QList<std::pair<QString, QString>> annexUnits; // code and name of the units below, in tree order
    QString unitNameOf(const QString& code) const; // among the units below; the code when unknown
    std::optional<Completeness> completeness;      // when the unit has units below

    int count(MeasureStatus status) const;
    int count(MeasureStatus status, const ReportSection& section) const;
    bool hasUnitTargets() const; // some line has the unit's own target
};

// Throws Error for an unknown unit or a year outside the plan (baseline to last year).
AnnualReport buildAnnualReport(Workspace& workspace, const QString& unitCode, int year,
                               const ReportOptions& options = {});

// Shared by the annual and review models.
namespace reportparts {
// An annual report of the unit and year with only its heading filled in (name, level, years, plan).
AnnualReport annualHead(const Catalogue& catalogue, const OrgUnit& unit, int year);
void checkUnitAndYear(Workspace& workspace, const QString& unitCode, int firstYear, int lastYear);
// Each measure's line, with the agency leading it on `day` (the report year's data date).
QList<MeasureLine> linesOf(const Catalogue& catalogue, const QDate& day);
// The catalogue indices of the measures a report shows: all, or those of the indicators one
// agency leads or coordinates on `day` (Error for an unknown agency code).
QList<int> shownMeasures(const Catalogue& catalogue, const QString& agency, const QDate& day);
QList<ReportSection> groupSections(const Catalogue& catalogue, const QList<MeasureLine>& lines);
QList<ReportSection> agencySections(const Catalogue& catalogue, const QList<MeasureLine>& lines);
int count(const QList<MeasureStatus>& statuses, MeasureStatus status);
// The counting rule of a report (options over the installation's settings) and what it
// stands on for a unit and year.
ReportCoverage coverageOf(Workspace& workspace, const QString& unitCode, int year, const ReportOptions& options);
// The options' deliverable, checked: known, and due in `year` (0: not checked). nullptr when none.
const Deliverable* deliverableOf(Workspace& workspace, const ReportOptions& options, int year);
// The agency whose indicators a document shows: the options', or a department's own for its deliverable.
QString agencyOf(Workspace& workspace, const ReportOptions& options, const QString& unitCode);
// The header: the user's (checked, Error when incomplete), or the default one for the unit,
// the date and the deliverable.
OfficialHeader headerOf(Workspace& workspace, const ReportOptions& options, const QString& unitCode,
                        const Deliverable* deliverable);
// The narrative of the deliverable, for the unit (with this installation's agency when it is its own unit).
DocumentNarrative narrativeOf(Workspace& workspace, const Deliverable* deliverable, const QString& unitCode, int year);
// The annual report with options.onTree: its unit, lines, coverage and annex on the units of
// that tree (ReportOnTree.cpp).
AnnualReport annualOnTree(Workspace& workspace, const QString& unitCode, int year, const ReportOptions& options);
// The unit as the unit tree of `year` (from `treeFrom`; invalid: the installation's list) has
// it; a commune it does not hold keeps its own figures. Error naming the tree and what to do
// when a unit above communes is not in it.
const OrgUnit* unitOfYear(Workspace& workspace, const UnitTree& tree, const QDate& treeFrom, const QString& unitCode,
                          int year);
// The note naming the units under `unitCode` (in the installation's list) that hold counts of
// `year` but are not in the year's unit tree; empty when there are none.
QString heldOutsideNote(Workspace& workspace, const QString& unitCode, int year, const QDate& treeFrom);
// A report's year columns (the first is the report year) on the units of the report year's
// tree: a year on another tree is mapped onto them (exact, estimated or not comparable, as
// each result says), and the notes say which years were mapped and how.
struct YearColumns
{
    QList<QList<MeasureResult>> results; // one per year asked, in order
    QStringList notes;                   // empty when no year was mapped
};
YearColumns yearColumns(Workspace& workspace, const UnitTree& tree, const QDate& treeFrom, const QString& unitCode,
                        const QList<int>& years, const CountingRule& rule);
// The tree in force on `day` (Error when the database holds no dated trees).
const DatedTree* shownTree(const UnitHistory& history, const QDate& day);
// Error when the unit is not in the tree shown, or the options ask for a deliverable.
void checkOnTree(Workspace& workspace, const DatedTree& shown, const QString& unitCode, const ReportOptions& options);
// The sentences saying which tree the figures are shown on and how each year was mapped.
QStringList treeNotes(const DatedTree& shown, const QMap<int, UnitMapping>& mappings);
} // namespace reportparts

} // namespace chitieu
