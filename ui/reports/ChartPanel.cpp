#include "ChartPanel.h"

#include "core/Error.h"
#include "core/report/ReviewModel.h"
#include "ui/common/Choices.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace chitieu::ui {

ChartPanel::ChartPanel(QWidget* parent) : QWidget(parent)
{
    m_kind = new QComboBox;
    m_kind->addItem(tr("Trend of a measure"), static_cast<int>(Kind::Trend));
    m_kind->addItem(tr("Units below compared"), static_cast<int>(Kind::Units));
    m_kind->addItem(tr("Status by group"), static_cast<int>(Kind::StatusByGroup));
    m_kind->addItem(tr("Status by leading agency"), static_cast<int>(Kind::StatusByAgency));
    m_measure = new QComboBox;
    m_measure->setMinimumContentsLength(30);
    m_measure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_save = new QPushButton(tr("Save chart as &PNG..."));
    m_view = new QChartView;
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(280);

    auto* bar = new QHBoxLayout;
    auto* chartLabel = new QLabel(tr("Chart:"));
    chartLabel->setBuddy(m_kind);
    auto* measureLabel = new QLabel(tr("Measure:"));
    measureLabel->setBuddy(m_measure);
    bar->addWidget(chartLabel);
    bar->addWidget(m_kind);
    bar->addWidget(measureLabel);
    bar->addWidget(m_measure, 1);
    bar->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartPanel::rebuild);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &ChartPanel::rebuild);
    connect(m_save, &QPushButton::clicked, this, &ChartPanel::saveRequested);
    rebuild();
}

void ChartPanel::setReports(const AnnualReport* annual, const ReviewReport* trend, const ReviewReport* review)
{
    m_annual = annual;
    m_trend = trend;
    m_review = review;
    const QString keep = measure();
    {
        const QSignalBlocker block(m_measure);
        m_measure->clear();
        if (m_annual)
            for (const MeasureLine& l : m_annual->lines)
                m_measure->addItem(QStringLiteral("%1 - %2").arg(l.measure.code, l.measure.name.text()),
                                   l.measure.code);
        const int at = m_measure->findData(keep);
        m_measure->setCurrentIndex(at >= 0 ? at : 0);
    }
    rebuild();
}

void ChartPanel::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

ChartPanel::Kind ChartPanel::kind() const
{
    return static_cast<Kind>(m_kind->currentData().toInt());
}

void ChartPanel::setMeasure(const QString& code)
{
    selectData(m_measure, code);
}

QString ChartPanel::measure() const
{
    return m_measure->currentData().toString();
}

QChart* ChartPanel::chart() const
{
    return m_view->chart()->series().isEmpty() ? nullptr : m_view->chart();
}

std::unique_ptr<QChart> ChartPanel::makeChart() const
{
    const Kind k = kind();
    std::unique_ptr<QChart> made;
    const int line = m_measure->currentIndex();
    if (m_annual && line >= 0 && line < m_annual->lines.size()) {
        switch (k) {
        case Kind::Trend:
            if (m_trend)
                made =
                    charts::trendChart(m_trend->lines.at(line).measure, m_trend->years(), m_trend->lines.at(line).path);
            break;
        case Kind::Units: {
            QList<charts::UnitValue> units;
            for (const UnitAnnexRow& row : m_annual->unitAnnex)
                if (row.line == line)
                    units << charts::UnitValue{row.unitName, row.figures};
            if (!units.isEmpty())
                made = charts::unitsChart(m_annual->lines.at(line).measure, units);
            break;
        }
        case Kind::StatusByGroup:
        case Kind::StatusByAgency: {
            const auto by = k == Kind::StatusByGroup ? charts::Breakdown::Group : charts::Breakdown::Agency;
            made = m_review ? charts::statusChart(*m_review, by) : charts::statusChart(*m_annual, by);
            break;
        }
        }
    }
    return made;
}

void ChartPanel::rebuild()
{
    const Kind k = kind();
    m_measure->setEnabled(k == Kind::Trend || k == Kind::Units);
    std::unique_ptr<QChart> made = makeChart();
    if (!made) {
        made = std::make_unique<QChart>();
        made->setAnimationOptions(QChart::NoAnimation);
        made->setTitle(k == Kind::Units ? tr("This unit has no units below it.") : tr("No report to show."));
    }
    QChart* old = m_view->chart();
    m_view->setChart(made.release()); // the view owns the chart from here
    delete old;
    m_save->setEnabled(chart() != nullptr);
}

void ChartPanel::saveChart(const QString& path) const
{
    // A fresh chart at a fixed size: the same picture whether or not the panel is on screen.
    const std::unique_ptr<QChart> c = makeChart();
    if (!c)
        throw Error(tr("There is no chart to save."));
    charts::savePng(*c, path, QSize(1200, 700));
}

} // namespace chitieu::ui
