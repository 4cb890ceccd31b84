#include "IndicatorSection.h"

#include "CountEdit.h"
#include "core/catalogue/Catalogue.h"
#include "core/entry/FormLayout.h"
#include "core/format/MeasureText.h"
#include "ui/common/WrappedLabel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace chitieu::ui {

namespace {
QLabel* wrapped(const QString& text)
{
    return new WrappedLabel(text);
}

// Every section lays its columns out alike, whatever its labels, so the inputs, last year's
// values and the measures' values line up down the whole form and do not move when a
// comment or a message appears.
int digitsWidth(const QWidget* w)
{
    return w->fontMetrics().horizontalAdvance(QStringLiteral("8.888.888")) + 16;
}

QLabel* small(const QString& text)
{
    auto* l = new QLabel(text);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}
} // namespace

IndicatorSection::IndicatorSection(const Catalogue& catalogue, const FormIndicator& indicator, QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    const Indicator* ind = indicator.indicator;
    const Agency* lead = ind ? catalogue.agency(ind->lead) : nullptr;
    auto* title = small(lead ? tr("Indicator %1 (%2)").arg(ind->number).arg(lead->shortName.text())
                             : tr("Indicator %1").arg(ind ? ind->number : 0));
    auto* wording = wrapped(ind ? ind->text.text() : QString());
    if (ind) {
        title->setToolTip(ind->text.text());
        wording->setToolTip(ind->text.text());
    }

    auto* columns = new QHBoxLayout;
    columns->addWidget(buildFields(catalogue, indicator), 11);
    columns->addWidget(buildMeasures(indicator), 9);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(wording);
    layout->addLayout(columns);
}

void IndicatorSection::setYear(int year, int baselineYear)
{
    m_thisYear->setText(QString::number(year));
    m_lastYear->setText(year > baselineYear ? QString::number(year - 1) : QString());
}

QWidget* IndicatorSection::buildFields(const Catalogue& catalogue, const FormIndicator& indicator)
{
    auto* box = new QWidget;
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(0, 1);
    grid->addWidget(small(tr("Count")), 0, 0);
    m_thisYear = small(QString());
    m_lastYear = small(QString());
    m_lastYear->setToolTip(tr("Last year's values"));
    grid->addWidget(m_thisYear, 0, 1, Qt::AlignRight);
    grid->addWidget(m_lastYear, 0, 2, Qt::AlignRight);
    const QString plan = indicator.indicator ? indicator.indicator->text.text() : QString();
    int r = 1;
    for (const QString& code : indicator.elements) {
        const DataElement* e = catalogue.element(code);
        FieldRow row;
        row.element = code;
        row.label = wrapped(e ? e->name.text() : code);
        const QString tip = (e ? e->description.text() : QString()) + QStringLiteral("\n\n") + tr("Plan: %1").arg(plan);
        row.label->setToolTip(tip);
        row.edit = new CountEdit(code);
        row.edit->setToolTip(tip);
        // Of fixed size: its look changes with the checks without laying the form out again.
        row.edit->setFixedSize(digitsWidth(row.edit), row.edit->sizeHint().height());
        row.label->setBuddy(row.edit);
        row.lastYear = new QLabel;
        row.lastYear->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.lastYear->setFixedWidth(digitsWidth(row.lastYear));
        row.lastYear->setToolTip(tr("Last year's value"));
        row.commentButton = new QToolButton;
        row.commentButton->setFocusPolicy(Qt::NoFocus); // Tab goes from field to field; Ctrl+M comments
        row.commentButton->setToolTip(tr("Comment on this value (Ctrl+M)"));
        row.commentButton->setAccessibleName(tr("Comment on %1").arg(code));
        row.commentButton->setFixedWidth(row.commentButton->fontMetrics().horizontalAdvance(QStringLiteral("✎*")) + 14);
        connect(row.commentButton, &QToolButton::clicked, this, [this, code] { emit commentRequested(code); });
        row.message = wrapped(QString());
        row.message->hide();
        row.commentPrompt = new QLineEdit;
        row.commentPrompt->setObjectName(QStringLiteral("commentPrompt_") + code);
        row.commentPrompt->setPlaceholderText(tr("Why? Write a comment here and press Enter (or Ctrl+M in the field)"));
        row.commentPrompt->setAccessibleName(tr("Comment on %1").arg(code));
        row.commentPrompt->setFocusPolicy(Qt::ClickFocus); // Tab goes on to the next count, never here
        row.commentPrompt->hide();
        row.note = wrapped(QString());
        QFont italic = row.note->font();
        italic.setItalic(true);
        row.note->setFont(italic);
        row.note->hide();
        grid->addWidget(row.label, r, 0);
        grid->addWidget(row.edit, r, 1);
        grid->addWidget(row.lastYear, r, 2);
        grid->addWidget(row.commentButton, r, 3);
        grid->addWidget(row.message, r + 1, 0, 1, 4);
        grid->addWidget(row.commentPrompt, r + 2, 0, 1, 4);
        grid->addWidget(row.note, r + 3, 0, 1, 4);
        r += 4;
        m_fields << row;
    }
    if (!indicator.sharedElements.isEmpty()) {
        QStringList names;
        for (const QString& code : indicator.sharedElements)
            if (const DataElement* e = catalogue.element(code))
                names << e->name.text();
        auto* shared = wrapped(tr("Also uses, entered above: %1").arg(names.join(QStringLiteral("; "))));
        grid->addWidget(shared, r, 0, 1, 4);
    }
    return box;
}

QWidget* IndicatorSection::buildMeasures(const FormIndicator& indicator)
{
    auto* box = new QWidget;
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(0, 1);
    grid->addWidget(small(tr("Measure")), 0, 0);
    grid->addWidget(small(tr("Value")), 0, 1, Qt::AlignRight);
    grid->addWidget(small(tr("Target")), 0, 2, Qt::AlignRight);
    grid->addWidget(small(tr("Status")), 0, 3);
    int r = 1;
    for (const Measure* m : indicator.measures) {
        MeasureRow row;
        row.measure = m;
        row.name = wrapped(QStringLiteral("%1  %2").arg(m->code, m->name.text()));
        row.name->setMinimumWidth(row.name->fontMetrics().averageCharWidth() * 22); // never a word per line
        if (m->filter == UnitFilter::Rural)
            row.name->setToolTip(tr("Counts rural communes (Xã) only."));
        else if (m->filter == UnitFilter::Urban)
            row.name->setToolTip(tr("Counts urban communes (Phường, Thị trấn) only."));
        row.value = new QLabel;
        row.value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.value->setFixedWidth(digitsWidth(row.value));
        row.value->setObjectName(QStringLiteral("value_") + m->code);
        row.target = new QLabel(formatTarget(*m));
        row.target->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.target->setFixedWidth(digitsWidth(row.target));
        row.status = new QLabel;
        row.status->setObjectName(QStringLiteral("status_") + m->code);
        row.status->setMinimumWidth(row.status->fontMetrics().horizontalAdvance(QStringLiteral("✘ Không có số liệu")) +
                                    16);
        fixMeasureSizes(row);
        grid->addWidget(row.name, r, 0);
        grid->addWidget(row.value, r, 1);
        grid->addWidget(row.target, r, 2);
        grid->addWidget(row.status, r, 3);
        ++r;
        m_measures << row;
    }
    grid->setRowStretch(r, 1);
    return box;
}

} // namespace chitieu::ui
