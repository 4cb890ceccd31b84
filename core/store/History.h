#pragma once
// The history of values, read from the audit rows that ValueStore writes with every change:
// old and new value and comment, who, when, how (typed, undo, redo, the command line, a bulk
// load, an import and of which received file). Filtered by unit, year, element, person and
// dates; written as CSV.

#include "core/EnumTable.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace chitieu {

class Database;

// How a change was made: the audit row's source.
enum class ChangeSource {
    Entry,
    DistrictEntry,
    Undo,
    Redo,
    Cli,
    LoadValues,
    Import,
    Unimport,
    Key,
    MovedKey,
    ReplaceNewer
};
inline constexpr EnumEntry<ChangeSource> changeSourceEntries[] = {
    {ChangeSource::Entry, "entry", QT_TRANSLATE_NOOP("History", "Typed")},
    {ChangeSource::DistrictEntry, "district_entry", QT_TRANSLATE_NOOP("History", "Typed by the district")},
    {ChangeSource::Undo, "undo", QT_TRANSLATE_NOOP("History", "Undo")},
    {ChangeSource::Redo, "redo", QT_TRANSLATE_NOOP("History", "Redo")},
    {ChangeSource::Cli, "cli", QT_TRANSLATE_NOOP("History", "Command line (set)")},
    {ChangeSource::LoadValues, "load-values", QT_TRANSLATE_NOOP("History", "Loaded from a CSV file")},
    {ChangeSource::Import, "import", QT_TRANSLATE_NOOP("History", "Import")},
    {ChangeSource::Unimport, "unimport", QT_TRANSLATE_NOOP("History", "Import taken back")},
    {ChangeSource::Key, "key", QT_TRANSLATE_NOOP("History", "Signing key replaced")},
    {ChangeSource::MovedKey, "moved_key", QT_TRANSLATE_NOOP("History", "Signing key of a merged unit accepted")},
    {ChangeSource::ReplaceNewer, "replace_newer", QT_TRANSLATE_NOOP("History", "Older file chosen over a newer one")},
};
inline constexpr EnumTable<ChangeSource> changeSources("History", QT_TRANSLATE_NOOP("Keys", "source of a change"),
                                                       changeSourceEntries);

struct HistoryFilter
{
    QString unitCode; // empty: every unit
    int year = 0;     // 0: every year
    QString element;  // empty: every element
    QString person;   // empty: everyone; else exactly this name
    QDate from, to;   // invalid: no limit; both days included
};

struct HistoryEntry
{
    qint64 id = 0;
    QString unitCode;
    int year = 0;
    QString element;
    std::optional<qint64> oldValue, newValue; // nullopt: no value (added, removed)
    QString oldComment, newComment;
    QString changedBy;
    QDateTime changedAt;
    ChangeSource source = ChangeSource::Entry;
    QString fileHash; // an import: the received file's hash, and its name as received
    QString fileName;
};

namespace history {

// Oldest first. Throws Error for a source this version does not know.
QList<HistoryEntry> changes(Database& db, const HistoryFilter& filter);
// Everyone who changed a value, by name.
QStringList people(Database& db);
// One row per change, with a header row; times in ISO 8601, codes as stored.
QString toCsv(const QList<HistoryEntry>& entries);

} // namespace history

} // namespace chitieu
