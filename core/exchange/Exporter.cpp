#include "Exporter.h"

#include "Envelope.h"
#include "FileChecks.h"
#include "Importer.h"
#include "KeyStore.h"
#include "PayloadJson.h"
#include "chitieu/Version.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/compute/Counting.h"
#include "core/format/Numbers.h"
#include "core/narrative/NarrativeStore.h"
#include "core/schedule/DeliverableDates.h"
#include "core/schedule/DeliverableStatus.h"
#include "core/store/OutputFile.h"
#include "core/store/SubmissionStore.h"
#include "core/targets/UnitTargets.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace chitieu::exchange {

namespace {
UnitBlock blockOf(Workspace& w, const OrgUnit& unit, int year)
{
    UnitBlock b;
    b.code = unit.code;
    b.name = unit.name;
    b.level = static_cast<int>(unit.level);
    const FormStatus status = FormStatus::load(w.db(), unit.code, year);
    b.formState = status.state;
    b.formStateAt = status.changedAt;
    const QMap<QString, StoredValue> values = w.values().values(unit.code, year);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        b.values << FileValue{it.key(), it->value, it->comment, it->changedAt, it->changedBy};
    return b;
}

void addBelow(Workspace& w, const QString& code, int year, QList<UnitBlock>& out)
{
    for (const OrgUnit* child : w.units().children(code)) {
        UnitBlock b = blockOf(w, *child, year);
        if (const auto s = submissions::find(w.db(), child->code, year)) {
            b.sourceMadeAt = s->madeAt;
            b.sourceHash = s->hash;
        }
        out << b;
        addBelow(w, child->code, year, out);
    }
}
} // namespace

const Deliverable* ownDataDeliverable(Workspace& w, int year)
{
    for (const Deliverable* d : ownDeliverables(w.catalogue(), w.settings(), year))
        if (d->dataFile)
            return d;
    return nullptr;
}

Payload buildDeliverableFile(Workspace& w, const QString& deliverableId, int year)
{
    const InstallationSettings s = w.settings();
    const Catalogue& cat = w.catalogue();
    const OrgUnit* unit = w.units().find(s.unitCode);
    if (!unit)
        throw Error(QCoreApplication::translate("Exchange", "The unit %1 is not in the unit list.").arg(s.unitCode));
    cat.requireYear(year);
    const Deliverable& d = cat.requireDeliverable(deliverableId);
    const auto role = planRoleOf(cat, s);
    if (!role || !d.reporters.contains(*role))
        throw Error(QCoreApplication::translate("Exchange", "%1 is made by %2; this installation does not make it.")
                        .arg(d.name.text(), d.reportersText.text()));
    if (!d.isDue(year))
        throw Error(QCoreApplication::translate("Exchange", "%1 is due in %2 only, not in %3.")
                        .arg(d.name.text())
                        .arg(d.year.value_or(0))
                        .arg(year));
    if (d.receiver() == PlanRole::ProvinceCommittee || d.receiver() == *role)
        throw Error(QCoreApplication::translate("Exchange",
                                                "%1 goes to %2, who receives documents, not exchange files: save it "
                                                "as PDF on the Reports tab (or chitieu-cli report --deliverable %3 "
                                                "--format pdf) and send that.")
                        .arg(d.name.text(), recipientText(cat, d, *role), d.id));
    Payload p;
    p.kind = FileKind::Submission;
    p.catalogueId = cat.id;
    p.catalogueVersion = cat.version;
    p.programVersion = QStringLiteral(CHITIEU_VERSION);
    p.madeAt = Clock::instance().now();
    p.madeBy = s.userName;
    p.year = year;
    p.agency = ownAgency(s);
    p.deliverable = d.id;
    p.withData = d.dataFile && p.agency.isEmpty();
    if (p.withData) {
        p.sender = blockOf(w, *unit, year);
        addBelow(w, unit->code, year, p.below);
    } else {
        p.sender.code = unit->code;
        p.sender.name = unit->name;
        p.sender.level = static_cast<int>(unit->level);
    }
    const QMap<QString, StoredNarrative> sections =
        NarrativeStore(w.db(), cat, w.units()).sections(unit->code, p.agency, year, d.id);
    for (auto it = sections.cbegin(); it != sections.cend(); ++it)
        p.sections << FileSection{it.key(), it->text.toHtml()};
    if (!p.agency.isEmpty() && d.dataFile) {
        // A department's data: the province's figures of the indicators it leads, as it holds them.
        const Agency* agency = cat.agency(p.agency);
        const QList<MeasureResult> results = w.calculator().computeAll(unit->code, year);
        for (const MeasureResult& r : results)
            if (const Measure* m = cat.measure(r.code); m && agency && agency->leads.contains(m->indicator))
                p.figures << FileFigure{r.code, r.numerator, r.denominator};
    }
    if (p.agency.isEmpty())
        for (const UnitTarget& t : UnitTargetStore(w.db(), cat, w.units()).list(unit->code))
            p.targets << FileTarget{t.measure, t.fromYear, t.toYear, comparators.key(t.comparator),
                                    t.target,  t.document};
    return p;
}

Payload buildSubmission(Workspace& w, const QString& unitCode, int year)
{
    const OrgUnit* unit = w.units().find(unitCode);
    if (!unit)
        throw Error(QCoreApplication::translate("Exchange", "The unit %1 is not in the unit list.").arg(unitCode));
    w.catalogue().requireYear(year);
    const Deliverable* d = ownDataDeliverable(w, year);
    if (!d)
        throw Error(QCoreApplication::translate("Exchange", "This installation sends no data file: choose the "
                                                            "deliverable to send."));
    return buildDeliverableFile(w, d->id, year);
}

