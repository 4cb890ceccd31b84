#include "UnitYearState.h"

#include "core/Clock.h"
#include "core/catalogue/Catalogue.h"
#include "core/store/Database.h"

#include <QCoreApplication>

namespace chitieu {

UnitYearState unitYearState(Database& db, const Catalogue& catalogue, const QString& unitCode, int year)
{
    UnitYearState s;
    s.form = FormStatus::load(db, unitCode, year);
    QStringList dataDeliverables{QString()}; // files of the first schema were data files
    for (const Deliverable& d : catalogue.deliverables)
        if (d.dataFile)
            dataDeliverables << d.id;
    QSqlQuery q = db.exec(QStringLiteral("SELECT made_at, deliverable FROM sent_files WHERE unit_code=? AND year=? "
                                         "AND agency='' AND kind='exchange'"),
                          {unitCode, year});
    while (q.next()) {
        if (!dataDeliverables.contains(q.value(1).toString()))
            continue;
        const QDateTime made = storedTimeFrom(q.value(0).toString());
        if (made.isValid() && (!s.sentAt || made > *s.sentAt))
            s.sentAt = made;
    }
    switch (s.form.state) {
    case FormState::InProgress:
        s.state = YearState::InProgress;
        break;
    case FormState::Complete:
        s.state = YearState::Complete;
        break;
    case FormState::Returned:
        s.state = YearState::Returned;
        break;
    case FormState::NotStarted:
        break;
    }
    // A file made after the form's last change carries the form as it is now. Without a stored
    // form state (a district that only consolidates) any file counts.
    if (s.sentAt && (!s.form.changedAt.isValid() || *s.sentAt >= s.form.changedAt))
        s.state = YearState::Sent;
    return s;
}

} // namespace chitieu
