#pragma once
// One indicator of the entry form: its counts on the left (label with the plan's wording as
// a tooltip, the input, last year's value, a comment button) and its measures on the right
// (value, target, status), so the effect of a figure shows beside it.

#include "EntryRows.h"

#include <QFrame>
#include <QList>

class QLabel;

namespace chitieu {
class Catalogue;
struct FormIndicator;
} // namespace chitieu

namespace chitieu::ui {

class IndicatorSection : public QFrame
{
    Q_OBJECT
public:
    IndicatorSection(const Catalogue& catalogue, const FormIndicator& indicator, QWidget* parent = nullptr);

    QList<FieldRow>& fields() { return m_fields; }
    QList<MeasureRow>& measures() { return m_measures; }
    void setYear(int year, int baselineYear); // the headers of this year's and last year's columns

signals:
    void commentRequested(const QString& element);

private:
    QWidget* buildFields(const Catalogue& catalogue, const FormIndicator& indicator);
    QWidget* buildMeasures(const FormIndicator& indicator);

    QLabel* m_thisYear = nullptr;
    QLabel* m_lastYear = nullptr;
    QList<FieldRow> m_fields;
    QList<MeasureRow> m_measures;
};

} // namespace chitieu::ui
