#pragma once
// The charts of the report screen: a chosen measure's trend from the baseline with its
// target, the units below compared for that measure, and the status overview by group or by
// leading agency. The panel shows the reports it is given; it does not read the database.

#include "ReportCharts.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QPushButton;

namespace chitieu {
struct ReviewReport;
}

namespace chitieu::ui {

class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Trend, Units, StatusByGroup, StatusByAgency };

    explicit ChartPanel(QWidget* parent = nullptr);

    // annual: the year's figures (units below, status); trend: the path from the baseline;
    // review: set when the document is a review, whose status then drives the overview.
    // The reports must outlive the panel or the next call.
    void setReports(const AnnualReport* annual, const ReviewReport* trend, const ReviewReport* review);

    void setKind(Kind kind);
    Kind kind() const;
    void setMeasure(const QString& code);
    QString measure() const;

    QChart* chart() const; // the chart on screen, or nullptr when there is nothing to show
    QChartView* view() const { return m_view; }
    QPushButton* saveButton() const { return m_save; }

signals:
    void saveRequested(); // the page asks for a file name and calls saveChart

public:
    void saveChart(const QString& path) const; // PNG; throws Error

private:
    void rebuild();
    std::unique_ptr<QChart> makeChart() const; // nullptr when there is nothing to show

    const AnnualReport* m_annual = nullptr;
    const ReviewReport* m_trend = nullptr;
    const ReviewReport* m_review = nullptr;
    QComboBox* m_kind;
    QComboBox* m_measure;
    QChartView* m_view;
    QPushButton* m_save;
};

} // namespace chitieu::ui
