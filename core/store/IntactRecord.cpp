#include "IntactRecord.h"

#include <QFile>
#include <QSaveFile>
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace chitieu::intactrecord {

namespace {
const QByteArray kHeader("chitieu integrity record 1\n");

// A write after the key was taken gets a change time no earlier than the file system's clock
// tick of that moment. Files changed within this margin of the record could be changed again
// without a new time (coarse clocks, file systems keeping whole seconds), so they are not
// recorded until they are older.
constexpr qint64 kMarginNs = 2'000'000'000;

struct FileState
{
    QByteArray text;     // device, inode, size, times
    qint64 newestNs = 0; // the later of the modification and status-change times
};

std::optional<FileState> stateOf(const QString& path, bool* missing)
{
#ifdef Q_OS_UNIX
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        *missing = errno == ENOENT;
        return std::nullopt;
    }
    *missing = false;
#ifdef Q_OS_MACOS
    const qint64 mtime = qint64(st.st_mtimespec.tv_sec) * 1'000'000'000 + st.st_mtimespec.tv_nsec;
    const qint64 ctime = qint64(st.st_ctimespec.tv_sec) * 1'000'000'000 + st.st_ctimespec.tv_nsec;
#else
    const qint64 mtime = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    const qint64 ctime = qint64(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec;
#endif
    FileState s;
    s.newestNs = std::max(mtime, ctime);
    s.text = QByteArray::number(quint64(st.st_dev)) + ' ' + QByteArray::number(quint64(st.st_ino)) + ' ' +
             QByteArray::number(qint64(st.st_size)) + ' ' + QByteArray::number(mtime) + ' ' + QByteArray::number(ctime);
    if (st.st_size == 0)
        s.text = "empty"; // a log without frames holds nothing, whichever file it is
    return s;
#else
    // No file identity to rely on: never recorded, every command checks.
    Q_UNUSED(path);
    *missing = false;
    return std::nullopt;
#endif
}

// The database file and its write-ahead log; nothing when either cannot be read.
std::optional<FileState> stateOfDatabase(const QString& databasePath)
{
    bool missing = false;
    const std::optional<FileState> db = stateOf(databasePath, &missing);
    if (!db || db->text == "empty")
        return std::nullopt;
    std::optional<FileState> wal = stateOf(databasePath + QStringLiteral("-wal"), &missing);
    if (!wal && !missing)
        return std::nullopt;
    FileState s;
    s.text = "db " + db->text + "\nwal " + (wal ? wal->text : QByteArray("empty")) + '\n';
    s.newestNs = std::max(db->newestNs, wal && wal->text != "empty" ? wal->newestNs : 0);
    return s;
}

QByteArray scopeLine(Scope scope)
{
    return scope == Scope::Whole ? QByteArray("scope whole\n") : QByteArray("scope figures\n");
}
} // namespace

QString recordPath(const QString& databasePath)
{
    return databasePath + QStringLiteral("-intact");
}

QByteArray keyOf(const QString& databasePath)
{
    const std::optional<FileState> s = stateOfDatabase(databasePath);
    return s ? s->text : QByteArray();
}

bool holds(const QString& databasePath, const QByteArray& key, Scope scope)
{
    if (key.isEmpty())
        return false;
    QFile f(recordPath(databasePath));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = f.read(4096);
    if (text == kHeader + scopeLine(Scope::Whole) + key)
        return true;
    return scope == Scope::Figures && text == kHeader + scopeLine(Scope::Figures) + key;
}

void record(const QString& databasePath, const QByteArray& key, Scope scope)
{
    const std::optional<FileState> now = stateOfDatabase(databasePath);
    if (key.isEmpty() || !now || now->text != key)
        return;
    // The file system's own clock, not the program's (tests may set that one): what matters is
    // how the file's times compare with a later write's.
    const qint64 clockNs =
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    if (now->newestNs > clockNs - kMarginNs)
        return;
    QSaveFile out(recordPath(databasePath));
    if (!out.open(QIODevice::WriteOnly))
        return;
    out.write(kHeader + scopeLine(scope) + key);
    out.commit();
}

} // namespace chitieu::intactrecord
