#pragma once
// Shared by the home screen's and the agencies screen's tests: a day, an installation set up as
// a role, files received from communes (Nam Đông's), and the cells of the screens' tables.
#include "support/TestSupport.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/DashboardTables.h"

#include <QDateTime>
#include <QTableWidget>

namespace chitieu::test {

using ui::RowKeyRole;
using ui::RowStateRole;

inline QDateTime day(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(9, 0));
}

// The home screen's measures come from a thread of their own: waits until they are shown.
inline void settle(ui::DashboardPage& page)
{
    REQUIRE(test::runEventsUntil([&page] { return !page.measuresPending(); }));
}

inline void configure(test::TempWorkspace& ws, Role role, const QString& unit, const QString& agency = {})
{
    InstallationSettings s = ws->settings();
    s.role = role;
    s.unitCode = unit;
    s.agencyCode = agency;
    s.userName = "Hồ Thị D";
    ws->saveSettings(s);
}

inline void received(test::TempWorkspace& ws, const QString& unit, const QString& madeAt)
{
    ws->db().exec("INSERT INTO submissions(unit_code, year, made_at, received_at, form_state, content_hash) "
                  "VALUES(?,?,?,?,?,?)",
                  {unit, 2024, madeAt, "2024-11-19T08:00:00.000", "complete", "hash-" + unit});
    // What the file brought: a complete form with a count (live births alone complete no measure).
    if (ws->values().values(unit, 2024).isEmpty())
        ws.setComplete(unit, 2024, {{"live_births", 100}});
    else
        ws.complete(unit, 2024);
}

// Nam Đông (10 communes): one commune's counts give 2a = 1 / 100 x 1000 = 10 per mille (not
// met, target < 1), 2b = 2c = 0 (met), on 1 of the 10 communes; the other 29 measures have no
// data.
inline void namDong(test::TempWorkspace& ws)
{
    configure(ws, Role::District, "483");
    ws.set("20161", 2024, {{"live_births", 100}, {"neonatal_deaths", 1}, {"infant_deaths", 0}, {"under5_deaths", 0}});
    received(ws, "20161", "2024-11-14T09:00:00.000");
    received(ws, "20164", "2024-11-15T16:00:00.000");
    received(ws, "20167", "2024-11-18T08:00:00.000");
}

inline QString cell(QTableWidget* t, int row, int column, int role = Qt::DisplayRole)
{
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->data(role).toString() : QString();
}

inline int rowsInState(QTableWidget* t, const QString& state)
{
    int n = 0;
    for (int r = 0; r < t->rowCount(); ++r)
        n += cell(t, r, 0, RowStateRole) == state ? 1 : 0;
    return n;
}

inline int rowOf(QTableWidget* t, const QString& key)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (cell(t, r, 0, RowKeyRole) == key)
            return r;
    return -1;
}

} // namespace chitieu::test
