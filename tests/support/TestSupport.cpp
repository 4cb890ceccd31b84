#include "TestSupport.h"

#include "core/store/FormStatus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QThread>

namespace chitieu::test {

TempWorkspace::TempWorkspace()
{
    REQUIRE(m_dir.isValid());
    m_workspace = std::make_unique<Workspace>(path());
}

void TempWorkspace::set(const QString& unit, int year, const std::map<QString, qint64>& counts)
{
    QList<ValueWrite> writes;
    for (const auto& [element, count] : counts)
        writes << ValueWrite{unit, year, element, count, std::nullopt};
    m_workspace->values().apply(writes, {QStringLiteral("test"), QStringLiteral("test"), QString()});
}

void TempWorkspace::serve(Role role, const QString& unit, const QString& userName)
{
    InstallationSettings s = m_workspace->settings();
    s.role = role;
    s.unitCode = unit;
    s.userName = userName;
    m_workspace->saveSettings(s);
}

void TempWorkspace::complete(const QString& unit, int year)
{
    FormStatus::save(m_workspace->db(), unit, year, FormState::Complete, QStringLiteral("test"));
}

void TempWorkspace::setComplete(const QString& unit, int year, const std::map<QString, qint64>& counts)
{
    set(unit, year, counts);
    complete(unit, year);
}

ScopedClock::ScopedClock(const QDateTime& at) : m_clock(at)
{
    Clock::install(&m_clock);
}

ScopedClock::~ScopedClock()
{
    Clock::install(nullptr);
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

bool runEventsUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QThread::msleep(1);
    }
    return true;
}

QString dataFile(const QString& relative)
{
    return QStringLiteral(CHITIEU_TEST_DATA_DIR "/") + relative;
}

void prepareTestProcess()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    QCoreApplication::setOrganizationName(QStringLiteral("chitieu-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("chitieu-tests"));
}

} // namespace chitieu::test
