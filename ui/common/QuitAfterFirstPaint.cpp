#include "QuitAfterFirstPaint.h"

#include "PendingWork.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

namespace chitieu::ui {

namespace {
// Watches every paint event until one lands in the window, then quits the next time the event
// dispatcher is about to wait for events (the loop is idle: nothing posted is left) with no
// work pending beside the window (PendingWork.h): the figures a screen computes on a thread
// are part of the start.
class FirstPaintWatcher : public QObject
{
public:
    explicit FirstPaintWatcher(QWidget& window) : QObject(&window), m_window(&window) {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_painted && watched->isWidgetType() &&
            static_cast<QWidget*>(watched)->window() == m_window) {
            m_painted = true;
            QApplication::instance()->removeEventFilter(this);
            connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, this, [] {
                if (!PendingWork::any())
                    QApplication::quit();
            });
        }
        return false;
    }

private:
    QPointer<QWidget> m_window;
    bool m_painted = false;
};
} // namespace

void quitAfterFirstPaintIfAsked(QWidget& window)
{
    if (qEnvironmentVariableIntValue("CHITIEU_QUIT_AFTER_FIRST_PAINT") != 1)
        return;
    QApplication::instance()->installEventFilter(new FirstPaintWatcher(window));
}

} // namespace chitieu::ui
