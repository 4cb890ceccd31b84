#pragma once
// The latest accepted exchange file of each unit and year (table submissions): when it was
// made and received, the form state it carried, its content hash and signer, and whether
// the unit above returned it. The importer, the exporter, returns and completeness all read
// and write it here.

#include "FormStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace chitieu {

class Database;

struct Submission
{
    QString unitCode;
    int year = 0;
    QDateTime madeAt;
    QDateTime receivedAt;
    std::optional<FormState> formState; // nullopt: the file gave none
    QDateTime formStateAt;
    QString hash;      // SHA-256 of the file's content, hex
    QString signerKey; // the key that signed it, hex; empty when it came inside a file from below
    bool returned{false};
    QString returnedReason{};
};

namespace submissions {

std::optional<Submission> find(Database& db, const QString& unitCode, int year);
// Records a file as the unit's accepted one for its year (replacing the earlier one, which is
// no longer returned). Call inside the caller's transaction.
void save(Database& db, const Submission& submission);
// Marks the unit's file returned, with the reason. Call inside the caller's transaction.
void markReturned(Database& db, const QString& unitCode, int year, const QString& reason);

// What an import replaced, kept so that the file can be taken back (exchange/Unimport).
struct Prior
{
    QString unitCode;
    int year = 0;
    bool existed = false;                // the unit had an accepted file before the import
    QString writtenHash;                 // the file the import recorded for the unit
    std::optional<Submission> current{}; // the unit's file now
};
// Keeps the unit's row (or that there was none) before the import of fileHash writes
// writtenHash in its place. Call inside the import's transaction.
void keepPrior(Database& db, const QString& unitCode, int year, const QString& fileHash, const QString& writtenHash);
QList<Prior> priorsOf(Database& db, const QString& fileHash);
// Puts back the rows the import of fileHash replaced and forgets them. Call inside the
// caller's transaction.
void restorePriors(Database& db, const QString& fileHash);

} // namespace submissions
} // namespace chitieu
