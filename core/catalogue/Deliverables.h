#pragma once
// What plan section IV asks each agency and locality to deliver: a plan, reports, reviews.
// Each deliverable says who makes it (reporter roles), for whom (the recipient role) and
// through whom, by which date, which parts it has (the figures, the unit's own targets,
// narrative sections) and whether a data file goes with it. Roles are an enumeration: the
// catalogue names roles, never agency codes, and says which agency is the consolidating one.

#include "core/EnumTable.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace chitieu {

// The text of a catalogue entry in Vietnamese and English (Catalogue.cpp).
struct LocalText
{
    QString vi;
    QString en;
    // The text in the language of the program's texts (i18n::textLanguage()).
    QString text() const;
};

// Who takes part in the plan's reporting.
enum class PlanRole {
    Communes,            // commune People's Committees (their data and report to the district)
    Districts,           // district-level People's Committees
    Departments,         // the departments and the police (Catalogue::reportingDepartments())
    ConsolidatingAgency, // the agency that consolidates for the province (Catalogue::consolidatingAgency)
    ProvinceCommittee,   // the body that receives the plan's reports (Catalogue::receivingBody)
};

// Who may make a deliverable, and who may receive one (directly or as "via").
inline constexpr EnumEntry<PlanRole> reporterRoleEntries[] = {
    {PlanRole::Communes, "communes"},
    {PlanRole::Districts, "districts"},
    {PlanRole::Departments, "departments"},
    {PlanRole::ConsolidatingAgency, "consolidating_agency"},
};
inline constexpr EnumTable<PlanRole> reporterRoles("Catalogue", QT_TRANSLATE_NOOP("Keys", "reporter role"),
                                                   reporterRoleEntries);
inline constexpr EnumEntry<PlanRole> recipientRoleEntries[] = {
    {PlanRole::Districts, "districts"},
    {PlanRole::ConsolidatingAgency, "consolidating_agency"},
    {PlanRole::ProvinceCommittee, "province_committee"},
};
inline constexpr EnumTable<PlanRole> recipientRoles("Catalogue", QT_TRANSLATE_NOOP("Keys", "recipient role"),
                                                    recipientRoleEntries);

// The mid-term (sơ kết) and final (tổng kết) reviews.
enum class ReviewKind { MidTerm, Final };
inline constexpr EnumEntry<ReviewKind> reviewKindEntries[] = {{ReviewKind::MidTerm, "mid"},
                                                              {ReviewKind::Final, "final"}};
inline constexpr EnumTable<ReviewKind> reviewKinds("Reports", QT_TRANSLATE_NOOP("Keys", "review kind"),
                                                   reviewKindEntries);

// A narrative section a unit writes (results, difficulties, proposals ...).
struct NarrativeSection
{
    QString key;
    LocalText title;
    bool guidedByPlanTasks = false; // the editor shows section II's headings and the unit's own tasks
};

struct Deliverable
{
    QString id;
    LocalText name;  // what it is, in lists
    LocalText title; // the document's title after its word
    // The kind of administrative document (Decree 30/2020): its word above the title ("BÁO
    // CÁO", "KẾ HOẠCH") and its symbol in the number ("BC", "KH"), legal formulae in Vietnamese.
    QString documentWord;
    QString documentSymbol;
    QList<PlanRole> reporters;
    LocalText reportersText;
    PlanRole to = PlanRole::ProvinceCommittee;
    std::optional<PlanRole> via; // the file goes to this role, which passes it on (consolidates)
    int day = 0;                 // 0 with dateSetByRecipient
    int month = 0;
    std::optional<int> year; // set for a deliverable due once
    bool yearly = true;
    bool dateSetByRecipient = false; // the receiving unit sets the date (a district for its communes)
    // In the document's order: "figures" (the indicator tables), "targets" (the unit's own
    // targets) or a narrative section's key.
    QStringList parts;
    bool dataFile = false; // the unit's data file goes with it
    std::optional<ReviewKind> review;
    QStringList gathers; // deliverables received from below that this one consolidates
    QString note;

    // The role the file is sent to: `via` when set, else `to`.
    PlanRole receiver() const { return via.value_or(to); }
    bool hasPart(const QString& part) const { return parts.contains(part); }
    QStringList narrativeParts() const; // the parts that are narrative sections
    bool isDue(int reportingYear) const { return yearly || !year || *year == reportingYear; }
};

// The parts that are not narrative sections.
inline const QString figuresPart = QStringLiteral("figures");
inline const QString targetsPart = QStringLiteral("targets");

} // namespace chitieu
