#pragma once
// Where each deliverable stands for an installation and a year. One it makes: not started,
// in progress, made (every part ready), sent (exported since its last change) or returned;
// sent on time or late against its own date. One it receives: who has delivered it, on time
// or late, and who not. "Sent" is what this installation exported (a file or a document,
// recorded by recordSent); the program never claims that something arrived elsewhere.

#include "Completeness.h"
#include "core/EnumTable.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace chitieu {

class Database;
class Workspace;
struct Deliverable;

enum class DeliverableState { NotStarted, InProgress, Made, Sent, Returned };
inline constexpr EnumEntry<DeliverableState> deliverableStateEntries[] = {
    {DeliverableState::NotStarted, "not_started", QT_TRANSLATE_NOOP("Schedule", "Not started")},
    {DeliverableState::InProgress, "in_progress", QT_TRANSLATE_NOOP("Schedule", "In progress")},
    {DeliverableState::Made, "made", QT_TRANSLATE_NOOP("Schedule", "Made, not sent")},
    {DeliverableState::Sent, "sent", QT_TRANSLATE_NOOP("Schedule", "Sent")},
    {DeliverableState::Returned, "returned", QT_TRANSLATE_NOOP("Schedule", "Returned")},
};
inline constexpr EnumTable<DeliverableState>
    deliverableStates("Schedule", QT_TRANSLATE_NOOP("Keys", "deliverable state"), deliverableStateEntries);

struct DeliverableStatus
{
    QString id;   // the catalogue's deliverable id
    QString what; // its name, in the UI language
    QString who;  // own: to whom it goes; received: from whom it comes
    QDate date;
    qint64 daysLeft = 0;    // < 0: overdue
    bool fromBelow = false; // received from the units below or the departments, not made here
    bool dataFile = false;  // the unit's data file goes with it

    // Own.
    DeliverableState state = DeliverableState::NotStarted;
    std::optional<QDateTime> sentAt; // the latest export of it
    bool changedSinceSent = false;   // sent, then changed: it needs sending again
    QStringList missing;             // what is still to do, in words

    // Received.
    std::optional<Completeness> arrivals;

    bool done() const;
    bool doneLate() const; // sent (or, from below, some delivery made) after the date
    bool overdue() const { return !done() && daysLeft < 0; }
    // Less than 7 days away (or past) and not done: what the start-up reminder speaks of.
    bool pressing() const { return !done() && daysLeft < 7; }
};

DeliverableStatus ownDeliverableStatus(Workspace& workspace, const Deliverable& deliverable, int year,
                                       const QDate& today);
DeliverableStatus receivedDeliverableStatus(Workspace& workspace, const Deliverable& deliverable, int year,
                                            const QDate& today);

// What an export is: the signed exchange file or a document for people.
enum class SentKind { ExchangeFile, Pdf, Xlsx, Csv };
inline constexpr EnumEntry<SentKind> sentKindEntries[] = {
    {SentKind::ExchangeFile, "exchange"}, {SentKind::Pdf, "pdf"}, {SentKind::Xlsx, "xlsx"}, {SentKind::Csv, "csv"}};
inline constexpr EnumTable<SentKind> sentKinds("Schedule", QT_TRANSLATE_NOOP("Keys", "kind of export"),
                                               sentKindEntries);

struct SentRecord
{
    QString unitCode;
    QString agency;
    int year = 0;
    QString deliverable;
    SentKind kind = SentKind::ExchangeFile;
    QDateTime madeAt;
    QString contentHash;
    QString fileName;
};
// Records an export in sent_files: from then on the deliverable counts as sent at madeAt.
void recordSent(Database& db, const SentRecord& record);

} // namespace chitieu
