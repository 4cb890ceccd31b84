// The entry form's figures and checks, shown again after each change: the measures' values and
// statuses, each field's state and the message under it, and the list of checks.
#include "ChecksPanel.h"
#include "EntryForm.h"
#include "core/entry/EntryFormModel.h"

#include <QTimer>
#include <algorithm>

namespace chitieu::ui {

void EntryForm::refreshDerived(Refresh how)
{
    const QList<HardViolation> hard = m_model->hardViolations();
    for (const MeasureResult& r : m_model->results()) {
        MeasureRow* row = m_measures.value(r.code);
        if (!row)
            continue;
        // A measure computed from counts that break a hard check has no meaningful value
        // (250 stunted of 200 measured is not 125 %): it shows the check instead.
        // That is a rule of the measure itself, or a check between counts it reads both of.
        QStringList errors;
        const QStringList reads = row->measure->elementCodes();
        for (const HardViolation& v : hard) {
            const QStringList touched = v.rule.elements();
            if (v.rule.measures.contains(r.code) ||
                (v.rule.measures.isEmpty() &&
                 std::all_of(touched.cbegin(), touched.cend(), [&](const QString& e) { return reads.contains(e); })))
                errors << v.message;
        }
        // Whether the measure applies here is core's answer (3c in an urban commune does not).
        if (!errors.isEmpty() && r.status != MeasureStatus::NotApplicable)
            showMeasureError(*row, errors.join(QLatin1Char('\n')));
        else
            showMeasure(*row, r);
    }
    const QList<SoftWarning> soft = m_model->softWarnings();
    QHash<QString, QStringList> hardOf;
    QHash<QString, QStringList> softOf;
    for (const HardViolation& v : hard)
        for (const QString& e : v.rule.elements())
            hardOf[e] << v.message;
    for (const SoftWarning& w : soft)
        if (!w.answered)
            for (const QString& e : w.elements)
                softOf[e] << w.message + QLatin1Char(' ') + tr("Add a comment (Ctrl+M) that explains it.");
    // While the user types, each field shows its state at once and the messages under the
    // fields follow when the typing pauses or the field is left.
    if (how == Refresh::WhileTyping)
        m_messagesAfterPause->start();
    else
        m_messagesAfterPause->stop();
    for (FieldRow* row : std::as_const(m_fields)) {
        const QString& e = row->element;
        const FieldState state = m_refused.contains(e) ? FieldState::Refused
                                 : hardOf.contains(e)  ? FieldState::HardCheck
                                 : softOf.contains(e)  ? FieldState::SoftCheck
                                                       : FieldState::Normal;
        if (how == Refresh::WhileTyping) {
            showFieldLook(*row, state);
            continue;
        }
        const QString message = state == FieldState::Refused     ? m_refused.value(e)
                                : state == FieldState::HardCheck ? hardOf.value(e).join(QLatin1Char('\n'))
                                : state == FieldState::SoftCheck ? softOf.value(e).join(QLatin1Char('\n'))
                                                                 : QString();
        showFieldState(*row, state, message);
    }
    m_checks->setChecks(hard, soft);
    if ((m_messageAbout == MessageAbout::Refused && m_refused.isEmpty()) ||
        (m_messageAbout == MessageAbout::HardChecks && hard.isEmpty()))
        showMessage({}, false);
}

} // namespace chitieu::ui
