#include "OutputFile.h"

#include "core/Error.h"
#include "core/Printable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace chitieu::output {

namespace {
// SQLite's files beside the database, and the desktop program's lock (DesktopLock).
const QStringList companionSuffixes = {QString(),
                                       QStringLiteral("-wal"),
                                       QStringLiteral("-shm"),
                                       QStringLiteral("-journal"),
                                       QStringLiteral(".lock"),
                                       QStringLiteral("-intact")};

Qt::CaseSensitivity fileNameCase()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return Qt::CaseInsensitive; // the default file systems of Windows and macOS
#else
    return Qt::CaseSensitive;
#endif
}

QString cannotWrite(const QString& path, const QString& why)
{
    return QCoreApplication::translate("Output", "Cannot write %1: %2. Nothing was written; a file of that name that "
                                                 "was there before is unchanged.")
        .arg(printable(path), why);
}
} // namespace

QString resolvedPath(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        // A dangling symlink names the file it would create.
        const QString target = info.isSymLink() ? info.symLinkTarget() : QString();
        if (!target.isEmpty() && !QFileInfo::exists(target))
            return resolvedPath(target);
        if (const QString canonical = info.canonicalFilePath(); !canonical.isEmpty())
            return canonical;
    }
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(info.fileName());
}

void refuseDatabase(const QString& path, const QString& databasePath)
{
    if (databasePath.isEmpty())
        return; // no database open (a tool that writes files only)
    const QString output = resolvedPath(path);
    const QString database = resolvedPath(databasePath);
    for (const QString& suffix : companionSuffixes) {
        if (output.compare(database + suffix, fileNameCase()) != 0)
            continue;
        throw Error(suffix.isEmpty()
                        ? QCoreApplication::translate(
                              "Output", "%1 is the database this program works on (%2): writing there would "
                                        "destroy every value, the history and the signing key. Choose another "
                                        "file name; nothing was written.")
                              .arg(printable(path), printable(databasePath))
                        : QCoreApplication::translate(
                              "Output", "%1 is a working file of the database %2 (%3): writing there would damage "
                                        "the database. Choose another file name; nothing was written.")
                              .arg(printable(path), printable(databasePath), suffix));
    }
}

struct AtomicFile::Private
{
    QSaveFile file;
    QString path;
};

AtomicFile::AtomicFile(const QString& path, const QString& databasePath, const QByteArray& bytes) : d(new Private)
{
    try {
        refuseDatabase(path, databasePath);
        d->path = path;
        d->file.setFileName(path);
        if (!d->file.open(QIODevice::WriteOnly) || d->file.write(bytes) != bytes.size())
            throw Error(cannotWrite(path, d->file.errorString()));
    } catch (...) {
        delete d;
        throw;
    }
}

AtomicFile::~AtomicFile()
{
    delete d; // uncommitted: QSaveFile removes its temporary file
}

void AtomicFile::commit()
{
    if (!d->file.commit())
        throw Error(cannotWrite(d->path, d->file.errorString()));
}

void write(const QString& path, const QByteArray& bytes, const QString& databasePath)
{
    AtomicFile f(path, databasePath, bytes);
    f.commit();
}

} // namespace chitieu::output
