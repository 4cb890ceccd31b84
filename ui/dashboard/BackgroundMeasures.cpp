#include "BackgroundMeasures.h"

#include "core/Error.h"
#include "core/compute/MeasureCalculator.h"
#include "core/schedule/YearStatus.h"
#include "core/store/Database.h"

#include <QThread>

namespace chitieu::ui {

BackgroundMeasures::BackgroundMeasures(Done done, QObject* parent) : QObject(parent), m_done(std::move(done)) {}

BackgroundMeasures::~BackgroundMeasures()
{
    // A thread still adding up reads the catalogue and posts to this object: both must last
    // until it ends. What it posts after this is dropped with the object.
    for (QThread* t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
}

void BackgroundMeasures::start(const Request& request)
{
    const int generation = ++m_generation;
    m_pending.emplace();
    QThread* thread = QThread::create([this, request, generation] {
        QList<MeasureResult> measures;
        QString error;
        try {
            Database db(request.databasePath, Database::OpenMode::Existing);
            MeasureCalculator calculator(db, *request.catalogue);
            measures = installationMeasures(calculator, *request.catalogue, request.settings, request.settings.unitCode,
                                            request.year);
        } catch (const Error& e) {
            error = e.message();
        }
        QMetaObject::invokeMethod(
            this, [this, generation, measures, error] { deliver(generation, measures, error); }, Qt::QueuedConnection);
    });
    m_threads << thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

void BackgroundMeasures::drop()
{
    ++m_generation;
    m_pending.reset();
}

void BackgroundMeasures::deliver(int generation, const QList<MeasureResult>& measures, const QString& error)
{
    if (generation != m_generation)
        return; // a newer request is on its way, or nothing is to be shown
    m_pending.reset();
    m_done(measures, error);
}

} // namespace chitieu::ui
