#include "Completeness.h"

#include "DeliverableDates.h"
#include "core/Clock.h"
#include "core/Csv.h"
#include "core/catalogue/Catalogue.h"
#include "core/store/Database.h"
#include "core/store/InstallationSettings.h"
#include "core/store/SubmissionStore.h"
#include "core/units/OrgUnit.h"

#include <QCoreApplication>

namespace chitieu {

namespace {
std::optional<PlanRole> roleOfLevel(UnitLevel level)
{
    switch (level) {
    case UnitLevel::Commune:
        return PlanRole::Communes;
    case UnitLevel::District:
        return PlanRole::Districts;
    case UnitLevel::Province:
        break;
    }
    return std::nullopt;
}

std::optional<QDateTime> knownTime(const QVariant& v)
{
    const QDateTime t = storedTimeFrom(v.toString());
    return t.isValid() ? std::optional<QDateTime>(t) : std::nullopt;
}

// A unit's data file: its latest accepted submission, with the form state it brought.
void readSubmission(Database& db, UnitArrival& a, int year)
{
    const auto s = submissions::find(db, a.unitCode, year);
    if (!s)
        return;
    a.madeAt = s->madeAt;
    a.receivedAt = s->receivedAt;
    // No form state came with the file: not started.
    a.formState = s->formState.value_or(FormState::NotStarted);
    a.returned = s->returned;
}

// Any other deliverable: the latest report received from the unit or department.
void readReport(Database& db, UnitArrival& a, int year, const QString& deliverable)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT made_at, received_at FROM received_reports WHERE unit_code=? AND "
                                         "agency=? AND year=? AND deliverable=?"),
                          {a.unitCode, a.agency, year, deliverable});
    if (!q.next())
        return;
    a.madeAt = knownTime(q.value(0));
    a.receivedAt = knownTime(q.value(1));
}
} // namespace

const Deliverable* dataDeliverableBelow(const Catalogue& catalogue, const UnitTree& units, const QString& parentCode)
{
    const QList<const OrgUnit*> children = units.children(parentCode);
    const auto role = children.isEmpty() ? std::nullopt : roleOfLevel(children.first()->level);
    if (!role)
        return nullptr;
    for (const Deliverable& d : catalogue.deliverables)
        if (d.dataFile && d.reporters.contains(*role))
            return &d;
    return nullptr;
}

Completeness completeness(Database& db, const Catalogue& catalogue, const UnitTree& units, const QString& parentCode,
                          int year, const QString& deliverableId)
{
    Completeness c;
    c.parentCode = parentCode;
    c.year = year;
    const Deliverable* d = deliverableId.isEmpty() ? dataDeliverableBelow(catalogue, units, parentCode)
                                                   : &catalogue.requireDeliverable(deliverableId);
    const InstallationSettings settings = InstallationSettings::load(db);
    const auto due = d ? dueDate(*d, year, settings) : std::nullopt;
    if (!due)
        return c;
    c.deliverable = d->id;
    auto judge = [&](UnitArrival& a, bool dataFile) {
        a.deadline = *due;
        if (dataFile)
            readSubmission(db, a, year);
        else
            readReport(db, a, year, d->id);
        if (a.madeAt) {
            // Only a complete form counts as on time or late; a written report is whole when it comes.
            a.readiness = dataFile ? readiness(db, catalogue, a.unitCode, year).readiness : Readiness::Complete;
            if (a.readiness != Readiness::Complete)
                a.arrival = Arrival::NotComplete;
            else
                a.arrival = a.madeAt->date() <= a.deadline ? Arrival::OnTime : Arrival::Late;
        }
        c.units << a;
    };
    for (const OrgUnit* unit : units.children(parentCode)) {
        const auto role = roleOfLevel(unit->level);
        if (!role || !d->reporters.contains(*role))
            continue;
        UnitArrival a;
        a.unitCode = unit->code;
        judge(a, d->dataFile);
    }
    const auto installation = planRoleOf(catalogue, settings);
    // The data files of the units below (no deliverable named) come from units only.
    if (!deliverableId.isEmpty() && parentCode == settings.unitCode && installation &&
        sends(*d, PlanRole::Departments, *installation)) {
        for (const Agency* agency : catalogue.reportingDepartments()) {
            UnitArrival a;
            a.unitCode = parentCode;
            a.agency = agency->code;
            judge(a, false); // a department sends figures and words, never a unit's counts
        }
    }
    c.onTime = c.count(Arrival::OnTime);
    c.late = c.count(Arrival::Late);
    c.notComplete = c.count(Arrival::NotComplete);
    c.missing = c.count(Arrival::Missing);
    return c;
}

QString receiptText(const UnitArrival& a)
{
    if (!a.madeAt)
        return arrivals.text(Arrival::Missing);
    switch (a.readiness) {
    case Readiness::Complete:
        return QCoreApplication::translate("Completeness", "Received, complete");
    case Readiness::InProgress:
        return QCoreApplication::translate("Completeness", "Received, in progress");
    case Readiness::Empty:
        break;
    }
    return QCoreApplication::translate("Completeness", "Received, empty");
}

QString senderName(const UnitArrival& a, const UnitTree& units, const Catalogue& catalogue)
{
    if (!a.agency.isEmpty()) {
        const Agency* agency = catalogue.agency(a.agency);
        return agency ? agency->shortName.text() : a.agency;
    }
    const OrgUnit* u = units.find(a.unitCode);
    return u ? u->name : a.unitCode;
}

QByteArray completenessCsv(const Completeness& c, const UnitTree& units, const Catalogue& catalogue)
{
    QString out = csv::joinRow({QStringLiteral("unit_code"), QStringLiteral("unit_name"), QStringLiteral("deadline"),
                                QStringLiteral("made_at"), QStringLiteral("received_at"), QStringLiteral("state"),
                                QStringLiteral("form_state"), QStringLiteral("returned"), QStringLiteral("received")}) +
                  QStringLiteral("\r\n");
    for (const UnitArrival& a : c.units) {
        const QString code = a.agency.isEmpty() ? a.unitCode : a.agency;
        out += csv::joinRow({code, senderName(a, units, catalogue), a.deadline.toString(Qt::ISODate),
                             a.madeAt ? a.madeAt->toString(Qt::ISODate) : QString(),
                             a.receivedAt ? a.receivedAt->toString(Qt::ISODate) : QString(), arrivals.key(a.arrival),
                             a.madeAt && a.agency.isEmpty() ? formStates.key(a.formState) : QString(),
                             a.returned ? QStringLiteral("yes") : QStringLiteral("no"),
                             a.madeAt ? readinesses.key(a.readiness) : QString()}) +
               QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace chitieu
