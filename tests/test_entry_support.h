#pragma once
// Shared by the entry form's UI tests: an installation, a shown form, typing into a field,
// and a text asker that records its questions.
#include "support/TestSupport.h"
#include "ui/entry/CountEdit.h"
#include "ui/entry/EntryForm.h"

#include <QApplication>
#include <QTest>

namespace chitieu::test {

inline void configure(Workspace& ws, Role role, const QString& unit, const QString& user = "Lê Văn C")
{
    InstallationSettings s = ws.settings();
    s.role = role;
    s.unitCode = unit;
    s.userName = user;
    ws.saveSettings(s);
}

inline void showForm(QWidget& w)
{
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    QApplication::setActiveWindow(&w);
}

// Clicks into the field, replaces its text by typing, without leaving it.
inline void typeInto(ui::EntryForm& form, const QString& element, const QString& text)
{
    ui::CountEdit* f = form.field(element);
    REQUIRE(f != nullptr);
    f->setFocus(Qt::MouseFocusReason);
    f->selectAll();
    if (text.isEmpty())
        QTest::keyClick(f, Qt::Key_Delete);
    else
        QTest::keyClicks(f, text);
}

// Types and leaves the field with Tab: the edit is committed.
inline void enter(ui::EntryForm& form, const QString& element, const QString& text)
{
    typeInto(form, element, text);
    QTest::keyClick(form.field(element), Qt::Key_Tab);
}

inline std::optional<qint64> stored(Workspace& ws, const QString& unit, int year, const QString& element)
{
    return ws.values().value(unit, year, element);
}

struct AskLog
{
    QStringList prompts;
    std::optional<QString> answer;
    ui::EntryForm::TextAsker asker()
    {
        return [this](const QString&, const QString& prompt, const QString&) {
            prompts << prompt;
            return answer;
        };
    }
};

} // namespace chitieu::test
