#include "BackgroundTask.h"

#include <QEventLoop>
#include <QThread>

namespace chitieu::ui {

TaskProgress::TaskProgress(QObject* guiContext, Listener listener)
    : m_context(guiContext), m_listener(std::move(listener))
{}

void TaskProgress::step(int done, int total, const QString& text)
{
    if (!m_listener)
        return;
    if (QThread::currentThread() == m_context->thread()) {
        m_listener(done, total, text);
        return;
    }
    QMetaObject::invokeMethod(
        m_context, [listener = m_listener, done, total, text] { listener(done, total, text); }, Qt::QueuedConnection);
}

bool TaskProgress::askOnGui(const std::function<bool()>& ask)
{
    if (QThread::currentThread() == m_context->thread())
        return ask();
    bool answer = false;
    QMetaObject::invokeMethod(
        m_context, [&answer, &ask] { answer = ask(); }, Qt::BlockingQueuedConnection);
    return answer;
}

void runInBackground(const std::function<void(TaskProgress&)>& work, TaskProgress& progress)
{
    std::exception_ptr failure;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        try {
            work(progress);
        } catch (...) {
            failure = std::current_exception();
        }
    }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(); // user input too: the Cancel button must answer
    thread->wait();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace chitieu::ui
