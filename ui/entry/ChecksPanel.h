#pragma once
// The list of the form's checks: hard checks first (they block "Mark complete"), then soft
// checks still waiting for a comment, then explained ones. Activating an entry (Enter or a
// double click) goes to its field.

#include "core/entry/HardChecks.h"
#include "core/entry/SoftChecks.h"

#include <QColor>
#include <QListWidget>

namespace chitieu::ui {

class ChecksPanel : public QListWidget
{
    Q_OBJECT
public:
    enum Role { ElementRole = Qt::UserRole + 1, KindRole };

    explicit ChecksPanel(QWidget* parent = nullptr);
    void setChecks(const QList<HardViolation>& hard, const QList<SoftWarning>& soft);
    int hardCount() const { return m_hard; }
    int openSoftCount() const { return m_openSoft; }

signals:
    void elementActivated(const QString& element);

private:
    struct Entry
    {
        QString text;
        QString element;
        QString kind;
        QColor background; // invalid: the list's own
        bool operator==(const Entry& o) const
        {
            return text == o.text && element == o.element && kind == o.kind && background == o.background;
        }
    };
    QList<Entry> m_shown; // a keystroke that changes no check leaves the list as it is
    int m_hard = 0;
    int m_openSoft = 0;
};

} // namespace chitieu::ui
