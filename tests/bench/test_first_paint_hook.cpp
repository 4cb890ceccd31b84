// The start-up benchmark's hook: with CHITIEU_QUIT_AFTER_FIRST_PAINT=1 the application quits
// once its window has painted, the loop is idle and no work is pending beside the window;
// without it, nothing changes.
#include "support/TestSupport.h"
#include "ui/common/PendingWork.h"
#include "ui/common/QuitAfterFirstPaint.h"

#include <QApplication>
#include <QPaintEvent>
#include <QProcess>
#include <QThread>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

using namespace chitieu;

namespace {
class CountingWindow : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent*) override { ++paints; }
};

// Runs the event loop until something quits it or `limitMs` passes; true when it timed out.
bool runLoop(int limitMs)
{
    bool timedOut = false;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, [&] {
        timedOut = true;
        QApplication::quit();
    });
    limit.start(limitMs);
    QApplication::exec();
    return timedOut;
}

// Shows `window` with the hook asked for and runs the loop; true when nothing quit it.
bool timesOutWithHook(QWidget& window)
{
    qputenv("CHITIEU_QUIT_AFTER_FIRST_PAINT", "1");
    window.resize(400, 300);
    ui::quitAfterFirstPaintIfAsked(window);
    window.show();
    const bool timedOut = runLoop(20000);
    qunsetenv("CHITIEU_QUIT_AFTER_FIRST_PAINT");
    return timedOut;
}
} // namespace

TEST_CASE("With CHITIEU_QUIT_AFTER_FIRST_PAINT=1 the application quits after the window's first paint")
{
    CountingWindow window;
    CHECK_FALSE(timesOutWithHook(window));
    CHECK(window.paints >= 1);
}

namespace {
// A window that leaves work for the next turn of the loop when it first paints, with a timer
// of interval 0 as the home screen sizes its rows once its columns are laid out.
class DeferringWindow : public CountingWindow
{
public:
    DeferringWindow()
    {
        m_later.setSingleShot(true);
        m_later.setInterval(0);
        QObject::connect(&m_later, &QTimer::timeout, [this] { ++turnsDone; });
    }
    int turnsDone = 0;

protected:
    void paintEvent(QPaintEvent* e) override
    {
        CountingWindow::paintEvent(e);
        if (paints == 1)
            m_later.start();
    }

private:
    QTimer m_later;
};
} // namespace

// (The quit comes when the dispatcher is about to wait; the turn that was due still runs.)
TEST_CASE("The hook lets work left for the next turn of the loop run before it quits")
{
    DeferringWindow window;
    CHECK_FALSE(timesOutWithHook(window));
    CHECK(window.turnsDone == 1);
}

namespace {
// A window that, when it first paints, starts work on another thread that ends a while later,
// as the home screen adds up its measures; the loop is idle (blocked) in between.
class WorkingWindow : public CountingWindow
{
public:
    ~WorkingWindow() override
    {
        if (m_thread)
            m_thread->wait();
    }
    bool workShown = false;

protected:
    void paintEvent(QPaintEvent* e) override
    {
        CountingWindow::paintEvent(e);
        if (paints != 1)
            return;
        m_pending.emplace();
        m_thread.reset(QThread::create([this] {
            QThread::msleep(300);
            QMetaObject::invokeMethod(
                this,
                [this] {
                    workShown = true;
                    m_pending.reset();
                },
                Qt::QueuedConnection);
        }));
        m_thread->start();
    }

private:
    std::optional<ui::PendingWork> m_pending;
    std::unique_ptr<QThread> m_thread;
};
} // namespace

TEST_CASE("The hook waits for work pending beside the window before it quits")
{
    CHECK_FALSE(ui::PendingWork::any());
    WorkingWindow window;
    CHECK_FALSE(timesOutWithHook(window));
    CHECK(window.workShown);
    CHECK_FALSE(ui::PendingWork::any());
}

TEST_CASE("Without the variable, or with another value, the hook does nothing")
{
    for (const char* value : {"", "0", "yes"}) {
        if (*value)
            qputenv("CHITIEU_QUIT_AFTER_FIRST_PAINT", value);
        else
            qunsetenv("CHITIEU_QUIT_AFTER_FIRST_PAINT");
        CountingWindow window;
        window.resize(400, 300);
        ui::quitAfterFirstPaintIfAsked(window);
        window.show();
        INFO(value);
        CHECK(runLoop(500)); // still running when our own timer ends it
        CHECK(window.paints >= 1);
    }
    qunsetenv("CHITIEU_QUIT_AFTER_FIRST_PAINT");
}

TEST_CASE("The desktop program quits by itself after its first paint when asked")
{
    test::TempWorkspace ws;
    InstallationSettings s = ws->settings();
    s.role = Role::District;
    s.unitCode = QStringLiteral("474");
    s.userName = QStringLiteral("Trần Thị Bình");
    ws->saveSettings(s);

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CHITIEU_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CHITIEU_DESKTOP_PATH), {QStringLiteral("--db"), ws.path()});
    const bool finished = p.waitForFinished(60000);
    if (!finished)
        p.kill();
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(finished);
    CHECK(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() == 0);
}
