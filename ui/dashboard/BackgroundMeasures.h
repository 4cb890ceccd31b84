#pragma once
// The home screen's measures, computed on a thread of their own with their own connection to
// the database, so that the window shows and paints while they are added up; the result comes
// back through the GUI thread's event loop. A newer request makes an older one's result be
// dropped when it arrives, and the object waits for its threads before it goes.

#include "core/compute/MeasureResult.h"
#include "core/store/InstallationSettings.h"
#include "ui/common/PendingWork.h"

#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

class QThread;

namespace chitieu {
class Catalogue;
}

namespace chitieu::ui {

class BackgroundMeasures : public QObject
{
public:
    struct Request
    {
        QString databasePath;
        const Catalogue* catalogue = nullptr; // read only, by both threads; outlives this object
        InstallationSettings settings;        // its unit, role and agency: installationMeasures
        int year = 0;
    };
    // `measures` is empty and `error` says why when they could not be computed.
    using Done = std::function<void(const QList<MeasureResult>& measures, const QString& error)>;

    BackgroundMeasures(Done done, QObject* parent);
    ~BackgroundMeasures() override;

    void start(const Request& request);
    // The result of the request started last is dropped (nothing is to be shown).
    void drop();
    bool pending() const { return m_pending.has_value(); }

private:
    void deliver(int generation, const QList<MeasureResult>& measures, const QString& error);

    Done m_done;
    int m_generation = 0;
    std::optional<PendingWork> m_pending;
    QList<QThread*> m_threads;
};

} // namespace chitieu::ui
