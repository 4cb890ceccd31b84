#pragma once
// Inside the importer: comparing a file with what is stored, and writing it. The write
// functions run inside the importer's one transaction and never open their own.

#include "ExchangeFormat.h"
#include "ImportDecisions.h"
#include "core/store/Database.h"

namespace chitieu {
class ValueStore;
struct Submission;
} // namespace chitieu

namespace chitieu::exchange::importwrite {

// Every value the file adds, changes (value or comment) or removes, unit by unit.
QList<ValueChange> diff(ValueStore& values, const Payload& payload, const QString& installationUnit);

struct ApplyContext
{
    QString user;
    QString now;
    QString fileName;
    QString hashHex;
    QString signerKeyHex;
};

// Writes the changes through the value store, keeping when and by whom each value was last
// changed where it was entered; each audit row carries the file's hash as its batch.
void writeChanges(ValueStore& values, Database::Transaction& t, const Payload& payload,
                  const QList<ValueChange>& changes, const ApplyContext& c);
// The sender's submission, and those of the units below that came from files of their own;
// the rows they replace are kept for taking the file back, as are the form states replaced.
void writeSubmissions(Database& db, const Payload& payload, const ApplyContext& c);
// Each unit's form state as the file gives it, where it differs from the stored one.
void writeFormStates(Database& db, const Payload& payload, const ApplyContext& c);
// priorsKept: the rows the file replaced were kept, so that it can be taken back (a data file).
void recordReceived(Database& db, const Payload& payload, const ApplyContext& c, const QString& summary,
                    bool priorsKept = false);
// Trusts the key that signed the file for its sender from now on; when it replaces another
// key, or is a moved installation's key trusted for the units that went into the sender (the
// user's explicit choices), an audit row says so. The old units keep their trust.
void trustSignerKey(ValueStore& values, Database& db, Database::Transaction& t, const Payload& payload,
                    const QByteArray& signerKey, const ApplyContext& c,
                    const std::optional<MovedKeyReview>& moved = std::nullopt);
// An audit row saying that the user replaced a newer file of the unit and year with this one.
void recordReplaced(ValueStore& values, Database::Transaction& t, const Payload& payload, const Submission& newer,
                    const ApplyContext& c);

} // namespace chitieu::exchange::importwrite