QByteArray sealWithOwnKey(Workspace& w, const Payload& p)
{
    return seal(payloadToJson(p), keystore::ensureOwnKey(w.db()), p.formatVersion);
}

void verifyOwnFile(Workspace& w, const QByteArray& bytes, const Payload& p)
{
    try {
        if (bytes.size() > kMaxFileBytes)
            throw Error(QCoreApplication::translate("Exchange", "it would be %1 bytes, more than the %2 bytes allowed")
                            .arg(formatCount(bytes.size()), formatCount(kMaxFileBytes)));
        const OpenedFile f = openExchangeBytes(bytes);
        checkCatalogue(f.payload, w.catalogue());
        checkValues(f.payload, w.catalogue());
    } catch (const Error& e) {
        throw Error(QCoreApplication::translate(
                        "Exchange",
                        "The file of %1 for %2 was not written, because the unit above would refuse it: %3 Correct "
                        "what is named (a comment in the Data entry tab, the name in Settings) and export again.")
                        .arg(w.units().displayName(p.sender.code))
                        .arg(p.year)
                        .arg(e.message()));
    }
}

bool fileCarriesData(Workspace& w, const QString& deliverableId, int year)
{
    const Deliverable* d =
        deliverableId.isEmpty() ? ownDataDeliverable(w, year) : w.catalogue().deliverable(deliverableId);
    return d && d->dataFile && ownAgency(w.settings()).isEmpty();
}

QString incompleteExportReason(Workspace& w, const QString& unitCode, int year)
{
    const OrgUnit* unit = w.units().find(unitCode);
    const UnitReadiness r = readiness(w.db(), w.catalogue(), unitCode, year);
    const QString name = w.units().displayName(unitCode);
    switch (r.readiness) {
    case Readiness::Complete:
        return {};
    case Readiness::Empty:
        return QCoreApplication::translate("Exchange", "The data of %1 for %2 is empty: nothing has been entered.")
            .arg(name)
            .arg(year);
    case Readiness::InProgress:
        break;
    }
    if (unit && unit->level == UnitLevel::Commune)
        return QCoreApplication::translate("Exchange", "The form of %1 for %2 is not marked complete.")
            .arg(name)
            .arg(year);
    return QCoreApplication::translate("Exchange", "Only %1 of the %2 communes of %3 have a complete form for %4.")
        .arg(r.completeCommunes)
        .arg(r.communes)
        .arg(name)
        .arg(year);
}

ExportResult exportSubmission(Workspace& w, const QString& unitCode, int year, const QString& path,
                              bool allowIncomplete)
{
    return exportDeliverable(w, unitCode, QString(), year, path, allowIncomplete);
}

ExportResult exportDeliverable(Workspace& w, const QString& unitCode, const QString& deliverableId, int year,
                               const QString& path, bool allowIncomplete)
{
    const InstallationSettings s = w.settings();
    if (s.unitCode.isEmpty())
        throw Error(QCoreApplication::translate(
            "Exchange", "This installation does not know which unit it serves. Choose it in Settings (or run "
                        "chitieu-cli init --unit CODE) before exporting."));
    if (unitCode != s.unitCode)
        throw Error(QCoreApplication::translate(
                        "Exchange",
                        "This installation serves %1, so it can only make the file of %1, not of %2: a file is "
                        "signed by the installation of its unit.")
                        .arg(w.units().displayName(s.unitCode), w.units().displayName(unitCode)));
    output::refuseDatabase(path, w.db().path());
    // Never sign what a damaged database holds.
    w.db().requireIntact();
    const Payload p =
        deliverableId.isEmpty() ? buildSubmission(w, unitCode, year) : buildDeliverableFile(w, deliverableId, year);
    // Only a file that carries the unit's counts can be incomplete; a written report cannot.
    if (p.withData && !allowIncomplete) {
        const QString why = incompleteExportReason(w, unitCode, year);
        if (!why.isEmpty())
            throw Error(why + QLatin1Char(' ') +
                        QCoreApplication::translate(
                            "Exchange", "The unit above would receive it as not complete and leave it out of its "
                                        "figures. Complete the data first, or send it anyway: confirm on the Exchange "
                                        "tab, or run chitieu-cli export with --allow-incomplete."));
    }
    const QByteArray json = payloadToJson(p);
    const QByteArray bytes = seal(json, keystore::ensureOwnKey(w.db()), p.formatVersion);
    verifyOwnFile(w, bytes, p);
    ExportResult r;
    r.path = path;
    r.unitCode = unitCode;
    r.deliverable = p.deliverable;
    r.sections = static_cast<int>(p.sections.size());
    r.year = year;
    r.madeAt = p.madeAt;
    r.hashHex = QString::fromLatin1(crypto::sha256(json).toHex());
    r.units = p.withData ? 1 + static_cast<int>(p.below.size()) : 0;
    r.values = static_cast<int>(p.sender.values.size());
    for (const UnitBlock& b : p.below)
        r.values += static_cast<int>(b.values.size());
    // The file is recorded as sent only once it is complete, and a file whose record fails is
    // removed: sent_files knows every file this installation signed and let out.
    Database::Transaction t(w.db());
    output::AtomicFile file(path, w.db().path(), bytes);
    recordSent(w.db(), {unitCode, p.agency, year, p.deliverable, SentKind::ExchangeFile, p.madeAt, r.hashHex,
                        QFileInfo(path).fileName()});
    file.commit();
    try {
        t.commit();
    } catch (const Error&) {
        QFile::remove(path);
        throw;
    }
    return r;
}

} // namespace chitieu::exchange
