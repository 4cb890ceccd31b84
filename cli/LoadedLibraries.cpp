#include "LoadedLibraries.h"

#include <QFile>

namespace chitieu::cli {

QStringList loadedLibraries()
{
    QStringList out;
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    // A line: address perms offset device inode path. The path is the last field. The file
    // reports a size of 0, so it is read whole rather than line by line up to its "end".
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray& bytes : lines) {
        const QString line = QString::fromLocal8Bit(bytes).trimmed();
        const qsizetype slash = line.indexOf(QLatin1Char('/'));
        if (slash < 0)
            continue;
        const QString path = line.mid(slash);
        const bool watched = path.contains(QLatin1String("Qt6")) || path.contains(QLatin1String("/qt6/plugins/")) ||
                             path.contains(QLatin1String("/libchitieu_pdf.")) ||
                             path.contains(QLatin1String("/libxlsxwriter."));
        if (watched && !out.contains(path))
            out << path;
    }
    return out;
}

} // namespace chitieu::cli
