#pragma once
// The home screen: what is due, from whom, and what is late, for this installation's role.
// The coming deadlines with days left (overdue ones marked), this unit's own state for the
// year, for a district or the province the units below (on time, late, missing), and the
// measures not met or without data. A banner repeats the start-up reminder while a deadline
// is less than 7 days away (or past) and this unit's data is not sent. The measures are added
// up on a thread of their own (BackgroundMeasures.h): the rest shows at once.

#include "core/schedule/YearStatus.h"
#include "core/store/Database.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QTableWidget;

namespace chitieu {
class Workspace;
}

namespace chitieu::ui {

class BackgroundMeasures;

class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(Workspace& workspace, QWidget* parent = nullptr);

    void setYear(int year);
    int year() const;
    // Reads everything again (settings, values, received and sent files) as of the clock's today.
    void refresh();

    // The measures are those of the last refresh once measuresPending() is false.
    const YearStatus& status() const { return m_status; }
    bool measuresPending() const;
    QString reminder() const { return m_reminder; } // the banner's text; empty when there is none

    // For tests and keyboard users: the parts by role.
    QLabel* banner() const { return m_banner; }
    QLabel* ownStateLabel() const { return m_ownState; }
    QTableWidget* deadlinesTable() const { return m_deadlines; }
    QGroupBox* unitsBox() const { return m_unitsBox; }
    QTableWidget* unitsTable() const { return m_units; }
    QGroupBox* measuresBox() const { return m_measuresBox; }
    QTableWidget* measuresTable() const { return m_measures; }

signals:
    // Double-clicking a unit below or a measure asks to open the measures table there.
    void measuresRequested(const QString& unitCode, int year, const QString& agencyCode);

protected:
    void showEvent(QShowEvent* event) override; // values may have changed in another tab

private:
    void showOwnState();
    void showMeasures(const QList<MeasureResult>& measures, const QString& error);
    void showError(const QString& message);

    Workspace& m_workspace;
    YearStatus m_status;
    Database::ChangeStamp m_refreshedAt; // what was stored, the day and the year at the last refresh
    QDate m_refreshedOn;
    int m_refreshedYear = 0;
    QString m_reminder;
    QLabel* m_title;
    QLabel* m_today;
    QComboBox* m_year;
    QLabel* m_banner;
    QGroupBox* m_ownBox;
    QLabel* m_ownState;
    QLabel* m_ownDetail;
    QTableWidget* m_deadlines;
    QGroupBox* m_unitsBox;
    QLabel* m_unitsSummary;
    QTableWidget* m_units;
    QGroupBox* m_measuresBox;
    QTableWidget* m_measures;
    QGridLayout* m_grid;
    BackgroundMeasures* m_background = nullptr;
};

} // namespace chitieu::ui
