#include "FileDrop.h"

#include "ExchangePage.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace chitieu::ui {

namespace {
QStringList droppedPaths(const QMimeData* mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl& url : mime->urls()) {
        const QString path = url.toLocalFile();
        const QFileInfo info(path);
        if (!path.isEmpty() && (info.isDir() || path.endsWith(QLatin1String(".chitieu"), Qt::CaseInsensitive)))
            out << path;
    }
    return out;
}

class DropFilter : public QObject
{
public:
    DropFilter(QObject* parent, std::function<ExchangePage*()> page) : QObject(parent), m_page(std::move(page)) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto* e = static_cast<QDropEvent*>(event);
            if (!droppedPaths(e->mimeData()).isEmpty()) {
                e->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* e = static_cast<QDropEvent*>(event);
            const QStringList paths = droppedPaths(e->mimeData());
            if (!paths.isEmpty()) {
                e->acceptProposedAction();
                // After the drop returns, so the source application is not kept waiting by questions.
                const QPointer<ExchangePage> page = m_page();
                QTimer::singleShot(0, page.data(), [page, paths] {
                    if (page)
                        page->importFiles(paths);
                });
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<ExchangePage*()> m_page;
};
} // namespace

void installFileDrop(QWidget* window, std::function<ExchangePage*()> page)
{
    window->setAcceptDrops(true);
    window->installEventFilter(new DropFilter(window, std::move(page)));
}

} // namespace chitieu::ui
