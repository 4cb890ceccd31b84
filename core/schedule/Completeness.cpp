#include "Completeness.h"

#include "Deadlines.h"
#include "core/Csv.h"
#include "core/catalogue/Catalogue.h"
#include "core/store/Database.h"
#include "core/store/InstallationSettings.h"
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
        QSqlQuery q = db.exec(QStringLiteral("SELECT made_at, received_at, form_state, status FROM submissions "
                                             "WHERE unit_code=? AND year=?"),
                              {unit->code, year});
        if (q.next()) {
            a.madeAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
            a.receivedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
            // The column's default "" says no form state came with the file: not started.
            const QString state = q.value(2).toString();
            a.formState = state.isEmpty() ? FormState::NotStarted : formStates.fromKey(state);
            a.returned = q.value(3).toString() == QLatin1String("returned");
            q.finish();
            a.readiness = readiness(db, unit->code, year).readiness;
            if (a.readiness != Readiness::Complete)
                a.arrival = Arrival::NotComplete;
            else
                a.arrival = a.madeAt->date() <= a.deadline ? Arrival::OnTime : Arrival::Late;
        }
        c.units << a;
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

QByteArray completenessCsv(const Completeness& c, const UnitTree& units)
{
    QString out = csv::joinRow({QStringLiteral("unit_code"), QStringLiteral("unit_name"), QStringLiteral("deadline"),
                                QStringLiteral("made_at"), QStringLiteral("received_at"), QStringLiteral("state"),
                                QStringLiteral("form_state"), QStringLiteral("returned"), QStringLiteral("received")}) +
                  QStringLiteral("\r\n");
    for (const UnitArrival& a : c.units) {
        const OrgUnit* u = units.find(a.unitCode);
        out += csv::joinRow({a.unitCode, u ? u->name : QString(), a.deadline.toString(Qt::ISODate),
                             a.madeAt ? a.madeAt->toString(Qt::ISODate) : QString(),
                             a.receivedAt ? a.receivedAt->toString(Qt::ISODate) : QString(), arrivals.key(a.arrival),
                             a.madeAt ? formStates.key(a.formState) : QString(),
                             a.returned ? QStringLiteral("yes") : QStringLiteral("no"),
                             a.madeAt ? readinesses.key(a.readiness) : QString()}) +
               QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace chitieu
