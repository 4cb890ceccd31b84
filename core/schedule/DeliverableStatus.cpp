#include "DeliverableStatus.h"

#include "DeliverableDates.h"
#include "core/Clock.h"
#include "core/narrative/NarrativeStore.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

namespace chitieu {

namespace {
QDateTime later(const QDateTime& a, const QDateTime& b)
{
    if (!a.isValid())
        return b;
    return b.isValid() && b > a ? b : a;
}

// The latest export of the deliverable; a file of the first schema (no deliverable recorded)
// was the unit's data file.
std::optional<QDateTime> lastSent(Database& db, const QString& unit, const QString& agency, int year,
                                  const Deliverable& d)
{
    const QDateTime t =
        storedTimeFrom(db.scalar(QStringLiteral("SELECT MAX(made_at) FROM sent_files WHERE unit_code=? AND "
                                                "agency=? AND year=? AND (deliverable=? OR (deliverable='' "
                                                "AND ?))"),
                                 {unit, agency, year, d.id, d.dataFile ? 1 : 0})
                           .toString());
    return t.isValid() ? std::optional<QDateTime>(t) : std::nullopt;
}

// What the unit's data part needs, and when it last changed: a commune's own form, or the
// files of the units below a district or the province.
struct DataPart
{
    bool started = false;
    bool ready = true;
    bool returned = false;
    QDateTime changed;
    QString missing;
};

DataPart dataPart(Workspace& w, const QString& unit, int year)
{
    DataPart p;
    if (w.treeOfYear(year).children(unit).isEmpty()) {
        const FormStatus form = FormStatus::load(w.db(), unit, year);
        p.started = form.state != FormState::NotStarted;
        p.ready = form.state == FormState::Complete;
        p.returned = form.state == FormState::Returned;
        p.changed = form.changedAt;
        if (!p.ready)
            p.missing = QCoreApplication::translate("Schedule", "the data, marked complete");
        return p;
    }
    const Completeness c = completeness(w.db(), w.catalogue(), w.treeOfYear(year), unit, year);
    p.started = c.missing < c.expected();
    // A file received in progress or empty is not yet the unit's data.
    p.ready = c.missing == 0 && c.notComplete == 0;
    for (const UnitArrival& a : c.units)
        if (a.receivedAt)
            p.changed = later(p.changed, *a.receivedAt);
    QStringList still;
    if (c.missing > 0)
        still << QCoreApplication::translate("Schedule", "the files of %1 of the %2 units below")
                     .arg(c.missing)
                     .arg(c.expected());
    if (c.notComplete > 0)
        still << QCoreApplication::translate("Schedule", "complete data from %1 of the %2 units below, whose files "
                                                         "are not complete")
                     .arg(c.notComplete)
                     .arg(c.expected());
    p.missing = still.join(QStringLiteral("; "));
    return p;
}
} // namespace

bool DeliverableStatus::done() const
{
    if (fromBelow)
        return arrivals && arrivals->expected() > 0 && arrivals->missing == 0 && arrivals->notComplete == 0;
    return state == DeliverableState::Sent;
}

bool DeliverableStatus::doneLate() const
{
    if (!done())
        return false;
    if (fromBelow)
        return arrivals->late > 0;
    return sentAt && sentAt->date() > date;
}

DeliverableStatus ownDeliverableStatus(Workspace& w, const Deliverable& d, int year, const QDate& today)
{
    const InstallationSettings settings = w.settings();
    const Catalogue& cat = w.catalogue();
    const QString unit = settings.unitCode;
    const QString agency = ownAgency(settings);
    DeliverableStatus s;
    s.id = d.id;
    s.what = d.name.text();
    s.dataFile = d.dataFile;
    s.who = recipientText(cat, d, planRoleOf(cat, settings).value_or(PlanRole::Communes));
    s.date = dueDate(d, year, settings).value_or(QDate());
    s.daysLeft = today.daysTo(s.date);

    NarrativeStore narratives(w.db(), cat, w.units());
    const QMap<QString, StoredNarrative> written = narratives.sections(unit, agency, year, d.id);
    for (const QString& part : d.narrativeParts())
        if (!written.contains(part))
            if (const NarrativeSection* section = cat.narrativeSection(part))
                s.missing << section->title.text();
    QDateTime changed = narratives.lastChange(unit, agency, year, d.id);
    bool started = !written.isEmpty();
    bool returned = false;
    if (d.dataFile && agency.isEmpty()) {
        const DataPart data = dataPart(w, unit, year);
        started = started || data.started;
        returned = data.returned;
        changed = later(changed, data.changed);
        if (!data.ready)
            s.missing << data.missing;
    }
    if (d.hasPart(targetsPart) && agency.isEmpty())
        changed =
            later(changed,
                  storedTimeFrom(
                      w.db()
                          .scalar(QStringLiteral("SELECT MAX(changed_at) FROM unit_targets WHERE unit_code=?"), {unit})
                          .toString()));

    s.sentAt = lastSent(w.db(), unit, agency, year, d);
    s.changedSinceSent = s.sentAt && changed.isValid() && changed > *s.sentAt;
    if (returned)
        s.state = DeliverableState::Returned;
    else if (s.sentAt && !s.changedSinceSent)
        s.state = DeliverableState::Sent;
    else if (s.missing.isEmpty())
        s.state = DeliverableState::Made;
    else if (started || s.sentAt)
        s.state = DeliverableState::InProgress;
    return s;
}

DeliverableStatus receivedDeliverableStatus(Workspace& w, const Deliverable& d, int year, const QDate& today)
{
    const InstallationSettings settings = w.settings();
    DeliverableStatus s;
    s.id = d.id;
    s.what = d.name.text();
    s.fromBelow = true;
    s.arrivals = completeness(w.db(), w.catalogue(), w.treeOfYear(year), settings.unitCode, year, d.id);
    s.date = dueDate(d, year, settings).value_or(QDate());
    s.daysLeft = today.daysTo(s.date);
    QStringList from;
    const auto role = planRoleOf(w.catalogue(), settings);
    for (PlanRole r : d.reporters)
        if (role && sends(d, r, *role))
            from << roleText(w.catalogue(), r);
    s.who = QCoreApplication::translate("Schedule", "from %1").arg(from.join(QStringLiteral(", ")));
    return s;
}

void recordSent(Database& db, const SentRecord& r)
{
    db.run(QStringLiteral("INSERT INTO sent_files(unit_code, year, made_at, content_hash, file_name, deliverable, "
                          "agency, kind) VALUES(?,?,?,?,?,?,?,?)"),
           {r.unitCode, r.year, r.madeAt.toOffsetFromUtc(r.madeAt.offsetFromUtc()).toString(Qt::ISODateWithMs),
            r.contentHash, r.fileName.normalized(QString::NormalizationForm_C), r.deliverable, r.agency,
            sentKinds.key(r.kind)});
}

} // namespace chitieu
