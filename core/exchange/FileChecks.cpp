#include "FileChecks.h"

#include "core/Error.h"
#include "core/Printable.h"
#include "core/catalogue/Catalogue.h"
#include "core/format/Dates.h"
#include "core/narrative/RichText.h"
#include "core/schedule/DeliverableDates.h"
#include "core/units/OrgUnit.h"

#include <QCoreApplication>

namespace chitieu::exchange {

namespace {
QString nothing()
{
    return QCoreApplication::translate("Exchange", "Nothing was imported from this file.");
}

void checkBlock(const UnitBlock& b, const Catalogue& catalogue)
{
    for (const FileValue& v : b.values) {
        const DataElement* e = catalogue.element(v.element);
        if (!e)
            throw Error(QCoreApplication::translate(
                            "Exchange",
                            "The file gives a count of \"%1\" for unit %2, a data element the catalogue %3 does not "
                            "have. %4")
                            .arg(printable(v.element), printable(b.code), catalogue.id, nothing()));
        if (e->max && v.value > *e->max)
            throw Error(QCoreApplication::translate(
                            "Exchange", "The file gives %1 = %2 for unit %3, but %1 is a yes/no count (at most %4). %5")
                            .arg(printable(v.element))
                            .arg(v.value)
                            .arg(printable(b.code))
                            .arg(*e->max)
                            .arg(nothing()));
        if (e->scope == ElementScope::Commune && b.level != static_cast<int>(UnitLevel::Commune))
            throw Error(QCoreApplication::translate(
                            "Exchange", "The file gives %1 for unit %2, but %1 is counted per commune only. %3")
                            .arg(printable(v.element), printable(b.code), nothing()));
    }
}

const OrgUnit& knownUnit(const UnitTree& units, const UnitBlock& b)
{
    const OrgUnit* u = units.find(b.code);
    if (!u)
        throw Error(QCoreApplication::translate(
                        "Exchange",
                        "The file has values for unit %1 (%2), which is not in this installation's unit list. "
                        "Check the unit list, or ask the sender which unit they chose. %3")
                        .arg(printable(b.code), printable(b.name), nothing()));
    if (static_cast<int>(u->level) != b.level)
        throw Error(
            QCoreApplication::translate(
                "Exchange", "The file says unit %1 is a %2, but in this installation's unit list it is a %3. %4")
                .arg(units.displayName(b.code), unitLevels.text(static_cast<UnitLevel>(b.level)),
                     unitLevels.text(u->level), nothing()));
    return *u;
}

// The role of the file's sender: a department, or the level of its unit.
std::optional<PlanRole> senderRole(const Payload& p, const Catalogue& catalogue, const UnitTree& units)
{
    if (!p.agency.isEmpty())
        return p.agency == catalogue.consolidatingAgency ? PlanRole::ConsolidatingAgency : PlanRole::Departments;
    const OrgUnit* u = units.find(p.sender.code);
    if (!u)
        return std::nullopt;
    switch (u->level) {
    case UnitLevel::Commune:
        return PlanRole::Communes;
    case UnitLevel::District:
        return PlanRole::Districts;
    case UnitLevel::Province:
        break;
    }
    return std::nullopt;
}

QString senderText(const Payload& p, const Catalogue& catalogue, const UnitTree& units)
{
    if (const Agency* a = p.agency.isEmpty() ? nullptr : catalogue.agency(p.agency))
        return a->shortName.text();
    return units.displayName(p.sender.code);
}
} // namespace

void checkCatalogue(const Payload& p, const Catalogue& catalogue)
{
    if (p.catalogueId != catalogue.id || p.catalogueVersion != catalogue.version)
        throw Error(QCoreApplication::translate(
                        "Exchange",
                        "The file uses the catalogue %1 version %2, which this installation does not know (it uses %3 "
                        "version %4). Ask the sender which plan their program uses, or update the program. %5")
                        .arg(printable(p.catalogueId), printable(p.catalogueVersion), catalogue.id, catalogue.version,
                             nothing()));
    if (!catalogue.hasYear(p.year))
        throw Error(
            QCoreApplication::translate("Exchange", "The file is for the year %1, outside the plan's years %2-%3. %4")
                .arg(p.year)
                .arg(catalogue.baselineYear)
                .arg(catalogue.lastYear)
                .arg(nothing()));
}

void checkValues(const Payload& p, const Catalogue& catalogue)
{
    checkBlock(p.sender, catalogue);
    for (const UnitBlock& b : p.below)
        checkBlock(b, catalogue);
}

void checkUnits(const Payload& p, const UnitTree& units, const QString& installationUnit)
{
    if (installationUnit.isEmpty() || !units.find(installationUnit))
        throw Error(QCoreApplication::translate(
            "Exchange", "This installation does not know which unit it serves. Choose it in Settings (or run "
                        "chitieu-cli init --unit CODE) before importing files."));
    const OrgUnit& sender = knownUnit(units, p.sender);
    const QString mine = units.displayName(installationUnit);
    if (p.kind == FileKind::Return) {
        if (p.returnedUnit != installationUnit)
            throw Error(
                QCoreApplication::translate(
                    "Exchange", "This return is for unit %1, but this installation serves %2. Pass it on to %1. %3")
                    .arg(printable(units.displayName(p.returnedUnit)), mine, nothing()));
        // Only the unit a file was sent to returns it: the unit directly above.
        const OrgUnit* me = units.find(installationUnit);
        if (sender.code != me->parentCode)
            throw Error(QCoreApplication::translate(
                            "Exchange",
                            "This return comes from %1, which is not the unit directly above %2 (%3): only the unit a "
                            "file was sent to can return it. %4")
                            .arg(units.displayName(sender.code), mine, units.displayName(me->parentCode), nothing()));
        return;
    }
    if (!p.agency.isEmpty()) {
        // A department sends from the province's unit, which is this installation's.
        if (sender.code != installationUnit)
            throw Error(QCoreApplication::translate(
                            "Exchange", "This file of a department comes from %1, but this installation serves %2: "
                                        "a department's report goes to the installation of its own province. %3")
                            .arg(units.displayName(sender.code), mine, nothing()));
        if (!p.below.isEmpty() || !p.sender.values.isEmpty())
            throw Error(QCoreApplication::translate(
                            "Exchange", "This file of a department carries counts of units; a department sends "
                                        "its figures and its report only. %1")
                            .arg(nothing()));
        return;
    }
    if (sender.code == installationUnit)
        throw Error(QCoreApplication::translate(
                        "Exchange",
                        "The file comes from %1, this installation's own unit: a unit's own file is sent to the unit "
                        "above, not imported here. %2")
                        .arg(mine, nothing()));
    if (!units.isWithin(sender.code, installationUnit))
        throw Error(QCoreApplication::translate(
                        "Exchange",
                        "The file comes from %1, which is not under %2 (this installation's unit): it belongs to "
                        "another branch. Send it to the unit it belongs to. %3")
                        .arg(units.displayName(sender.code), mine, nothing()));
    // Files travel one level up: a commune's file reaches the province inside its district's
    // file, whose signature the province trusts; a commune file sent straight up is refused.
    if (const OrgUnit* senderUnit = units.find(sender.code); senderUnit && senderUnit->parentCode != installationUnit)
        throw Error(
            QCoreApplication::translate(
                "Exchange", "The file comes from %1, which is not directly under %2: it goes to %3 first, which sends "
                            "it on inside its own file. %4")
                .arg(units.displayName(sender.code), mine, units.displayName(senderUnit->parentCode), nothing()));
    for (const UnitBlock& b : p.below) {
        knownUnit(units, b);
        if (b.code == sender.code || !units.isWithin(b.code, sender.code))
            throw Error(QCoreApplication::translate("Exchange",
                                                    "The file from %1 carries values for %2, which is not under it. %3")
                            .arg(units.displayName(sender.code), units.displayName(b.code), nothing()));
    }
}

void resolveDeliverable(Payload& p, const Catalogue& catalogue, const UnitTree& units)
{
    if (p.kind != FileKind::Submission || !p.deliverable.isEmpty())
        return;
    const auto role = senderRole(p, catalogue, units);
    for (const Deliverable& d : catalogue.deliverables)
        if (d.dataFile && role && d.reporters.contains(*role)) {
            p.deliverable = d.id;
            return;
        }
    throw Error(QCoreApplication::translate("Exchange",
                                            "This file of format %1 from %2 is a data file, but the plan has no data "
                                            "file for it to be. %3")
                    .arg(p.formatVersion)
                    .arg(units.displayName(p.sender.code), nothing()));
}

void checkReport(const Payload& p, const Catalogue& catalogue, const UnitTree& units,
                 const InstallationSettings& installation)
{
    if (p.kind != FileKind::Submission)
        return;
    const QString sender = senderText(p, catalogue, units);
    const Deliverable* d = catalogue.deliverable(p.deliverable);
    if (!d)
        throw Error(QCoreApplication::translate("Exchange",
                                                "The file is for the deliverable \"%1\", which the plan %2 does not "
                                                "have. Ask the sender which plan their program uses. %3")
                        .arg(p.deliverable, catalogue.id, nothing()));
    if (!p.agency.isEmpty()) {
        const Agency* a = catalogue.agency(p.agency);
        if (!a || !a->isDepartment())
            throw Error(QCoreApplication::translate("Exchange",
                                                    "The file comes from the agency \"%1\", which is not a department "
                                                    "of the plan. %2")
                            .arg(p.agency, nothing()));
    }
    const auto role = senderRole(p, catalogue, units);
    if (!role || !d->reporters.contains(*role))
        throw Error(QCoreApplication::translate("Exchange", "%1 comes from %2, but %3 make it. %4")
                        .arg(d->name.text(), sender, d->reportersText.text(), nothing()));
    if (!d->isDue(p.year))
        throw Error(QCoreApplication::translate("Exchange", "%1 is due in %2 only; this file is for %3. %4")
                        .arg(d->name.text())
                        .arg(d->year.value_or(0))
                        .arg(p.year)
                        .arg(nothing()));
    // A unit's data file may go to any installation above it; anything else to its receiver.
    const auto mine = planRoleOf(catalogue, installation);
    const bool dataOfUnit = d->dataFile && p.agency.isEmpty();
    if (!dataOfUnit && (!mine || !sends(*d, *role, *mine)))
        throw Error(QCoreApplication::translate("Exchange",
                                                "%1 of %2 goes to %3, not to this installation: pass it on to them. %4")
                        .arg(d->name.text(), sender, recipientText(catalogue, *d, *role), nothing()));
    if (p.withData != dataOfUnit)
        throw Error(
            dataOfUnit
                ? QCoreApplication::translate("Exchange", "%1 of %2 goes with the data, but the file has none. %3")
                      .arg(d->name.text(), sender, nothing())
                : QCoreApplication::translate("Exchange", "%1 of %2 has no data file, but the file carries counts. "
                                                          "%3")
                      .arg(d->name.text(), sender, nothing()));
    for (const FileSection& s : p.sections)
        if (!d->narrativeParts().contains(s.key))
            throw Error(QCoreApplication::translate("Exchange", "The file gives a section \"%1\", which %2 does not "
                                                                "have. %3")
                            .arg(s.key, d->name.text(), nothing()));
    if (!p.figures.isEmpty() && (p.agency.isEmpty() || !d->dataFile))
        throw Error(QCoreApplication::translate("Exchange", "Only a department's file of %1 carries figures. %2")
                        .arg(d->name.text(), nothing()));
    for (const FileFigure& f : p.figures)
        if (!catalogue.measure(f.measure))
            throw Error(QCoreApplication::translate("Exchange", "The file gives a figure of the measure %1, which the "
                                                                "plan does not have. %2")
                            .arg(f.measure, nothing()));
    for (const FileTarget& t : p.targets)
        if (!catalogue.measure(t.measure) || !catalogue.hasYear(t.fromYear, false) ||
            !catalogue.hasYear(t.toYear, false) || t.toYear < t.fromYear || !p.agency.isEmpty())
            throw Error(QCoreApplication::translate("Exchange", "The file gives a target of %1 for %2-%3 that this "
                                                                "plan cannot hold. %4")
                            .arg(t.measure)
                            .arg(t.fromYear)
                            .arg(t.toYear)
                            .arg(nothing()));
}

} // namespace chitieu::exchange

namespace chitieu::exchange {

void checkNotFromFuture(const Payload& p, const QDateTime& now, const UnitTree& units)
{
    const QDateTime latest = now.addSecs(kFutureToleranceSeconds);
    auto refuse = [&](const QString& unitCode, const QDateTime& madeAt) {
        throw Error(QCoreApplication::translate(
                        "Exchange",
                        "The file of %1 says it was made on %2, but the clock of this computer says it is now %3: "
                        "more than a day earlier. A file cannot come from the future: the clock (date, time or time "
                        "zone) of the computer that made it is wrong. Ask %1 to check their computer's clock, and "
                        "this computer's, and to export the file again. %4")
                        .arg(units.displayName(unitCode), formatDateTime(madeAt.toLocalTime()),
                             formatDateTime(now.toLocalTime()), nothing()));
    };
    if (p.madeAt > latest)
        refuse(p.sender.code, p.madeAt);
    for (const UnitBlock& b : p.below)
        if (b.sourceMadeAt.isValid() && b.sourceMadeAt > latest)
            refuse(b.code, b.sourceMadeAt);
}

} // namespace chitieu::exchange
