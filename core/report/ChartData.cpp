#include "ChartData.h"

#include "ReportText.h"
#include "ReviewModel.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace chitieu::chartdata {

namespace {

bool shown(const Figures& f)
{
    return f.value && !f.hideValue;
}

template <typename Report> StatusChart statusOf(const Report& r, int year, Breakdown by)
{
    StatusChart c;
    c.title = by == Breakdown::Group
                  ? QCoreApplication::translate("Charts", "Measures met in %1, by group").arg(year)
                  : QCoreApplication::translate("Charts", "Measures met in %1, by leading agency").arg(year);
    const QList<ReportSection>& sections = by == Breakdown::Group ? r.groups : r.agencies;
    int most = 1;
    for (const ReportSection& s : sections) {
        StatusBar bar;
        bar.section = by == Breakdown::Group ? QCoreApplication::translate("Charts", "Group %1").arg(s.key)
                                             : r.lines.value(s.lines.value(0)).leadName;
        bar.met = r.count(MeasureStatus::Met, s);
        bar.notMet = r.count(MeasureStatus::NotMet, s);
        bar.noData = r.count(MeasureStatus::NoData, s);
        bar.incomplete = r.count(MeasureStatus::Incomplete, s);
        bar.notApplicable = r.count(MeasureStatus::NotApplicable, s);
        most = std::max(most, bar.total());
        c.bars << bar;
    }
    c.scale = countScale(most);
    return c;
}

} // namespace

int StatusBar::count(MeasureStatus s) const
{
    switch (s) {
    case MeasureStatus::Met:
        return met;
    case MeasureStatus::NotMet:
        return notMet;
    case MeasureStatus::Incomplete:
        return incomplete;
    case MeasureStatus::NotApplicable:
        return notApplicable;
    case MeasureStatus::NoData:
        break;
    }
    return noData;
}

StatusChart statusChart(const AnnualReport& r, Breakdown by)
{
    return statusOf(r, r.year, by);
}

StatusChart statusChart(const ReviewReport& r, Breakdown by)
{
    return statusOf(r, r.endYear, by);
}

TrendChart trendChart(const Measure& m, const QList<int>& years, const QList<Figures>& path)
{
    TrendChart c;
    c.title = measureTitle(m);
    c.target = m.target;
    c.firstYear = years.value(0);
    c.lastYear = years.value(years.size() - 1);
    c.unitLabel = m.unitLabel.text();
    c.targetName = QStringLiteral("%1 (%2)").arg(targetSeriesName(), reporttext::target(m));
    double low = m.target;
    double high = m.target;
    for (int i = 0; i < years.size() && i < path.size(); ++i) {
        if (!shown(path[i]))
            continue;
        c.values << QPointF(years[i], *path[i].value);
        low = std::min(low, *path[i].value);
        high = std::max(high, *path[i].value);
    }
    const double margin = std::max((high - low) * 0.15, std::max(std::abs(high) * 0.05, 0.001));
    // Rates are not below 0, except 11 when marriages rose: then the axis goes below 0 too.
    c.scale = niceScale(low < 0 ? low - margin : std::max(0.0, low - margin), high + margin);
    return c;
}

QString measureTitle(const Measure& m)
{
    return QStringLiteral("%1 - %2 (%3)").arg(m.code, m.name.text(), m.unitLabel.text());
}

QString valueSeriesName()
{
    return QCoreApplication::translate("Charts", "Value");
}

QString targetSeriesName()
{
    return QCoreApplication::translate("Charts", "Target");
}

QString countAxisTitle()
{
    return QCoreApplication::translate("Charts", "Number of measures");
}

} // namespace chitieu::chartdata
