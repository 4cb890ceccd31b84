#include "Completeness.h"

#include "Deadlines.h"
#include "core/Csv.h"
#include "core/catalogue/Catalogue.h"
#include "core/store/Database.h"
#include "core/store/InstallationSettings.h"
#include "core/store/SubmissionStore.h"
#include "core/units/OrgUnit.h"

#include <QCoreApplication>

namespace chitieu {

Completeness completeness(Database& db, const Catalogue& catalogue, const UnitTree& units, const QString& parentCode,
                          int year, const QString& deadlineId)
{
    Completeness c;
    c.parentCode = parentCode;
    c.year = year;
    const InstallationSettings settings = InstallationSettings::load(db);
    for (const OrgUnit* unit : units.children(parentCode)) {
        UnitArrival a;
        a.unitCode = unit->code;
        a.deadline = submissionDeadline(catalogue, settings, unit->level, year);
        if (!deadlineId.isEmpty() && unit->level != UnitLevel::Commune)
            for (const Deadline& d : catalogue.deadlines)
                if (d.id == deadlineId)
                    if (const auto date = deadlineDate(d, year))
                        a.deadline = *date;
        if (const auto s = submissions::find(db, unit->code, year)) {
            a.madeAt = s->madeAt;
            a.receivedAt = s->receivedAt;
            // No form state came with the file: not started.
            a.formState = s->formState.value_or(FormState::NotStarted);
            a.returned = s->returned;
            a.arrival = a.madeAt->date() <= a.deadline ? Arrival::OnTime : Arrival::Late;
        }
        c.units << a;
    }
    c.onTime = c.count(Arrival::OnTime);
    c.late = c.count(Arrival::Late);
    c.missing = c.count(Arrival::Missing);
    return c;
}

QByteArray completenessCsv(const Completeness& c, const UnitTree& units)
{
    QString out = csv::joinRow({QStringLiteral("unit_code"), QStringLiteral("unit_name"), QStringLiteral("deadline"),
                                QStringLiteral("made_at"), QStringLiteral("received_at"), QStringLiteral("state"),
                                QStringLiteral("form_state"), QStringLiteral("returned")}) +
                  QStringLiteral("\r\n");
    for (const UnitArrival& a : c.units) {
        const OrgUnit* u = units.find(a.unitCode);
        out += csv::joinRow({a.unitCode, u ? u->name : QString(), a.deadline.toString(Qt::ISODate),
                             a.madeAt ? a.madeAt->toString(Qt::ISODate) : QString(),
                             a.receivedAt ? a.receivedAt->toString(Qt::ISODate) : QString(), arrivals.key(a.arrival),
                             a.madeAt ? formStates.key(a.formState) : QString(),
                             a.returned ? QStringLiteral("yes") : QStringLiteral("no")}) +
               QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace chitieu
