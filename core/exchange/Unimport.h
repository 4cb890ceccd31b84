#pragma once
// Taking back an applied data file: the values it changed return to what they were before it
// (from the audit rows), and the submission rows and form states it replaced to the rows kept
// when it was imported. Refused when a later change touched the same values or rows: the
// conflicts are listed. The report sections and own targets a file carried are not taken back.

#include "ImportDecisions.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace chitieu {
class Database;
class Workspace;
} // namespace chitieu

namespace chitieu::exchange {

// An applied file that can be chosen for taking back.
struct ReceivedFile
{
    QString hash;
    QString fileName;
    QString unitCode;
    int year = 0;
    QDateTime importedAt;
    QString importedBy;
    bool takenBack = false;
};

// Every applied data file, newest first.
QList<ReceivedFile> appliedFiles(Database& db);
// The file of this hash (or of a unique beginning of it, at least 8 hex digits); throws Error.
ReceivedFile appliedFile(Database& db, const QString& hashOrPrefix);
// The latest applied file of the unit and year that is not taken back; throws Error.
ReceivedFile latestAppliedFile(Database& db, const QString& unitCode, int year);

struct UnimportPlan
{
    ReceivedFile file;
    QList<ValueChange> values; // old: as stored now; new: as before the file
    QStringList rows;          // the submission rows and form states put back, for people
    QStringList conflicts;     // later changes that forbid it, for people; empty: it can be done
};

// What taking the file back would change, or why it cannot. Throws Error when the file cannot
// be taken back at all (unknown, already taken back, imported before the rows were kept).
UnimportPlan planUnimport(Workspace& w, const QString& hash);
// Applies the plan in one transaction after checking under the write lock that it still holds
// (after a backup of the database). Throws Error on conflicts or when the data changed since
// the plan. Returns how many values changed.
int applyUnimport(Workspace& w, const UnimportPlan& plan, const QString& user);

} // namespace chitieu::exchange
