#pragma once
// Long work (importing many files, saving a PDF or an Excel book) runs on a thread of its
// own, so the window keeps painting and a Cancel button answers. The work gets plain inputs
// (paths, codes, options), opens its own database connection (a connection belongs to the
// thread that opened it) and returns a plain result; it never touches a widget. Progress and
// questions reach the screen through the GUI thread's event loop.

#include "core/Error.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <exception>
#include <functional>
#include <memory>

namespace chitieu::ui {

// What the work sees: whether the user cancelled, and where to say how far it got.
class TaskProgress
{
public:
    using Listener = std::function<void(int done, int total, const QString& step)>;
    TaskProgress(QObject* guiContext, Listener listener);

    bool cancelled() const { return m_cancelled.load(); }
    void cancel() { m_cancelled.store(true); }
    // Called from the work's thread; the listener runs on the GUI thread.
    void step(int done, int total, const QString& text);
    // Runs `ask` on the GUI thread and waits for its answer (a question to the user).
    bool askOnGui(const std::function<bool()>& ask);

private:
    QObject* m_context;
    Listener m_listener;
    std::atomic<bool> m_cancelled{false};
};

// Runs `work` on a new thread and waits for it in a local event loop (the screen stays
// alive; callers disable what must not be used meanwhile). An Error thrown by the work is
// thrown here again.
void runInBackground(const std::function<void(TaskProgress&)>& work, TaskProgress& progress);

// Thrown by work that stopped because the user cancelled.
struct Cancelled
{};

} // namespace chitieu::ui
